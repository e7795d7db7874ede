import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardFindings } from '../../src/forward/forward-findings.js';
import { toOcsfRecords } from '../../src/forward/ocsf.js';
import { sendToWebhook, webhookBodies } from '../../src/forward/webhook.js';
import { SiemReceiver } from '../harness/siem-receiver.js';
import { manyFindings } from '../report/build-report.js';
import { ocsfValidator } from './ocsf-schema.js';
import { baselineOf, IMAGE, NOW, RECORDED_SECRET, realFindings, reportFor } from './real-findings.js';

const KEY = ['hmac', 'key', 'for', 'tests'].join('-');
const validator = ocsfValidator();

describe('SIEM webhook: JSON lines, HMAC-signed, retried, size-bounded', () => {
  let receiver: SiemReceiver | undefined;
  afterEach(async () => {
    await receiver?.stop();
  });

  it('delivers every finding as a valid OCSF record with a signature the receiver verifies', async () => {
    receiver = await new SiemReceiver(KEY).start();
    const report = reportFor(realFindings());
    const out = await forwardFindings({
      report,
      forward: { securityHub: false, ocsf: false, siemWebhook: receiver.url, siemWebhookSecret: KEY, failure: 'warn' },
      outputDir: '/nonexistent',
      images: [IMAGE],
      now: NOW,
    });
    expect(out.warnings).toEqual([]);
    expect(receiver.batches).toHaveLength(1);
    const [batch] = receiver.batches;
    expect(batch?.signatureValid).toBe(true);
    expect(batch?.contentType).toBe('application/x-ndjson');
    expect(batch?.records).toHaveLength(report.verdict.findings.length);
    for (const r of batch?.records ?? []) expect(validator.check(r)).toEqual([]);
    expect(batch?.body).not.toContain(RECORDED_SECRET);
    expect(out.record.siemWebhook).toEqual({
      sent: report.verdict.findings.length,
      batches: 1,
      signed: true,
      errors: [],
    });
  });

  it('a receiver with another key rejects the signature (the check can fail)', async () => {
    receiver = await new SiemReceiver('other-key').start();
    await sendToWebhook({ url: receiver.url, secret: KEY, records: [{ a: 1 }] });
    expect(receiver.batches[0]?.signatureValid).toBe(false);
  });

  it('cuts bodies at the size limit and keeps every record exactly once, in order', async () => {
    receiver = await new SiemReceiver(KEY).start();
    const records = toOcsfRecords(reportFor(manyFindings(300)), { images: [], now: NOW });
    const out = await sendToWebhook({ url: receiver.url, secret: KEY, records, maxBodyBytes: 64 * 1024 });
    expect(out.errors).toEqual([]);
    expect(receiver.batches.length).toBeGreaterThan(2);
    for (const b of receiver.batches) {
      expect(Buffer.byteLength(b.body)).toBeLessThanOrEqual(64 * 1024);
      expect(b.signatureValid).toBe(true);
    }
    const uids = receiver.batches.flatMap((b) => b.records.map((r) => (r.finding_info as { uid: string }).uid));
    expect(uids).toEqual(records.map((r) => (r.finding_info as { uid: string }).uid));
  });

  it('retries 503, 429 and a stalled request (timeout), then delivers', async () => {
    receiver = await new SiemReceiver(KEY).start();
    receiver.inject(503, 429, 'stall');
    const out = await sendToWebhook({
      url: receiver.url,
      secret: KEY,
      records: [{ a: 1 }],
      baseDelayMs: 10,
      requestTimeoutMs: 300,
    });
    expect(out).toEqual({ sent: 1, batches: 1, errors: [] });
    expect(receiver.attempts).toBe(4);
  });

  it('gives up after the attempts with an error that never shows the URL (it comes from a secret)', async () => {
    receiver = await new SiemReceiver(KEY).start();
    receiver.inject(500, 500, 500, 500);
    const out = await sendToWebhook({ url: receiver.url, secret: KEY, records: [{ a: 1 }], baseDelayMs: 10 });
    expect(out.errors).toEqual(['batch 1/1 (1 records): HTTP 500 after 4 attempts']);
    expect(JSON.stringify(out)).not.toContain('collector-token');
  });

  it('a 4xx other than 408/429 is not retried', async () => {
    receiver = await new SiemReceiver(KEY).start();
    receiver.inject(401);
    const out = await sendToWebhook({ url: receiver.url, secret: KEY, records: [{ a: 1 }], baseDelayMs: 10 });
    expect(out.errors).toEqual(['batch 1/1 (1 records): HTTP 401']);
    expect(receiver.attempts).toBe(1);
  });

  it('a webhook delivery that throws is a warning: forwardFindings still returns, and the report with it', async () => {
    receiver = await new SiemReceiver(KEY).start();
    const findings = realFindings();
    const [gone, ...rest] = findings;
    const baseline = baselineOf(findings);
    const entries = JSON.parse(JSON.stringify(baseline.entries));
    // Past every check (as a bug would be): a rule id no text can be made of.
    entries[gone?.fingerprint ?? ''].ruleId = JSON.parse('{"toString":1,"valueOf":1}');
    const dir = mkdtempSync(path.join(tmpdir(), 'webhook-'));
    const out = await forwardFindings({
      report: reportFor(rest, { ...baseline, entries }),
      forward: { securityHub: false, ocsf: false, siemWebhook: receiver.url, failure: 'warn' },
      outputDir: dir,
      images: [IMAGE],
      now: NOW,
    });
    expect(out.failed).toBe(true);
    expect(out.warnings).toEqual([expect.stringMatching(/^SIEM webhook forwarding failed: /)]);
    expect(out.record.siemWebhook).toEqual({ error: out.warnings[0] });
  });

  it('a record larger than a whole body is reported, not sent, and the rest still go', () => {
    expect([...webhookBodies([{ a: 'x'.repeat(200) }, { b: 1 }], 100)]).toEqual([
      { tooLarge: 0 },
      { body: '{"b":1}\n', count: 1 },
    ]);
  });

  it('builds and sends one body at a time: the first batch arrives before the later records are built', async () => {
    receiver = await new SiemReceiver(KEY).start();
    let built = 0;
    const builtWhenSent: number[] = [];
    const records = {
      length: 40,
      at: (i: number) => {
        built++;
        return { i, pad: 'x'.repeat(100) };
      },
    };
    receiver.onBatch = () => builtWhenSent.push(built);
    const out = await sendToWebhook({ url: receiver.url, secret: KEY, records, maxBodyBytes: 300 });
    expect(out).toEqual({ sent: 40, batches: 20, errors: [] });
    // Two records a body: the first left when the third (which did not fit) had been built, and so on.
    expect(builtWhenSent).toEqual(Array.from({ length: 20 }, (_, n) => Math.min(2 * n + 3, 40)));
  });
});

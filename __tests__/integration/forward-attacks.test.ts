/**
 * Hostile SIEM collectors, through the bundled action: the webhook URL is the only place findings may go,
 * and a collector that misbehaves never holds the step or hides the verdict.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendToWebhook } from '../../src/forward/webhook.js';
import { runAction } from '../harness/run-action.js';

const TOKEN = ['collector', 'token', Date.now().toString(36)].join('-');

interface Collector {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

async function collector(handle: (res: import('node:http').ServerResponse, requests: string[]) => void) {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handle(res, requests));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect?token=${TOKEN}`;
  return {
    url,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  } satisfies Collector;
}

/** The SARIF in workspace() gated at high, nothing uploaded or opened: only forwarding goes out. */
const SARIF_GATE = {
  scanners: 'sarif',
  'sarif-files': '*.sarif',
  'fail-on': 'high',
  'upload-sarif': 'false',
  issue: 'false',
  'output-dir': 'out',
};

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'fwd-attack-ws-'));
  const results = [{ ruleId: 'js/xss', level: 'error', message: { text: 'xss' }, locations: [] }];
  writeFileSync(
    path.join(ws, 'codeql.sarif'),
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, results }] }),
  );
  return ws;
}

describe('SIEM webhook attacks', () => {
  const open: Collector[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });

  it('a redirect is not followed: the findings never reach the Location, the step warns and keeps its verdict', async () => {
    const elsewhere = await collector((res) => res.writeHead(202).end());
    const redirecting = await collector((res) => res.writeHead(307, { location: elsewhere.url }).end());
    open.push(elsewhere, redirecting);
    const run = await runAction({
      workspace: workspace(),
      eventName: 'push',
      inputs: { ...SARIF_GATE, 'siem-webhook': redirecting.url },
    });
    expect(redirecting.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/webhook.*HTTP 307/i);
    // ::add-mask:: is the runner command that hides the value; the runner never prints that line.
    const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect([...shown, run.stderr, run.summary].join('\n')).not.toContain(TOKEN);
  }, 60_000);

  it('an OCSF file that cannot be written: the verdict, report.json and the summary still come, with a warning', async () => {
    const ws = workspace();
    // A folder where findings.ocsf.json should go: writing it fails (EISDIR), as on a full disk.
    mkdirSync(path.join(ws, 'out', 'findings.ocsf.json'), { recursive: true });
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      inputs: { ...SARIF_GATE, ocsf: 'true' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::warning::.*OCSF file findings\.ocsf\.json not written/);
    const report = JSON.parse(readFileSync(path.join(ws, 'out', 'report.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.forwarding.ocsf.error).toMatch(/EISDIR/);
    expect(run.summary).toContain('OCSF file');
  }, 60_000);

  it('a collector that accepts but never finishes its response body does not hold the delivery', async () => {
    const drip = await collector((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'.repeat(1024)), 50);
      res.on('close', () => clearInterval(timer));
    });
    open.push(drip);
    const started = Date.now();
    const out = await sendToWebhook({ url: drip.url, records: [{ a: 1 }], requestTimeoutMs: 5_000, attempts: 1 });
    expect(out).toEqual({ sent: 1, batches: 1, errors: [] });
    expect(Date.now() - started).toBeLessThan(4_000);
  }, 30_000);
});

import { closeSync, ftruncateSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ForwardConfig } from '../config/types.js';
import { mappedList } from '../report/item-list.js';
import { appendSplicedJson, ByteSink } from '../report/json-list.js';
import type { RunReport } from '../report/types.js';
import { maskedLine } from '../text/mask-secrets.js';
import { type AsffTarget, toArchivedAsffFinding, toAsffFinding } from './asff.js';
import { describesDefaultBranch } from './finding-context.js';
import { OCSF_VERSION, ocsfRecordList } from './ocsf.js';
import { type SecurityHubPort, sendToSecurityHub } from './security-hub.js';
import { createSecurityHubPort } from './security-hub-client.js';
import { type RecordSource, sendToWebhook } from './webhook.js';

export const OCSF_FILE = 'findings.ocsf.json';
const SECURITY_HUB_BUDGET_MS = 5 * 60_000;

/** What forwarding did, for report.json (`forwarding`) and the job summary. */
export interface ForwardOutcome {
  readonly record: Record<string, unknown>;
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
  /** Something could not be forwarded (with `forward-failure: fail` the step fails). */
  readonly failed: boolean;
}

export interface ForwardOptions {
  readonly report: RunReport;
  readonly forward: ForwardConfig;
  readonly outputDir: string;
  readonly images: readonly string[];
  readonly now: Date;
  /** Test seam for the Security Hub client; the SDK-backed one otherwise. */
  readonly securityHub?: (signal: AbortSignal) => Promise<SecurityHubPort>;
  /** Webhook retry backoff base (tests shorten it). */
  readonly webhookBaseDelayMs?: number;
}

/** Security Hub, the OCSF file and the SIEM webhook. Each failure is a warning; none changes the verdict. */
export async function forwardFindings(opts: ForwardOptions): Promise<ForwardOutcome> {
  const { forward } = opts;
  const record: Record<string, unknown> = {};
  const notes: string[] = [];
  const warnings: string[] = [];
  if (forward.ocsf) {
    try {
      const records = writeOcsfFile(path.join(opts.outputDir, OCSF_FILE), opts);
      record.ocsf = { file: OCSF_FILE, version: OCSF_VERSION, records };
    } catch (error) {
      const message = `OCSF file ${OCSF_FILE} not written: ${maskedLine((error as Error).message, 300)}`;
      record.ocsf = { file: OCSF_FILE, error: message };
      warnings.push(message);
    }
  }
  if (forward.securityHub) {
    const hub = await forwardToSecurityHub(opts);
    record.securityHub = hub.record;
    if (hub.note) notes.push(hub.note);
    warnings.push(...hub.warnings);
  }
  if (forward.siemWebhook) {
    const ocsf = ocsfRecordList(opts.report, { images: opts.images, now: opts.now });
    try {
      const hook = await forwardToWebhook(
        forward.siemWebhook,
        forward.siemWebhookSecret,
        ocsf,
        opts.webhookBaseDelayMs,
      );
      record.siemWebhook = hook.record;
      if (hook.note) notes.push(hook.note);
      if (hook.warning) warnings.push(hook.warning);
    } catch (error) {
      // Like the other two: a failure is a warning, and the report still comes.
      const message = `SIEM webhook forwarding failed: ${maskedLine((error as Error).message, 300)}`;
      record.siemWebhook = { error: message };
      warnings.push(message);
    }
  }
  return { record, notes, warnings, failed: warnings.length > 0 };
}

/**
 * findings.ocsf.json, compact, streamed batch by batch (see appendSplicedJson): at 100,000 findings one
 * string of the whole file was 150 MB, and a few hundred thousand findings exceed the longest string V8
 * can make. Returns how many records it holds.
 */
function writeOcsfFile(file: string, opts: ForwardOptions): number {
  const list = ocsfRecordList(opts.report, { images: opts.images, now: opts.now });
  const fd = openSync(file, 'w');
  try {
    const sink = new ByteSink(fd);
    appendSplicedJson(sink, '[]\n', 0, list, (record) => record);
    sink.flush();
  } catch (error) {
    // No half-written file for a collector to pick up. Should removing it fail too, it is at least left
    // empty, and the warning still names the write's failure.
    const attempt = (step: () => void): string | undefined => {
      try {
        step();
        return undefined;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      }
    };
    attempt(() => ftruncateSync(fd, 0));
    attempt(() => closeSync(fd));
    const removal = attempt(() => rmSync(file, { force: true }));
    if (removal !== undefined) (error as Error).message += ` (the empty file could not be removed: ${removal})`;
    throw error;
  }
  closeSync(fd);
  return list.length;
}

type HubResult = { record: Record<string, unknown>; note?: string; warnings: string[] };

/** Security Hub mirrors the default branch; elsewhere it is skipped with a note. Errors become warnings. */
async function forwardToSecurityHub(opts: ForwardOptions): Promise<HubResult> {
  const { report } = opts;
  if (!describesDefaultBranch(report.event)) {
    const branch = report.event.defaultBranch ?? 'the default branch';
    return {
      record: { skipped: 'not the default branch' },
      note: `Security Hub: not sent — it mirrors the default branch (${branch}), so only pushes to it, manual runs on it and scheduled runs forward.`,
      warnings: [],
    };
  }
  try {
    return await importIntoSecurityHub(opts);
  } catch (error) {
    const e = error as Error;
    // The AWS SDK's message quotes the service's answer: external text, one masked line.
    const message = `Security Hub forwarding failed: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${maskedLine(e.message, 500)}`;
    return { record: { error: message }, warnings: [message] };
  }
}

async function importIntoSecurityHub(opts: ForwardOptions): Promise<HubResult> {
  const { report } = opts;
  const signal = AbortSignal.timeout(SECURITY_HUB_BUDGET_MS);
  const port = await (opts.securityHub ?? ((s) => createSecurityHubPort({ signal: s })))(signal);
  const target: AsffTarget = {
    accountId: await port.accountId(),
    region: port.region,
    images: opts.images,
    now: opts.now,
  };
  const out = await sendToSecurityHub({
    port,
    active: mappedList(report.verdict.findings, (f) => toAsffFinding(f, report, target)),
    // The policy lists as fixed only what a scanner that completed looked for (policy/baseline.ts fixedJudge).
    archived: mappedList(report.verdict.fixed, (f) => toArchivedAsffFinding(f, report, target)),
  });
  // Security Hub's reasons for rejecting a finding are its own words: masked like any external text.
  const rejected = out.rejected.map((r) => ({ id: r.id, code: r.code, message: maskedLine(r.message ?? '', 300) }));
  const { region, accountId } = target;
  const record = { region, accountId, active: out.active, archived: out.archived, calls: out.calls, rejected };
  const calls = `${out.calls} call${out.calls === 1 ? '' : 's'}`;
  const note = `Security Hub (${region}): ${out.active} active and ${out.archived} archived findings imported in ${calls}.`;
  if (rejected.length === 0) return { record, note, warnings: [] };
  const list = rejected.slice(0, 10).map((r) => `${r.id}: ${r.code} ${r.message}`.trim());
  const more = rejected.length > 10 ? ` (and ${rejected.length - 10} more in report.json)` : '';
  const count = `${rejected.length} finding${rejected.length === 1 ? '' : 's'}`;
  return { record, note, warnings: [`Security Hub rejected ${count}: ${list.join('; ')}${more}`] };
}

async function forwardToWebhook(
  url: string,
  secret: string | undefined,
  records: RecordSource,
  baseDelayMs: number | undefined,
): Promise<{ record: Record<string, unknown>; note?: string; warning?: string }> {
  const out = await sendToWebhook({ url, secret, records, baseDelayMs });
  const record = { sent: out.sent, batches: out.batches, signed: secret !== undefined, errors: out.errors };
  if (out.errors.length > 0) {
    return {
      record,
      warning: `SIEM webhook: ${out.sent} of ${records.length} records delivered; ${out.errors.join('; ')}`,
    };
  }
  const batches = `${out.batches} batch${out.batches === 1 ? '' : 'es'}`;
  return { record, note: `SIEM webhook: ${out.sent} OCSF records delivered in ${batches}.` };
}

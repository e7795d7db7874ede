import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ItemList } from '../report/item-list.js';

/** Header carrying `sha256=<hex HMAC-SHA256 of the raw body>` (keyed with `siem-webhook-secret`). */
export const SIGNATURE_HEADER = 'X-Scan-Gate-Signature';
/** Most HTTP collectors accept 1 MB bodies (Splunk HEC's default limit is larger; Sentinel's DCR API takes 1 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Records by index (an array, or records built on demand: see ocsfRecordList). */
export type RecordSource = ItemList<unknown>;

export interface WebhookOptions {
  readonly url: string;
  readonly secret?: string;
  readonly records: RecordSource;
  readonly maxBodyBytes?: number;
  readonly attempts?: number;
  readonly requestTimeoutMs?: number;
  /** Whole delivery, all batches and retries. */
  readonly budgetMs?: number;
  readonly baseDelayMs?: number;
}

export interface WebhookOutcome {
  readonly sent: number;
  readonly batches: number;
  /** One line per batch that could not be delivered (never the URL: it comes from a secret). */
  readonly errors: readonly string[];
}

export type WebhookBody = { readonly body: string; readonly count: number } | { readonly tooLarge: number };

/**
 * JSON lines, cut so no body exceeds the limit, one body at a time: 100,000 records are never all
 * serialised (nor, from ocsfRecordList, all built) at once. A record over the limit is reported, not sent.
 */
export function* webhookBodies(records: RecordSource, maxBytes = MAX_BODY_BYTES): Generator<WebhookBody> {
  let lines: string[] = [];
  let size = 0;
  for (let index = 0; index < records.length; index++) {
    const line = `${JSON.stringify(records.at(index))}\n`;
    const bytes = Buffer.byteLength(line);
    if (bytes > maxBytes) {
      yield { tooLarge: index };
      continue;
    }
    if (size + bytes > maxBytes) {
      yield { body: lines.join(''), count: lines.length };
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += bytes;
  }
  if (lines.length > 0) yield { body: lines.join(''), count: lines.length };
}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** Delivers one body, retrying timeouts, network errors, 408/429 and 5xx with exponential backoff. */
async function deliver(opts: WebhookOptions, body: string, deadline: number): Promise<string | undefined> {
  const attempts = opts.attempts ?? 4;
  const headers: Record<string, string> = { 'content-type': 'application/x-ndjson', 'user-agent': 'scan-gate' };
  if (opts.secret) headers[SIGNATURE_HEADER] = signBody(opts.secret, body);
  let problem = 'not attempted';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) return `${problem}; the forwarding time budget ran out`;
    try {
      const response = await fetch(opts.url, {
        method: 'POST',
        headers,
        body,
        // A redirect would re-POST the findings to wherever the collector points (any host, even plain http).
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.min(opts.requestTimeoutMs ?? 30_000, left)),
      });
      // Only the status matters; an endless or huge body must neither hold the step nor fill memory.
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return undefined;
      problem = `HTTP ${response.status}`;
      if (!retryable(response.status)) return problem;
    } catch (error) {
      const e = error as Error;
      problem = e.name === 'TimeoutError' ? 'timed out' : `network error (${e.name})`;
    }
    if (attempt < attempts) await sleep(Math.min((opts.baseDelayMs ?? 500) * 2 ** (attempt - 1), 10_000));
  }
  return `${problem} after ${attempts} attempts`;
}

/** POSTs OCSF records as JSON lines to an HTTP collector, in size-bounded, signed batches (built as they go). */
export async function sendToWebhook(opts: WebhookOptions): Promise<WebhookOutcome> {
  const deadline = Date.now() + (opts.budgetMs ?? 300_000);
  const tooLarge: string[] = [];
  const failed: { batch: number; count: number; problem: string }[] = [];
  let batches = 0;
  let sent = 0;
  for (const item of webhookBodies(opts.records, opts.maxBodyBytes)) {
    if ('tooLarge' in item) {
      tooLarge.push(
        `record ${item.tooLarge + 1} is larger than the ${opts.maxBodyBytes ?? MAX_BODY_BYTES}-byte body limit`,
      );
      continue;
    }
    batches++;
    const problem = await deliver(opts, item.body, deadline);
    if (problem) failed.push({ batch: batches, count: item.count, problem });
    else sent += item.count;
  }
  // Numbered once the count is known: the bodies are made as they are sent.
  const errors = [...tooLarge, ...failed.map((f) => `batch ${f.batch}/${batches} (${f.count} records): ${f.problem}`)];
  return { sent, batches, errors };
}

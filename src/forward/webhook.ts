import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** Header carrying `sha256=<hex HMAC-SHA256 of the raw body>` (keyed with `siem-webhook-secret`). */
export const SIGNATURE_HEADER = 'X-Scan-Gate-Signature';
/** Most HTTP collectors accept 1 MB bodies (Splunk HEC's default limit is larger; Sentinel's DCR API takes 1 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookOptions {
  readonly url: string;
  readonly secret?: string;
  readonly records: readonly unknown[];
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

/** JSON lines, cut so no body exceeds the limit; a single record over the limit is reported, not sent. */
export function webhookBodies(records: readonly unknown[], maxBytes = MAX_BODY_BYTES) {
  const bodies: { body: string; count: number }[] = [];
  const tooLarge: number[] = [];
  let lines: string[] = [];
  let size = 0;
  records.forEach((record, index) => {
    const line = `${JSON.stringify(record)}\n`;
    const bytes = Buffer.byteLength(line);
    if (bytes > maxBytes) {
      tooLarge.push(index);
      return;
    }
    if (size + bytes > maxBytes) {
      bodies.push({ body: lines.join(''), count: lines.length });
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += bytes;
  });
  if (lines.length > 0) bodies.push({ body: lines.join(''), count: lines.length });
  return { bodies, tooLarge };
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

/** POSTs OCSF records as JSON lines to an HTTP collector, in size-bounded, signed batches. */
export async function sendToWebhook(opts: WebhookOptions): Promise<WebhookOutcome> {
  const { bodies, tooLarge } = webhookBodies(opts.records, opts.maxBodyBytes);
  const deadline = Date.now() + (opts.budgetMs ?? 300_000);
  const errors = tooLarge.map(
    (i) => `record ${i + 1} is larger than the ${opts.maxBodyBytes ?? MAX_BODY_BYTES}-byte body limit`,
  );
  let sent = 0;
  for (const [i, b] of bodies.entries()) {
    const problem = await deliver(opts, b.body, deadline);
    if (problem) errors.push(`batch ${i + 1}/${bodies.length} (${b.count} records): ${problem}`);
    else sent += b.count;
  }
  return { sent, batches: bodies.length, errors };
}

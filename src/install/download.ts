import { rmSync } from 'node:fs';
import { DownloadError, type InstallAdapters } from './install-io.js';

/** Bounded retries: attempts in total and the wait before each retry (tests pass zeros). */
export interface RetryPolicy {
  readonly attempts: number;
  readonly delaysMs: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delaysMs: [2_000, 6_000] };

/** `<base>/<owner>/<repo>/releases/download/<tag>/<asset>`; base defaults to https://github.com (the `tool-mirror` input). */
export function releaseUrl(opts: { mirror?: string; repo: string; tag: string; asset: string }): string {
  const base = (opts.mirror?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${base}/${opts.repo}/releases/download/${encodeURIComponent(opts.tag)}/${encodeURIComponent(opts.asset)}`;
}

/** Downloads with retries; the final error lists every attempt so a 404 (wrong version/mirror) reads differently from a flaky network. */
export async function downloadWithRetry(opts: {
  url: string;
  dest: string;
  adapters: Pick<InstallAdapters, 'downloader' | 'sleep'>;
  retry: RetryPolicy;
}): Promise<void> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= opts.retry.attempts; attempt++) {
    try {
      await opts.adapters.downloader.download(opts.url, opts.dest);
      return;
    } catch (error) {
      rmSync(opts.dest, { force: true });
      const retryable = error instanceof DownloadError ? error.retryable : true;
      failures.push(`attempt ${attempt}: ${(error as Error).message}`);
      if (!retryable || attempt === opts.retry.attempts) break;
      await opts.adapters.sleep(opts.retry.delaysMs[attempt - 1] ?? opts.retry.delaysMs.at(-1) ?? 0);
    }
  }
  const notFound = failures.some((f) => f.includes('HTTP 404'));
  const hint = notFound
    ? ' Check that the version exists and, with `tool-mirror`, that the mirror has this release.'
    : '';
  throw new Error(
    `Download of ${opts.url} failed after ${failures.length} attempt(s) (${failures.join('; ')}).${hint}`,
  );
}

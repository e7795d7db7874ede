import { gzipSync } from 'node:zlib';
import { deniedStatus, describeApiError, type GithubApi } from '../../github/api.js';
import type { RunReport } from '../types.js';
import type { SarifEntry } from './build.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where PR results belong; undefined when they must not be uploaded (pull_request_target, no ref). */
function refFor(report: RunReport): string | undefined {
  if (report.event.name === 'pull_request_target' || report.event.name === 'local') return undefined;
  return report.event.ref;
}

/**
 * Uploads each scanner's SARIF (gzip + base64) and polls its processing, bounded. Never throws:
 * 403/404 (code scanning off, read-only token) and processing failures come back as warnings.
 */
export async function uploadSarifLogs(
  api: GithubApi,
  opts: {
    report: RunReport;
    logs: readonly SarifEntry[];
    /** `file://` URI of the checkout, so GitHub can relativise any absolute URI left in a log. */
    checkoutUri?: string;
    pollIntervalMs?: number;
    /** 0: upload only; confirm later with confirmSarifProcessing. */
    pollAttempts?: number;
  },
): Promise<{ ids: string[]; warnings: string[] }> {
  const { report } = opts;
  const ref = refFor(report);
  if (!ref || !/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(report.event.sha)) {
    return {
      ids: [],
      warnings: [`SARIF not uploaded: no ref/commit to attach results to for the ${report.event.name} event.`],
    };
  }
  const ids: string[] = [];
  const warnings: string[] = [];
  for (const entry of opts.logs) {
    try {
      const sarif = (entry.gzip ?? gzipSync(entry.bytes)).toString('base64');
      const { id } = await api.uploadSarif({
        commitSha: report.event.sha,
        ref,
        sarif,
        startedAt: report.startedAt,
        ...(opts.checkoutUri ? { checkoutUri: opts.checkoutUri } : {}),
        toolName: `scan-gate/${entry.scanner}`,
      });
      ids.push(id);
    } catch (error) {
      // A rate-limited 403 is not "code scanning off": say what it is, and try the next log.
      const status = deniedStatus(error);
      const why =
        status === 403 || status === 404
          ? 'code scanning is not enabled for this repository, or the token lacks `security-events: write`'
          : describeApiError(error);
      warnings.push(`SARIF for ${entry.scanner} not uploaded: ${why}. The gate still decided from local results.`);
      if (status === 403 || status === 404) break;
    }
  }
  if (opts.pollAttempts !== 0) warnings.push(...(await confirmSarifProcessing(api, { ids, ...opts })));
  return { ids, warnings };
}

/**
 * Waits (bounded) for GitHub to process uploaded SARIF; failures come back as warnings. The report stage
 * calls it last, so that waiting never takes API time from the PR comment or the tracking issue.
 */
export async function confirmSarifProcessing(
  api: GithubApi,
  opts: { ids: readonly string[]; pollIntervalMs?: number; pollAttempts?: number },
): Promise<string[]> {
  const warnings: string[] = [];
  for (const id of opts.ids) {
    const failure = await pollProcessing(api, id, opts.pollIntervalMs ?? 5000, opts.pollAttempts ?? 24);
    if (failure) warnings.push(failure);
  }
  return warnings;
}

async function pollProcessing(
  api: GithubApi,
  id: string,
  interval: number,
  attempts: number,
): Promise<string | undefined> {
  for (let i = 0; i < attempts; i++) {
    try {
      const s = await api.getSarifStatus(id);
      if (s.status === 'complete') return undefined;
      if (s.status === 'failed')
        return `Code scanning could not process SARIF upload ${id}: ${s.errors.join('; ') || 'no details'}`;
    } catch (error) {
      return `Could not check SARIF upload ${id}: ${describeApiError(error)}`;
    }
    await sleep(interval);
  }
  return `SARIF upload ${id} was still being processed after ${Math.round((interval * attempts) / 1000)} s; not waiting longer.`;
}

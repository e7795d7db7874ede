import { ConfigError } from '../config/errors.js';
import type { RawFinding, SourceId } from '../findings/finding.js';
import type { AlertsApi } from '../github/alerts-api.js';
import { deniedStatus, describeApiError, statusOf } from '../github/api.js';
import type { ScannerRun } from '../policy/types.js';
import { maskedLine } from '../text/mask-secrets.js';
import { SOURCES } from './registry.js';
import type { SourceContext, SourcePlugin } from './types.js';

export interface RunSourcesOptions {
  readonly ids: readonly SourceId[];
  /** Listed in `scanners` (a source that cannot be read is an error) rather than picked by `auto`. */
  readonly explicit: boolean;
  /** Absent without a token or repository (local runs). */
  readonly api?: AlertsApi;
  readonly ctx: SourceContext;
  readonly log: (message: string) => void;
  readonly notice: (message: string) => void;
}

function unreadableMessage(plugin: SourcePlugin, error: unknown): string {
  return `cannot read ${plugin.displayName} (${describeApiError(error)}): it needs ${plugin.permission}, and the feature enabled for the repository`;
}

async function runOne(
  plugin: SourcePlugin,
  o: RunSourcesOptions,
  api: AlertsApi,
): Promise<{ raw: RawFinding[]; run: ScannerRun }> {
  const started = Date.now();
  const base = { id: plugin.id, install: 'GitHub API' } as const;
  try {
    const read = await plugin.read(api, o.ctx);
    const out = plugin.parse(read.items, o.ctx);
    const durationMs = Date.now() - started;
    // GitHub's own words (a snapshot warnings header): external text, one masked line.
    const warning = read.warning ? maskedLine(read.warning, 500) : undefined;
    if (warning) o.notice(`${plugin.id}: ${warning}`);
    const note = [out.note, warning].filter(Boolean).join('; ') || undefined;
    o.log(`${plugin.id}: ${out.raw.length} finding(s) from the GitHub API in ${(durationMs / 1000).toFixed(1)}s`);
    const run: ScannerRun = { ...base, status: 'ok', durationMs, findings: out.raw.length, note };
    return { raw: out.raw, run };
  } catch (error) {
    const durationMs = Date.now() - started;
    // No permission, or the feature off; a rate limit is an error like any other (below).
    if (deniedStatus(error) !== undefined) {
      const message = unreadableMessage(plugin, error);
      if (plugin.id === 'secret-scanning' && o.explicit) {
        throw new ConfigError(
          `scanners lists secret-scanning, but scan-gate ${message}. Pass such a token as github-token, or remove secret-scanning from scanners.`,
        );
      }
      if (!o.explicit) {
        o.notice(`${plugin.id} skipped: scan-gate ${message}.`);
        return {
          raw: [],
          run: { ...base, status: 'skipped', durationMs, findings: 0, note: `not readable: ${message}` },
        };
      }
      return { raw: [], run: { ...base, status: 'error', durationMs, findings: 0, error: `${plugin.id} ${message}` } };
    }
    const why = statusOf(error) !== undefined ? describeApiError(error) : maskedLine((error as Error).message, 300);
    o.log(`scanner error: ${plugin.id}: ${why}`);
    const run: ScannerRun = { ...base, status: 'error', durationMs, findings: 0, error: `${plugin.id} failed: ${why}` };
    return { raw: [], run };
  }
}

/**
 * Reads each alert source. A source that cannot be read is never an empty pass: picked by `auto` it is
 * skipped with a notice naming the permission; listed in `scanners` it is a scanner error, and for
 * secret-scanning (which the workflow token can never read) a configuration error.
 */
export async function runSources(o: RunSourcesOptions): Promise<{ raw: RawFinding[]; runs: ScannerRun[] }> {
  const raw: RawFinding[] = [];
  const runs: ScannerRun[] = [];
  for (const id of o.ids) {
    const plugin = SOURCES[id];
    const notApplicable = plugin.notApplicable?.(o.ctx);
    if (notApplicable) {
      if (o.explicit) runs.push({ id, status: 'skipped', durationMs: 0, findings: 0, note: notApplicable });
      continue;
    }
    if (!o.api) {
      if (!o.explicit) continue;
      throw new ConfigError(
        `scanners lists ${id}, which reads GitHub's API: it needs github-token and a repository (GITHUB_REPOSITORY); not available in this run.`,
      );
    }
    const result = await runOne(plugin, o, o.api);
    raw.push(...result.raw);
    runs.push(result.run);
  }
  return { raw, runs };
}

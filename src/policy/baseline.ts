import type { Finding } from '../findings/finding.js';
import type { Baseline, EvaluatedFinding } from './types.js';

export interface BaselineKey {
  readonly instance: string;
  readonly branch: string;
}

/** Where baselines live across runs (@actions/cache in the action; see baseline-cache.ts). */
export interface BaselineStore {
  restore(key: BaselineKey): Promise<Baseline | undefined>;
  save(key: BaselineKey, baseline: Baseline): Promise<void>;
}

/** Records every current finding (ignored ones too), keeping first-seen dates from the previous baseline. */
export function buildBaseline(opts: {
  findings: readonly (Finding | EvaluatedFinding)[];
  previous?: Baseline;
  now: Date;
  ref?: string;
  sha?: string;
}): Baseline {
  const entries: Record<string, Baseline['entries'][string]> = {};
  for (const f of opts.findings) {
    entries[f.fingerprint] = {
      // An evaluated finding knows its first-seen date even when it was matched by a 0.1.x fingerprint.
      firstSeen:
        opts.previous?.entries[f.fingerprint]?.firstSeen ??
        ('firstSeen' in f ? f.firstSeen : undefined) ??
        opts.now.toISOString(),
      ruleId: f.ruleId,
      path: f.location.path,
      severity: f.severity,
    };
  }
  return { version: 1, createdAt: opts.now.toISOString(), ref: opts.ref, sha: opts.sha, entries };
}

/** A parsed baseline file is trusted only if it has the expected shape. */
export function isBaseline(value: unknown): value is Baseline {
  if (value === null || typeof value !== 'object') return false;
  const b = value as Partial<Baseline>;
  return b.version === 1 && typeof b.createdAt === 'string' && typeof b.entries === 'object' && b.entries !== null;
}

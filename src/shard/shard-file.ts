import { createHash } from 'node:crypto';
import type { NativeIgnoreRule } from '../config/native-ignores.js';
import type { Policy } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import type { ScannerRun } from '../policy/types.js';
import type { ScannedRange } from '../report/types.js';

/** The file a shard run leaves in its output folder; the aggregate run reads nothing else. */
export const SHARD_FILE = 'shard.json';
export const SHARD_FORMAT = 'scan-gate-shard';
export const SHARD_FORMAT_VERSION = 1;

/** A shard's results before policy evaluation: normalised findings, scanner runs and native ignore files. */
export interface ShardFile {
  readonly format: typeof SHARD_FORMAT;
  readonly formatVersion: typeof SHARD_FORMAT_VERSION;
  readonly shard: string;
  readonly toolVersion: string;
  /** The commit the shard scanned. */
  readonly sha: string;
  readonly policyHash: string;
  readonly instance: string;
  readonly createdAt: string;
  /** The shard's scan path, workspace-relative. */
  readonly path: string;
  readonly range?: ScannedRange;
  readonly findings: readonly Finding[];
  readonly runs: readonly ScannerRun[];
  readonly nativeIgnores: readonly NativeIgnoreRule[];
  readonly warnings: readonly string[];
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * Identifies the effective policy (thresholds, ignores, SLA…, with where each came from) so the aggregate can
 * refuse shards gated by a different policy file or different inputs.
 */
export function policyHash(policy: Policy): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify(canonical(policy)))
    .digest('hex')}`;
}

import type { NativeIgnoreRule } from '../config/native-ignores.js';
import { policySha256 } from '../config/policy-hash.js';
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

/** `sha256:` + the policy hash report.json records as `policy.sha256` (see config/policy-hash.ts). */
export function policyHash(policy: Policy): string {
  return `sha256:${policySha256(policy)}`;
}

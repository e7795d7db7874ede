import type { Mode, Policy } from '../config/types.js';
import type { ScannerRun, Verdict } from '../policy/types.js';

/** What the workflow event says about where results belong (README "Recipes"). */
export interface EventInfo {
  /** `pull_request`, `push`, `schedule`, `local`, … */
  readonly name: string;
  readonly owner: string;
  readonly repo: string;
  /** The commit that was scanned (checked-out HEAD). */
  readonly sha: string;
  /** Full ref for results (`refs/heads/main`, `refs/pull/7/merge`, `refs/pull/7/head`). */
  readonly ref?: string;
  readonly prNumber?: number;
  /** PR head SHA (the commit a human pushed), for the comment marker. */
  readonly headSha?: string;
  readonly defaultBranch?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  /** https://github.com (or the GHES URL) */
  readonly serverUrl: string;
  /** Link to this run's job summary / logs. */
  readonly runUrl?: string;
  /** The PR comes from a fork (read-only token: no comment, no upload). */
  readonly fromFork?: boolean;
}

export interface ScannedRange {
  readonly description: string;
  readonly commitCount?: number;
  /** Set when the clone was too shallow to cover the range (with the `fetch-depth` fix). */
  readonly warning?: string;
}

/** Everything reporters need; pure data (no adapters). */
export interface RunReport {
  readonly verdict: Verdict;
  readonly scanners: readonly ScannerRun[];
  readonly event: EventInfo;
  readonly range?: ScannedRange;
  /** Instance id distinguishing several scan-gate steps (comment marker, SARIF category suffix). */
  readonly instance: string;
  readonly mode: Mode;
  readonly policy: Policy;
  readonly configFile?: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Warnings collected during the run (cache unavailable, version not pinned, upload skipped…). */
  readonly warnings: readonly string[];
  readonly toolVersion: string;
  /** Effective inputs and policy hash, for report.json (absent in unit fixtures). */
  readonly audit?: AuditRecord;
}

/** Enough to answer "why did this merge pass on that date": what was asked and which policy applied. */
export interface AuditRecord {
  /** Effective settings by input name; secrets appear only as "(set)". */
  readonly inputs: Readonly<Record<string, string>>;
  /** sha256 of the effective policy (canonical JSON). */
  readonly policySha256: string;
  /** sha256 of the policy file's bytes, when one was loaded. */
  readonly policyFileSha256?: string;
}

import type { Mode, Policy } from '../config/types.js';
import type { EventInfo } from '../github/event.js';
import type { ScannerRun, Verdict } from '../policy/types.js';

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

export type { EventInfo };

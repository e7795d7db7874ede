import type { IgnoreRule } from '../config/types.js';
import type { Category, Finding, ScannerId, SeverityCounts } from '../findings/finding.js';

export type FindingStatus = 'new' | 'existing' | 'ignored';

/** Why a finding is not counted: a policy ignore, a native suppression, or `ignore-unfixed`. */
export interface IgnoreMatch {
  readonly kind: 'policy' | 'native' | 'unfixed';
  readonly source: string;
  readonly reason: string;
  readonly owner?: string;
  readonly expires?: string;
}

export interface EvaluatedFinding extends Finding {
  readonly status: FindingStatus;
  readonly blocking: boolean;
  /** For blocking findings: the rule that made it block (e.g. `severity high ≥ fail-on high (policy)`). */
  readonly reason?: string;
  readonly ignoredBy?: IgnoreMatch;
  /** ISO date-time the finding was first seen (baseline), when known. */
  readonly firstSeen?: string;
  readonly overdue?: boolean;
}

/** Persisted by `mode: new` on default-branch pushes and scheduled runs. */
export interface Baseline {
  readonly version: 1;
  readonly createdAt: string;
  readonly ref?: string;
  readonly sha?: string;
  /** Findings that disappeared, with when they were first seen and fixed (newest last, bounded). */
  readonly resolved?: readonly Resolution[];
  /** fingerprint → first-seen ISO date-time (+ a few fields so "fixed" can be described). */
  readonly entries: Readonly<
    Record<
      string,
      {
        readonly firstSeen: string;
        readonly ruleId?: string;
        readonly path?: string;
        readonly severity?: string;
        /** Kept so a fixed finding can still be named by scanner and category (Security Hub archive). */
        readonly scanner?: ScannerId;
        readonly category?: Category;
      }
    >
  >;
}

export interface ScannerRun {
  readonly id: ScannerId;
  readonly version?: string;
  readonly status: 'ok' | 'error' | 'skipped';
  readonly durationMs: number;
  readonly error?: string;
  readonly findings: number;
  /** How the binary was obtained and verified (pinned sha256, checksums file, PATH…). */
  readonly install?: string;
  /** Age of the vulnerability database, when the scanner has one. */
  readonly dbAgeHours?: number;
  readonly note?: string;
}

export interface FixedFinding {
  readonly fingerprint: string;
  readonly ruleId?: string;
  readonly path?: string;
  readonly severity?: string;
  readonly firstSeen?: string;
  readonly scanner?: ScannerId;
  readonly category?: Category;
  /** This run's start: the finding was present at the baseline and is gone now. */
  readonly fixedAt?: string;
}

/** One resolved finding in the baseline's history, for time-to-resolve figures. */
export interface Resolution {
  readonly fingerprint: string;
  readonly severity?: string;
  readonly firstSeen: string;
  readonly fixedAt: string;
}

/** What still matched through 0.1.x fingerprints this run, so the user can be told to update them. */
export interface FingerprintMigration {
  /** Baseline entries matched by their old fingerprint (the next saved baseline uses the new ones). */
  readonly baseline: number;
  /** Policy ignores whose id is an old fingerprint, with the finding's current fingerprint. */
  readonly ignores: { readonly source: string; readonly id: string; readonly fingerprint: string }[];
}

export interface Verdict {
  readonly verdict: 'pass' | 'fail';
  /** Why it failed (each blocking rule with counts, scanner errors) or, on pass, what was checked. */
  readonly reasons: readonly string[];
  readonly findings: readonly EvaluatedFinding[];
  /** Non-ignored findings by severity. */
  readonly counts: SeverityCounts;
  readonly total: number;
  readonly blocking: number;
  readonly newCount: number;
  readonly existingCount: number;
  readonly ignoredCount: number;
  readonly fixed: readonly FixedFinding[];
  /** Resolutions recorded by earlier runs (the baseline's history); `fixed` adds this run's. */
  readonly resolvedHistory?: readonly Resolution[];
  readonly expiredIgnores: readonly IgnoreRule[];
  readonly unusedIgnores: readonly IgnoreRule[];
  readonly scannerErrors: readonly { readonly scanner: ScannerId; readonly message: string }[];
  /** `none`: mode new without a baseline (every finding counts); `used`; `not-applicable` (mode all). */
  readonly baseline: 'none' | 'used' | 'not-applicable';
  readonly overdue: number;
  readonly fingerprintMigration?: FingerprintMigration;
}

/** The one currency after parsing: every scanner's output becomes `Finding`s. Never holds a secret value. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank used for thresholds and sorting: higher is more severe. `unknown` ranks below `low`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  unknown: 0,
};

export const CATEGORIES = ['secret', 'vulnerability', 'misconfiguration', 'code', 'license'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCANNER_IDS = [
  'trivy',
  'gitleaks',
  'trufflehog',
  'osv-scanner',
  'grype',
  'pip-audit',
  'bandit',
  'checkov',
  'safety',
  'sarif',
  // GitHub's own security data, read through the REST API (src/sources/); selectable like scanners.
  'dependabot',
  'dependency-review',
  'code-scanning',
  'secret-scanning',
] as const;
export type ScannerId = (typeof SCANNER_IDS)[number];

/** Scanner ids that are alert sources: nothing to install or run, their findings come from the GitHub API. */
export const SOURCE_IDS = ['dependabot', 'dependency-review', 'code-scanning', 'secret-scanning'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
/** Scanners that run as processes (everything but the alert sources). */
export type ToolId = Exclude<ScannerId, SourceId>;

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}

/**
 * The scanner whose SARIF run carries a finding: its own scanner, or, when an alert source's report
 * outranked a scanner's and was kept (see mergePair), the scanner whose rule it kept (`ruleReport`).
 * Alert sources upload nothing (their alerts already live on GitHub); a finding only they report has none.
 */
export function sarifScannerOf(f: {
  readonly scanner: ScannerId;
  readonly sources: readonly ScannerId[];
  readonly ruleReport?: RuleReport;
}): ToolId | undefined {
  if (!isSourceId(f.scanner)) return f.scanner;
  return f.ruleReport?.scanner ?? f.sources.find((s): s is ToolId => !isSourceId(s));
}

/**
 * The scanner whose rule a finding carries (sarifScannerOf), or its alert source when only alert sources
 * reported it: what a baseline entry and Security Hub's generator name, so neither changes with the alert.
 */
export function ruleScannerOf(f: Parameters<typeof sarifScannerOf>[0]): ScannerId {
  return sarifScannerOf(f) ?? f.scanner;
}

/** A scanner's own report of a finding an alert source outranked: whose rule the finding keeps, and how severe. */
export interface RuleReport {
  readonly scanner: ToolId;
  readonly severity: Severity;
}

export interface Location {
  /** Repository-relative, forward slashes. For image findings: the image reference plus target. */
  readonly path: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface PackageRef {
  readonly name: string;
  readonly version?: string;
  readonly ecosystem?: string;
  /** Versions that fix the advisory; empty = no fix known ("unfixed"); absent = the source does not say. */
  readonly fixedVersions?: readonly string[];
}

/** A suppression the scanner itself or the repository applied (`.trivyignore`, `# nosec`, `gitleaks:allow`…). */
export interface NativeSuppression {
  readonly source: string;
  readonly reason?: string;
}

export interface Finding {
  readonly scanner: ScannerId;
  /** Every scanner that reported this finding (after de-duplication), `scanner` first. */
  readonly sources: readonly ScannerId[];
  readonly ruleId: string;
  /** Other identifiers for the same issue (CVE, GHSA, PYSEC aliases). */
  readonly aliases: readonly string[];
  readonly category: Category;
  readonly severity: Severity;
  readonly title: string;
  readonly description?: string;
  readonly helpUri?: string;
  readonly location: Location;
  readonly package?: PackageRef;
  /** Stable identity across runs and line moves; see findings/fingerprint.ts. */
  readonly fingerprint: string;
  /** Only for secrets: verified live by the scanner (trufflehog). */
  readonly verified?: boolean;
  readonly suppressed?: NativeSuppression;
  /** When the source itself first reported it (an alert's `created_at`): the SLA clock for alert sources. */
  readonly sourceFirstSeen?: string;
  /** The alert on GitHub, for alert sources. */
  readonly alertUrl?: string;
  /**
   * Fingerprints scan-gate 0.1.x gave this finding (first occurrences only): baselines and ignores
   * written then still match once, with a notice. Never written to reports.
   */
  readonly legacyFingerprints?: readonly string[];
  /**
   * Only when `scanner` is an alert source that outranked a scanner's report of this finding: that
   * report (the most severe scanner report), whose rule `ruleId` is and whose SARIF run carries it, so
   * neither depends on the order reports meet in (one run, shards). Never written to report.json.
   */
  readonly ruleReport?: RuleReport;
}

/**
 * What a parser returns: a Finding without fingerprint/sources. `secretHash` (sha256 of the secret,
 * computed by the parser, which then drops the value) and `snippet` (non-secret source text) feed
 * the fingerprint.
 */
export interface RawFinding extends Omit<Finding, 'fingerprint' | 'sources' | 'legacyFingerprints'> {
  readonly secretHash?: string;
  readonly snippet?: string;
  /** History scans: the commit it was seen in. Occurrences are counted per commit, so one secret seen in two commits stays one finding. */
  readonly commit?: string;
}

export type SeverityCounts = Record<Severity, number>;

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function isScannerId(value: string): value is ScannerId {
  return (SCANNER_IDS as readonly string[]).includes(value);
}

export function bySeverityDesc(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}

/**
 * The first `limit` of `items` sorted stably by bySeverityDesc, without sorting them all: a pass that
 * keeps at most `limit` per severity, in their order (what a report lists of 100,000 findings).
 */
export function mostSevereFirst<T extends { severity: Severity }>(items: readonly T[], limit: number): T[] {
  const kept: T[][] = SEVERITIES.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const bucket = kept[SEVERITIES.length - 1 - SEVERITY_RANK[item.severity]] as T[];
    if (bucket.length < limit) bucket.push(item);
  }
  return kept.flat().slice(0, limit);
}

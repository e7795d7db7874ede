import type { Severity } from '../../findings/finding.js';

/** GitHub's `security-severity` bands, which osv-scanner's own SARIF relies on: ≥9, ≥7, ≥4, >0. */
export function severityFromCvssScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

/** GitHub advisory labels (`database_specific.severity`); GHSA says MODERATE where others say MEDIUM. */
const ADVISORY_LABELS: Readonly<Record<string, Severity>> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
};

export function severityFromAdvisoryLabel(label: unknown): Severity | undefined {
  return typeof label === 'string' ? ADVISORY_LABELS[label.trim().toUpperCase()] : undefined;
}

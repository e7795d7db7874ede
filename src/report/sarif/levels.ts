import type { Severity } from '../../findings/finding.js';

/** Numeric security-severity per severity: midpoints of GitHub's bands, so the label survives the round trip. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  // 0.0 means "no security severity" to GitHub; unknown findings still carry the security tag.
  unknown: '0.0',
};

export const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'warning',
};

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];

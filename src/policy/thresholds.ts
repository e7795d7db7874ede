import type { Policy, Threshold } from '../config/types.js';
import { type Finding, SEVERITY_RANK, type Severity } from '../findings/finding.js';

/** Does `severity` reach `threshold`? `any` includes unknown; `none` never blocks. */
export function reaches(severity: Severity, threshold: Threshold): boolean {
  if (threshold === 'none') return false;
  if (threshold === 'any') return true;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export interface AppliedThreshold {
  readonly threshold: Threshold;
  /** Human words for the rule, e.g. `fail-on high (preset standard)`. */
  readonly rule: string;
}

/** The most specific threshold wins: category, then scanner (any source), then the global fail-on. */
export function thresholdFor(f: Finding, policy: Policy): AppliedThreshold {
  const byCategory = policy.categoryFailOn[f.category];
  if (byCategory !== undefined) {
    const at = policy.ruleSources['fail-on-by-category'];
    return { threshold: byCategory, rule: `fail-on-by-category ${f.category}: ${byCategory}${at ? ` (${at})` : ''}` };
  }
  const scanner = f.sources.find((s) => policy.scannerFailOn[s] !== undefined);
  if (scanner) {
    const t = policy.scannerFailOn[scanner] as Threshold;
    const at = policy.ruleSources['fail-on-by-scanner'];
    return { threshold: t, rule: `fail-on-by-scanner ${scanner}: ${t}${at ? ` (${at})` : ''}` };
  }
  return { threshold: policy.failOn, rule: `fail-on ${policy.failOn} (${policy.failOnSource})` };
}

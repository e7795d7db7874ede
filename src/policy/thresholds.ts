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

/** An applied threshold and the blocking reason it gives each severity, built once and shared. */
export interface SharedThreshold extends AppliedThreshold {
  reason(severity: Severity): string;
}

function shared(applied: AppliedThreshold): SharedThreshold {
  const reasons = new Map<Severity, string>();
  return {
    ...applied,
    reason(severity) {
      let reason = reasons.get(severity);
      if (reason === undefined) {
        reason = `severity ${severity} reaches ${applied.rule}`;
        reasons.set(severity, reason);
      }
      return reason;
    },
  };
}

/**
 * thresholdFor for one evaluation, remembered per category and per deciding scanner: 100,000 findings
 * share a handful of thresholds, their rule words and their reasons instead of building each again.
 */
export function thresholdMemo(policy: Policy): (f: Finding) => SharedThreshold {
  const known = new Map<string, SharedThreshold>();
  const memo = (key: string, f: Finding) => {
    let t = known.get(key);
    if (t === undefined) {
      t = shared(thresholdFor(f, policy));
      known.set(key, t);
    }
    return t;
  };
  return (f) => {
    if (policy.categoryFailOn[f.category] !== undefined) return memo(`category\0${f.category}`, f);
    const scanner = f.sources.find((s) => policy.scannerFailOn[s] !== undefined);
    return memo(scanner === undefined ? 'global' : `scanner\0${scanner}`, f);
  };
}

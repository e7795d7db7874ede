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

/** Which setting decides a finding's threshold: its category's, a scanner's (any source) or the global one. */
type Decider =
  | { readonly kind: 'category'; readonly category: Finding['category'] }
  | { readonly kind: 'scanner'; readonly scanner: Finding['sources'][number] }
  | { readonly kind: 'global' };

/** The most specific setting wins: category, then scanner (any source), then the global fail-on. */
function deciderOf(f: Finding, policy: Policy): Decider {
  if (policy.categoryFailOn[f.category] !== undefined) return { kind: 'category', category: f.category };
  const scanner = decidingScanner(f, policy);
  return scanner === undefined ? { kind: 'global' } : { kind: 'scanner', scanner };
}

/** The first of a finding's sources with a fail-on of its own (an indexed loop: nothing allocated per finding). */
function decidingScanner(f: Finding, policy: Policy): Finding['sources'][number] | undefined {
  const sources = f.sources;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i] as Finding['sources'][number];
    if (policy.scannerFailOn[s] !== undefined) return s;
  }
  return undefined;
}

function applied(d: Decider, policy: Policy): AppliedThreshold {
  if (d.kind === 'category') {
    const t = policy.categoryFailOn[d.category] as Threshold;
    const at = policy.ruleSources['fail-on-by-category'];
    return { threshold: t, rule: `fail-on-by-category ${d.category}: ${t}${at ? ` (${at})` : ''}` };
  }
  if (d.kind === 'scanner') {
    const t = policy.scannerFailOn[d.scanner] as Threshold;
    const at = policy.ruleSources['fail-on-by-scanner'];
    return { threshold: t, rule: `fail-on-by-scanner ${d.scanner}: ${t}${at ? ` (${at})` : ''}` };
  }
  return { threshold: policy.failOn, rule: `fail-on ${policy.failOn} (${policy.failOnSource})` };
}

export function thresholdFor(f: Finding, policy: Policy): AppliedThreshold {
  return applied(deciderOf(f, policy), policy);
}

/** An applied threshold and the blocking reason it gives each severity, built once and shared. */
export interface SharedThreshold extends AppliedThreshold {
  reason(severity: Severity): string;
}

function shared(threshold: AppliedThreshold): SharedThreshold {
  const reasons = new Map<Severity, string>();
  return {
    ...threshold,
    reason(severity) {
      let reason = reasons.get(severity);
      if (reason === undefined) {
        reason = `severity ${severity} reaches ${threshold.rule}`;
        reasons.set(severity, reason);
      }
      return reason;
    },
  };
}

/**
 * thresholdFor for one evaluation, remembered per deciding setting: 100,000 findings share a handful
 * of thresholds, their rule words and their reasons instead of building each again.
 */
export function thresholdMemo(policy: Policy): (f: Finding) => SharedThreshold {
  const byCategory = new Map<Finding['category'], SharedThreshold>();
  const byScanner = new Map<Finding['sources'][number], SharedThreshold>();
  let global: SharedThreshold | undefined;
  const once = <K>(known: Map<K, SharedThreshold>, key: K, d: Decider) => {
    let t = known.get(key);
    if (t === undefined) {
      t = shared(applied(d, policy));
      known.set(key, t);
    }
    return t;
  };
  // One decision (deciderOf) for the memo and thresholdFor alike.
  return (f) => {
    const d = deciderOf(f, policy);
    if (d.kind === 'category') return once(byCategory, d.category, d);
    if (d.kind === 'scanner') return once(byScanner, d.scanner, d);
    global ??= shared(applied(d, policy));
    return global;
  };
}

import type { NativeIgnoreRule } from '../config/native-ignores.js';
import type { IgnoreRule, Mode, Policy } from '../config/types.js';
import { emptyCounts, type Finding } from '../findings/finding.js';
import { earliest } from '../findings/merge-advisories.js';
import { fixedJudge, ownEntry } from './baseline.js';
import { isExpired, legacyIdMatches, nativeIgnoreMatches, policyIgnoreMatches } from './ignores.js';
import { decideLicence } from './licenses.js';
import { reaches, type SharedThreshold, thresholdMemo } from './thresholds.js';
import type { Baseline, EvaluatedFinding, FingerprintMigration, IgnoreMatch, ScannerRun, Verdict } from './types.js';

export interface EvaluateOptions {
  readonly findings: readonly Finding[];
  readonly policy: Policy;
  readonly mode: Mode;
  readonly baseline?: Baseline;
  readonly scanners: readonly ScannerRun[];
  /** `.trivyignore` / `.gitleaksignore` lines found at the scan root. */
  readonly nativeIgnores?: readonly NativeIgnoreRule[];
  readonly now: Date;
  /**
   * The caller hands the findings over and does not use them again (the pipeline, unless it writes a
   * shard file): each becomes its evaluated finding instead of being copied — 100,000 objects in a large run.
   */
  readonly owned?: boolean;
}

interface IgnoreState {
  readonly active: readonly IgnoreRule[];
  readonly used: Set<IgnoreRule>;
  readonly native: readonly NativeIgnoreRule[];
  /** Baselines and ignores matched through a 0.1.x fingerprint (see fingerprintFor). */
  readonly migration: { baseline: Set<string>; ignores: FingerprintMigration['ignores'] };
  /** The thresholds of this evaluation, each with its reason strings, shared by the findings they apply to. */
  readonly threshold: (f: Finding) => SharedThreshold;
}

type Judgement = Omit<EvaluatedFinding, keyof Finding>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The finding with its judgement: a copy, or the finding itself when it was handed over (`owned`). Every
 * part is set, the optional ones too: a finding read from elsewhere (a shard file) or evaluated before
 * must not keep a waiver or a blocking reason this evaluation did not give it. Stores, not Object.assign
 * and spreads: this runs once per finding.
 */
function judged(f: Finding, j: Judgement, o: EvaluateOptions): EvaluatedFinding {
  if (!o.owned) {
    return {
      ...f,
      reason: j.reason,
      ignoredBy: j.ignoredBy,
      status: j.status,
      blocking: j.blocking,
      firstSeen: j.firstSeen,
      overdue: j.overdue,
    };
  }
  const e = f as Mutable<EvaluatedFinding>;
  e.reason = j.reason;
  e.ignoredBy = j.ignoredBy;
  e.status = j.status;
  e.blocking = j.blocking;
  e.firstSeen = j.firstSeen;
  e.overdue = j.overdue;
  return e;
}

/** This finding's baseline entry: by its fingerprint, else by the 0.1.x fingerprint its first occurrence inherits. */
function baselineEntry(f: Finding, o: EvaluateOptions, state: IgnoreState) {
  const entries = o.baseline?.entries;
  if (!entries) return undefined;
  const current = ownEntry(entries, f.fingerprint);
  if (current) return current;
  const old = (f.legacyFingerprints ?? []).find((fp) => ownEntry(entries, fp) !== undefined);
  if (old === undefined) return undefined;
  state.migration.baseline.add(old);
  return ownEntry(entries, old);
}

// Indexed loops rather than `find` with a closure: these run once per finding, 100,000 times in a large
// run, and allocate nothing (a closure, or an iterator result per step in a for…of not yet optimised).
function firstPolicyIgnore(rules: readonly IgnoreRule[], f: Finding): IgnoreRule | undefined {
  for (let i = 0; i < rules.length; i++) if (policyIgnoreMatches(rules[i] as IgnoreRule, f)) return rules[i];
  return undefined;
}

function firstNativeIgnore(rules: readonly NativeIgnoreRule[], f: Finding, now: Date): NativeIgnoreRule | undefined {
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as NativeIgnoreRule;
    if (!isExpired(r.expires, now) && nativeIgnoreMatches(r, f)) return r;
  }
  return undefined;
}

/** First matching waiver: policy ignores, then native files / inline suppressions, then ignore-unfixed. */
function ignoreFor(f: Finding, policy: Policy, state: IgnoreState, now: Date): IgnoreMatch | undefined {
  const rule = firstPolicyIgnore(state.active, f);
  if (rule) {
    state.used.add(rule);
    if (legacyIdMatches(rule.id, f))
      state.migration.ignores.push({ source: rule.source, id: rule.id, fingerprint: f.fingerprint });
    return { kind: 'policy', source: rule.source, reason: rule.reason, owner: rule.owner, expires: rule.expires };
  }
  if (policy.allowNativeIgnores) {
    const native = firstNativeIgnore(state.native, f, now);
    if (native)
      return { kind: 'native', source: native.source, reason: `listed in ${native.file}`, expires: native.expires };
    if (f.suppressed)
      return { kind: 'native', source: f.suppressed.source, reason: f.suppressed.reason ?? 'inline suppression' };
  }
  if (
    policy.ignoreUnfixed &&
    f.category === 'vulnerability' &&
    f.package &&
    // Absent = the source does not say (dependency review); only an empty list means "no fix".
    f.package.fixedVersions?.length === 0
  ) {
    return { kind: 'unfixed', source: 'ignore-unfixed', reason: 'no fixed version is available' };
  }
  return undefined;
}

function evaluateOne(f: Finding, o: EvaluateOptions, state: IgnoreState): EvaluatedFinding {
  const ignoredBy = ignoreFor(f, o.policy, state, o.now);
  const seen = baselineEntry(f, o, state);
  // Alert sources carry their own clock (the alert's created_at); the earlier of it and the baseline wins.
  const firstSeen = earliest(f.sourceFirstSeen, seen?.firstSeen);
  const slaMs = o.policy.sla[f.severity];
  const overdue = slaMs !== undefined && firstSeen !== undefined && o.now.getTime() - Date.parse(firstSeen) > slaMs;
  if (ignoredBy) return judged(f, { status: 'ignored', blocking: false, ignoredBy, firstSeen, overdue: false }, o);
  const status = seen ? 'existing' : 'new';
  if (f.category === 'license' && o.policy.licensePolicy) {
    // The licence policy decides licence findings instead of severity thresholds.
    const decision = decideLicence(f, o.policy.licensePolicy);
    const blocks = decision.blocks && !(o.mode === 'new' && status === 'existing');
    return judged(
      f,
      { status, blocking: blocks, reason: blocks ? decision.why : undefined, firstSeen, overdue: false },
      o,
    );
  }
  const applied = state.threshold(f);
  const atThreshold = reaches(f.severity, applied.threshold);
  if (atThreshold && !(o.mode === 'new' && status === 'existing')) {
    return judged(f, { status, blocking: true, reason: applied.reason(f.severity), firstSeen, overdue }, o);
  }
  if (overdue && o.policy.slaBlocks) {
    return judged(
      f,
      {
        status,
        blocking: true,
        reason: `overdue: first seen ${firstSeen?.slice(0, 10)}, past the ${f.severity} SLA (sla-blocks)`,
        firstSeen,
        overdue,
      },
      o,
    );
  }
  return judged(f, { status, blocking: false, firstSeen, overdue }, o);
}

function summarise(findings: readonly EvaluatedFinding[]): Map<string, number> {
  // Reasons are few shared texts (one per severity and threshold): each is counted, then summarised once.
  const byReason = new Map<string, number>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as EvaluatedFinding;
    if (!f.blocking) continue;
    const reason = f.reason ?? '';
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const byRule = new Map<string, number>();
  for (const [reason, n] of byReason) {
    const key = reason.replace(/^severity \w+ reaches /, '');
    byRule.set(key, (byRule.get(key) ?? 0) + n);
  }
  return byRule;
}

/**
 * Baseline entries naming no finding of this run, by its fingerprint or its 0.1.x one: an entry under
 * the old name of a finding still here is not fixed, even when the finding matched its new name
 * (buildBaseline treats it as renamed, so the verdict and the next baseline agree).
 */
function fixedSince(baseline: Baseline, findings: readonly EvaluatedFinding[], o: EvaluateOptions) {
  const present = new Set<string>();
  for (const f of findings) {
    present.add(f.fingerprint);
    for (const old of f.legacyFingerprints ?? []) present.add(old);
  }
  const canJudge = fixedJudge(o.scanners);
  return Object.entries(baseline.entries)
    .filter(([fp, e]) => !present.has(fp) && canJudge(e))
    .map(([fingerprint, e]) => ({ fingerprint, ...e, fixedAt: o.now.toISOString() }));
}

/** Applies the policy: every finding gets a status and, if it blocks, the rule that made it block. */
export function evaluatePolicy(o: EvaluateOptions): Verdict {
  const configured = o.policy.allowIgnores ? o.policy.ignores : [];
  const state: IgnoreState = {
    active: configured.filter((r) => !isExpired(r.expires, o.now)),
    used: new Set(),
    native: o.nativeIgnores ?? [],
    migration: { baseline: new Set(), ignores: [] },
    threshold: thresholdMemo(o.policy),
  };
  const findings = o.findings.map((f) => evaluateOne(f, o, state));
  // One pass for every tally (not a filtered copy of 100,000 findings per figure).
  const counts = emptyCounts();
  let counted = 0;
  let blocking = 0;
  let newCount = 0;
  let existingCount = 0;
  let overdue = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as EvaluatedFinding;
    if (f.blocking) blocking++;
    if (f.status === 'ignored') continue;
    counted++;
    counts[f.severity]++;
    if (f.status === 'new') newCount++;
    else if (f.status === 'existing') existingCount++;
    if (f.overdue) overdue++;
  }
  const scannerErrors = o.scanners
    .filter((s) => s.status === 'error')
    .map((s) => ({ scanner: s.id, message: s.error ?? 'failed' }));
  const errorsFail = scannerErrors.length > 0 && o.policy.failOnScannerError;
  const fixed = o.baseline ? fixedSince(o.baseline, findings, o) : [];
  const reasons: string[] = [];
  for (const [rule, n] of summarise(findings)) {
    reasons.push(
      rule.startsWith('licence ')
        ? `${n} finding${n === 1 ? '' : 's'}: ${rule}`
        : `${n} finding${n === 1 ? ' reaches' : 's reach'} ${rule}`,
    );
  }
  for (const e of scannerErrors) {
    reasons.push(
      `${e.scanner} ${o.policy.failOnScannerError ? 'failed (fail-on-scanner-error)' : 'failed but fail-on-scanner-error is false'}: ${e.message}`,
    );
  }
  const verdict = blocking > 0 || errorsFail ? 'fail' : 'pass';
  if (verdict === 'pass') reasons.unshift(passReason(o, counted, findings.length - counted));
  return {
    verdict,
    reasons,
    findings,
    counts,
    total: counted,
    blocking,
    newCount,
    existingCount,
    ignoredCount: findings.length - counted,
    fixed,
    resolvedHistory: o.baseline?.resolved ?? [],
    expiredIgnores: configured.filter((r) => isExpired(r.expires, o.now)),
    unusedIgnores: state.active.filter((r) => !state.used.has(r)),
    scannerErrors,
    baseline: o.mode === 'new' ? (o.baseline ? 'used' : 'none') : 'not-applicable',
    overdue,
    ...(state.migration.baseline.size > 0 || state.migration.ignores.length > 0
      ? { fingerprintMigration: { baseline: state.migration.baseline.size, ignores: state.migration.ignores } }
      : {}),
  };
}

function passReason(o: EvaluateOptions, counted: number, ignored: number): string {
  const ran = o.scanners.filter((s) => s.status === 'ok').map((s) => s.id);
  const scope =
    o.mode === 'new' ? (o.baseline ? 'new findings' : 'findings (no baseline: all count as new)') : 'findings';
  return `no blocking findings: ${counted} ${scope} from ${ran.length} scanner${ran.length === 1 ? '' : 's'} (${ran.join(', ') || 'none'}) checked against fail-on ${o.policy.failOn} (${o.policy.failOnSource})${ignored > 0 ? `; ${ignored} ignored` : ''}`;
}

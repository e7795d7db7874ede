import { type Finding, isSourceId, type RuleReport, SEVERITY_RANK } from './finding.js';
import { normalisePackageName } from './fingerprint.js';

/** The earlier of two ISO date-times (either may be absent). */
export function earliest(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
}

/** The scanner report whose rule a finding carries; undefined when only alert sources reported it. */
function ruleReportOf(f: Finding): RuleReport | undefined {
  return isSourceId(f.scanner) ? f.ruleReport : { scanner: f.scanner, severity: f.severity };
}

/**
 * Two reports of one finding as one: the stronger report (title, severity) is kept and its scanner comes
 * first in `sources`; every source, the earliest source clock and both sets of 0.1 fingerprints are kept.
 * The rule is the most severe *scanner* report's (the stronger report's when only alert sources reported
 * it): the finding's SARIF result keeps the rule it has on a run without the alert sources (GitHub keys
 * its alert on the rule: another would close the alert as fixed and open a new one), whatever order the
 * reports meet in. The other rule ids stay aliases, so an ignore naming one still matches.
 */
export function mergePair(a: Finding, b: Finding): Finding {
  const stronger = SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a;
  const ra = ruleReportOf(a);
  const rb = ruleReportOf(b);
  const ruleFrom =
    ra && rb ? (SEVERITY_RANK[rb.severity] > SEVERITY_RANK[ra.severity] ? b : a) : ra ? a : rb ? b : stronger;
  const ruleId = ruleFrom.ruleId;
  const ruleReport = isSourceId(stronger.scanner) ? (ruleFrom === a ? ra : rb) : undefined;
  const legacy = union(a.legacyFingerprints, b.legacyFingerprints);
  const ruleIds = [a.ruleId, b.ruleId].filter((id) => id !== ruleId);
  return {
    ...stronger,
    ruleId,
    ruleReport,
    sources: [...new Set([stronger.scanner, ...a.sources, ...b.sources])],
    aliases: [...new Set([...a.aliases, ...b.aliases, ...ruleIds])].filter((id) => id !== ruleId),
    package: stronger.package ?? a.package ?? b.package,
    verified: a.verified || b.verified || undefined,
    suppressed: a.suppressed && b.suppressed ? a.suppressed : undefined,
    sourceFirstSeen: earliest(a.sourceFirstSeen, b.sourceFirstSeen),
    alertUrl: a.alertUrl ?? b.alertUrl,
    ...(legacy ? { legacyFingerprints: legacy } : {}),
  };
}

/** Merges an alert source's finding into a scanner's, which keeps its identity (fingerprint, location). */
export function mergeInto(into: Finding, extra: Finding): Finding {
  return { ...mergePair(into, extra), fingerprint: into.fingerprint, location: into.location };
}

const ids = (f: Finding) => new Set([f.ruleId, ...f.aliases].map((id) => id.toUpperCase()));

/** Same package (name; versions equal when both are known) and at least one advisory id (`bIds`) in common. */
function sameAdvisory(a: Finding, b: Finding, bIds: ReadonlySet<string>): boolean {
  if (a.category !== 'vulnerability' || b.category !== 'vulnerability' || !a.package || !b.package) return false;
  if (normalisePackageName(a.package.name) !== normalisePackageName(b.package.name)) return false;
  if (a.package.version && b.package.version && a.package.version !== b.package.version) return false;
  return bIds.has(a.ruleId.toUpperCase()) || a.aliases.some((id) => bIds.has(id.toUpperCase()));
}

/**
 * Alert sources name an advisory by GHSA and a package without the installed version (Dependabot) or by
 * GHSA only (dependency review), so their fingerprints differ from trivy's or osv-scanner's. A source's
 * finding on the same package and advisory is merged into the scanner's (which keeps its identity).
 */
export function mergeSourceAdvisories(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const fromSources: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    (isSourceId(f.scanner) ? fromSources : out).push(f);
  }
  // Candidates by package name, so 100,000 scanner findings are not compared with every alert.
  const byPackage = new Map<string, number[]>();
  const index = (f: Finding, i: number) => {
    if (!f.package) return;
    const key = normalisePackageName(f.package.name);
    const list = byPackage.get(key);
    if (list) list.push(i);
    else byPackage.set(key, [i]);
  };
  out.forEach(index);
  for (const f of fromSources) {
    const candidates = f.package ? (byPackage.get(normalisePackageName(f.package.name)) ?? []) : [];
    const fIds = ids(f);
    const i = candidates.find((c) => sameAdvisory(out[c] as Finding, f, fIds));
    if (i !== undefined) out[i] = mergeInto(out[i] as Finding, f);
    else {
      out.push(f);
      index(f, out.length - 1);
    }
  }
  return out;
}

import { type Finding, isSourceId, SEVERITY_RANK } from './finding.js';
import { normalisePackageName } from './fingerprint.js';

/** The earlier of two ISO date-times (either may be absent). */
export function earliest(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Merges `extra` into `into`: every source named, the highest severity, the earliest source clock. */
export function mergeInto(into: Finding, extra: Finding): Finding {
  const stronger = SEVERITY_RANK[extra.severity] > SEVERITY_RANK[into.severity] ? extra : into;
  return {
    ...stronger,
    scanner: into.scanner,
    fingerprint: into.fingerprint,
    location: into.location,
    package: into.package ?? extra.package,
    sources: [...new Set([...into.sources, ...extra.sources])],
    aliases: [...new Set([...into.aliases, ...extra.aliases])],
    verified: into.verified || extra.verified || undefined,
    suppressed: into.suppressed && extra.suppressed ? into.suppressed : undefined,
    sourceFirstSeen: earliest(into.sourceFirstSeen, extra.sourceFirstSeen),
    alertUrl: into.alertUrl ?? extra.alertUrl,
  };
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
  for (const f of findings) (isSourceId(f.scanner) ? fromSources : out).push(f);
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

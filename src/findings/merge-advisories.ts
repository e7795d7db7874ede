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

/** Same package (name; versions equal when both are known) and at least one advisory id in common. */
function sameAdvisory(a: Finding, b: Finding): boolean {
  if (a.category !== 'vulnerability' || b.category !== 'vulnerability' || !a.package || !b.package) return false;
  if (normalisePackageName(a.package.name) !== normalisePackageName(b.package.name)) return false;
  if (a.package.version && b.package.version && a.package.version !== b.package.version) return false;
  const other = ids(b);
  return [...ids(a)].some((id) => other.has(id));
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
  for (const f of fromSources) {
    const i = out.findIndex((g) => sameAdvisory(g, f));
    if (i >= 0) out[i] = mergeInto(out[i] as Finding, f);
    else out.push(f);
  }
  return out;
}

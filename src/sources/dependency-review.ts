import type { RawFinding } from '../findings/finding.js';
import { advisorySeverity, isRec, type Rec, records, type SourceContext, type SourcePlugin, str } from './types.js';

function vulnerabilities(d: Rec): Rec[] {
  return (Array.isArray(d.vulnerabilities) ? d.vulnerabilities : []).filter(isRec);
}

function packageOf(d: Rec) {
  return { name: String(d.name), version: str(d.version), ecosystem: str(d.ecosystem) };
}

/** Every advisory on a dependency the pull request adds. */
function vulnerabilityFindings(d: Rec): RawFinding[] {
  return vulnerabilities(d).map((v) => {
    const ghsa = str(v.advisory_ghsa_id) ?? 'unknown-advisory';
    return {
      scanner: 'dependency-review',
      ruleId: ghsa,
      aliases: [],
      category: 'vulnerability',
      severity: advisorySeverity(v.severity),
      title: `${str(v.advisory_summary) ?? ghsa} (added by this pull request)`,
      helpUri: str(v.advisory_url),
      location: { path: str(d.manifest) ?? String(d.name) },
      package: packageOf(d),
    };
  });
}

/** The licence of an added dependency, for the licence policy; GitHub gives null when it does not know. */
function licenceFinding(d: Rec): RawFinding {
  const licence = str(d.license) ?? 'unknown';
  return {
    scanner: 'dependency-review',
    ruleId: `license:${licence}`,
    aliases: [],
    category: 'license',
    severity: 'unknown',
    title: `${licence} licence on ${String(d.name)} (added by this pull request)`,
    location: { path: str(d.manifest) ?? String(d.name) },
    package: packageOf(d),
  };
}

function removedNote(removed: Rec[]): string | undefined {
  const fixed = removed.filter((d) => vulnerabilities(d).length > 0);
  if (fixed.length === 0) return undefined;
  const list = fixed.slice(0, 20).map(
    (d) =>
      `${String(d.name)}@${String(d.version ?? '?')} (${vulnerabilities(d)
        .map((v) => str(v.advisory_ghsa_id))
        .join(', ')})`,
  );
  return `fixed by this pull request: ${fixed.length} vulnerable dependenc${fixed.length === 1 ? 'y' : 'ies'} removed — ${list.join('; ')}${fixed.length > 20 ? '; …' : ''}`;
}

function parseDiff(items: unknown[], ctx: SourceContext) {
  const changes = records(items, 'dependency-review');
  for (const d of changes) {
    if (!str(d.change_type) || !str(d.name)) throw new Error('dependency-review: a change has no change_type or name');
  }
  const added = changes.filter((d) => d.change_type === 'added');
  const withLicences = ctx.policy.scanLicenses || ctx.policy.licensePolicy !== undefined;
  const raw = added.flatMap((d) => [...vulnerabilityFindings(d), ...(withLicences ? [licenceFinding(d)] : [])]);
  return { raw, note: removedNote(changes.filter((d) => d.change_type === 'removed')) };
}

export const dependencyReview: SourcePlugin = {
  id: 'dependency-review',
  displayName: 'Dependency review',
  permission: '`contents: read`',
  notApplicable: (ctx) => (ctx.pullRequest ? undefined : 'only on pull requests (nothing to compare)'),
  async read(api, ctx) {
    const diff = await api.dependencyDiff(`${ctx.pullRequest?.base}...${ctx.pullRequest?.head}`);
    return {
      items: diff.changes,
      warning: diff.snapshotWarnings && `GitHub says the dependency diff may be incomplete: ${diff.snapshotWarnings}`,
    };
  },
  parse: parseDiff,
};

import type { RawFinding } from '../findings/finding.js';
import { isoDate } from '../text/iso-date.js';
import { advisorySeverity, isRec, type Rec, rec, records, type SourcePlugin, str } from './types.js';

/** Dismissed (by a person or by an auto-triage rule) alerts are shown as ignored, with GitHub's reason. */
function dismissal(a: Rec): RawFinding['suppressed'] {
  const state = str(a.state);
  if (state !== 'dismissed' && state !== 'auto_dismissed') return undefined;
  const why = [str(a.dismissed_reason)?.replace(/_/g, ' '), str(a.dismissed_comment)].filter(Boolean).join(': ');
  const by = state === 'auto_dismissed' ? 'auto-dismissed' : 'dismissed';
  return { source: `Dependabot alert #${String(a.number)} (${by} on GitHub)`, reason: why || by };
}

function alertFinding(a: Rec): RawFinding {
  const advisory = rec(a.security_advisory);
  const vulnerability = rec(a.security_vulnerability);
  const dependency = rec(a.dependency);
  const pkg = rec(dependency.package ?? vulnerability.package);
  const ghsa = str(advisory.ghsa_id);
  if (!ghsa || !str(pkg.name)) throw new Error(`dependabot: alert #${String(a.number)} has no advisory or package`);
  const identifiers = (Array.isArray(advisory.identifiers) ? advisory.identifiers : [])
    .filter(isRec)
    .map((i) => str(i.value))
    .filter((v): v is string => v !== undefined);
  const patched = str(rec(vulnerability.first_patched_version).identifier);
  return {
    scanner: 'dependabot',
    ruleId: ghsa,
    aliases: [...new Set([str(advisory.cve_id), ...identifiers].filter((v): v is string => !!v && v !== ghsa))],
    category: 'vulnerability',
    severity: advisorySeverity(vulnerability.severity ?? advisory.severity),
    title: str(advisory.summary) ?? `${ghsa} in ${String(pkg.name)}`,
    description: str(advisory.description)?.slice(0, 2000),
    helpUri: str(a.html_url),
    location: { path: str(dependency.manifest_path) ?? String(pkg.name) },
    package: { name: String(pkg.name), ecosystem: str(pkg.ecosystem), fixedVersions: patched ? [patched] : [] },
    sourceFirstSeen: isoDate(a.created_at),
    alertUrl: str(a.html_url),
    suppressed: dismissal(a),
  };
}

export const dependabot: SourcePlugin = {
  id: 'dependabot',
  displayName: 'Dependabot alerts',
  permission: '`vulnerability-alerts: read` (older GitHub versions: `security-events: read`)',
  read: async (api) => ({ items: await api.dependabotAlerts() }),
  parse: (items) => ({
    raw: records(items, 'dependabot')
      // Fixed alerts are resolved; only open and dismissed ones are asked for, but never count a fixed one.
      .filter((a) => str(a.state) !== 'fixed')
      .map(alertFinding),
  }),
};

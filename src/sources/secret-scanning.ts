import type { RawFinding } from '../findings/finding.js';
import { sha256 } from '../findings/fingerprint.js';
import { isoDate } from '../text/iso-date.js';
import { type Rec, rec, records, type SourceContext, type SourcePlugin, str } from './types.js';

/**
 * A finding per open alert. The alert's `secret` field is never read: scan-gate asks GitHub to leave it
 * out (`hide_secret`), and the fingerprint hashes the alert number, not the value.
 */
function alertFinding(a: Rec, ctx: SourceContext): RawFinding {
  const number = String(a.number);
  const where = rec(a.first_location_detected);
  const line = typeof where.start_line === 'number' && where.start_line > 0 ? where.start_line : undefined;
  const type = str(a.secret_type) ?? 'secret';
  return {
    scanner: 'secret-scanning',
    ruleId: type,
    aliases: [],
    category: 'secret',
    severity: ctx.policy.secretSeverity,
    title: `${str(a.secret_type_display_name) ?? type} (secret scanning alert #${number})`,
    helpUri: str(a.html_url),
    location: { path: str(where.path) ?? `secret scanning alert #${number}`, startLine: line },
    verified: str(a.validity) === 'active' ? true : undefined,
    secretHash: sha256(`github-secret-scanning-alert:${number}`),
    sourceFirstSeen: isoDate(a.created_at),
    alertUrl: str(a.html_url),
  };
}

export const secretScanning: SourcePlugin = {
  id: 'secret-scanning',
  displayName: 'Secret scanning alerts',
  permission:
    'a GitHub App or fine-grained token with "Secret scanning alerts: read" (the workflow `GITHUB_TOKEN` cannot have it)',
  read: async (api) => ({ items: await api.secretScanningAlerts() }),
  parse: (items, ctx) => ({
    raw: records(items, 'secret-scanning')
      .filter((a) => str(a.state) === 'open')
      .map((a) => alertFinding(a, ctx)),
  }),
};

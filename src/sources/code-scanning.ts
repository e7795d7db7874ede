import type { RawFinding, Severity } from '../findings/finding.js';
import { isoDate } from '../text/iso-date.js';
import { type Rec, rec, records, type SourcePlugin, str } from './types.js';

/** `security_severity_level` when the rule has one (security queries), else the SARIF level. */
function severityOf(rule: Rec): Severity {
  const security = str(rule.security_severity_level);
  if (security === 'critical' || security === 'high' || security === 'medium' || security === 'low') return security;
  const level = str(rule.severity);
  return level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'unknown';
}

/** scan-gate's own uploads (category / tool `scan-gate/<scanner>/…`, any instance) are already counted. */
export function isScanGateAlert(a: Rec): boolean {
  const instance = rec(a.most_recent_instance);
  return [str(instance.category), str(instance.analysis_key), str(rec(a.tool).name)].some((v) =>
    v?.startsWith('scan-gate/'),
  );
}

function alertFinding(a: Rec): RawFinding {
  const rule = rec(a.rule);
  const instance = rec(a.most_recent_instance);
  const loc = rec(instance.location);
  const ruleId = str(rule.id) ?? str(rule.name);
  if (!ruleId) throw new Error(`code-scanning: alert #${String(a.number)} has no rule`);
  const num = (v: unknown) => (typeof v === 'number' && v > 0 ? v : undefined);
  const tool = str(rec(a.tool).name) ?? 'code scanning';
  return {
    scanner: 'code-scanning',
    ruleId,
    aliases: [],
    category: 'code',
    severity: severityOf(rule),
    title: `${tool}: ${str(rule.description) ?? str(str(rec(instance.message).text)) ?? ruleId}`,
    helpUri: str(a.html_url),
    location: {
      path: str(loc.path) ?? `code scanning alert #${String(a.number)}`,
      startLine: num(loc.start_line),
      endLine: num(loc.end_line),
      startColumn: num(loc.start_column),
      endColumn: num(loc.end_column),
    },
    sourceFirstSeen: isoDate(a.created_at),
    alertUrl: str(a.html_url),
  };
}

export const codeScanning: SourcePlugin = {
  id: 'code-scanning',
  displayName: 'Code scanning alerts (other tools)',
  permission: '`security-events: read`',
  read: async (api, ctx) => ({ items: await api.codeScanningAlerts(ctx.ref) }),
  parse(items) {
    const alerts = records(items, 'code-scanning').filter((a) => str(a.state) === 'open');
    const ours = alerts.filter(isScanGateAlert).length;
    return {
      raw: alerts.filter((a) => !isScanGateAlert(a)).map(alertFinding),
      note: ours > 0 ? `${ours} alert(s) from scan-gate's own uploads left out (already counted)` : undefined,
    };
  },
};

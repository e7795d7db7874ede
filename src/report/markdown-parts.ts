import { bySeverityDesc, type ScannerId, SEVERITIES } from '../findings/finding.js';
import type { EvaluatedFinding } from '../policy/types.js';
import { insideRepository, md, urlPath } from './escape.js';
import type { RunReport } from './types.js';

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };

export function verdictHeading(report: RunReport, instanceSuffix = true): string {
  const v = report.verdict;
  const who = instanceSuffix && report.instance !== 'default' ? ` (${md(report.instance)})` : '';
  return v.verdict === 'pass'
    ? `## ✅ scan-gate${who}: passed`
    : `## ❌ scan-gate${who}: failed — ${v.blocking} blocking finding${v.blocking === 1 ? '' : 's'}${v.scannerErrors.length ? `, ${v.scannerErrors.length} scanner error${v.scannerErrors.length === 1 ? '' : 's'}` : ''}`;
}

export function reasonsList(report: RunReport): string[] {
  return report.verdict.reasons.map((r) => `- ${md(r, 500)}`);
}

/** Severity × scanner counts of non-ignored findings. */
export function countsTable(report: RunReport): string[] {
  const counted = report.verdict.findings.filter((f) => f.status !== 'ignored');
  const scanners = report.scanners.map((s) => s.id);
  const cell = (id: ScannerId | 'all', sev: string) =>
    counted.filter((f) => f.severity === sev && (id === 'all' || f.sources.includes(id))).length;
  const lines = [
    `| severity | ${scanners.join(' | ')} | total |`,
    `|---|${scanners.map(() => '---:').join('|')}|---:|`,
  ];
  for (const sev of SEVERITIES)
    lines.push(`| ${ICON[sev]} ${sev} | ${scanners.map((s) => cell(s, sev)).join(' | ')} | ${cell('all', sev)} |`);
  return lines;
}

export function statusLine(report: RunReport): string {
  const v = report.verdict;
  const parts = [
    `**${v.total}** findings`,
    `**${v.blocking}** blocking`,
    `${v.newCount} new`,
    `${v.existingCount} existing`,
    `${v.fixed.length} fixed`,
    `${v.ignoredCount} ignored`,
  ];
  if (v.expiredIgnores.length)
    parts.push(`${v.expiredIgnores.length} expired ignore${v.expiredIgnores.length === 1 ? '' : 's'}`);
  if (v.overdue) parts.push(`${v.overdue} overdue`);
  return parts.join(' · ');
}

export function location(report: RunReport, f: EvaluatedFinding): string {
  const { path: p, startLine } = f.location;
  const text = md(startLine ? `${p}:${startLine}` : p, 120);
  const e = report.event;
  if (!e.owner || !e.sha || !insideRepository(p)) return text;
  const anchor = startLine ? `#L${startLine}` : '';
  return `[${text}](${e.serverUrl}/${e.owner}/${e.repo}/blob/${e.sha}/${urlPath(p)}${anchor})`;
}

export function findingRow(report: RunReport, f: EvaluatedFinding): string {
  const pkg = f.package ? ` — ${md(`${f.package.name}@${f.package.version ?? '?'}`, 80)}` : '';
  const status =
    f.status === 'ignored'
      ? `ignored (${md(f.ignoredBy?.source ?? '', 80)}${f.ignoredBy?.reason ? `: ${md(f.ignoredBy.reason, 160)}` : ''})`
      : f.overdue
        ? `${f.status}, overdue`
        : f.status;
  return `| ${ICON[f.severity]} ${f.severity} | ${md(f.ruleId, 80)} | ${md(f.title, 160)}${pkg} | ${location(report, f)} | ${md(f.sources.join(', '))} | ${status} |`;
}

export const FINDINGS_HEADER = [
  '| severity | rule | finding | location | scanner | status |',
  '|---|---|---|---|---|---|',
];

export function sortedBlocking(report: RunReport): EvaluatedFinding[] {
  return report.verdict.findings.filter((f) => f.blocking).sort(bySeverityDesc);
}

export function scannersTable(report: RunReport): string[] {
  const lines = [
    '| scanner | version | status | findings | time | install | database age |',
    '|---|---|---|---:|---:|---|---|',
  ];
  for (const s of report.scanners) {
    const status =
      s.status === 'ok'
        ? `✅ ok${s.note ? ` (${md(s.note, 300)})` : ''}`
        : s.status === 'skipped'
          ? `⏭️ skipped${s.note ? ` (${md(s.note)})` : ''}`
          : `❌ error: ${md(s.error ?? '', 300)}`;
    const age = s.dbAgeHours === undefined ? '—' : `${s.dbAgeHours} h`;
    lines.push(
      `| ${s.id} | ${md(s.version ?? '—')} | ${status} | ${s.findings} | ${(s.durationMs / 1000).toFixed(1)} s | ${md(s.install ?? '—', 120)} | ${age} |`,
    );
  }
  return lines;
}

export function ignoresSection(report: RunReport): string[] {
  const v = report.verdict;
  const lines: string[] = [];
  for (const r of v.expiredIgnores)
    lines.push(
      `- ⏰ expired ignore **${md(r.id, 80)}** (expired ${md(r.expires ?? '')}, ${md(r.source)}) — no longer applies`,
    );
  for (const r of v.unusedIgnores)
    lines.push(`- 💤 unused ignore **${md(r.id, 80)}** (${md(r.source)}) matched nothing — remove it?`);
  return lines;
}

export function rangeLine(report: RunReport): string[] {
  if (!report.range) return [];
  const lines = [`**Scanned range:** ${md(report.range.description, 200)}`];
  if (report.range.warning) lines.push(`> ⚠️ ${md(report.range.warning, 400)}`);
  return lines;
}

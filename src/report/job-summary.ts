import { bySeverityDesc } from '../findings/finding.js';
import {
  countsTable,
  FINDINGS_HEADER,
  findingRow,
  ignoresSection,
  rangeLine,
  reasonsList,
  scannersTable,
  sortedBlocking,
  statusLine,
  verdictHeading,
} from './markdown-parts.js';
import type { RunReport } from './types.js';

/** GitHub refuses step summaries over 1 MiB; stay well under it. */
export const SUMMARY_BUDGET = 1000 * 1024;

function table(rows: string[], budget: number, total: number): { lines: string[]; shown: number } {
  const lines = [...FINDINGS_HEADER];
  let size = lines.join('\n').length;
  let shown = 0;
  for (const row of rows) {
    if (size + row.length + 1 > budget) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < total)
    lines.push('', `_… ${total - shown} more not shown here (size limit); every finding is in report.json._`);
  return { lines, shown };
}

/** The job summary: the verdict and why, counts, blocking and other findings, scanners, ignores, range. */
export function renderJobSummary(report: RunReport, extras: { lines?: readonly string[] } = {}): string {
  const head = [
    verdictHeading(report),
    '',
    ...reasonsList(report),
    '',
    statusLine(report),
    '',
    ...countsTable(report),
    '',
    ...rangeLine(report),
    '',
  ];
  const tail = ['', '### Scanners', '', ...scannersTable(report), ''];
  const ign = ignoresSection(report);
  if (ign.length) tail.push('### Ignores', '', ...ign, '');
  const notes = [...(extras.lines ?? []), ...report.warnings.map((w) => `⚠️ ${w}`)];
  if (notes.length) tail.push('### Notes', '', ...notes.map((n) => `- ${n.replace(/\n/g, ' ')}`), '');
  tail.push(
    `<sub>scan-gate ${report.toolVersion} · policy ${report.configFile ?? 'defaults'} · mode ${report.mode}</sub>`,
    '',
  );
  const fixed = [head.join('\n'), tail.join('\n')].join('').length;
  const blocking = sortedBlocking(report);
  const others = report.verdict.findings.filter((f) => !f.blocking).sort(bySeverityDesc);
  const budget = SUMMARY_BUDGET - fixed - 500;
  const b = table(
    blocking.map((f) => findingRow(report, f)),
    Math.floor(budget * 0.6),
    blocking.length,
  );
  const o = table(
    others.map((f) => findingRow(report, f)),
    budget - b.lines.join('\n').length,
    others.length,
  );
  const body = [
    ...head,
    ...(blocking.length ? ['### Blocking findings', '', ...b.lines, ''] : []),
    ...(others.length
      ? ['<details><summary>Other findings (not blocking)</summary>', '', ...o.lines, '', '</details>', '']
      : []),
    ...tail,
  ];
  return body.join('\n');
}

import { bySeverityDesc } from '../findings/finding.js';
import type { EvaluatedFinding } from '../policy/types.js';
import { md } from './escape.js';
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
import { resolutionSection } from './resolution.js';
import type { RunReport } from './types.js';

/** GitHub refuses step summaries over 1 MiB (bytes, not characters); stay well under it. */
export const SUMMARY_BUDGET = 1000 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Renders rows lazily, stopping at the byte budget: 100,000 findings must not all be rendered to show 3,000. */
function table(rows: Iterable<string>, budget: number, total: number): { lines: string[]; shown: number } {
  const lines = [...FINDINGS_HEADER];
  let size = bytes(lines.join('\n'));
  let shown = 0;
  for (const row of rows) {
    const n = bytes(row) + 1;
    if (size + n > budget) break;
    lines.push(row);
    size += n;
    shown++;
  }
  if (shown < total)
    lines.push('', `_… ${total - shown} more not shown here (size limit); every finding is in report.json._`);
  return { lines, shown };
}

function* rowsOf(report: RunReport, findings: readonly EvaluatedFinding[]): Generator<string> {
  for (const f of findings) yield findingRow(report, f);
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
  const tail = [
    '',
    '### Scanners',
    '',
    ...scannersTable(report),
    '',
    '### Age and time to resolve',
    '',
    ...resolutionSection(report),
    '',
  ];
  const ign = ignoresSection(report);
  if (ign.length) tail.push('### Ignores', '', ...ign, '');
  const notes = [...(extras.lines ?? []), ...report.warnings.map((w) => `⚠️ ${w}`)];
  if (notes.length) tail.push('### Notes', '', ...notes.map((n) => `- ${md(n, 1000)}`), '');
  tail.push(
    `<sub>scan-gate ${report.toolVersion} · policy ${report.configFile ?? 'defaults'} · mode ${report.mode}</sub>`,
    '',
  );
  const fixed = bytes(head.join('\n')) + bytes(tail.join('\n'));
  const blocking = sortedBlocking(report);
  const others = report.verdict.findings.filter((f) => !f.blocking).sort(bySeverityDesc);
  const budget = SUMMARY_BUDGET - fixed - 500;
  const b = table(rowsOf(report, blocking), Math.floor(budget * 0.6), blocking.length);
  const o = table(rowsOf(report, others), budget - bytes(b.lines.join('\n')), others.length);
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

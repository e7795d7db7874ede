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
import type { RunReport } from './types.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
const BUDGET = 60_000;
const TOP = 25;

/** The hidden marker that finds this instance's comment and records the head SHA and run it was written for. */
export function commentMarker(report: RunReport): string {
  const head = report.event.headSha ?? report.event.sha;
  return `<!-- scan-gate:comment instance=${report.instance} head=${head} run=${report.event.runId ?? '0'} -->`;
}

/** The sticky PR comment: verdict and why, counts, top blocking findings, scanners; always under the limit. */
export function renderPrComment(report: RunReport, extras: { lines?: readonly string[] } = {}): string {
  const blocking = sortedBlocking(report);
  const rows: string[] = [];
  const head = [
    commentMarker(report),
    verdictHeading(report),
    '',
    ...reasonsList(report).slice(0, 10),
    '',
    statusLine(report),
    '',
    ...countsTable(report),
    '',
  ];
  const foot = ['', ...rangeLine(report), ''];
  const ign = ignoresSection(report);
  if (ign.length) foot.push(...ign.slice(0, 10), '');
  foot.push('<details><summary>Scanners</summary>', '', ...scannersTable(report), '', '</details>', '');
  for (const line of (extras.lines ?? []).slice(0, 10)) foot.push(`- ${md(line, 300)}`);
  const link = report.event.runUrl ? `[the job summary](${report.event.runUrl})` : 'the job summary';
  let size = [...head, ...foot].join('\n').length + 400;
  for (const f of blocking.slice(0, TOP)) {
    const row = findingRow(report, f);
    if (size + row.length > BUDGET) break;
    rows.push(row);
    size += row.length + 1;
  }
  const more = blocking.length - rows.length;
  const findings = rows.length
    ? [
        '### Blocking findings',
        '',
        ...FINDINGS_HEADER,
        ...rows,
        ...(more > 0
          ? ['', `_… and ${more} more blocking finding${more === 1 ? '' : 's'}: see ${link} and report.json._`]
          : []),
        '',
      ]
    : [];
  const body = [
    ...head,
    ...findings,
    ...foot,
    `<sub>Full details in ${link}. scan-gate ${md(report.toolVersion)}.</sub>`,
  ].join('\n');
  return body.length <= COMMENT_LIMIT
    ? body
    : `${body.slice(0, COMMENT_LIMIT - 200)}\n\n_(truncated to GitHub's comment limit; see ${link})_`;
}

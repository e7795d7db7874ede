import { bySeverityDesc } from '../findings/finding.js';
import { describeApiError, type GithubApi } from '../github/api.js';
import { md } from './escape.js';
import { FINDINGS_HEADER, findingRow, statusLine } from './markdown-parts.js';
import { resolutionSection } from './resolution.js';
import type { RunReport } from './types.js';

export const ISSUE_LABEL = 'scan-gate';
const MAX_ROWS = 200;
/** Room for the rows under GitHub's 65,536-character body limit, leaving space for the text around them. */
const BODY_BUDGET = 60_000;

export function issueMarker(instance: string): string {
  return `<!-- scan-gate:issue instance=${instance} -->`;
}

/** Rows that fit the issue body limit (65,536 characters, like comments), at most MAX_ROWS. */
function budgetRows(rows: string[], budget: number): string[] {
  const kept: string[] = [];
  let size = 0;
  for (const row of rows.slice(0, MAX_ROWS)) {
    if (size + row.length + 1 > budget) break;
    kept.push(row);
    size += row.length + 1;
  }
  return kept;
}

/** Who is told: assigned when the issue opens, mentioned when it opens or an SLA is breached. */
export interface IssueNotify {
  readonly assignees?: readonly string[];
  readonly mentions?: readonly string[];
}

const mentionLine = (mentions: readonly string[] = []) =>
  mentions.length ? `cc ${mentions.map((m) => `@${m}`).join(' ')}` : '';

/** The overdue count an earlier body recorded (`(N overdue)`), to notice a new SLA breach. */
function overdueIn(body: string): number {
  return Number(/\((\d+) overdue\)/.exec(body)?.[1] ?? 0);
}

/** The tracking issue body: current blocking findings with first-seen dates, overdue ones first. */
export function renderTrackingIssue(report: RunReport, notify: IssueNotify = {}): { title: string; body: string } {
  const blocking = report.verdict.findings
    .filter((f) => f.blocking)
    .sort((a, b) => Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) || bySeverityDesc(a, b));
  const rows = budgetRows(
    blocking.map((f) => `${findingRow(report, f)} ${f.firstSeen?.slice(0, 10) ?? 'today'} |`),
    BODY_BUDGET,
  );
  const more = blocking.length - rows.length;
  const suffix = report.instance === 'default' ? '' : ` (${md(report.instance, 60)})`;
  const plural = blocking.length === 1 ? '' : 's';
  const body = [
    issueMarker(report.instance),
    `scan-gate${suffix} found **${blocking.length}** blocking finding${plural} on ${md(report.event.ref ?? report.event.sha)} (${report.verdict.overdue} overdue).`,
    '',
    statusLine(report),
    '',
    `${FINDINGS_HEADER[0]} first seen |`,
    `${FINDINGS_HEADER[1]}---|`,
    ...rows,
    ...(more > 0 ? ['', `_… and ${more} more in report.json and the job summary._`] : []),
    '',
    '### Age and time to resolve',
    '',
    ...resolutionSection(report),
    '',
    mentionLine(notify.mentions),
    report.event.runUrl ? `Latest run: ${report.event.runUrl}` : '',
    '_This issue is kept up to date by scan-gate and closed when the scheduled scan is clean._',
  ].join('\n');
  return { title: `scan-gate${suffix}: ${blocking.length} blocking security finding${plural}`, body };
}

/** One open issue while blocking findings exist: create/update/reopen, or comment and close when clean. */
export async function publishTrackingIssue(
  api: GithubApi,
  opts: { report: RunReport; notify?: IssueNotify },
): Promise<{ url?: string; warnings: string[] }> {
  const { report } = opts;
  const notify = opts.notify ?? {};
  try {
    const ours = (await api.listIssuesByLabel(ISSUE_LABEL)).filter((i) =>
      i.body.includes(issueMarker(report.instance)),
    );
    const existing = ours.find((i) => i.state === 'open') ?? ours[0];
    const blocking = report.verdict.blocking > 0;
    if (!blocking) {
      if (existing?.state === 'open') {
        await api.createIssueComment(
          existing.number,
          `✅ Resolved: the scheduled scan of ${report.event.sha.slice(0, 7)} found no blocking findings.${report.event.runUrl ? ` (${report.event.runUrl})` : ''}`,
        );
        await api.updateIssue(existing.number, { state: 'closed' });
        return { url: existing.htmlUrl, warnings: [] };
      }
      return { warnings: [] };
    }
    const { title, body } = renderTrackingIssue(report, notify);
    if (existing) {
      const updated = await api.updateIssue(existing.number, { title, body, state: 'open' });
      const overdue = report.verdict.overdue;
      const reopened = existing.state === 'closed';
      if ((notify.mentions?.length ?? 0) > 0 && (reopened || overdue > overdueIn(existing.body))) {
        const what = reopened
          ? 'Reopened: blocking findings are back'
          : `⏰ SLA breached: ${overdue} finding${overdue === 1 ? ' is' : 's are'} overdue`;
        await api.createIssueComment(existing.number, `${what}. ${mentionLine(notify.mentions)}`);
      }
      return { url: updated.htmlUrl, warnings: [] };
    }
    const created = await api.createIssue({
      title,
      body,
      labels: [ISSUE_LABEL],
      assignees: [...(notify.assignees ?? [])],
    });
    return { url: created.htmlUrl, warnings: [] };
  } catch (error) {
    return { warnings: [`Tracking issue not updated (${describeApiError(error)}); needs \`issues: write\`.`] };
  }
}

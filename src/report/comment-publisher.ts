import { describeApiError, type GithubApi, type IssueComment, statusOf } from '../github/api.js';
import type { RunReport } from './types.js';

interface Marker {
  readonly instance: string;
  readonly head: string;
  readonly run: number;
}

function parseMarker(body: string): Marker | undefined {
  const m = /<!-- scan-gate:comment instance=(\S+) head=(\S+) run=(\d+) -->/.exec(body);
  return m ? { instance: m[1] ?? '', head: m[2] ?? '', run: Number(m[3]) } : undefined;
}

/**
 * Exactly one comment per PR per instance: create, or update the oldest in place and delete
 * duplicates left by races; never overwrite a comment written by a newer run for another head.
 * Never throws: returns the URL, notices and warnings.
 */
export async function publishPrComment(
  api: GithubApi,
  opts: { report: RunReport; body: string },
): Promise<{ url?: string; warnings: string[]; notices: string[] }> {
  const { report, body } = opts;
  const pr = report.event.prNumber;
  if (pr === undefined) return { warnings: [], notices: [] };
  try {
    const ours = (await api.listIssueComments(pr))
      .map((c) => ({ c, marker: parseMarker(c.body) }))
      .filter((x): x is { c: IssueComment; marker: Marker } => x.marker?.instance === report.instance)
      .sort((a, b) => a.c.createdAt.localeCompare(b.c.createdAt) || a.c.id - b.c.id);
    const run = Number(report.event.runId ?? 0);
    const head = report.event.headSha ?? report.event.sha;
    const [oldest, ...duplicates] = ours;
    const newer = ours.find((x) => x.marker.run > run && x.marker.head !== head);
    if (newer) {
      return {
        url: newer.c.htmlUrl,
        warnings: [],
        notices: [
          `PR comment left as is: run ${newer.marker.run} already reported a newer head (${newer.marker.head.slice(0, 7)}).`,
        ],
      };
    }
    const written = oldest ? await api.updateIssueComment(oldest.c.id, body) : await api.createIssueComment(pr, body);
    for (const d of duplicates) await api.deleteIssueComment(d.c.id);
    return { url: written.htmlUrl, warnings: [], notices: [] };
  } catch (error) {
    if (statusOf(error) === 403) {
      return {
        warnings: [],
        notices: [
          'PR comment skipped: the token is read-only (fork or Dependabot pull request?). Everything is in the job summary.',
        ],
      };
    }
    return {
      warnings: [
        `PR comment not written (${describeApiError(error)}); the verdict is unchanged and the job summary has the details.`,
      ],
      notices: [],
    };
  }
}

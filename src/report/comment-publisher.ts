import { deniedStatus, describeApiError, type GithubApi, type IssueComment, statusOf } from '../github/api.js';
import type { RunReport } from './types.js';

interface Marker {
  readonly instance: string;
  readonly head: string;
  readonly run: number;
}

interface Ours {
  readonly c: IssueComment;
  readonly marker: Marker;
}

export interface CommentResult {
  url?: string;
  warnings: string[];
  notices: string[];
}

function parseMarker(body: string): Marker | undefined {
  const m = /<!-- scan-gate:comment instance=(\S+) head=(\S+) run=(\d+) -->/.exec(body);
  return m ? { instance: m[1] ?? '', head: m[2] ?? '', run: Number(m[3]) } : undefined;
}

/** This instance's comments on the PR, oldest first (the oldest is the one that survives a race). */
async function listOurs(api: GithubApi, pr: number, instance: string): Promise<Ours[]> {
  return (await api.listIssueComments(pr))
    .map((c) => ({ c, marker: parseMarker(c.body) }))
    .filter((x): x is Ours => x.marker?.instance === instance)
    .sort((a, b) => a.c.createdAt.localeCompare(b.c.createdAt) || a.c.id - b.c.id);
}

/** A comment written by a later run for a different head must never be replaced by this (older) run. */
function isNewerHead(m: Marker, report: RunReport): boolean {
  const head = report.event.headSha ?? report.event.sha;
  return m.run > Number(report.event.runId ?? 0) && m.head !== head;
}

/** Another racer may already have deleted the duplicate: a 404 there is success. */
async function deleteQuietly(api: GithubApi, id: number): Promise<void> {
  try {
    await api.deleteIssueComment(id);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/**
 * Converges on one comment: keeps the oldest, writes our body into it unless a newer run wrote it,
 * deletes the rest. Run again after creating, because a concurrent run may have created one
 * between our list and our create.
 */
async function settle(api: GithubApi, ours: Ours[], report: RunReport, body: string, written?: IssueComment) {
  const [oldest, ...rest] = ours;
  if (!oldest) return written;
  let kept = oldest.c;
  // After a race, the newest run's text wins whichever racer settles last.
  const newerRun = oldest.marker.run > Number(report.event.runId ?? 0);
  if (oldest.c.id !== written?.id && !newerRun && oldest.c.body !== body)
    kept = await api.updateIssueComment(oldest.c.id, body);
  for (const d of rest) await deleteQuietly(api, d.c.id);
  return kept;
}

async function publish(api: GithubApi, pr: number, report: RunReport, body: string): Promise<CommentResult> {
  const ours = await listOurs(api, pr, report.instance);
  const newer = ours.find((x) => isNewerHead(x.marker, report));
  if (newer) {
    return {
      url: newer.c.htmlUrl,
      warnings: [],
      notices: [
        `PR comment left as is: run ${newer.marker.run} already reported a newer head (${newer.marker.head.slice(0, 7)}).`,
      ],
    };
  }
  if (ours.length > 0) {
    const kept = await settle(api, ours, report, body);
    return { url: kept?.htmlUrl, warnings: [], notices: [] };
  }
  const created = await api.createIssueComment(pr, body);
  const kept = await settle(api, await listOurs(api, pr, report.instance), report, body, created);
  return { url: (kept ?? created).htmlUrl, warnings: [], notices: [] };
}

/**
 * Exactly one comment per PR per instance: create, or update the oldest in place and delete
 * duplicates left by races; never overwrite a comment written by a newer run for another head.
 * Never throws: returns the URL, notices and warnings.
 */
export async function publishPrComment(
  api: GithubApi,
  opts: { report: RunReport; body: string },
): Promise<CommentResult> {
  const { report, body } = opts;
  const pr = report.event.prNumber;
  if (pr === undefined) return { warnings: [], notices: [] };
  try {
    return await publish(api, pr, report, body);
  } catch (error) {
    if (deniedStatus(error) === 403) {
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

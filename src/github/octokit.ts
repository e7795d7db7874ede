import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import { TOOL_VERSION } from '../version.js';
import type { GithubApi, Issue, IssueComment } from './api.js';
import {
  type ApiBudget,
  type ApiLimits,
  boundedFetch,
  createApiBudget,
  DEFAULT_API_LIMITS,
  nextPageLink,
} from './api-limits.js';

// Built from @octokit/core rather than @actions/github: importing the latter parses the event payload
// at load time and crashes the whole action on a malformed GITHUB_EVENT_PATH.
const ScanGateOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Client = InstanceType<typeof ScanGateOctokit>;

export interface GithubApiOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** Timeouts and the run's API budget (defaults: DEFAULT_API_LIMITS). */
  readonly limits?: ApiLimits;
  /** Base delay for retries (ms); small in tests. */
  readonly retryDelayMs?: number;
}

const comment = (c: { id: number; body?: string | null; html_url: string; created_at: string }): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  htmlUrl: c.html_url,
  createdAt: c.created_at,
});

const issue = (i: { number: number; title: string; body?: string | null; state: string; html_url: string }): Issue => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state === 'closed' ? 'closed' : 'open',
  htmlUrl: i.html_url,
});

/**
 * fetch that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY like the runner's own tools do (self-hosted
 * runners behind a proxy); without those variables it connects directly.
 */
function proxyAwareFetch(): typeof fetch {
  const dispatcher = new EnvHttpProxyAgent();
  return ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init as object), dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof fetch;
}

/**
 * Octokit with bounded retries (5xx, network, timeouts) and rate-limit handling: one retry after a
 * short wait; a reset further away than the budget allows fails the call (a warning upstream).
 */
export function client(o: GithubApiOptions, budget: ApiBudget): Client {
  const mayRetry = (after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 1 && budget.mayWait(after);
  return new ScanGateOctokit({
    auth: o.token,
    userAgent: `scan-gate/${TOOL_VERSION}`,
    baseUrl: o.baseUrl,
    retry: {
      retries: 3,
      // Retries sleep 1+4+9 times this: at most ~14 % of the budget, 1 s at the default budget.
      retryAfterBaseValue: o.retryDelayMs ?? Math.min(1000, budget.limits.totalBudgetMs / 100),
      doNotRetry: [400, 401, 403, 404, 410, 413, 422, 451],
    },
    throttle: { onRateLimit: mayRetry, onSecondaryRateLimit: mayRetry },
    request: { fetch: boundedFetch(proxyAwareFetch(), budget) },
  });
}

/**
 * Every item of a listing, following `Link: rel="next"` for at most `maxPages` pages. A link back to a
 * page already read (a loop) is an error, and so is a listing longer than that (`tooMany`): a misbehaving
 * API cannot hold the run, and a list is never silently cut. `items` turns a page's data into its items
 * (and refuses data that is not a list).
 */
export async function readPages<T>(
  pages: AsyncIterable<{ data: unknown; headers: { link?: string } }>,
  o: { readonly maxPages: number; readonly items: (data: unknown) => readonly T[]; readonly tooMany: () => Error },
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let count = 0;
  for await (const page of pages) {
    for (const item of o.items(page.data)) all.push(item);
    if (nextPageLink(page.headers.link, seen) === undefined) break;
    if (++count >= o.maxPages) throw o.tooMany();
  }
  return all;
}

/** readPages for scan-gate's own listings (comments, issues): the run's page limit. */
function paginateBounded<T>(
  budget: ApiBudget,
  pages: AsyncIterable<{ data: T[]; headers: { link?: string } }>,
): Promise<T[]> {
  const maxPages = budget.limits.maxPages;
  return readPages(pages, {
    maxPages,
    items: (data) => data as T[],
    tooMany: () => new Error(`the listing has more than ${maxPages} pages; stopped reading it`),
  });
}

export function createGithubApi(o: GithubApiOptions): GithubApi {
  const budget = createApiBudget(o.limits ?? DEFAULT_API_LIMITS);
  const gh = client(o, budget);
  const repo = { owner: o.owner, repo: o.repo };
  // Every request checks the run's budget first (boundedFetch): once it is used up, calls fail at once.
  return {
    async uploadSarif(u) {
      const { data } = await gh.rest.codeScanning.uploadSarif({
        ...repo,
        commit_sha: u.commitSha,
        ref: u.ref,
        sarif: u.sarif,
        ...(u.checkoutUri ? { checkout_uri: u.checkoutUri } : {}),
        ...(u.startedAt ? { started_at: u.startedAt } : {}),
        ...(u.toolName ? { tool_name: u.toolName } : {}),
      });
      return { id: data.id ?? '', url: data.url };
    },
    async getSarifStatus(id) {
      const { data } = await gh.rest.codeScanning.getSarif({ ...repo, sarif_id: id });
      return { status: data.processing_status ?? 'pending', errors: (data.errors ?? []).map(String) };
    },
    async listIssueComments(n) {
      const pages = gh.paginate.iterator(gh.rest.issues.listComments, { ...repo, issue_number: n, per_page: 100 });
      return (await paginateBounded(budget, pages)).map(comment);
    },
    async createIssueComment(n, body) {
      return comment((await gh.rest.issues.createComment({ ...repo, issue_number: n, body })).data);
    },
    async updateIssueComment(id, body) {
      return comment((await gh.rest.issues.updateComment({ ...repo, comment_id: id, body })).data);
    },
    async deleteIssueComment(id) {
      await gh.rest.issues.deleteComment({ ...repo, comment_id: id });
    },
    async listIssuesByLabel(label) {
      const pages = gh.paginate.iterator(gh.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: 'all',
        per_page: 100,
      });
      return (await paginateBounded(budget, pages)).filter((i) => !('pull_request' in i && i.pull_request)).map(issue);
    },
    async createIssue(i) {
      const assignees = i.assignees?.length ? { assignees: i.assignees } : {};
      return issue(
        (await gh.rest.issues.create({ ...repo, title: i.title, body: i.body, labels: i.labels, ...assignees })).data,
      );
    },
    async updateIssue(n, change) {
      return issue((await gh.rest.issues.update({ ...repo, issue_number: n, ...change })).data);
    },
  };
}

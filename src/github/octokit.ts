import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import { TOOL_VERSION } from '../version.js';
import type { GithubApi, Issue, IssueComment } from './api.js';

// Built from @octokit/core rather than @actions/github: importing the latter parses the event payload
// at load time and crashes the whole action on a malformed GITHUB_EVENT_PATH.
const ScanGateOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Client = InstanceType<typeof ScanGateOctokit>;

export interface GithubApiOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly owner: string;
  readonly repo: string;
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

/** Octokit with bounded retries (5xx, network) and rate-limit handling (retry once after retry-after). */
export function client(o: GithubApiOptions): Client {
  return new ScanGateOctokit({
    auth: o.token,
    userAgent: `scan-gate/${TOOL_VERSION}`,
    baseUrl: o.baseUrl,
    retry: {
      retries: 3,
      retryAfterBaseValue: o.retryDelayMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 413, 422, 451],
    },
    throttle: {
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1,
    },
    request: { timeout: 30_000, fetch: proxyAwareFetch() },
  });
}

export function createGithubApi(o: GithubApiOptions): GithubApi {
  const gh = client(o);
  const repo = { owner: o.owner, repo: o.repo };
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
      const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: n, per_page: 100 });
      return all.map(comment);
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
      const all = await gh.paginate(gh.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: 'all',
        per_page: 100,
      });
      return all.filter((i) => !('pull_request' in i && i.pull_request)).map(issue);
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

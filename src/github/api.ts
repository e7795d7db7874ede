import { maskedLine } from '../text/mask-secrets.js';

/** The GitHub REST operations scan-gate uses, as domain methods. Implemented over Octokit in octokit.ts. */

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly htmlUrl: string;
  readonly createdAt: string;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly htmlUrl: string;
}

export interface SarifUpload {
  readonly commitSha: string;
  readonly ref: string;
  /** gzip + base64 of the SARIF log. */
  readonly sarif: string;
  readonly checkoutUri?: string;
  readonly startedAt?: string;
  readonly toolName?: string;
}

export interface GithubApi {
  uploadSarif(upload: SarifUpload): Promise<{ id: string; url?: string }>;
  getSarifStatus(id: string): Promise<{ status: string; errors: string[] }>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  deleteIssueComment(id: number): Promise<void>;
  listIssuesByLabel(label: string): Promise<Issue[]>;
  createIssue(issue: { title: string; body: string; labels: string[]; assignees?: string[] }): Promise<Issue>;
  updateIssue(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<Issue>;
}

/** HTTP status of an Octokit error, when there is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A short, safe description of an API error: one masked line. The message is the API's answer, external
 * text that may quote anything (the token itself is redacted by Octokit).
 */
export function describeApiError(error: unknown): string {
  // Octokit gives network failures and timeouts status 500 without a response: no HTTP status to show.
  const answered = (error as { response?: unknown })?.response !== undefined;
  const status = answered ? statusOf(error) : undefined;
  const message = (error as Error)?.message ?? String(error);
  return `${status ? `HTTP ${status}: ` : ''}${maskedLine(message.split('\n')[0] ?? '', 300)}${rateLimitNote(error)}`;
}

/**
 * The status of an answer that says the token may not do this (401, 403, 404: no permission, or the
 * feature is off), or undefined. A rate limit also answers 403: it is not a missing permission.
 */
export function deniedStatus(error: unknown): 401 | 403 | 404 | undefined {
  const status = statusOf(error);
  if (status !== 401 && status !== 403 && status !== 404) return undefined;
  return isRateLimited(error) ? undefined : status;
}

/** A 403/429 that is a rate limit (primary or secondary), not a missing permission. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  return String(headers?.['x-ratelimit-remaining']) === '0' || /rate limit/i.test((error as Error)?.message ?? '');
}

/** When a primary rate limit is exhausted: when it resets, since scan-gate does not wait long for it. */
function rateLimitNote(error: unknown): string {
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  if (String(headers?.['x-ratelimit-remaining']) !== '0') return '';
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return ' (rate limit exhausted)';
  return ` (rate limit exhausted until ${new Date(reset * 1000).toISOString()}; not waiting that long)`;
}

/**
 * The read-only GitHub security-data endpoints behind the alert sources (dependabot, dependency-review,
 * code-scanning, secret-scanning). Responses are returned as GitHub sends them (`unknown`); the
 * source parsers in src/sources/ check their shape, like scanner parsers check a report.
 */
import { createApiBudget, DEFAULT_API_LIMITS } from './api-limits.js';
import { type Client, client, type GithubApiOptions, readPages } from './octokit.js';

export interface AlertsApi {
  /** Open, dismissed and auto-dismissed Dependabot alerts (every page). */
  dependabotAlerts(): Promise<unknown[]>;
  /**
   * The dependency diff between two commits (`base...head`), with GitHub's snapshot warnings (sent
   * base64-encoded in a response header, e.g. when a dependency submission is still missing).
   */
  dependencyDiff(basehead: string): Promise<{ changes: unknown[]; snapshotWarnings?: string }>;
  /** Open code scanning alerts on `ref` (every page, every tool). */
  codeScanningAlerts(ref: string | undefined): Promise<unknown[]>;
  /** Open secret scanning alerts, always requested with `hide_secret=true`. */
  secretScanningAlerts(): Promise<unknown[]>;
}

/** 100 pages of 100: beyond this the list is reported as incomplete (an error), never silently cut. */
export const MAX_ALERT_PAGES = 100;

export class TooManyAlertsError extends Error {}

function allPages(gh: Client, route: string, params: Record<string, unknown>, maxPages: number): Promise<unknown[]> {
  const pages = gh.paginate.iterator(
    route as 'GET /repos/{owner}/{repo}/dependabot/alerts',
    {
      ...params,
      per_page: 100,
    } as never,
  ) as AsyncIterable<{ data: unknown; headers: { link?: string } }>;
  return readPages(pages, {
    maxPages,
    // Anything but a list would otherwise be taken as one "alert" and dropped by the state filter: an empty pass.
    items: (data) => {
      if (!Array.isArray(data)) throw new Error(`the API response for ${route} is not a list of alerts`);
      return data as unknown[];
    },
    tooMany: () => new TooManyAlertsError(`more than ${maxPages * 100} alerts; the list would be incomplete`),
  });
}

export function createAlertsApi(o: GithubApiOptions & { maxPages?: number }): AlertsApi {
  // Its own time budget (reading the sources happens before the scan; reporting has the other).
  const gh = client(o, createApiBudget(o.limits ?? DEFAULT_API_LIMITS));
  const repo = { owner: o.owner, repo: o.repo };
  const max = o.maxPages ?? MAX_ALERT_PAGES;
  return {
    dependabotAlerts: () =>
      allPages(
        gh,
        'GET /repos/{owner}/{repo}/dependabot/alerts',
        { ...repo, state: 'open,dismissed,auto_dismissed' },
        max,
      ),
    async dependencyDiff(basehead) {
      const { data, headers } = await gh.request('GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}', {
        ...repo,
        basehead,
      });
      const encoded = (headers as Record<string, string | undefined>)['x-github-dependency-graph-snapshot-warnings'];
      const snapshotWarnings = encoded ? Buffer.from(encoded, 'base64').toString('utf8').trim() : undefined;
      return { changes: data as unknown[], snapshotWarnings: snapshotWarnings || undefined };
    },
    codeScanningAlerts: (ref) =>
      allPages(
        gh,
        'GET /repos/{owner}/{repo}/code-scanning/alerts',
        { ...repo, state: 'open', ...(ref ? { ref } : {}) },
        max,
      ),
    // hide_secret: GitHub then leaves the secret value out of the response; it is never read anyway.
    secretScanningAlerts: () =>
      allPages(
        gh,
        'GET /repos/{owner}/{repo}/secret-scanning/alerts',
        { ...repo, state: 'open', hide_secret: true },
        max,
      ),
  };
}

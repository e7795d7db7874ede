// The GitHub API clients the pipeline is given: publishers for reporting, and the alert sources reader.
import type { Config } from './config/types.js';
import { type AlertsApi, createAlertsApi } from './github/alerts-api.js';
import { apiLimitsFromEnv } from './github/api-limits.js';
import type { RunnerEvent } from './github/event.js';
import { createGithubApi } from './github/octokit.js';
import type { ReportAdapters } from './pipeline/report-stage.js';

/** What both clients need, or undefined when there is no token or repository (local-like runs). */
function apiOptions(opts: { config: Config; event: RunnerEvent; env: NodeJS.ProcessEnv }) {
  const { config, event, env } = opts;
  const { owner, repo } = event.info;
  if (!config.token || !owner || !repo) return undefined;
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return { token: config.token, baseUrl, owner, repo, limits: apiLimitsFromEnv(env) };
}

/** GitHub publishers for the action; none when there is no token or repository (local-like runs). */
export function createReportAdapters(opts: {
  config: Config;
  event: RunnerEvent;
  env: NodeJS.ProcessEnv;
}): ReportAdapters {
  const options = apiOptions(opts);
  return options ? { github: createGithubApi(options) } : {};
}

/** The alert sources' API client; none when there is no token or repository. */
export function createAlertsAdapter(opts: {
  config: Config;
  event: RunnerEvent;
  env: NodeJS.ProcessEnv;
}): AlertsApi | undefined {
  const options = apiOptions(opts);
  return options ? createAlertsApi(options) : undefined;
}

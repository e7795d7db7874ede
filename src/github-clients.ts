// The GitHub API clients the pipeline is given: publishers for reporting, and the alert sources reader.
import type { Config } from './config/types.js';
import { type AlertsApi, createAlertsApi } from './github/alerts-api.js';
import { apiLimitsFromEnv } from './github/api-limits.js';
import type { RunnerEvent } from './github/event.js';
import { createGithubApi } from './github/octokit.js';
import type { ReportAdapters } from './pipeline/report-stage.js';

/** GitHub publishers for the action; none when there is no token or repository (local-like runs). */
export function createReportAdapters(opts: {
  config: Config;
  event: RunnerEvent;
  env: NodeJS.ProcessEnv;
}): ReportAdapters {
  const { config, event, env } = opts;
  if (!config.token || !event.info.owner || !event.info.repo) return {};
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const { owner, repo } = event.info;
  return { github: createGithubApi({ token: config.token, baseUrl, owner, repo, limits: apiLimitsFromEnv(env) }) };
}

/** The alert sources' API client; none when there is no token or repository. */
export function createAlertsAdapter(opts: {
  config: Config;
  event: RunnerEvent;
  env: NodeJS.ProcessEnv;
}): AlertsApi | undefined {
  const { config, event, env } = opts;
  if (!config.token || !event.info.owner || !event.info.repo) return undefined;
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return createAlertsApi({
    token: config.token,
    baseUrl,
    owner: event.info.owner,
    repo: event.info.repo,
    limits: apiLimitsFromEnv(env),
  });
}

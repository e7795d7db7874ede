import { readFileSync } from 'node:fs';
import { describeJsonError } from '../text/json-error.js';

/** What the workflow event says about where results belong (README "Recipes"). */
export interface EventInfo {
  /** `pull_request`, `push`, `schedule`, `local`, … */
  readonly name: string;
  readonly owner: string;
  readonly repo: string;
  /** The commit that was scanned (checked-out HEAD). */
  readonly sha: string;
  /** Full ref for results (`refs/heads/main`, `refs/pull/7/merge`, `refs/pull/7/head`). */
  readonly ref?: string;
  readonly prNumber?: number;
  /** PR head SHA (the commit a human pushed), for the comment marker. */
  readonly headSha?: string;
  readonly defaultBranch?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  /** https://github.com (or the GHES URL) */
  readonly serverUrl: string;
  /** Link to this run's job summary / logs. */
  readonly runUrl?: string;
  /** The PR comes from a fork (read-only token: no comment, no upload). */
  readonly fromFork?: boolean;
}

/** The event payload fields scan-gate reads; everything else is ignored. */
export interface EventPayload {
  readonly pull_request?: {
    readonly number?: number;
    readonly head?: { readonly sha?: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } };
    readonly base?: { readonly sha?: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } };
  };
  readonly merge_group?: { readonly head_sha?: string; readonly base_sha?: string; readonly head_ref?: string };
  readonly before?: string;
  readonly after?: string;
  readonly forced?: boolean;
  readonly created?: boolean;
  readonly repository?: { readonly default_branch?: string; readonly full_name?: string };
}

export interface RunnerEvent {
  readonly info: EventInfo;
  readonly payload: EventPayload;
  /** A problem reading the payload, reported as a warning (the run continues with what the env says). */
  readonly warning?: string;
}

function readPayload(file: string | undefined): { payload: EventPayload; warning?: string } {
  if (!file) return { payload: {} };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return {
        payload: {},
        warning: `Event payload ${file} is not a JSON object; PR and push details are unavailable.`,
      };
    }
    return { payload: parsed as EventPayload };
  } catch (error) {
    return {
      payload: {},
      warning: `Event payload ${file} could not be read (${error instanceof SyntaxError ? describeJsonError(error) : (error as Error).message}); PR and push details are unavailable.`,
    };
  }
}

/**
 * Where results belong for this event (README "Recipes"): the SARIF ref and commit, the PR number,
 * and whether the PR comes from a fork. Reads the runner's environment once.
 */
export function readRunnerEvent(env: NodeJS.ProcessEnv, checkedOutSha?: string): RunnerEvent {
  const name = env.GITHUB_EVENT_NAME || 'local';
  const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request;
  const sha = checkedOutSha || env.GITHUB_SHA || '';
  const headChecked = pr?.head?.sha !== undefined && sha === pr.head.sha;
  let ref = env.GITHUB_REF || undefined;
  if (pr?.number !== undefined) ref = `refs/pull/${pr.number}/${headChecked ? 'head' : 'merge'}`;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl =
    env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? payload.repository?.full_name;
  return {
    payload,
    warning,
    info: {
      name,
      owner,
      repo,
      sha,
      ref,
      prNumber: pr?.number,
      headSha: pr?.head?.sha ?? payload.merge_group?.head_sha,
      defaultBranch: payload.repository?.default_branch,
      runId: env.GITHUB_RUN_ID,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
      serverUrl,
      runUrl,
      fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    },
  };
}

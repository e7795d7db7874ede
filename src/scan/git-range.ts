import { execFile } from 'node:child_process';
import type { EventPayload } from '../github/event.js';
import type { GitRange } from '../scanners/types.js';

const ZERO_SHA = /^0+$/;

export interface RangeResolution {
  readonly range?: GitRange;
  readonly hasHistory: boolean;
  readonly shallow: boolean;
  readonly warning?: string;
}

type Git = (args: string[]) => Promise<string | undefined>;

/** Runs git with an argv array; undefined when git fails (missing object, not a repository). */
function gitIn(repoDir: string): Git {
  return (args) =>
    new Promise((resolve) => {
      execFile('git', ['-c', 'safe.directory=*', ...args], { cwd: repoDir, maxBuffer: 16 * 2 ** 20 }, (error, stdout) =>
        resolve(error ? undefined : stdout.trim()),
      );
    });
}

const exists = async (git: Git, sha: string | undefined) =>
  sha !== undefined &&
  sha !== '' &&
  !ZERO_SHA.test(sha) &&
  (await git(['cat-file', '-e', `${sha}^{commit}`])) !== undefined;

async function describeRange(git: Git, base: string | undefined, head: string, note = ''): Promise<GitRange> {
  const count = Number((await git(['rev-list', '--count', base ? `${base}..${head}` : head])) ?? 0);
  const short = (s: string) => s.slice(0, 7);
  const span = base ? `${short(base)}..${short(head)}` : `full history up to ${short(head)}`;
  const what = count === 0 ? 'no new commits' : `${count} commit${count === 1 ? '' : 's'}`;
  return { base, head, commitCount: count, description: `${span} (${what})${note}` };
}

/** The base commit for each event, before checking that the clone has it. */
async function baseFor(git: Git, event: { name: string; payload: EventPayload }, head: string) {
  const p = event.payload;
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const base = p.pull_request?.base?.sha;
    return { base, mergeBase: true, head: p.pull_request?.head?.sha ?? head, what: 'the pull request base' };
  }
  if (event.name === 'merge_group') {
    return {
      base: p.merge_group?.base_sha,
      mergeBase: true,
      head: p.merge_group?.head_sha ?? head,
      what: 'the merge group base',
    };
  }
  if (event.name === 'push') {
    const after = p.after && !ZERO_SHA.test(p.after) ? p.after : head;
    if (p.before && !ZERO_SHA.test(p.before))
      return { base: p.before, mergeBase: Boolean(p.forced), head: after, what: 'the push' };
    // New branch: only the commits not already on the default branch.
    const def = p.repository?.default_branch;
    const onDefault = def
      ? ((await git(['rev-parse', '--verify', '-q', `refs/remotes/origin/${def}`])) ?? undefined)
      : undefined;
    return { base: onDefault, mergeBase: true, head: after, what: 'the new branch', newBranch: true };
  }
  return { base: undefined, mergeBase: false, head, what: 'full history' };
}

/**
 * The commits history scanners must cover (SPEC "Events"): PR = merge-base..head at any length,
 * push = before..after (new branch: since the default branch; force push: since the merge-base),
 * schedule/dispatch/local = full history. A clone too shallow for the range is said, never narrowed.
 */
export async function resolveGitRange(opts: {
  repoDir: string;
  event: { name: string; payload: EventPayload; sha: string };
}): Promise<RangeResolution> {
  const git = gitIn(opts.repoDir);
  if ((await git(['rev-parse', '--is-inside-work-tree'])) !== 'true') return { hasHistory: false, shallow: false };
  const shallow = (await git(['rev-parse', '--is-shallow-repository'])) === 'true';
  const checkedOut = (await git(['rev-parse', 'HEAD'])) ?? '';
  const want = await baseFor(git, opts.event, (await exists(git, opts.event.sha)) ? opts.event.sha : checkedOut);
  const head = (await exists(git, want.head)) ? want.head : checkedOut;
  if (!want.base)
    return {
      hasHistory: true,
      shallow,
      range: await describeRange(
        git,
        undefined,
        head,
        want.newBranch ? ' — new branch, default branch not fetched' : '',
      ),
    };
  const haveBase = await exists(git, want.base);
  let base = haveBase ? want.base : undefined;
  if (haveBase && want.mergeBase) base = await git(['merge-base', want.base, head]);
  if (!base) {
    const why = shallow ? 'the clone is shallow' : 'the base commit is not in the clone';
    const warning = `Cannot scan exactly ${want.what} (${want.base.slice(0, 7)}..${head.slice(0, 7)}): ${why}. Scanning the full history available instead. Fix: actions/checkout with \`fetch-depth: 0\`.`;
    return {
      hasHistory: true,
      shallow,
      warning,
      range: await describeRange(git, undefined, head, ' — fallback, see warning'),
    };
  }
  const forced = opts.event.name === 'push' && opts.event.payload.forced ? ' — force push, since the merge-base' : '';
  return { hasHistory: true, shallow, range: await describeRange(git, base, head, forced) };
}

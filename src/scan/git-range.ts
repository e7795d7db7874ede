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

/**
 * Runs git with an argv array; undefined when git fails (missing object, not a repository).
 * safe.directory as a `-c` flag: runner workspaces are often owned by another user, and global
 * config is not ours to change. Local-only commands, but bounded in time all the same.
 */
function gitIn(repoDir: string): Git {
  const options = { cwd: repoDir, maxBuffer: 16 * 2 ** 20, timeout: 120_000, windowsHide: true };
  return (args) =>
    new Promise((resolve) => {
      execFile('git', ['-c', 'safe.directory=*', ...args], options, (error, stdout) =>
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
  const counted = await git(['rev-list', '--count', base ? `${base}..${head}` : head]);
  const count = Number(counted ?? 0);
  const short = (s: string) => s.slice(0, 7);
  const span = base ? `${short(base)}..${short(head)}` : `full history up to ${short(head)}`;
  // "no new commits" only when git said so; a failed count must not read as an empty range.
  const what =
    counted === undefined
      ? 'commit count unknown'
      : count === 0
        ? 'no new commits'
        : `${count} commit${count === 1 ? '' : 's'}`;
  return { base, head, commitCount: count, description: `${span} (${what})${note}` };
}

interface Wanted {
  readonly base?: string;
  /** Take merge-base(base, head) rather than base itself. */
  readonly mergeBase: boolean;
  readonly head: string;
  /** What the range is, for messages. */
  readonly what: string;
  /** Set when no base is wanted on purpose but the scan is wider than the event (said in the description). */
  readonly note?: string;
  /** The base cannot be known in this clone; the same fix as a shallow clone applies. */
  readonly unknownBase?: boolean;
}

const real = (sha: string | undefined) => (sha && !ZERO_SHA.test(sha) ? sha : undefined);

/**
 * A new branch (zero `before`) covers the commits not on the default branch: merge-base with the
 * default branch tip. Chosen over `rev-list --not --remotes` because the default branch is the one
 * ref actions/checkout and GitHub agree on; a push of the default branch itself scans everything.
 */
async function newBranch(git: Git, p: EventPayload, head: string): Promise<Wanted> {
  const def = p.repository?.default_branch;
  const ref = (p as { readonly ref?: unknown }).ref;
  const what = 'the new branch';
  if (!def) return { mergeBase: false, head, what, note: ' — new branch, default branch unknown' };
  if (ref === `refs/heads/${def}`) return { mergeBase: false, head, what, note: ' — first push of the default branch' };
  for (const candidate of [`refs/remotes/origin/${def}`, `refs/heads/${def}`]) {
    const tip = await git(['rev-parse', '--verify', '-q', `${candidate}^{commit}`]);
    if (!tip) continue;
    // At the default branch tip with the pushed ref unknown, this may be the default branch itself: scan all.
    if (tip === head && typeof ref !== 'string')
      return { mergeBase: false, head, what, note: ` — new branch at the ${def} tip` };
    return { base: tip, mergeBase: true, head, what };
  }
  return { mergeBase: false, head, what, note: ` — new branch, ${def} not fetched`, unknownBase: true };
}

/** The base commit for each event, before checking that the clone has it. */
async function baseFor(git: Git, event: { name: string; payload: EventPayload }, head: string): Promise<Wanted> {
  const p = event.payload;
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const pr = p.pull_request;
    return { base: pr?.base?.sha, mergeBase: true, head: pr?.head?.sha ?? head, what: 'the pull request range' };
  }
  if (event.name === 'merge_group') {
    const mg = p.merge_group;
    return { base: mg?.base_sha, mergeBase: true, head: mg?.head_sha ?? head, what: 'the merge group range' };
  }
  if (event.name === 'push') {
    const after = real(p.after) ?? head;
    // merge-base(before, after) is `before` for a fast-forward and the fork point for a force push.
    if (real(p.before)) return { base: p.before, mergeBase: true, head: after, what: 'the push range' };
    return newBranch(git, p, after);
  }
  return { mergeBase: false, head, what: 'full history' };
}

function fetchDepthWarning(what: string, range: string, why: string): string {
  return `Cannot scan exactly ${what} (${range}): ${why}. Scanning the full history available in the clone instead. Fix: actions/checkout with \`fetch-depth: 0\`.`;
}

/** A push whose `before` is gone from a full clone: rewritten history (force push). Scan the new tip. */
async function forcePushFallback(git: Git, before: string, head: string): Promise<RangeResolution> {
  const parent = await git(['rev-parse', '--verify', '-q', `${head}^1`]);
  const note = ` — force push, ${before.slice(0, 7)} no longer exists; only the pushed commit`;
  const warning = `The push's previous tip ${before.slice(0, 7)} is not in the clone (history was rewritten); scanning only ${head.slice(0, 7)} itself. Run a scheduled full-history scan to cover the rest.`;
  return { hasHistory: true, shallow: false, warning, range: await describeRange(git, parent, head, note) };
}

/** No base on purpose (schedule, dispatch, new branch without its default branch): a shallow clone is said. */
async function fullHistory(git: Git, want: Wanted, head: string, shallow: boolean): Promise<RangeResolution> {
  const range = await describeRange(git, undefined, head, want.note);
  if (!shallow) return { hasHistory: true, shallow, range };
  const why = want.unknownBase
    ? `the clone is shallow and${want.note?.replace(' —', '') ?? ' the base is missing'}`
    : `the clone is shallow; only ${range.commitCount} commit(s) were fetched`;
  return { hasHistory: true, shallow, range, warning: fetchDepthWarning(want.what, `up to ${head.slice(0, 7)}`, why) };
}

/**
 * The commits history scanners must cover (README "Recipes"): PR/merge group = merge-base..head at any
 * length, push = merge-base(before, after)..after (new branch: since the default branch), schedule,
 * dispatch and others = full history; `local` (the CLI, pre-commit) = the working tree as it is, so staged and
 * uncommitted files are what is scanned. A clone too shallow for the range is said, never narrowed.
 */
export async function resolveGitRange(opts: {
  repoDir: string;
  event: { name: string; payload: EventPayload; sha: string };
}): Promise<RangeResolution> {
  if (opts.event.name === 'local') return { hasHistory: false, shallow: false };
  const git = gitIn(opts.repoDir);
  if ((await git(['rev-parse', '--is-inside-work-tree'])) !== 'true') return { hasHistory: false, shallow: false };
  const shallow = (await git(['rev-parse', '--is-shallow-repository'])) === 'true';
  const checkedOut = (await git(['rev-parse', 'HEAD'])) ?? '';
  if (!checkedOut) return { hasHistory: false, shallow }; // a repository without commits
  const want = await baseFor(git, opts.event, (await exists(git, opts.event.sha)) ? opts.event.sha : checkedOut);
  const head = (await exists(git, want.head)) ? want.head : checkedOut;
  const result = await rangeFor(git, opts.event, want, head, shallow);
  if (head === want.head) return result;
  // pull_request_target checks out the base by default: the PR's own commits are then not scanned.
  const missing = `The head commit of ${want.what} (${want.head.slice(0, 7)}) is not in the clone; scanning the checked-out ${head.slice(0, 7)} instead. Check out the head (actions/checkout \`ref\`) with \`fetch-depth: 0\`.`;
  return { ...result, warning: result.warning ? `${missing} ${result.warning}` : missing };
}

async function rangeFor(
  git: Git,
  event: { name: string; payload: EventPayload },
  want: Wanted,
  head: string,
  shallow: boolean,
): Promise<RangeResolution> {
  if (!want.base) return fullHistory(git, want, head, shallow);
  const haveBase = await exists(git, want.base);
  if (!haveBase && !shallow && event.name === 'push') return forcePushFallback(git, want.base, head);
  const base =
    haveBase && want.mergeBase ? await git(['merge-base', want.base, head]) : haveBase ? want.base : undefined;
  if (!base) {
    const why = shallow ? 'the clone is shallow' : 'the base commit is not in the clone';
    const warning = fetchDepthWarning(want.what, `${want.base.slice(0, 7)}..${head.slice(0, 7)}`, why);
    const range = await describeRange(git, undefined, head, ' — fallback, see warning');
    return { hasHistory: true, shallow, warning, range };
  }
  const forced =
    event.name === 'push' && real(event.payload.before) && base !== want.base
      ? ' — force push, since the merge-base'
      : '';
  return { hasHistory: true, shallow, range: await describeRange(git, base, head, forced) };
}

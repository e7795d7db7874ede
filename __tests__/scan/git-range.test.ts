import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../src/github/event.js';
import { resolveGitRange } from '../../src/scan/git-range.js';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'range-'));
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

function commits(dir: string, n: number, prefix: string): string {
  for (let i = 0; i < n; i++) {
    writeFileSync(path.join(dir, `${prefix}-${i}.txt`), `${i}\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', `${prefix} ${i}`);
  }
  return git(dir, 'rev-parse', 'HEAD');
}

describe('git ranges per event, computed with git on real repositories', () => {
  it('pull_request with 120 commits: merge-base..head, all 120', async () => {
    const dir = repo();
    const base = commits(dir, 3, 'main');
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = commits(dir, 120, 'feat');
    git(dir, 'checkout', '-q', 'main');
    const mainHead = commits(dir, 2, 'main-later');
    git(dir, 'checkout', '-q', 'feature');
    const r = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'pull_request',
        sha: head,
        payload: { pull_request: { number: 1, base: { sha: mainHead }, head: { sha: head } } },
      },
    });
    expect(r.range).toMatchObject({ base, head, commitCount: 120 });
    expect(r.range?.description).toBe(`${base.slice(0, 7)}..${head.slice(0, 7)} (120 commits)`);
    expect(r.warning).toBeUndefined();
  });

  it('push: before..after, a single commit, and base == head without error', async () => {
    const dir = repo();
    const before = commits(dir, 2, 'a');
    const after = commits(dir, 1, 'b');
    const one = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: after, payload: { before, after } },
    });
    expect(one.range).toMatchObject({ base: before, head: after, commitCount: 1 });
    const same = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: after, payload: { before: after, after } },
    });
    expect(same.range?.commitCount).toBe(0);
    expect(same.range?.description).toMatch(/no new commits/);
  });

  it('push of a new branch (zero before): commits not on the default branch', async () => {
    const upstream = repo();
    commits(upstream, 3, 'main');
    const dir = mkdtempSync(path.join(tmpdir(), 'clone-'));
    git(dir, 'clone', '-q', `file://${upstream}`, '.');
    git(dir, 'checkout', '-q', '-b', 'topic');
    const after = commits(dir, 4, 'topic');
    const r = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'push',
        sha: after,
        payload: { before: '0'.repeat(40), after, created: true, repository: { default_branch: 'main' } },
      },
    });
    expect(r.range?.commitCount).toBe(4);
  });

  it('force push: since the merge-base of the old and new tips', async () => {
    const dir = repo();
    const root = commits(dir, 2, 'root');
    const old = commits(dir, 3, 'old');
    git(dir, 'reset', '-q', '--hard', root);
    const rewritten = commits(dir, 2, 'new');
    const r = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: rewritten, payload: { before: old, after: rewritten, forced: true } },
    });
    expect(r.range).toMatchObject({ base: root, head: rewritten, commitCount: 2 });
    expect(r.range?.description).toMatch(/force push/);
  });

  it('local (the CLI and pre-commit hooks): the working tree, so staged and uncommitted files are scanned', async () => {
    const dir = repo();
    const head = commits(dir, 3, 'x');
    const r = await resolveGitRange({ repoDir: dir, event: { name: 'local', sha: head, payload: {} } });
    expect(r).toEqual({ hasHistory: false, shallow: false });
  });

  it('schedule: full history', async () => {
    const dir = repo();
    const head = commits(dir, 5, 'x');
    const r = await resolveGitRange({ repoDir: dir, event: { name: 'schedule', sha: head, payload: {} } });
    expect(r.range).toMatchObject({ base: undefined, head, commitCount: 5 });
  });

  it('a shallow clone that cannot cover the PR range says so (fetch-depth), never narrows silently', async () => {
    const upstream = repo();
    const base = commits(upstream, 3, 'main');
    git(upstream, 'checkout', '-q', '-b', 'feature');
    const head = commits(upstream, 5, 'feat');
    const dir = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${upstream}`, '.');
    const r = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'pull_request',
        sha: head,
        payload: { pull_request: { number: 2, base: { sha: base }, head: { sha: head } } },
      },
    });
    expect(r.shallow).toBe(true);
    expect(r.warning).toMatch(
      /Cannot scan exactly the pull request range \(\w{7}\.\.\w{7}\): the clone is shallow.*fetch-depth: 0/,
    );
    expect(r.range?.base).toBeUndefined();
  });

  it('force push without the `forced` flag is still detected (before is not an ancestor of after)', async () => {
    const dir = repo();
    const root = commits(dir, 1, 'root');
    const old = commits(dir, 2, 'old');
    git(dir, 'reset', '-q', '--hard', root);
    const rewritten = commits(dir, 3, 'new');
    const r = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: rewritten, payload: { before: old, after: rewritten } },
    });
    expect(r.range).toMatchObject({ base: root, head: rewritten, commitCount: 3 });
    expect(r.range?.description).toMatch(/force push, since the merge-base/);
  });

  it('force push whose old tip is gone from a full clone: the pushed commit only, with a warning', async () => {
    const dir = repo();
    const parent = commits(dir, 3, 'x');
    const after = commits(dir, 1, 'y');
    const r = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: after, payload: { before: 'f'.repeat(40), after, forced: true } },
    });
    expect(r.range).toMatchObject({ base: parent, head: after, commitCount: 1 });
    expect(r.range?.description).toMatch(/force push, fffffff no longer exists/);
    expect(r.warning).toMatch(/history was rewritten/);
  });

  it('merge_group: base_sha..head_sha', async () => {
    const dir = repo();
    const base = commits(dir, 2, 'm');
    const head = commits(dir, 7, 'q');
    const r = await resolveGitRange({
      repoDir: dir,
      event: { name: 'merge_group', sha: head, payload: { merge_group: { base_sha: base, head_sha: head } } },
    });
    expect(r.range).toMatchObject({ base, head, commitCount: 7 });
    expect(r.range?.description).toBe(`${base.slice(0, 7)}..${head.slice(0, 7)} (7 commits)`);
  });

  it('a shallow clone on schedule, or a new branch without its default branch, warns instead of narrowing', async () => {
    const upstream = repo();
    commits(upstream, 4, 'main');
    const dir = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    git(dir, 'clone', '-q', '--depth', '1', '--single-branch', `file://${upstream}`, '.');
    git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    git(dir, 'checkout', '-q', '-b', 'topic');
    const after = commits(dir, 1, 'topic');
    const sched = await resolveGitRange({ repoDir: dir, event: { name: 'schedule', sha: after, payload: {} } });
    expect(sched.range).toMatchObject({ base: undefined, commitCount: 2 });
    expect(sched.warning).toMatch(/only 2 commit\(s\) were fetched.*fetch-depth: 0/);
    const created = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'push',
        sha: after,
        payload: { before: '0'.repeat(40), after, repository: { default_branch: 'develop' } },
      },
    });
    expect(created.range?.base).toBeUndefined();
    expect(created.warning).toMatch(/new branch, develop not fetched.*fetch-depth: 0/);
  });

  it('first push of the default branch scans its whole history', async () => {
    const dir = repo();
    const head = commits(dir, 3, 'init');
    const r = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'push',
        sha: head,
        payload: {
          before: '0'.repeat(40),
          after: head,
          repository: { default_branch: 'main' },
          ref: 'refs/heads/main',
        } as EventPayload,
      },
    });
    expect(r.range).toMatchObject({ base: undefined, commitCount: 3 });
    expect(r.warning).toBeUndefined();
  });

  it('pull_request_target with the PR head not checked out: scans what is there and says so', async () => {
    const dir = repo();
    const base = commits(dir, 2, 'main');
    const r = await resolveGitRange({
      repoDir: dir,
      event: {
        name: 'pull_request_target',
        sha: base,
        payload: { pull_request: { number: 3, base: { sha: base }, head: { sha: 'a'.repeat(40) } } },
      },
    });
    expect(r.range).toMatchObject({ base, head: base, commitCount: 0 });
    expect(r.warning).toMatch(/head commit of the pull request range \(aaaaaaa\) is not in the clone.*fetch-depth: 0/);
  });

  it('a new branch created at the default branch tip has no new commits (0, not an error)', async () => {
    const dir = repo();
    const head = commits(dir, 3, 'main');
    git(dir, 'checkout', '-q', '-b', 'topic');
    const payload = { before: '0'.repeat(40), after: head, repository: { default_branch: 'main' } };
    const known = await resolveGitRange({
      repoDir: dir,
      event: { name: 'push', sha: head, payload: { ...payload, ref: 'refs/heads/topic' } as EventPayload },
    });
    expect(known.range).toMatchObject({ base: head, head, commitCount: 0 });
    expect(known.range?.description).toMatch(/no new commits/);
    const unknown = await resolveGitRange({ repoDir: dir, event: { name: 'push', sha: head, payload } });
    expect(unknown.range).toMatchObject({ base: undefined, commitCount: 3 });
  });

  it('not a git repository: no history', async () => {
    const r = await resolveGitRange({
      repoDir: mkdtempSync(path.join(tmpdir(), 'nogit-')),
      event: { name: 'push', sha: '', payload: {} },
    });
    expect(r).toEqual({ hasHistory: false, shallow: false });
  });
});

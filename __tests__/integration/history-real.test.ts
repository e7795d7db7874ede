import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { fakeAwsKeys, fakeGithubToken, GitRepo } from '../harness/git-repo.js';
import { GO_TOOLS_BIN, hasGoTool } from '../harness/go-tools.js';
import { type ActionResult, runAction } from '../harness/run-action.js';
import { NO_NETWORK } from '../harness/tools.js';

/**
 * gitleaks 8.30.1 and trufflehog 3.97.0, built from their Go modules by .ci/install-go-scanners.sh,
 * run by the bundled action in git mode over real commit ranges of repositories built here.
 */
const runs = hasGoTool('gitleaks') && hasGoTool('trufflehog');

interface Finding {
  scanner: string;
  ruleId: string;
  location: { path: string; startLine?: number };
  blocking: boolean;
}

interface Run {
  result: ActionResult;
  report: {
    verdict: string;
    range?: { commitCount?: number; description?: string };
    findings: Finding[];
    scanners: { id: string; status: string; version?: string }[];
    warnings: string[];
  };
  /** Every SARIF file and upload, as text (to look for leaked values). */
  sarifText: string;
  /** rule id → its SARIF fullDescription ("Committed in <sha12>"), per scanner. */
  ruleText: Map<string, string>;
}

async function scan(
  gh: FakeGithub,
  repo: GitRepo,
  event: { name: string; payload: unknown; sha: string },
): Promise<Run> {
  const outDir = `${repo.dir}-out`;
  const result = await runAction({
    workspace: repo.dir,
    eventName: event.name,
    event: event.payload,
    apiUrl: gh.url,
    inputs: {
      scanners: 'gitleaks,trufflehog',
      versions: 'gitleaks=path\ntrufflehog=path',
      'output-dir': outDir,
    },
    // No network: trufflehog cannot verify the planted AWS key on any machine (unknown → blocks).
    env: { PATH: `${GO_TOOLS_BIN}:${process.env.PATH}`, GITHUB_SHA: event.sha, ...NO_NETWORK },
    timeoutMs: 240_000,
  });
  const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8'));
  const sarifs = readdirSync(outDir).filter((f) => f.endsWith('.sarif'));
  const ruleText = new Map<string, string>();
  for (const file of sarifs) {
    const sarif = JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));
    for (const run of sarif.runs)
      for (const rule of run.tool.driver.rules ?? [])
        ruleText.set(`${run.tool.driver.name.replace('scan-gate/', '')}:${rule.id}`, rule.fullDescription?.text ?? '');
  }
  const sarifText = sarifs.map((f) => readFileSync(path.join(outDir, f), 'utf8')).join('\n');
  return { result, report, sarifText, ruleText };
}

const where = (fs: Finding[], scanner: string) =>
  fs
    .filter((f) => f.scanner === scanner)
    .map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`)
    .sort();

function expectNoLeak(run: Run, secrets: string[]): void {
  const text = [
    run.result.stdout,
    run.result.stderr,
    run.result.summary,
    JSON.stringify(run.report),
    run.sarifText,
  ].join('\n');
  for (const s of secrets) expect(text.includes(s), 'a planted secret leaked').toBe(false);
}

describe.runIf(runs)('real gitleaks and trufflehog in git mode over a 120-commit pull request', () => {
  let gh: FakeGithub;
  let run: Run;
  const token = fakeGithubToken();
  const old = fakeGithubToken();
  // Seeded: a secret gitleaks' generic-api-key rule is known to report (see fakeAwsKeys).
  const aws = fakeAwsKeys(1);
  const shas: Record<string, string> = {};
  beforeAll(async () => {
    gh = await startFakeGithub();
    const repo = new GitRepo('pr120-');
    repo.commit('init', { 'README.md': '# demo\n' });
    // A secret committed and removed on main before the PR: outside the PR range, not reported.
    repo.commit('legacy', { 'legacy/old.env': `GITHUB_TOKEN=${old}\n` });
    repo.commit('remove legacy', { 'legacy/old.env': undefined });
    shas.mergeBase = repo.head();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.filler('a', 39);
    shas.token = repo.commit('config', { 'config/app.env': `APP=demo\nLOG=info\nGITHUB_TOKEN=${token}\n` });
    repo.filler('b', 39);
    shas.aws = repo.commit('temp creds', {
      'tmp/creds.txt': `# temporary\nAWS_ACCESS_KEY_ID=${aws.id}\nAWS_SECRET_ACCESS_KEY=${aws.secret}\n`,
    });
    // Deleted in a later commit of the same PR: still in the PR's history, so it must still block.
    repo.commit('oops, remove creds', { 'tmp/creds.txt': undefined });
    shas.head = repo.filler('c', 39);
    repo.git('checkout', '-q', 'main');
    shas.base = repo.filler('main-later', 2);
    repo.git('checkout', '-q', 'feature');
    run = await scan(gh, repo, {
      name: 'pull_request',
      sha: shas.head,
      payload: {
        pull_request: {
          number: 12,
          head: { sha: shas.head, repo: { full_name: 'octo-org/octo-repo' } },
          base: { sha: shas.base, repo: { full_name: 'octo-org/octo-repo' } },
        },
      },
    });
  }, 300_000);
  afterAll(async () => {
    await gh?.close();
  });

  it('scans exactly the 120 commits from the merge-base, with both scanners at the pinned versions', () => {
    expect(run.result.stderr).toBe('');
    expect(run.report.range?.commitCount).toBe(120);
    expect(run.report.range?.description).toMatch(new RegExp(`^${shas.mergeBase?.slice(0, 7)}\\.\\.`));
    expect(run.report.scanners.map((s) => [s.id, s.status, s.version])).toEqual([
      ['gitleaks', 'ok', '8.30.1'],
      ['trufflehog', 'ok', '3.97.0'],
    ]);
  });

  it('gitleaks reports the token and the later-deleted AWS key with their lines; nothing before the merge-base', () => {
    // generic-api-key: gitleaks' entropy rule also matches the AWS secret key line.
    expect(where(run.report.findings, 'gitleaks')).toEqual([
      'aws-access-token tmp/creds.txt:2',
      'generic-api-key tmp/creds.txt:3',
      'github-pat config/app.env:3',
    ]);
    expect(run.ruleText.get('gitleaks:github-pat')).toBe(`Committed in ${shas.token?.slice(0, 12)}`);
    expect(run.ruleText.get('gitleaks:aws-access-token')).toBe(`Committed in ${shas.aws?.slice(0, 12)}`);
  });

  it('trufflehog reports the same two secrets with their lines and commits', () => {
    expect(where(run.report.findings, 'trufflehog')).toEqual([
      'trufflehog/AWS tmp/creds.txt:2',
      'trufflehog/Github config/app.env:3',
    ]);
    expect(run.ruleText.get('trufflehog:trufflehog/Github')).toBe(`Committed in ${shas.token?.slice(0, 12)}`);
    expect(run.ruleText.get('trufflehog:trufflehog/AWS')).toBe(`Committed in ${shas.aws?.slice(0, 12)}`);
  });

  it('fails the gate: the deleted secret blocks too; no secret value anywhere', () => {
    expect(run.result.exitCode).toBe(1);
    expect(run.report.verdict).toBe('fail');
    const deleted = run.report.findings.filter((f) => f.location.path === 'tmp/creds.txt');
    expect(deleted.map((f) => f.scanner).sort()).toEqual(['gitleaks', 'gitleaks', 'trufflehog']);
    expect(deleted.every((f) => f.blocking)).toBe(true);
    expectNoLeak(run, [token, old, aws.id, aws.secret]);
  });
});

describe.runIf(runs)('real gitleaks and trufflehog on push events: force push and new branch', () => {
  let gh: FakeGithub;
  beforeAll(async () => {
    gh = await startFakeGithub();
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('force push whose old tip is gone: the pushed commit is scanned, with a warning; old commits are not', async () => {
    const repo = new GitRepo('force-');
    repo.commit('init', { 'README.md': '# demo\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const before = repo.commit('old work', { 'old.env': `GITHUB_TOKEN=${fakeGithubToken()}\n` });
    repo.git('reset', '-q', '--hard', 'main');
    const token = fakeGithubToken();
    const after = repo.commit('rewritten', { 'docs/new.env': `# rewritten\nGITHUB_TOKEN=${token}\n` });
    // What a fresh clone after the force push looks like: the old tip no longer exists.
    repo.git('reflog', 'expire', '--expire=now', '--all');
    repo.git('gc', '-q', '--prune=now');
    expect(() => repo.git('cat-file', '-e', `${before}^{commit}`)).toThrow();
    const run = await scan(gh, repo, {
      name: 'push',
      sha: after,
      payload: { ref: 'refs/heads/feature', before, after, forced: true, repository: { default_branch: 'main' } },
    });
    expect(run.report.range?.commitCount).toBe(1);
    expect(run.report.warnings.join('\n')).toMatch(/history was rewritten/);
    expect(where(run.report.findings, 'gitleaks')).toEqual(['github-pat docs/new.env:2']);
    expect(where(run.report.findings, 'trufflehog')).toEqual(['trufflehog/Github docs/new.env:2']);
    expect(run.ruleText.get('gitleaks:github-pat')).toBe(`Committed in ${after.slice(0, 12)}`);
    expect(run.result.exitCode).toBe(1);
    expectNoLeak(run, [token]);
  }, 300_000);

  it('force push whose old tip is still known: merge-base..after, the replaced commits are not scanned', async () => {
    const repo = new GitRepo('force-kept-');
    const fork = repo.commit('init', { 'README.md': '# demo\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const before = repo.commit('old work', { 'old.env': `GITHUB_TOKEN=${fakeGithubToken()}\n` });
    repo.git('reset', '-q', '--hard', fork);
    const token = fakeGithubToken();
    const first = repo.commit('rewritten 1', { 'src/a.env': `GITHUB_TOKEN=${token}\n` });
    const after = repo.commit('rewritten 2', { 'src/b.txt': 'fine\n' });
    const run = await scan(gh, repo, {
      name: 'push',
      sha: after,
      payload: { ref: 'refs/heads/feature', before, after, forced: true, repository: { default_branch: 'main' } },
    });
    expect(run.report.range?.commitCount).toBe(2);
    expect(run.report.range?.description).toMatch(/force push, since the merge-base/);
    expect(where(run.report.findings, 'gitleaks')).toEqual(['github-pat src/a.env:1']);
    expect(where(run.report.findings, 'trufflehog')).toEqual(['trufflehog/Github src/a.env:1']);
    expect(run.ruleText.get('trufflehog:trufflehog/Github')).toBe(`Committed in ${first.slice(0, 12)}`);
    expectNoLeak(run, [token]);
  }, 300_000);

  it('new branch (zero before): only the commits since the default branch', async () => {
    const repo = new GitRepo('newbranch-');
    repo.commit('init', { 'README.md': '# demo\n' });
    repo.commit('main secret', { 'main.env': `GITHUB_TOKEN=${fakeGithubToken()}\n` });
    repo.git('checkout', '-q', '-b', 'topic');
    const aws = fakeAwsKeys(2);
    const added = repo.commit('keys', {
      'deploy/keys.txt': `region=eu\n\nAWS_ACCESS_KEY_ID=${aws.id}\nAWS_SECRET_ACCESS_KEY=${aws.secret}\n`,
    });
    const after = repo.filler('t', 3);
    const run = await scan(gh, repo, {
      name: 'push',
      sha: after,
      payload: {
        ref: 'refs/heads/topic',
        before: '0'.repeat(40),
        after,
        created: true,
        repository: { default_branch: 'main' },
      },
    });
    expect(run.report.range?.commitCount).toBe(4);
    expect(where(run.report.findings, 'gitleaks')).toEqual([
      'aws-access-token deploy/keys.txt:3',
      'generic-api-key deploy/keys.txt:4',
    ]);
    expect(where(run.report.findings, 'trufflehog')).toEqual(['trufflehog/AWS deploy/keys.txt:3']);
    expect(run.ruleText.get('gitleaks:aws-access-token')).toBe(`Committed in ${added.slice(0, 12)}`);
    expect(run.result.exitCode).toBe(1);
    expectNoLeak(run, [aws.id, aws.secret]);
  }, 300_000);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../harness/git-repo.js';
import { gitleaksWrapper, hasTool, REPO_ROOT } from '../harness/tools.js';

/** pre-commit itself, installed from PyPI into an ignored folder by .ci/run. */
const PRE_COMMIT = path.join(REPO_ROOT, '.ci', 'tools', 'pre-commit', 'bin', 'pre-commit');

function hasPreCommit(): boolean {
  const present = existsSync(PRE_COMMIT);
  if (!present && process.env.SCAN_GATE_REQUIRE_TOOLS === '1') {
    throw new Error(`test tool pre-commit is missing at ${PRE_COMMIT} (run .ci/run)`);
  }
  return present;
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares script hooks that run the bundled, executable CLI', () => {
    const hooks = load(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      pass_filenames: boolean;
    }[];
    expect(hooks.map((h) => h.id)).toEqual(['scan-gate', 'scan-gate-secrets']);
    for (const hook of hooks) {
      expect(hook.language).toBe('script');
      expect(hook.pass_filenames).toBe(false);
      expect(hook.entry.split(' ')[0]).toBe('dist/cli.js');
    }
    const mode = execFileSync('git', ['ls-files', '-s', 'dist/cli.js'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(mode.slice(0, 6)).toBe('100755');
  });

  describe.runIf(hasPreCommit() && hasTool('gitleaksScript'))('run by the real pre-commit tool', () => {
    it('blocks a commit that stages a secret and lets it through once the secret is gone', () => {
      const repo = mkdtempSync(path.join(tmpdir(), 'pre-commit-repo-'));
      const bin = path.join(`${repo}-bin`);
      gitleaksWrapper(bin);
      const env = {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        PRE_COMMIT_HOME: path.join(`${repo}-cache`),
        CI: 'true',
      };
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 'dev@example.com');
      git('config', 'user.name', 'Dev');
      mkdirSync(path.join(repo, '.github'));
      // gitleaks from PATH: the test machine has no route to GitHub releases.
      writeFileSync(
        path.join(repo, '.github', 'scan-gate.yml'),
        'version: 1\nversions:\n  gitleaks: path\noutput-dir: ../out\n',
      );
      writeFileSync(path.join(repo, 'README.md'), '# demo\n');
      git('add', '.');
      git('commit', '-q', '-m', 'init');
      const token = fakeGithubToken();
      writeFileSync(path.join(repo, 'config.env'), `GITHUB_TOKEN=${token}\n`);
      git('add', 'config.env');
      const tryHook = () =>
        spawnSync(PRE_COMMIT, ['try-repo', REPO_ROOT, 'scan-gate-secrets', '--verbose'], {
          cwd: repo,
          env,
          encoding: 'utf8',
          timeout: 180_000,
        });
      const blocked = tryHook();
      expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
      expect(blocked.stdout).toMatch(/scan-gate \(secrets\)\.+Failed/);
      expect(blocked.stdout).toMatch(/github-pat/);
      expect(blocked.stdout + blocked.stderr).not.toContain(token);
      rmSync(path.join(repo, 'config.env'));
      git('add', '-A');
      const passed = tryHook();
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout).toMatch(/scan-gate \(secrets\)\.+Passed/);
    }, 240_000);
  });
});

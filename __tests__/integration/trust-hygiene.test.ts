/** Issue 16, defects 4, 8 and 9: nothing left behind, no hang on patterns, no link out of the repository. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { type ReleaseServer, startReleaseServer } from '../harness/release-server.js';
import { runAction } from '../harness/run-action.js';
import { fakeGitleaks, SARIF_INPUTS, sarifWorkspace } from '../harness/trust-fixtures.js';

describe('the work folder with raw scanner outputs (defect 4)', () => {
  const inputs = { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false', cache: 'false' };

  it.each([
    ['passing', 0, 0],
    ['failing scanner', 9, 1],
  ])('is deleted at the end of a %s run', async (_name, scannerExit, exitCode) => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      env: { PATH: `${fakeGitleaks(scannerExit)}:${process.env.PATH}` },
      inputs,
    });
    expect(r.exitCode).toBe(exitCode);
    expect(readdirSync(path.join(r.tempDir, 'runner-temp', 'scan-gate-work'))).toEqual([]);
  });

  it('is kept, and its place named, with runner debug logging', async () => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      env: { PATH: `${fakeGitleaks(0)}:${process.env.PATH}`, RUNNER_DEBUG: '1' },
      inputs,
    });
    expect(r.exitCode).toBe(0);
    const kept = readdirSync(path.join(r.tempDir, 'runner-temp', 'scan-gate-work'));
    expect(kept).toHaveLength(1);
    expect(r.stdout).toContain(
      `raw outputs are kept in ${path.join(r.tempDir, 'runner-temp', 'scan-gate-work', kept[0] ?? '')}`,
    );
  });

  it('is deleted by the CLI too, leaving nothing in $TMPDIR (not even an empty scan-gate-work folder)', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'cli-tmp-'));
    const ws = sarifWorkspace();
    const r = await runAction({
      workspace: ws,
      script: 'dist/cli.js',
      args: ['scan', ws, '--scanners', 'gitleaks', '--versions', 'gitleaks=path'],
      env: { PATH: `${fakeGitleaks(0)}:${process.env.PATH}`, TMPDIR: tmp, SCAN_GATE_HOME: path.join(tmp, 'home') },
    });
    expect(r.exitCode).toBe(0);
    // The CLI's own home (SCAN_GATE_HOME, the tool cache) is all that stays.
    expect(readdirSync(tmp)).toEqual(['home']);
  });

  describe('failed downloads in the CLI cache', () => {
    let server: ReleaseServer;
    beforeAll(async () => {
      server = await startReleaseServer();
    });
    afterAll(async () => server.close());

    it('leave no download folder behind', async () => {
      const home = mkdtempSync(path.join(tmpdir(), 'cli-home-'));
      const ws = sarifWorkspace();
      const r = await runAction({
        workspace: ws,
        script: 'dist/cli.js',
        args: ['scan', ws, '--scanners', 'gitleaks', '--versions', 'gitleaks=8.99.9', '--tool-mirror', server.url],
        env: { SCAN_GATE_HOME: home },
      });
      expect(r.exitCode).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/install failed: .*404/);
      const tmp = path.join(home, 'tmp');
      const left = existsSync(tmp) ? readdirSync(tmp).filter((n) => n.startsWith('scan-gate-download-')) : [];
      expect(left).toEqual([]);
    });
  });
});

describe('pathological glob patterns (defect 8)', () => {
  const evil = '**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b';

  it('in a policy ignore: a configuration error naming the pattern, reached at once', async () => {
    const ws = sarifWorkspace();
    // A finding on a long file name: matching the pattern against it would take hours.
    const location = { physicalLocation: { artifactLocation: { uri: `src/${'a'.repeat(40)}` } } };
    const results = [{ ruleId: 'R1', message: { text: 'x' }, locations: [location] }];
    writeFileSync(
      path.join(ws, 'clean.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results }] }),
    );
    mkdirSync(path.join(ws, '.github'));
    writeFileSync(
      path.join(ws, '.github', 'scan-gate.yml'),
      `version: 1\nignores:\n  - id: "*"\n    paths: ["${evil}"]\n    reason: generated code\n`,
    );
    const started = Date.now();
    const r = await runAction({ workspace: ws, inputs: SARIF_INPUTS, timeoutMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: .*ignores\[0\]\.paths\[0\].*too complex to match safely: it has 17 wildcards/,
    );
    expect(r.stdout).toContain(evil);
  });

  it('in sarif-files: a configuration error naming the input', async () => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      inputs: { ...SARIF_INPUTS, 'sarif-files': evil },
      timeoutMs: 30_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::Configuration error: Input `sarif-files`: ".*" is too complex to match safely/);
  });
});

describe('links in the PR comment (defect 9)', () => {
  let gh: FakeGithub;
  beforeAll(async () => {
    gh = await startFakeGithub();
  });
  afterAll(async () => gh.close());

  it('a path leaving the repository is shown as text, never linked', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'links-ws-'));
    writeFileSync(path.join(ws, 'app.py'), 'x = 1\n');
    const result = (uri: string) => ({
      ruleId: 'R1',
      level: 'error',
      message: { text: 'bad' },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }],
    });
    const sarif = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'T' } }, results: [result('../../../../attacker/repo'), result('app.py')] }],
    };
    writeFileSync(path.join(ws, 'r.sarif'), JSON.stringify(sarif));
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: {
        pull_request: {
          number: 9,
          head: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
          base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
        },
      },
      apiUrl: gh.url,
      inputs: { scanners: 'sarif', 'sarif-files': 'r.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    const body = gh.state.comments.at(-1)?.body ?? '';
    expect(body).toMatch(/\]\(https:\/\/github\.com\/octo-org\/octo-repo\/blob\/[0-9a-f]{40}\/app\.py#L1\)/);
    expect(body).toContain('attacker/repo');
    expect(body).not.toMatch(/blob\/[0-9a-f]{40}\/\.\./);
    expect(r.summary).not.toMatch(/blob\/[0-9a-f]{40}\/\.\./);
  });
});

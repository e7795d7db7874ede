/** Issue 16, defects 4 and 8–11: nothing left behind, no hang on patterns, no link out, no clobbered or lost verdict. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { type ReleaseServer, startReleaseServer } from '../harness/release-server.js';
import { runAction } from '../harness/run-action.js';

const CLEAN_SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: [] }] });

function sarifWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'hygiene-ws-'));
  writeFileSync(path.join(ws, 'clean.sarif'), CLEAN_SARIF);
  return ws;
}

/** A fake gitleaks on PATH that writes an empty report and exits with `exitCode` after `delayMs`. */
function fakeGitleaks(exitCode: number, delayMs = 0): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-gitleaks-'));
  const file = path.join(dir, 'gitleaks');
  writeFileSync(
    file,
    `#!${process.execPath}
const args = process.argv.slice(2);
if (args[0] === 'version') { console.log('8.28.0'); process.exit(0); }
require('node:fs').writeFileSync(args[args.indexOf('--report-path') + 1], '[]');
setTimeout(() => process.exit(${exitCode}), ${delayMs});
`,
  );
  chmodSync(file, 0o755);
  return dir;
}

const SARIF_INPUTS = { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' };

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

  it('is deleted by the CLI too ($TMPDIR/scan-gate-work)', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'cli-tmp-'));
    const ws = sarifWorkspace();
    const r = await runAction({
      workspace: ws,
      script: 'dist/cli.js',
      args: ['scan', ws, '--scanners', 'gitleaks', '--versions', 'gitleaks=path'],
      env: { PATH: `${fakeGitleaks(0)}:${process.env.PATH}`, TMPDIR: tmp, SCAN_GATE_HOME: path.join(tmp, 'home') },
    });
    expect(r.exitCode).toBe(0);
    expect(readdirSync(path.join(tmp, 'scan-gate-work'))).toEqual([]);
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

describe('output folders (defects 10 and 11)', () => {
  it('two instances in one job write separate report.json files by default', async () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'shared-runner-temp-'));
    const ws = sarifWorkspace();
    const a = await runAction({
      workspace: ws,
      inputs: { ...SARIF_INPUTS, instance: 'a' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    const b = await runAction({
      workspace: ws,
      inputs: { ...SARIF_INPUTS, instance: 'b' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(a.outputs.report).not.toBe(b.outputs.report);
    expect(existsSync(a.outputs.report ?? '')).toBe(true);
    expect(existsSync(b.outputs.report ?? '')).toBe(true);
  });

  it('a second step of the same job writing the same explicit output-dir is refused, the first report kept', async () => {
    const ws = sarifWorkspace();
    const inputs = { ...SARIF_INPUTS, 'output-dir': 'results' };
    const first = await runAction({ workspace: ws, inputs: { ...inputs, instance: 'a' } });
    expect(first.exitCode).toBe(0);
    const before = readFileSync(path.join(ws, 'results', 'report.json'), 'utf8');
    const second = await runAction({ workspace: ws, inputs: { ...inputs, instance: 'b' } });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toMatch(
      /::error::Configuration error: Input `output-dir`: ".*results" already holds the results of scan-gate instance "a" from this job/,
    );
    expect(readFileSync(path.join(ws, 'results', 'report.json'), 'utf8')).toBe(before);
    const nextRun = await runAction({
      workspace: ws,
      inputs: { ...inputs, instance: 'b' },
      env: { GITHUB_RUN_ID: '1002' },
    });
    expect(nextRun.exitCode).toBe(0);
  });

  it('two concurrent CLI runs into one output-dir: the second is refused while the first writes', async () => {
    const ws = sarifWorkspace();
    const out = path.join(ws, 'shared-out');
    const cli = (scanners: string) =>
      runAction({
        workspace: ws,
        script: 'dist/cli.js',
        args: [
          'scan',
          ws,
          '--scanners',
          scanners,
          '--versions',
          'gitleaks=path',
          '--sarif-files',
          '*.sarif',
          '--output-dir',
          out,
        ],
        env: { PATH: `${fakeGitleaks(0, 6000)}:${process.env.PATH}`, SCAN_GATE_HOME: path.join(ws, '.home') },
      });
    const slow = cli('gitleaks');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const second = await cli('sarif');
    const first = await slow;
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toMatch(
      /Input `output-dir`: ".*shared-out" is being written by another scan-gate run \(process \d+/,
    );
    const after = await cli('sarif');
    expect(after.exitCode).toBe(0);
  });

  it('an unwritable GITHUB_OUTPUT and job summary are warnings; the step result is the verdict', async () => {
    const ws = sarifWorkspace();
    const notAFile = mkdtempSync(path.join(tmpdir(), 'not-a-file-'));
    const r = await runAction({
      workspace: ws,
      inputs: SARIF_INPUTS,
      env: { GITHUB_OUTPUT: notAFile, GITHUB_STEP_SUMMARY: notAFile },
    });
    expect(r.stdout).toMatch(/::warning::Step outputs not written \(GITHUB_OUTPUT\): .*EISDIR/);
    expect(r.stdout).toMatch(/::warning::Job summary not written \(GITHUB_STEP_SUMMARY\): .*EISDIR/);
    expect(r.stdout).not.toMatch(/No verdict was reached/);
    expect(r.stdout).toMatch(/scan-gate: the policy passed/);
    expect(r.exitCode).toBe(0);
  });

  it('an output-dir under /proc is refused with a clear error, at once', async () => {
    const started = Date.now();
    const r = await runAction({
      workspace: sarifWorkspace(),
      inputs: { ...SARIF_INPUTS, 'output-dir': '/proc/scan-gate/out' },
      timeoutMs: 30_000,
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: Input `output-dir`: "\/proc\/scan-gate\/out" is on a system pseudo-filesystem/,
    );
  });
});

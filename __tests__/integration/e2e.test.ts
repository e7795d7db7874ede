import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { runAction } from '../harness/run-action.js';
import { plantSecrets } from '../harness/secrets.js';
import { gitleaksWrapper, hasTool } from '../harness/tools.js';

const realScanners = hasTool('gitleaksScript') && hasTool('bandit');

function workspace(): { ws: string; secrets: string[]; bin: string } {
  const ws = mkdtempSync(path.join(tmpdir(), 'e2e-ws-'));
  const secrets = plantSecrets(ws);
  mkdirSync(path.join(ws, 'app'));
  writeFileSync(
    path.join(ws, 'app', 'run.py'),
    'import subprocess\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n',
  );
  const bin = path.join(`${ws}-bin`);
  gitleaksWrapper(bin);
  return { ws, secrets, bin };
}

describe.runIf(realScanners)(
  'end to end: the bundled action with real gitleaks and bandit, against the fake GitHub API',
  () => {
    let gh: FakeGithub;
    let result: Awaited<ReturnType<typeof runAction>>;
    let secrets: string[];
    let outDir: string;
    beforeAll(async () => {
      gh = await startFakeGithub();
      const w = workspace();
      secrets = w.secrets;
      outDir = path.join(w.ws, '..', `${path.basename(w.ws)}-out`);
      result = await runAction({
        workspace: w.ws,
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 7,
            head: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
            base: { sha: 'c'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
          },
        },
        apiUrl: gh.url,
        inputs: {
          scanners: 'gitleaks,bandit',
          versions: 'gitleaks=path\nbandit=path',
          'output-dir': outDir,
          'github-token': 'test-token-e2e',
        },
        env: { PATH: `${w.bin}:${process.env.PATH}` },
        timeoutMs: 240_000,
      });
    }, 300_000);
    afterAll(async () => {
      await gh?.close();
    });

    it('fails the gate on the planted secrets, with outputs, report, summary, comment and SARIF', () => {
      expect(result.exitCode).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(Number(result.outputs.blocking)).toBeGreaterThanOrEqual(3);
      const report = JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8'));
      expect(report.scanners.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
        ['gitleaks', 'ok'],
        ['bandit', 'ok'],
      ]);
      const rules = report.findings.map((f: { ruleId: string }) => f.ruleId);
      expect(rules).toEqual(expect.arrayContaining(['github-pat', 'private-key', 'B602']));
      expect(result.summary).toMatch(/scan-gate: failed/);
      expect(gh.state.comments).toHaveLength(1);
      expect(gh.state.comments[0]?.body).toMatch(/<!-- scan-gate:comment instance=default head=b{40} run=1001 -->/);
      expect(gh.state.sarifs.map((s) => s.ref)).toEqual(['refs/pull/7/merge', 'refs/pull/7/merge']);
      expect(gh.requests.filter((r) => r.rejected)).toEqual([]);
      expect(result.outputs['comment-url']).toMatch(/issuecomment/);
      expect(JSON.parse(result.outputs['sarif-ids'] ?? '[]')).toHaveLength(2);
      expect(result.annotations.filter((a) => a.level === 'error').length).toBeGreaterThan(1);
    });

    it('never prints a secret: stdout, stderr, summary, comment, annotations, SARIF files and uploads, report, outputs', () => {
      const places: [string, string][] = [
        ['stdout', result.stdout],
        ['stderr', result.stderr],
        ['summary', result.summary],
        ['outputs', JSON.stringify(result.outputs)],
        ['comments', JSON.stringify(gh.state.comments)],
        ['uploaded SARIF (decoded)', JSON.stringify(gh.state.sarifs)],
        ['API requests', JSON.stringify(gh.requests)],
        ...readdirSync(outDir).map((f): [string, string] => [f, readFileSync(path.join(outDir, f), 'utf8')]),
      ];
      expect(places.length).toBeGreaterThan(8);
      for (const secret of secrets) {
        for (const [where, text] of places)
          expect(text.includes(secret), `${where} leaks a planted secret`).toBe(false);
      }
      // The token only appears in the runner's own masking command (the runner consumes that line).
      expect(result.stdout.replace('::add-mask::test-token-e2e', '')).not.toContain('test-token-e2e');
    });
  },
);

describe.runIf(realScanners)('end to end: a scheduled run opens the tracking issue without leaking a secret', () => {
  it('creates one labelled issue listing the blocking findings; no planted value in its body', async () => {
    const gh = await startFakeGithub();
    try {
      const w = workspace();
      const r = await runAction({
        workspace: w.ws,
        eventName: 'schedule',
        apiUrl: gh.url,
        inputs: { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false' },
        env: { PATH: `${w.bin}:${process.env.PATH}` },
        timeoutMs: 240_000,
      });
      expect(r.exitCode).toBe(1);
      expect(gh.state.issues).toHaveLength(1);
      expect(gh.state.issues[0]?.labels).toEqual(['scan-gate']);
      expect(gh.state.issues[0]?.body).toMatch(/github-pat/);
      const everything = JSON.stringify(gh.state.issues) + JSON.stringify(gh.requests) + r.stdout + r.summary;
      for (const secret of w.secrets) expect(everything.includes(secret)).toBe(false);
    } finally {
      await gh.close();
    }
  }, 300_000);
});

describe('end to end: events and fork PRs', () => {
  it('a fork PR (read-only token) gates and writes the summary; the 403 comment is a notice, not a failure', async () => {
    const gh = await startFakeGithub();
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'fork-'));
      mkdirSync(path.join(ws, 'r'));
      writeFileSync(
        path.join(ws, 'r', 'x.sarif'),
        JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint', rules: [] } }, results: [] }] }),
      );
      gh.fault('issues/list-comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
      const r = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        apiUrl: gh.url,
        event: {
          pull_request: {
            number: 9,
            head: { sha: 'd'.repeat(40), repo: { full_name: 'someone/fork' } },
            base: { sha: 'e'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
          },
        },
        inputs: { scanners: 'sarif', 'sarif-files': 'r/*.sarif' },
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(r.stdout).toMatch(/::notice::SARIF upload skipped: a fork pull request has a read-only token/);
      expect(r.stdout).toMatch(/::notice::PR comment skipped: the token is read-only/);
      expect(r.summary).toMatch(/scan-gate: passed/);
      expect(gh.state.sarifs).toHaveLength(0);
    } finally {
      await gh.close();
    }
  });

  it('pull_request_target refuses to scan the untrusted head', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'prt-'));
    const head = 'f'.repeat(40);
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      env: { GITHUB_SHA: head },
      event: { pull_request: { number: 3, head: { sha: head }, base: { sha: '1'.repeat(40) } } },
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false', comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Refusing to scan the pull request head on `pull_request_target`/);
  });
});

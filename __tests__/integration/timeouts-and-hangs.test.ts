/**
 * A scanner-timeout too large for Node's timers is refused. Whatever the GitHub API does — never answer, rate limit for an hour, loop its pagination — the bundled
 * action reaches and reports its verdict within a bounded time, with a warning saying what went wrong.
 * The API budgets are shortened through the internal SCAN_GATE_API_* variables so the tests take seconds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { fakeGitleaks } from '../harness/fake-scanner.js';
import { runAction } from '../harness/run-action.js';

const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
    base: { sha: 'c'.repeat(40), repo: { full_name: 'o/r' } },
  },
};
const SHORT_BUDGETS = { SCAN_GATE_API_TIMEOUT_MS: '400', SCAN_GATE_API_BUDGET_MS: '2500' };

function sarifWorkspace(results: unknown[]): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'api-limits-ws-'));
  const rules = [{ id: 'no-eval', shortDescription: { text: 'eval is dangerous' } }];
  writeFileSync(
    path.join(ws, 'lint.sarif'),
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint', rules } }, results }] }),
  );
  return ws;
}
const BLOCKING = {
  ruleId: 'no-eval',
  level: 'error',
  message: { text: 'eval of user input' },
  locations: [{ physicalLocation: { artifactLocation: { uri: 'app.js' }, region: { startLine: 3 } } }],
};

async function gate(gh: FakeGithub, opts: { results?: unknown[]; env?: Record<string, string> } = {}) {
  const started = Date.now();
  const r = await runAction({
    workspace: sarifWorkspace(opts.results ?? []),
    eventName: 'pull_request',
    event: PR_EVENT,
    apiUrl: gh.url,
    inputs: { scanners: 'sarif', 'sarif-files': '*.sarif' },
    env: opts.env,
    timeoutMs: 60_000,
  });
  return { ...r, elapsedMs: Date.now() - started };
}

describe('GitHub API limits (bundled action)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => gh.close());

  it('an API that accepts connections and never answers: pass verdict reported in bounded time, with warnings', async () => {
    gh.fault('*', { status: 0, hang: true }, 1000);
    const r = await gate(gh, { env: SHORT_BUDGETS });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    // No HTTP status is claimed for a request that never got an answer.
    expect(r.stdout).toMatch(/::warning::SARIF for sarif not uploaded: the GitHub API did not answer within 0\.4 s/);
    expect(r.stdout).toMatch(/::warning::PR comment not written \(.*(time budget|did not answer)/);
    expect(r.summary).toMatch(/PASS|passed/i);
    expect(r.elapsedMs).toBeLessThan(30_000);
  }, 70_000);

  it('a silent API does not turn a failing verdict into "no verdict": fail reported with its reason', async () => {
    gh.fault('*', { status: 0, hang: true }, 1000);
    const r = await gate(gh, { results: [BLOCKING], env: SHORT_BUDGETS });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/the policy failed/);
    expect(r.stdout).not.toMatch(/No verdict was reached/);
    expect(r.elapsedMs).toBeLessThan(30_000);
  }, 70_000);

  it('a primary rate limit resetting in an hour: a warning with the reset time, no wait, verdict reported', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fault(
      'issues/list-comments',
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': reset },
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      },
      5,
    );
    const r = await gate(gh);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/::warning::PR comment not written \(HTTP 403: .*rate limit exhausted until 20\d\d-/);
    expect(r.elapsedMs).toBeLessThan(30_000);
  }, 70_000);

  it('a Link rel="next" that loops back to the same page is not followed forever', async () => {
    gh.fault('issues/list-comments', { status: 200, body: [], linkToSelf: true }, 10_000);
    const r = await gate(gh);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/::warning::PR comment not written \(.*pagination loops/);
    const listings = gh.requests.filter((q) => q.operationId === 'issues/list-comments');
    expect(listings.length).toBeLessThanOrEqual(3);
    expect(r.elapsedMs).toBeLessThan(30_000);
  }, 70_000);

  it('the API answering normally still publishes (the limits do not get in the way)', async () => {
    const r = await gate(gh, { results: [BLOCKING], env: SHORT_BUDGETS });
    expect(r.exitCode).toBe(1);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.sarifs).toHaveLength(1);
    expect(r.stdout).not.toMatch(/::warning::(PR comment|SARIF)/);
  }, 70_000);
});

describe('the API time budget counts from the first API call (bundled action)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => gh.close());

  it('a scan longer than the whole budget still leaves reporting its full budget: the comment is written', async () => {
    // The scanner takes 3.5 s; the budget is 2.5 s. Counted from when the client was built, reporting
    // would find the budget used up before its first call.
    const bin = fakeGitleaks("setTimeout(() => fs.writeFileSync(report, '[]'), 3500);");
    const r = await runAction({
      workspace: sarifWorkspace([]),
      eventName: 'pull_request',
      event: PR_EVENT,
      apiUrl: gh.url,
      inputs: { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false' },
      env: { ...SHORT_BUDGETS, PATH: `${bin}:${process.env.PATH}` },
      timeoutMs: 60_000,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(/time budget/);
    expect(gh.state.comments).toHaveLength(1);
  }, 70_000);
});

describe('scanner-timeout beyond what a timer can hold (bundled action)', () => {
  it('600h (over 2^31 ms, which setTimeout fires after 1 ms) is a configuration error naming the maximum', async () => {
    const r = await runAction({
      workspace: sarifWorkspace([]),
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'scanner-timeout': '600h', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::Configuration error: Input `scanner-timeout` is at most 24h \(got "600h"\)/);
  }, 60_000);

  it('24h, the maximum, is accepted and the gate runs', async () => {
    const r = await runAction({
      workspace: sarifWorkspace([]),
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'scanner-timeout': '24h', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
  }, 60_000);
});

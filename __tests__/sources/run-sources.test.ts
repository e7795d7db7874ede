import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { createAlertsApi } from '../../src/github/alerts-api.js';
import { runSources } from '../../src/sources/run-sources.js';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { fakeGithubToken } from '../harness/git-repo.js';
import { policyFrom } from '../policy/helpers.js';
import { githubExample } from './fixtures.js';

let gh: FakeGithub;
beforeEach(async () => {
  gh = await startFakeGithub();
});
afterEach(async () => {
  await gh.close();
});

const api = (maxPages?: number) =>
  createAlertsApi({ token: 't', baseUrl: gh.url, owner: 'octo-org', repo: 'octo-repo', retryDelayMs: 1, maxPages });
const ctx = { policy: policyFrom('version: 1\n'), ref: 'refs/heads/main' };

function run(ids: Parameters<typeof runSources>[0]['ids'], explicit: boolean, maxPages?: number) {
  const notices: string[] = [];
  const result = runSources({
    ids,
    explicit,
    api: api(maxPages),
    ctx,
    log: () => undefined,
    notice: (m) => notices.push(m),
  });
  return { result, notices };
}

describe('alert sources against the fake GitHub API (OpenAPI-checked)', () => {
  it('reads every page of Dependabot alerts (cursor pagination)', async () => {
    const [, open] = githubExample('dependabot/list-alerts-for-repo');
    gh.state.dependabotAlerts = Array.from({ length: 150 }, (_, i) => ({ ...open, number: i + 1 }));
    const { result } = run(['dependabot'], true);
    const { raw, runs } = await result;
    expect(raw).toHaveLength(150);
    expect(runs[0]).toMatchObject({ id: 'dependabot', status: 'ok', findings: 150 });
    const calls = gh.requests.filter((r) => r.operationId === 'dependabot/list-alerts-for-repo');
    expect(calls.map((c) => c.status)).toEqual([200, 200]);
    expect(calls[0]?.search).toContain('state=open%2Cdismissed%2Cauto_dismissed');
  });

  it('reads every page of code scanning alerts (page numbers in the Link header) on the scanned ref', async () => {
    const [codeql] = githubExample('code-scanning/list-alerts-for-repo');
    gh.state.codeScanningAlerts = Array.from({ length: 230 }, (_, i) => ({ ...codeql, number: i + 1 }));
    const { raw } = await run(['code-scanning'], true).result;
    expect(raw).toHaveLength(230);
    const calls = gh.requests.filter((r) => r.operationId === 'code-scanning/list-alerts-for-repo');
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.search?.includes('ref=refs%2Fheads%2Fmain'))).toBe(true);
  });

  it('an alert list beyond the page bound is an error, never a silently cut list', async () => {
    const [, open] = githubExample('dependabot/list-alerts-for-repo');
    gh.state.dependabotAlerts = Array.from({ length: 250 }, (_, i) => ({ ...open, number: i + 1 }));
    const { runs } = await run(['dependabot'], false, 2).result;
    expect(runs[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/more than 200 alerts/) });
  });

  it('an answer that is not a list is an error, never read as no alerts', async () => {
    gh.fault('dependabot/list-alerts-for-repo', { status: 200, body: { message: 'maintenance' } });
    const { runs } = await run(['dependabot'], true).result;
    expect(runs[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/not a list of alerts/) });
  });

  it('picked by auto, a source the token cannot read is skipped with a notice naming the permission', async () => {
    gh.fault('dependabot/list-alerts-for-repo', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    gh.fault('code-scanning/list-alerts-for-repo', { status: 404, body: { message: 'Not Found' } });
    const { result, notices } = run(['dependabot', 'code-scanning'], false);
    const { runs } = await result;
    expect(runs.map((r) => [r.id, r.status])).toEqual([
      ['dependabot', 'skipped'],
      ['code-scanning', 'skipped'],
    ]);
    expect(notices[0]).toMatch(
      /^dependabot skipped: scan-gate cannot read Dependabot alerts \(HTTP 403: Resource not accessible by integration\): it needs `vulnerability-alerts: read`/,
    );
    expect(notices[1]).toMatch(/it needs `security-events: read`/);
  });

  it("the API's error message is external text: a secret it quotes is masked in the run error and the notice", async () => {
    const token = fakeGithubToken();
    gh.fault('dependabot/list-alerts-for-repo', { status: 422, body: { message: `invalid cursor ${token}` } }, 5);
    gh.fault('code-scanning/list-alerts-for-repo', { status: 404, body: { message: `Not Found ${token}` } }, 5);
    const { result, notices } = run(['dependabot', 'code-scanning'], false);
    const { runs } = await result;
    expect(runs[0]?.error).toMatch(/^dependabot failed: HTTP 422: invalid cursor \*\*\*/);
    expect(notices.join('\n')).toContain('HTTP 404: Not Found ***');
    expect(JSON.stringify({ runs, notices })).not.toContain(token);
  });

  it('a rate limit is not a missing permission: the source is an error (fails closed), never skipped or a config error', async () => {
    const limited = {
      status: 403,
      body: { message: 'API rate limit exceeded for installation.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    };
    gh.fault('dependabot/list-alerts-for-repo', limited, 5);
    gh.fault('secret-scanning/list-alerts-for-repo', limited, 5);
    const { result, notices } = run(['dependabot', 'secret-scanning'], false);
    const { runs } = await result;
    expect(runs.map((r) => [r.id, r.status])).toEqual([
      ['dependabot', 'error'],
      ['secret-scanning', 'error'],
    ]);
    expect(runs[0]?.error).toMatch(/rate limit exhausted until/);
    expect(notices.join('\n')).not.toMatch(/skipped/);
    gh.fault('secret-scanning/list-alerts-for-repo', limited, 5);
    const listed = await run(['secret-scanning'], true).result;
    expect(listed.runs[0]).toMatchObject({ id: 'secret-scanning', status: 'error' });
  });

  it('listed in scanners, an unreadable source is a scanner error (fails closed), not an empty pass', async () => {
    gh.fault('dependabot/list-alerts-for-repo', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const { runs } = await run(['dependabot'], true).result;
    expect(runs[0]).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/^dependabot cannot read Dependabot alerts \(HTTP 403/),
    });
  });

  it('listed in scanners, secret-scanning without a token that can read it is a configuration error', async () => {
    gh.fault('secret-scanning/list-alerts-for-repo', { status: 404, body: { message: 'Not Found' } });
    const attempt = run(['secret-scanning'], true).result;
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    gh.fault('secret-scanning/list-alerts-for-repo', { status: 404, body: { message: 'Not Found' } });
    await expect(run(['secret-scanning'], true).result).rejects.toThrow(
      /scanners lists secret-scanning, but scan-gate cannot read Secret scanning alerts .*"Secret scanning alerts: read" \(the workflow `GITHUB_TOKEN` cannot have it\)/,
    );
  });

  it('a server error after retries is a scanner error even under auto', async () => {
    gh.fault('code-scanning/list-alerts-for-repo', { status: 503, body: { message: 'Service unavailable' } }, 4);
    const { runs } = await run(['code-scanning'], false).result;
    expect(runs[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/HTTP 503/) });
  });

  it('a rate limit (429 with retry-after) is waited out and the read retried, like the other API calls', async () => {
    const [, open] = githubExample('dependabot/list-alerts-for-repo');
    gh.state.dependabotAlerts = [open as Record<string, unknown>];
    gh.fault('dependabot/list-alerts-for-repo', {
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit' },
      headers: { 'retry-after': '1' },
    });
    const { runs } = await run(['dependabot'], true).result;
    expect(runs[0]).toMatchObject({ status: 'ok', findings: 1 });
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("dependency review passes on GitHub's snapshot warnings (base64 header) as a notice and a note", async () => {
    gh.state.dependencyDiffs['b...c'] = githubExample('dependency-graph/diff-range');
    gh.state.dependencySnapshotWarnings = 'The head commit has no snapshot from the Gradle submission yet.';
    const notices: string[] = [];
    const { runs, raw } = await runSources({
      ids: ['dependency-review'],
      explicit: true,
      api: api(),
      ctx: { ...ctx, pullRequest: { base: 'b', head: 'c' } },
      log: () => undefined,
      notice: (m) => notices.push(m),
    });
    expect(raw).toHaveLength(1);
    const expected =
      'GitHub says the dependency diff may be incomplete: The head commit has no snapshot from the Gradle submission yet.';
    expect(notices).toEqual([`dependency-review: ${expected}`]);
    expect(runs[0]?.note).toBe(expected);
  });

  it('secret scanning is always asked with hide_secret=true', async () => {
    await run(['secret-scanning'], false).result;
    const call = gh.requests.find((r) => r.operationId === 'secret-scanning/list-alerts-for-repo');
    expect(call?.search).toContain('hide_secret=true');
  });

  it('without an API (local run), listing a source is a configuration error; auto leaves sources out', async () => {
    const base = { ctx, log: () => undefined, notice: () => undefined };
    await expect(runSources({ ...base, ids: ['dependabot'], explicit: true })).rejects.toThrow(/needs github-token/);
    await expect(runSources({ ...base, ids: ['dependabot'], explicit: false })).resolves.toEqual({ raw: [], runs: [] });
  });
});

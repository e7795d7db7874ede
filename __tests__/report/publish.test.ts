import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGithubApi } from '../../src/github/octokit.js';
import { publishPrComment } from '../../src/report/comment-publisher.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { COMMENT_LIMIT, renderPrComment } from '../../src/report/pr-comment.js';
import { buildSarifLogs } from '../../src/report/sarif/build.js';
import { uploadSarifLogs } from '../../src/report/sarif/upload.js';
import { publishTrackingIssue } from '../../src/report/tracking-issue.js';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { manyFindings, reportOf } from './build-report.js';

let gh: FakeGithub;
beforeEach(async () => {
  gh = await startFakeGithub();
});
afterEach(async () => {
  await gh.close();
});
const api = () =>
  createGithubApi({ token: 'test-token', baseUrl: gh.url, owner: 'octo-org', repo: 'octo-repo', retryDelayMs: 5 });

describe('the fake GitHub API checks requests against the OpenAPI description', () => {
  it('rejects an unknown path, a body with a wrong field, and a ref that breaks the pattern', async () => {
    const post = (p: string, body: unknown) =>
      fetch(`${gh.url}${p}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    expect((await post('/repos/o/r/no-such-endpoint', {})).status).toBe(404);
    const wrongField = await post('/repos/o/r/issues/1/comments', { text: 'hello' });
    expect(wrongField.status).toBe(422);
    expect(((await wrongField.json()) as { message: string }).message).toMatch(/must have required property 'body'/);
    const badRef = await post('/repos/o/r/code-scanning/sarifs', {
      commit_sha: 'a'.repeat(40),
      ref: 'main',
      sarif: 'H4sI',
    });
    expect(badRef.status).toBe(422);
    expect(((await badRef.json()) as { message: string }).message).toMatch(/ref must match pattern/);
    expect((await post('/repos/o/r/issues/1/comments', { body: 'ok' })).status).toBe(201);
    expect(gh.requests.map((r) => r.rejected ?? 'ok')).toEqual([
      'unknown operation',
      expect.stringMatching(/body/),
      expect.stringMatching(/ref/),
      'ok',
    ]);
  });
});

describe('the fake GitHub API checks path and query parameters', () => {
  it('rejects a non-numeric issue number and a state outside the enum, accepts what Octokit sends', async () => {
    const bad = await fetch(`${gh.url}/repos/o/r/issues/seven/comments`);
    expect(bad.status).toBe(404);
    expect(((await bad.json()) as { message: string }).message).toMatch(/path parameter issue_number/);
    const state = await fetch(`${gh.url}/repos/o/r/issues?state=bogus`);
    expect(state.status).toBe(422);
    expect(((await state.json()) as { message: string }).message).toMatch(/query parameter state/);
    expect(await api().listIssueComments(7)).toEqual([]);
    expect(gh.requests.at(-1)).toMatchObject({ status: 200 });
    expect(gh.requests.at(-1)?.rejected).toBeUndefined();
  });
});

describe('sticky PR comment', () => {
  it('creates one comment, then updates it in place on the next run', async () => {
    const first = await publishPrComment(api(), {
      report: reportOf(manyFindings(3)),
      body: renderPrComment(reportOf(manyFindings(3))),
    });
    const again = reportOf(manyFindings(5), { event: { runId: '101' } });
    const second = await publishPrComment(api(), { report: again, body: renderPrComment(again) });
    expect(gh.state.comments).toHaveLength(1);
    expect(first.url).toBe(second.url);
    expect(gh.state.comments[0]?.body).toContain('run=101');
    expect(gh.requests.every((r) => !r.rejected)).toBe(true);
  });

  it('two runs racing leave exactly one comment (the oldest is kept, duplicates deleted)', async () => {
    const a = reportOf(manyFindings(2), { event: { runId: '200' } });
    const b = reportOf(manyFindings(2), { event: { runId: '201' } });
    // Both created their comment before seeing the other's:
    await api().createIssueComment(7, renderPrComment(a));
    await api().createIssueComment(7, renderPrComment(b));
    const r = await publishPrComment(api(), { report: b, body: renderPrComment(b) });
    expect(r.warnings).toEqual([]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]?.body).toContain('run=201');
  });

  it('two runs publishing at the same time converge on one comment with the newer run in it', async () => {
    const a = reportOf(manyFindings(2), { event: { runId: '210' } });
    const b = reportOf(manyFindings(3), { event: { runId: '211' } });
    const results = await Promise.all([
      publishPrComment(api(), { report: a, body: renderPrComment(a) }),
      publishPrComment(api(), { report: b, body: renderPrComment(b) }),
    ]);
    expect(results.flatMap((r) => r.warnings)).toEqual([]);
    // Both listed before either created: the fake saw two creates, and the race was cleaned up.
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(2);
    expect(gh.state.comments).toHaveLength(1);
    expect(results[0]?.url).toBe(results[1]?.url);
    expect(gh.state.comments[0]?.body).toContain('run=211');
    expect(gh.requests.every((r) => !r.rejected)).toBe(true);
  });

  it('an older run never overwrites the comment written for a newer head', async () => {
    const newer = reportOf(manyFindings(1), { event: { runId: '300', headSha: 'c'.repeat(40) } });
    await publishPrComment(api(), { report: newer, body: renderPrComment(newer) });
    const older = reportOf(manyFindings(9), { event: { runId: '299', headSha: 'b'.repeat(40) } });
    const r = await publishPrComment(api(), { report: older, body: renderPrComment(older) });
    expect(r.notices[0]).toMatch(/already reported a newer head/);
    expect(gh.state.comments[0]?.body).toContain('run=300');
  });

  it('separate instances keep separate comments', async () => {
    const a = reportOf(manyFindings(1));
    const b = reportOf(manyFindings(1), { instance: 'images' });
    await publishPrComment(api(), { report: a, body: renderPrComment(a) });
    await publishPrComment(api(), { report: b, body: renderPrComment(b) });
    expect(gh.state.comments).toHaveLength(2);
  });

  it('a 10,000-finding report yields a comment under 65,536 characters', () => {
    const body = renderPrComment(reportOf(manyFindings(10_000, ['trivy', 'grype', 'bandit'])));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(/… and \d+ more blocking findings: see \[the job summary\]/);
  });

  it('403 (fork, read-only token) is a notice; 422 is a warning; the verdict is untouched', async () => {
    const report = reportOf(manyFindings(2));
    gh.fault('issues/list-comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const forbidden = await publishPrComment(api(), { report, body: renderPrComment(report) });
    expect(forbidden.notices[0]).toMatch(/read-only \(fork or Dependabot pull request\?\)/);
    gh.fault('issues/create-comment', { status: 422, body: { message: 'Validation Failed' } });
    const invalid = await publishPrComment(api(), { report, body: renderPrComment(report) });
    expect(invalid.warnings[0]).toMatch(/PR comment not written \(HTTP 422: Validation Failed\)/);
    expect(report.verdict.verdict).toBe('fail');
  });

  it('500 then success is retried', async () => {
    const report = reportOf(manyFindings(2));
    gh.fault('issues/create-comment', { status: 500 }, 1);
    const r = await publishPrComment(api(), { report, body: renderPrComment(report) });
    expect(r.warnings).toEqual([]);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([
      500, 201,
    ]);
  });
});

describe('scanner text is inert in the comment and the summary', () => {
  const hostile = `<img src=x onerror=alert(1)> @everyone [click](https://evil.example) \`\`\` ![x](y) | ::set-output name=x::y`;
  it.each([
    ['comment', (r: ReturnType<typeof reportOf>) => renderPrComment(r)],
    ['summary', (r: ReturnType<typeof reportOf>) => renderJobSummary(r)],
  ])('%s', (_n, render) => {
    const text = render(
      reportOf(manyFindings(1, ['trivy'], { title: hostile, ruleId: '<script>', severity: 'critical' })),
    );
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/@everyone/);
    expect(text).not.toContain('[click](https://evil.example)');
    expect(text).not.toContain('```');
    expect(text).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
  });
});

describe('SARIF upload', () => {
  it('uploads gzip+base64 per scanner with ref and sha, polls to completion, returns the ids', async () => {
    const report = reportOf(manyFindings(4, ['trivy', 'bandit']));
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy', 'bandit'] });
    const r = await uploadSarifLogs(api(), { report, logs, pollIntervalMs: 1, pollAttempts: 5 });
    expect(r.warnings).toEqual([]);
    expect(r.ids).toHaveLength(2);
    expect(gh.state.sarifs.map((s) => [s.ref, s.commit_sha])).toEqual([
      ['refs/pull/7/merge', 'a'.repeat(40)],
      ['refs/pull/7/merge', 'a'.repeat(40)],
    ]);
    expect(gh.state.sarifs[0]?.sarif).toEqual(logs[0]?.log);
  });

  it('403 (code scanning off) is a warning; processing failure is surfaced', async () => {
    const report = reportOf(manyFindings(2));
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] });
    gh.fault('code-scanning/upload-sarif', { status: 403, body: { message: 'Advanced Security must be enabled' } });
    const off = await uploadSarifLogs(api(), { report, logs, pollIntervalMs: 1 });
    expect(off.warnings[0]).toMatch(
      /code scanning is not enabled for this repository, or the token lacks `security-events: write`/,
    );
    gh.sarifOutcome('failed');
    const failed = await uploadSarifLogs(api(), { report, logs, pollIntervalMs: 1, pollAttempts: 5 });
    expect(failed.warnings[0]).toMatch(/Code scanning could not process SARIF upload .*expected artifact location/);
  });

  it('sends started_at, tool_name and checkout_uri; 404 is a warning; 500 then success is retried', async () => {
    const report = reportOf(manyFindings(2));
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] });
    gh.fault('code-scanning/upload-sarif', { status: 500 }, 1);
    const ok = await uploadSarifLogs(api(), {
      report,
      logs,
      checkoutUri: 'file:///home/runner/work/octo-repo/octo-repo',
      pollIntervalMs: 1,
      pollAttempts: 5,
    });
    expect(ok).toMatchObject({ ids: [expect.any(String)], warnings: [] });
    const uploads = gh.requests.filter((q) => q.operationId === 'code-scanning/upload-sarif');
    expect(uploads.map((q) => q.status)).toEqual([500, 202]);
    expect(uploads[1]?.body).toMatchObject({
      commit_sha: 'a'.repeat(40),
      ref: 'refs/pull/7/merge',
      started_at: '2026-11-22T12:00:00.000Z',
      tool_name: 'scan-gate/trivy',
      checkout_uri: 'file:///home/runner/work/octo-repo/octo-repo',
    });
    gh.fault('code-scanning/upload-sarif', { status: 404, body: { message: 'Not Found' } });
    const missing = await uploadSarifLogs(api(), { report, logs, pollIntervalMs: 1 });
    expect(missing.ids).toEqual([]);
    expect(missing.warnings[0]).toMatch(/code scanning is not enabled .* The gate still decided from local results/);
    expect(gh.requests.every((r) => !r.rejected)).toBe(true);
  });

  it('never uploads pull_request_target results', async () => {
    const report = reportOf(manyFindings(1), { event: { name: 'pull_request_target', ref: 'refs/heads/main' } });
    const r = await uploadSarifLogs(api(), { report, logs: [], pollIntervalMs: 1 });
    expect(r.warnings[0]).toMatch(/SARIF not uploaded/);
    expect(gh.requests).toHaveLength(0);
  });
});

describe('tracking issue across four nightly runs', () => {
  const nightly = (n: number, run: string) => {
    const r = reportOf(manyFindings(n), {
      event: { name: 'schedule', prNumber: undefined, ref: 'refs/heads/main', runId: run },
    });
    // The first finding has been open since October and is past its SLA.
    const findings = r.verdict.findings.map((f, i) =>
      i === 0 ? { ...f, firstSeen: '2026-10-01T00:00:00Z', overdue: true } : f,
    );
    return { ...r, verdict: { ...r.verdict, findings, overdue: n > 0 ? 1 : 0 } };
  };

  it('is created, updated, closed when clean, and reopened when findings return', async () => {
    // Someone else's issue with the same label but no marker of ours is left alone.
    await api().createIssue({ title: 'unrelated', body: 'hand-written', labels: ['scan-gate'] });
    const ours = () => gh.state.issues.filter((i) => i.title !== 'unrelated');
    await publishTrackingIssue(api(), { report: nightly(3, '1') });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', labels: ['scan-gate'] });
    expect(ours()[0]?.body).toContain('<!-- scan-gate:issue instance=default -->');
    expect(ours()[0]?.body).toMatch(/\(1 overdue\)/);
    expect(ours()[0]?.body).toMatch(/new, overdue \| 2026-10-01 \|/);
    const second = await publishTrackingIssue(api(), { report: nightly(8, '2') });
    expect(second.warnings).toEqual([]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.title).toMatch(/^scan-gate: [1-9]\d* blocking security findings?$/);
    expect(ours()[0]?.body).toContain('actions/runs/100');
    await publishTrackingIssue(api(), { report: nightly(0, '3') });
    expect(ours()[0]?.state).toBe('closed');
    expect(ours()[0]?.comments[0]).toMatch(/Resolved/);
    await publishTrackingIssue(api(), { report: nightly(2, '4') });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.state).toBe('open');
    expect(ours()[0]?.title).toMatch(/scan-gate: \d+ blocking security finding/);
    expect(gh.state.issues.find((i) => i.title === 'unrelated')).toMatchObject({ body: 'hand-written', state: 'open' });
    expect(gh.requests.every((r) => !r.rejected)).toBe(true);
  });

  it('a clean run with no issue open does nothing; an API failure is a warning', async () => {
    expect(await publishTrackingIssue(api(), { report: nightly(0, '5') })).toEqual({ warnings: [] });
    expect(gh.state.issues).toEqual([]);
    gh.fault('issues/list-for-repo', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await publishTrackingIssue(api(), { report: nightly(2, '6') });
    expect(r.warnings[0]).toMatch(/Tracking issue not updated \(HTTP 403.*issues: write/);
  });
});

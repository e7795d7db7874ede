import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGithubApi } from '../../src/github/octokit.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { Baseline } from '../../src/policy/types.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { renderReportJson } from '../../src/report/report-json.js';
import { ageBands, medianTimeToResolve, resolutionSection } from '../../src/report/resolution.js';
import { publishTrackingIssue, renderTrackingIssue } from '../../src/report/tracking-issue.js';
import type { RunReport } from '../../src/report/types.js';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { manyFindings, reportOf } from './build-report.js';

const day = 86_400_000;
const at = (iso: string, days: number) => new Date(Date.parse(iso) - days * day).toISOString();
const NOW = '2026-11-22T12:00:00.000Z';

/** A run with 3 findings still present and 2 gone since the baseline, plus an older resolution in its history. */
function runWithHistory(): RunReport {
  const base = reportOf(manyFindings(3, ['trivy'], { severity: 'high' }));
  const findings = base.verdict.findings;
  const baseline: Baseline = {
    version: 1,
    createdAt: at(NOW, 1),
    entries: {
      [findings[0]?.fingerprint ?? '']: { firstSeen: at(NOW, 0.5), severity: 'high' },
      [findings[1]?.fingerprint ?? '']: { firstSeen: at(NOW, 10), severity: 'high' },
      [findings[2]?.fingerprint ?? '']: { firstSeen: at(NOW, 100), severity: 'high' },
      'gone-1': { firstSeen: at(NOW, 4), severity: 'high', ruleId: 'CVE-1' },
      'gone-2': { firstSeen: at(NOW, 2), severity: 'high', ruleId: 'CVE-2' },
    },
    resolved: [{ fingerprint: 'old', severity: 'critical', firstSeen: at(NOW, 30), fixedAt: at(NOW, 29) }],
  };
  const verdict = evaluatePolicy({
    findings: findings.map(({ status: _s, blocking: _b, ...f }) => f),
    policy: base.policy,
    mode: 'all',
    baseline,
    scanners: base.scanners,
    now: new Date(NOW),
  });
  return { ...base, verdict, startedAt: NOW };
}

describe('resolution times', () => {
  it('report.json records first seen and, for findings gone since the baseline, when they were fixed', () => {
    const json = renderReportJson(runWithHistory());
    expect(json.fixed).toEqual([
      expect.objectContaining({ fingerprint: 'gone-1', firstSeen: at(NOW, 4), fixedAt: NOW, timeToResolveMs: 4 * day }),
      expect.objectContaining({ fingerprint: 'gone-2', firstSeen: at(NOW, 2), fixedAt: NOW, timeToResolveMs: 2 * day }),
    ]);
  });

  it('open findings by age band and the median time to resolve by severity over the baseline history', () => {
    const report = runWithHistory();
    expect(ageBands(report)).toEqual([
      { label: '< 1 day', count: 1 },
      { label: '1–7 days', count: 0 },
      { label: '8–30 days', count: 1 },
      { label: '31–90 days', count: 0 },
      { label: '> 90 days', count: 1 },
    ]);
    expect(medianTimeToResolve(report)).toEqual([
      { severity: 'critical', medianMs: day, count: 1 },
      { severity: 'high', medianMs: 3 * day, count: 2 },
    ]);
    const section = resolutionSection(report).join('\n');
    expect(section).toContain('| high | 3 days | 2 |');
    expect(renderJobSummary(report)).toContain('| count | 1 | 0 | 1 | 0 | 1 |');
    expect(renderTrackingIssue(report).body).toContain('| critical | 24 h | 1 |');
  });

  it('the saved baseline keeps the history: gone findings become resolutions with first-seen and fixed dates', () => {
    const report = runWithHistory();
    const previous: Baseline = {
      version: 1,
      createdAt: at(NOW, 1),
      entries: { 'gone-1': { firstSeen: at(NOW, 4), severity: 'high' } },
      resolved: [{ fingerprint: 'old', severity: 'critical', firstSeen: at(NOW, 30), fixedAt: at(NOW, 29) }],
    };
    const next = buildBaseline({ findings: report.verdict.findings, previous, now: new Date(NOW) });
    expect(next.resolved).toEqual([
      previous.resolved?.[0],
      { fingerprint: 'gone-1', severity: 'high', firstSeen: at(NOW, 4), fixedAt: NOW },
    ]);
    expect(Object.keys(next.entries)).toHaveLength(3);
  });

  it('says so when nothing has been resolved yet', () => {
    expect(resolutionSection(reportOf(manyFindings(1))).join('\n')).toMatch(/no resolved findings recorded yet/);
  });
});

describe('tracking issue notification', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => {
    await gh.close();
  });
  const api = () =>
    createGithubApi({ token: 't', baseUrl: gh.url, owner: 'octo-org', repo: 'octo-repo', retryDelayMs: 5 });
  const nightly = (overdue: number): RunReport => {
    const r = reportOf(manyFindings(4), { event: { name: 'schedule', prNumber: undefined, ref: 'refs/heads/main' } });
    return { ...r, verdict: { ...r.verdict, overdue } };
  };
  const notify = { assignees: ['octocat'], mentions: ['octo-org/security', 'alice'] };

  it('assigns and mentions when the issue opens; mentions again only when more findings become overdue', async () => {
    await publishTrackingIssue(api(), { report: nightly(0), notify });
    const issue = () => gh.state.issues[0];
    expect(issue()?.assignees).toEqual(['octocat']);
    expect(issue()?.body).toContain('cc @octo-org/security @alice');
    await publishTrackingIssue(api(), { report: nightly(0), notify });
    expect(issue()?.comments).toEqual([]);
    await publishTrackingIssue(api(), { report: nightly(2), notify });
    expect(issue()?.comments).toEqual(['⏰ SLA breached: 2 findings are overdue. cc @octo-org/security @alice']);
    await publishTrackingIssue(api(), { report: nightly(2), notify });
    expect(issue()?.comments).toHaveLength(1);
    expect(gh.requests.every((r) => !r.rejected)).toBe(true);
  });

  it('without mentions no comment is posted; without assignees none are sent', async () => {
    await publishTrackingIssue(api(), { report: nightly(1) });
    await publishTrackingIssue(api(), { report: nightly(3) });
    expect(gh.state.issues[0]?.assignees).toEqual([]);
    expect(gh.state.issues[0]?.comments).toEqual([]);
    const create = gh.requests.find((r) => r.operationId === 'issues/create');
    expect(create?.body).not.toHaveProperty('assignees');
  });
});

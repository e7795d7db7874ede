import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IgnoreRule } from '../../src/config/types.js';
import { bySeverityDesc } from '../../src/findings/finding.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { md } from '../../src/report/escape.js';
import { renderJobSummary, SUMMARY_BUDGET } from '../../src/report/job-summary.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { renderReportJson, writeReportJson } from '../../src/report/report-json.js';
import { renderTrackingIssue } from '../../src/report/tracking-issue.js';
import type { RunReport } from '../../src/report/types.js';
import { manyFindings, reportOf } from './build-report.js';

const expired: IgnoreRule = {
  id: 'CVE-2020-0001',
  reason: 'waiting for upstream',
  expires: '2026-01-31',
  source: '.github/scan-gate.yml:12',
};
const unused: IgnoreRule = { id: 'B101', reason: 'asserts in tests', source: '.github/scan-gate.yml:15' };

function withIgnores(report: RunReport): RunReport {
  return { ...report, verdict: { ...report.verdict, expiredIgnores: [expired], unusedIgnores: [unused] } };
}

describe('report.json', () => {
  const report = withIgnores(
    reportOf(
      [
        ...manyFindings(6, ['trivy', 'bandit']),
        ...manyFindings(1, ['trivy'], { fingerprint: 'fp-nat', suppressed: { source: '.trivyignore' } }),
      ],
      { scanners: ['trivy', 'bandit', 'gitleaks'] },
    ),
  );
  const json = JSON.parse(JSON.stringify(renderReportJson(report)));

  it('is written streamed, byte for byte the compact rendering (with none, one and 2,500 findings)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-json-'));
    const many = reportOf(manyFindings(2_500, ['trivy', 'gitleaks']), { scanners: ['trivy', 'gitleaks'] });
    // Text beyond Latin-1 (and a title longer than the write buffer holds) among plain findings.
    const wide = manyFindings(250, ['trivy']).map((f, i) =>
      i % 60 === 7 ? { ...f, title: `${'Ünïcødé — ☃ 𝄞 '.repeat(i === 127 ? 40_000 : 3)}${i}` } : f,
    );
    const reports = [report, many, reportOf([], {}), reportOf(manyFindings(1, ['trivy']), {}), reportOf(wide, {})];
    for (const r of reports) {
      const file = path.join(dir, 'report.json');
      writeReportJson(file, r);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(renderReportJson(r))}\n`);
    }
  });

  it('has the documented schema (REPORT_SCHEMA.md): version, verdict, counts, findings, scanners, ignores, range, event', () => {
    expect(json).toMatchObject({
      schemaVersion: 1,
      verdict: 'fail',
      counts: { critical: 2, high: 1, medium: 1, low: 1, unknown: 1 },
      range: { description: 'aaaaaaa..bbbbbbb (3 commits)', commitCount: 3 },
      event: { name: 'pull_request', sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', pullRequest: 7 },
      ignores: { expired: [{ id: 'CVE-2020-0001', expires: '2026-01-31' }], unused: [{ id: 'B101' }] },
      generatedAt: '2026-11-22T12:00:05.000Z',
    });
    expect(json.findings).toHaveLength(7);
    expect(json.findings[0]).toMatchObject({
      scanner: 'trivy',
      sources: ['trivy'],
      ruleId: 'RULE-0',
      category: 'code',
      severity: 'critical',
      title: 'Finding number 0 in a dependency',
      location: { path: 'src/module-0/file-0.ts', startLine: 1 },
      fingerprint: 'fp-00000000',
      status: 'new',
      blocking: true,
      reason: expect.any(String),
    });
    expect(json.findings.find((f: { fingerprint: string }) => f.fingerprint === 'fp-nat')).toMatchObject({
      status: 'ignored',
      blocking: false,
      ignoredBy: { kind: 'native', source: '.trivyignore' },
    });
    expect(json.scanners.map((s: { id: string }) => s.id)).toEqual(['trivy', 'bandit', 'gitleaks']);
    expect(json.scanners[0]).toMatchObject({ id: 'trivy', version: '1.2.3', status: 'ok', durationMs: 1200 });
  });

  it('omits absent optional fields rather than writing null', () => {
    expect(JSON.stringify(json)).not.toContain('null');
    expect(json.findings[1]).not.toHaveProperty('package');
  });
});

describe('job summary', () => {
  it('tells the story: verdict, reasons, counts, scanners with versions, ignores, range, notes', () => {
    const report = withIgnores(reportOf(manyFindings(5), { scanners: ['trivy', 'gitleaks'] }));
    const text = renderJobSummary(
      { ...report, range: { description: 'abc..def (40 commits)', warning: 'shallow clone: set fetch-depth: 0' } },
      { lines: ['SARIF for trivy: 3 of 9 results left out'] },
    );
    expect(text).toMatch(/## ❌ scan-gate: failed — \d+ blocking findings/);
    expect(text).toContain('| trivy | 1.2.3 | ✅ ok | 5 | 1.2 s |');
    expect(text).toContain('| gitleaks | 1.2.3 | ✅ ok | 0 |');
    expect(text).toContain('expired ignore **CVE-2020-0001** (expired 2026-01-31');
    expect(text).toContain('unused ignore **B101**');
    expect(text).toContain('**Scanned range:** abc..def &#40;40 commits&#41;');
    expect(text).toContain('shallow clone: set fetch-depth: 0');
    expect(text).toContain('- SARIF for trivy: 3 of 9 results left out');
  });

  it('stays under 1 MiB with 60,000 findings and says how many were left out', () => {
    const text = renderJobSummary(reportOf(manyFindings(60_000, ['trivy', 'grype', 'bandit'])));
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(text).toMatch(/_… \d+ more not shown here \(size limit\); every finding is in report\.json\._/);
  });
});

describe('escaping scanner text', () => {
  it('neutralises HTML, links, images, code, mentions, tables and newlines', () => {
    const out = md('<a href="x">hi</a> & [l](u) ![i](j) `c` @org/team |x|\nnext');
    expect(out).not.toMatch(/[<>`|\n]|\]\(|@org/);
    expect(out).toContain('&lt;a href=&quot;x&quot;&gt;');
    expect(out).toContain('@\u200borg/team');
  });

  it('keeps the hostile title inert in the tracking issue too', () => {
    const report = reportOf(
      manyFindings(1, ['trivy'], { title: '<img src=x onerror=alert(1)> @everyone [x](https://e.example)' }),
      { event: { name: 'schedule' } },
    );
    const { body } = renderTrackingIssue(report);
    expect(body).not.toMatch(/<img|@everyone|\]\(https:\/\/e/);
  });

  it('keeps a 10,000-finding tracking issue body under 65,536 characters', () => {
    const long = 'x'.repeat(400);
    const { body } = renderTrackingIssue(
      reportOf(manyFindings(10_000, ['trivy'], { title: `<${long}>` }), { event: { name: 'schedule' } }),
    );
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/_… and \d+ more in report\.json and the job summary\._/);
  });

  it('puts file:line links to the scanned commit in the comment', () => {
    const body = renderPrComment(reportOf(manyFindings(1)));
    expect(body).toContain(
      `[src/module-0/file-0.ts:1](https://github.com/octo-org/octo-repo/blob/${'a'.repeat(40)}/src/module-0/file-0.ts#L1)`,
    );
    expect(body.startsWith(`<!-- scan-gate:comment instance=default head=${'b'.repeat(40)} run=100 -->`)).toBe(true);
  });
});

describe('annotations', () => {
  it('at most 10 errors (blocking, most severe first) and 10 warnings, without :: or newlines', () => {
    const findings = manyFindings(100, ['trivy'], { title: 'bad ::error::injected\nsecond line' });
    const list = selectAnnotations(reportOf(findings));
    const errors = list.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(list.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(errors[0]?.title).toMatch(/^critical /);
    for (const a of list) {
      expect(`${a.title}${a.message}`).not.toMatch(/::|\n/);
      expect(a.file).toMatch(/^src\//);
    }
  });

  it('picks the same ten per level as a full stable sort would (ties keep report order)', () => {
    const findings = manyFindings(500, ['trivy', 'bandit', 'gitleaks']);
    const report = reportOf(findings);
    const expected = (blocking: boolean) =>
      report.verdict.findings
        .filter((f) => f.blocking === blocking && f.status !== 'ignored')
        .sort(bySeverityDesc)
        .slice(0, 10)
        .map((f) => `${f.location.path}:${f.location.startLine}`);
    const got = (level: string) =>
      selectAnnotations(report)
        .filter((a) => a.level === level)
        .map((a) => `${a.file}:${a.line}`);
    expect(got('error')).toEqual(expected(true));
    expect(got('warning')).toEqual(expected(false));
  });

  it('skips ignored findings and image targets (no file to annotate)', () => {
    const list = selectAnnotations(
      reportOf([
        ...manyFindings(1, ['trivy'], { fingerprint: 'i', location: { path: 'docker://alpine:3.10' } }),
        ...manyFindings(1, ['trivy'], { fingerprint: 's', suppressed: { source: '.trivyignore' } }),
      ]),
    );
    expect(list).toEqual([]);
  });
});

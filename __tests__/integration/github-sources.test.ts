/**
 * The alert sources end to end: the bundled action against the fake GitHub API, which answers with
 * GitHub's own documented example responses (changed only where a scenario needs another state).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { type ActionResult, runAction } from '../harness/run-action.js';
import { alnum } from '../harness/secrets.js';
import { workspaceWith } from '../harness/workspace.js';
import { githubExample } from '../sources/fixtures.js';

let gh: FakeGithub;
beforeEach(async () => {
  gh = await startFakeGithub();
});
afterEach(async () => {
  // Every request the action made is one GitHub's OpenAPI description allows.
  const rejected = gh.requests.filter((r) => r.rejected);
  await gh.close();
  expect(rejected).toEqual([]);
});

function workspace(policy: string, files: Record<string, string> = {}): string {
  return workspaceWith({ '.github/scan-gate.yml': policy, ...files }, 'sources-');
}

interface ReportFinding {
  scanner: string;
  sources: string[];
  ruleId: string;
  category: string;
  status: string;
  blocking: boolean;
  reason?: string;
  firstSeen?: string;
  overdue?: boolean;
  ignoredBy?: { reason: string; source: string };
}
const reportOf = (r: ActionResult) =>
  JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8')) as {
    verdict: string;
    findings: ReportFinding[];
    reasons: string[];
  };

describe('nightly run over Dependabot alerts', () => {
  it('an alert older than its SLA blocks and is overdue in the tracking issue; a dismissed one is ignored with its reason', async () => {
    gh.state.dependabotAlerts = githubExample('dependabot/list-alerts-for-repo');
    const ws = workspace(
      'version: 1\nfail-on: critical\nsla:\n  critical: 24h\n  high: 48h\n  medium: 72h\nsla-blocks: true\n',
    );
    const r = await runAction({
      workspace: ws,
      eventName: 'schedule',
      apiUrl: gh.url,
      inputs: { scanners: 'dependabot', 'issue-assignees': 'octocat', 'issue-mentions': '@octo-org/security' },
    });
    expect(r.exitCode).toBe(1);
    const report = reportOf(r);
    const ansible = report.findings.find((f) => f.ruleId === 'GHSA-8f4m-hccc-8qph');
    expect(ansible).toMatchObject({ blocking: true, overdue: true, firstSeen: '2022-06-14T15:21:52Z' });
    expect(ansible?.reason).toMatch(/^overdue: first seen 2022-06-14, past the medium SLA \(sla-blocks\)$/);
    const django = report.findings.find((f) => f.ruleId === 'GHSA-rf4j-j272-fj86');
    expect(django).toMatchObject({ status: 'ignored', blocking: false });
    expect(django?.ignoredBy?.reason).toBe('tolerable risk: This alert is accurate but we use a sanitizer.');
    expect(r.summary).toContain('tolerable risk: This alert is accurate but we use a sanitizer.');

    expect(gh.state.issues).toHaveLength(1);
    const issue = gh.state.issues[0];
    expect(issue?.assignees).toEqual(['octocat']);
    expect(issue?.body).toMatch(/found \*\*1\*\* blocking finding on refs\/heads\/main \(1 overdue\)/);
    expect(issue?.body).toMatch(/GHSA-8f4m-hccc-8qph .*\| new, overdue \| 2022-06-14 \|/);
    expect(issue?.body).toContain('cc @octo-org/security');
    expect(issue?.body).toMatch(/\| count \| 0 \| 0 \| 0 \| 0 \| 1 \|/);
    expect(r.summary).toContain('### Age and time to resolve');
    // Alert sources already live on GitHub: nothing of theirs is uploaded as SARIF.
    expect(gh.state.sarifs).toHaveLength(0);
  }, 60_000);
});

describe('pull request with dependency review and a licence deny list', () => {
  it('adding a vulnerable dependency and a GPL dependency fails with both reasons', async () => {
    const base = 'b'.repeat(40);
    const head = 'c'.repeat(40);
    const diff = githubExample('dependency-graph/diff-range');
    const removedVulnerable = {
      ...diff[0],
      vulnerabilities: [
        { severity: 'high', advisory_ghsa_id: 'GHSA-xxxx-helm-0001', advisory_summary: 'x', advisory_url: 'u' },
      ],
    };
    gh.state.dependencyDiffs[`${base}...${head}`] = [
      removedVulnerable,
      ...diff.slice(1),
      { ...diff[1], name: 'gpl-lib', version: '1.0.0', package_url: 'pkg:npm/gpl-lib@1.0.0', license: 'GPL-3.0-only' },
    ];
    const ws = workspace(
      'version: 1\nfail-on: high\nlicenses:\n  deny: [GPL-3.0-only, AGPL-3.0-only]\n  unknown: allow\n',
    );
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      apiUrl: gh.url,
      env: { GITHUB_REF: 'refs/pull/7/merge' },
      event: { pull_request: { number: 7, head: { sha: head }, base: { sha: base, ref: 'main' } } },
      inputs: { scanners: 'dependency-review', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    const report = reportOf(r);
    expect(report.reasons).toEqual([
      expect.stringMatching(/^1 finding reaches fail-on high/),
      expect.stringMatching(/^1 finding: licence GPL-3\.0-only is denied \(licenses, \.github\/scan-gate\.yml:\d+\)$/),
    ]);
    expect(r.stdout).toMatch(
      /scan-gate: the policy failed — 1 finding reaches fail-on high.*; 1 finding: licence GPL-3.0-only is denied/,
    );
    const comment = gh.state.comments.find((c) => c.issue === 7);
    expect(comment?.body).toContain('GHSA-fqfj-cmh6-hj49');
    expect(comment?.body).toContain('licence GPL-3.0-only is denied');
    expect(comment?.body).toContain('fixed by this pull request: 1 vulnerable dependency removed');
  }, 60_000);
});

describe('code scanning alerts of other tools', () => {
  it("a CodeQL alert blocks; scan-gate's own uploaded alerts are not counted twice", async () => {
    const [codeql] = githubExample('code-scanning/list-alerts-for-repo') as Record<string, Record<string, unknown>>[];
    const ours = {
      ...codeql,
      number: 12,
      tool: { name: 'scan-gate/sarif', guid: null, version: '0.1.0' },
      rule: { ...codeql?.rule, id: 'no-eval' },
      most_recent_instance: { ...codeql?.most_recent_instance, category: 'scan-gate/sarif/' },
    };
    gh.state.codeScanningAlerts = [codeql as Record<string, unknown>, ours];
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval' }] } },
          results: [
            {
              ruleId: 'no-eval',
              level: 'error',
              message: { text: 'eval is evil' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 1 } } }],
            },
          ],
        },
      ],
    };
    const ws = workspace('version: 1\nfail-on: high\n', {
      'r/eslint.sarif': JSON.stringify(sarif),
      'src/a.js': 'eval(x)\n',
    });
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      apiUrl: gh.url,
      inputs: { scanners: 'sarif,code-scanning', 'sarif-files': 'r/*.sarif', comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    const report = reportOf(r);
    const blocking = report.findings.filter((f) => f.blocking).map((f) => [f.scanner, f.ruleId]);
    expect(blocking).toEqual([
      ['sarif', 'no-eval'],
      ['code-scanning', 'js/zipslip'],
    ]);
    const calls = gh.requests.filter((q) => q.operationId === 'code-scanning/list-alerts-for-repo');
    expect(calls[0]?.search).toContain('ref=refs%2Fheads%2Fmain');
    expect(r.summary).toContain('own uploads left out');
    // Only the sarif scanner's run is uploaded; the code-scanning source is not re-uploaded.
    expect(
      gh.state.sarifs.map(
        (s) => (s.sarif as { runs: { automationDetails: { id: string } }[] }).runs[0]?.automationDetails.id,
      ),
    ).toEqual(['scan-gate/sarif/']);
  }, 60_000);
});

describe('secret scanning alerts', () => {
  it('gated with a token that can read them; the secret value in the response is never printed or stored', async () => {
    const [example] = githubExample('secret-scanning/list-alerts-for-repo');
    const secret = ['aio', alnum(28)].join('_');
    // An API that ignores hide_secret (older GHES) still sends the value: it must go nowhere.
    gh.fault('secret-scanning/list-alerts-for-repo', {
      status: 200,
      body: [{ ...example, state: 'open', resolution: null, resolved_at: null, secret }],
    });
    const ws = workspace('version: 1\nfail-on: high\n');
    const r = await runAction({
      workspace: ws,
      eventName: 'schedule',
      apiUrl: gh.url,
      inputs: { scanners: 'secret-scanning' },
    });
    expect(r.exitCode).toBe(1);
    expect(reportOf(r).findings.map((f) => [f.scanner, f.ruleId, f.blocking])).toEqual([
      ['secret-scanning', 'adafruit_io_key', true],
    ]);
    const outDir = path.dirname(r.outputs.report ?? '');
    const written = readdirSync(outDir).map((f) => readFileSync(path.join(outDir, f), 'utf8'));
    const published = [
      ...gh.state.issues.map((i) => i.body),
      ...gh.state.comments.map((c) => c.body),
      ...gh.state.sarifs.map((s) => JSON.stringify(s.sarif)),
    ];
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...written, ...published]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice(4, 20));
    }
  }, 60_000);

  it('explicitly selected with a token that cannot read them: a configuration error naming the permission', async () => {
    gh.fault('secret-scanning/list-alerts-for-repo', { status: 404, body: { message: 'Not Found' } });
    const r = await runAction({
      workspace: workspace('version: 1\n'),
      eventName: 'push',
      apiUrl: gh.url,
      inputs: { scanners: 'secret-scanning', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: scanners lists secret-scanning, but scan-gate cannot read Secret scanning alerts/,
    );
    expect(r.stdout).toContain('Secret scanning alerts: read');
  }, 60_000);

  it('under auto, a workflow token that cannot read a source gets a notice, and the other sources still gate', async () => {
    // auto always runs trivy and gitleaks: stand-ins on PATH that report nothing (this test is about sources).
    const bin = mkdtempSync(path.join(tmpdir(), 'clean-scanners-'));
    const stub = (name: string, flag: string, report: string, version: string) =>
      writeFileSync(
        path.join(bin, name),
        `#!/bin/sh\ncase "$1" in version|--version) echo "${version}"; exit 0;; esac\nwhile [ $# -gt 0 ]; do if [ "$1" = "${flag}" ]; then printf '%s' '${report}' > "$2"; fi; shift; done\n`,
        { mode: 0o755 },
      );
    stub('trivy', '--output', '{"SchemaVersion":2,"Results":[]}', 'Version: 0.58.0');
    stub('gitleaks', '--report-path', '[]', 'v8.28.0');
    gh.fault('secret-scanning/list-alerts-for-repo', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    gh.state.dependabotAlerts = githubExample('dependabot/list-alerts-for-repo');
    const ws = workspace('version: 1\nfail-on: medium\n');
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      apiUrl: gh.url,
      env: { PATH: `${bin}:/usr/bin:/bin` },
      inputs: { 'upload-sarif': 'false', versions: 'trivy=path,gitleaks=path' },
    });
    expect(r.stdout).toMatch(
      /::notice::secret-scanning skipped: scan-gate cannot read Secret scanning alerts \(HTTP 403/,
    );
    const report = reportOf(r);
    expect(report.findings.filter((f) => f.scanner === 'dependabot' && f.blocking).map((f) => f.ruleId)).toEqual([
      'GHSA-8f4m-hccc-8qph',
    ]);
  }, 60_000);
});

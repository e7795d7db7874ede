/**
 * Issue "Trust" through the bundled action (dist/index.js as the runner runs it): a scanner that says
 * it failed never passes, distinct findings stay distinct, and a huge report does not crash the gate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { legacyFingerprintOf } from '../../src/findings/fingerprint.js';
import { parseGitleaksReport } from '../../src/scanners/gitleaks/parse.js';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { fakeGitleaks, fakeScanner } from '../harness/fake-scanner.js';
import { runAction } from '../harness/run-action.js';
import { workspaceWith } from '../harness/workspace.js';

const workspace = (files: Record<string, string> = {}) => workspaceWith(files, 'trust-ws-');

const gitleaksInputs = { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false' };

interface ReportFinding {
  location: { path: string; startLine?: number };
  fingerprint: string;
  status: string;
}
const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { findings: ReportFinding[] };

describe('defect 1: a failed analysis is a scanner error, never a pass', () => {
  it('a SARIF run with empty results and executionSuccessful false fails, naming file, tool and its text', async () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Semgrep OSS', rules: [] } },
          results: [],
          invocations: [
            {
              executionSuccessful: false,
              exitCode: 2,
              toolExecutionNotifications: [{ level: 'error', message: { text: 'Invalid rule schema in rules.yml' } }],
            },
          ],
        },
      ],
    };
    const r = await runAction({
      workspace: workspace({ 'semgrep.sarif': JSON.stringify(sarif) }),
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'fail-on': 'none', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.summary).toMatch(/semgrep\.sarif: Semgrep OSS did not run successfully/);
    expect(r.summary).toMatch(/Invalid rule schema in rules\.yml/);
  });

  it('a SARIF run whose results are null fails', async () => {
    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: null }] };
    const r = await runAction({
      workspace: workspace({ 'eslint.sarif': JSON.stringify(sarif) }),
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' },
    });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.summary).toMatch(/eslint\.sarif: ESLint did not run successfully — its results are null/);
  });

  it('gitleaks exiting with its leaks-found code (2) but an empty report fails', async () => {
    const bin = fakeGitleaks("fs.writeFileSync(report, '[]'); process.exit(2);");
    const r = await runAction({
      workspace: workspace(),
      inputs: { ...gitleaksInputs, 'fail-on': 'none' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(
      /gitleaks exited with code 2, which means it found something, but its report lists no finding/,
    );
  });
});

describe('defect 1: a partial analysis is never shown as a clean one', () => {
  it('a file bandit could not parse is a warning in the summary and report.json', async () => {
    const ws = workspace({ 'new_syntax.py': '' });
    const out = {
      errors: [{ filename: path.join(ws, 'new_syntax.py'), reason: 'syntax error while parsing AST from file' }],
      results: [],
    };
    const bin = fakeScanner({
      name: 'bandit',
      version: 'bandit 1.6.2',
      outFlag: '-o',
      script: `fs.writeFileSync(report, ${JSON.stringify(JSON.stringify(out))});`,
    });
    const r = await runAction({
      workspace: ws,
      inputs: { scanners: 'bandit', versions: 'bandit=path', 'upload-sarif': 'false' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    const gap =
      'bandit did not analyse everything: files bandit could not analyse (1): new_syntax.py (syntax error while parsing AST from file)';
    expect(r.outputs.verdict).toBe('pass');
    expect(r.summary).toMatch(
      /⚠️ bandit did not analyse everything: .*new&#95;syntax\.py .*syntax error while parsing AST/,
    );
    expect((JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8')) as { warnings: string[] }).warnings).toContain(
      gap,
    );
  });
});

describe('defect 2: two leaks on two identical lines are two findings', () => {
  it('report.json lists both, at their own lines, with distinct fingerprints', async () => {
    const line = `administrator_login_password = "${['Pa', 'ss', 'w0rd-', 'example'].join('')}"`;
    const leaks = [2, 5].map((n) => ({ RuleID: 'generic-password', File: 'sql.tf', StartLine: n, EndLine: n }));
    const bin = fakeGitleaks(`fs.writeFileSync(report, ${JSON.stringify(JSON.stringify(leaks))}); process.exit(2);`);
    const r = await runAction({
      workspace: workspace({ 'sql.tf': `a\n${line}\nb\nc\n${line}\n` }),
      inputs: gitleaksInputs,
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    expect(r.outputs.total).toBe('2');
    const findings = reportOf(r.outputs.report ?? '').findings;
    expect(findings.map((f) => f.location.startLine)).toEqual([2, 5]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
    // What code scanning receives: two results, at two lines, with two line hashes.
    const sarif = JSON.parse(readFileSync(path.join(r.outputs['sarif-dir'] ?? '', 'gitleaks.sarif'), 'utf8'));
    const results = sarif.runs[0].results as { locations: unknown[]; partialFingerprints: Record<string, string> }[];
    expect(results).toHaveLength(2);
    expect(new Set(results.map((x) => x.partialFingerprints.primaryLocationLineHash)).size).toBe(2);
    expect(results.map((x) => x.partialFingerprints['scan-gate/v2'])).toEqual(findings.map((f) => f.fingerprint));
    // The job summary lists both places.
    expect(r.summary).toContain('sql.tf:2');
    expect(r.summary).toContain('sql.tf:5');
  });
});

describe('defect 2: one rule, one file, two places (bandit, trivy)', () => {
  it('bandit: # nosec on one of two identical yaml.load lines ignores that one; the other blocks at its own line', async () => {
    const ws = workspace({ 'app.py': '' });
    const result = (line: number, code: string) => ({
      code: `${line} ${code}\n`,
      filename: path.join(ws, 'app.py'),
      issue_confidence: 'HIGH',
      issue_severity: 'HIGH',
      issue_text: 'Use of unsafe yaml load.',
      line_number: line,
      line_range: [line],
      test_id: 'B506',
      test_name: 'yaml_load',
    });
    const out = { errors: [], results: [result(5, 'y = yaml.load(a)  # nosec'), result(9, 'y = yaml.load(a)')] };
    const bin = fakeScanner({
      name: 'bandit',
      version: 'bandit 1.6.2',
      outFlag: '-o',
      script: `fs.writeFileSync(report, ${JSON.stringify(JSON.stringify(out))}); process.exit(1);`,
    });
    const r = await runAction({
      workspace: ws,
      inputs: { scanners: 'bandit', versions: 'bandit=path', 'upload-sarif': 'false', 'fail-on': 'high' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    const findings = reportOf(r.outputs.report ?? '').findings as (ReportFinding & { blocking: boolean })[];
    expect(findings.map((f) => [f.location.startLine, f.status, f.blocking])).toEqual([
      [5, 'ignored', false],
      [9, 'new', true],
    ]);
    expect(r.outputs.verdict).toBe('fail');
  });

  it('trivy: two ingress blocks of one resource are two critical findings', async () => {
    const rule = (start: number) => ({
      ID: 'AVD-AWS-0107',
      AVDID: 'AVD-AWS-0107',
      Title: 'An ingress security group rule allows traffic from /0.',
      Message: 'Security group rule allows ingress from public internet.',
      Severity: 'CRITICAL',
      Status: 'FAIL',
      CauseMetadata: { Resource: 'aws_security_group.web', StartLine: start, EndLine: start + 6 },
    });
    const out = {
      SchemaVersion: 2,
      Results: [{ Target: 'main.tf', Class: 'config', Misconfigurations: [rule(10), rule(17)] }],
    };
    const bin = fakeScanner({
      name: 'trivy',
      version: 'Version: 0.44.1',
      outFlag: '--output',
      script: `fs.writeFileSync(report, ${JSON.stringify(JSON.stringify(out))});`,
    });
    const r = await runAction({
      workspace: workspace({ 'main.tf': '' }),
      inputs: { scanners: 'trivy', versions: 'trivy=path', 'upload-sarif': 'false' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    expect(r.outputs.counts).toBe(JSON.stringify({ critical: 2, high: 0, medium: 0, low: 0, unknown: 0 }));
    expect(reportOf(r.outputs.report ?? '').findings.map((f) => f.location.startLine)).toEqual([10, 17]);
  });
});

describe('0.1.x fingerprints in a policy ignore', () => {
  it('match the first of two identical lines only, with a notice naming the new fingerprint', async () => {
    const line = `db_password = "${['Pa', 'ss', 'w0rd-', 'example'].join('')}"`;
    const text = `a\n${line}\nb\n${line}\n`;
    const leaks = [2, 4].map((n) => ({ RuleID: 'generic-password', File: 'settings.py', StartLine: n, EndLine: n }));
    const ws = workspace({ 'settings.py': text });
    const [first] = parseGitleaksReport(JSON.stringify(leaks), {
      root: ws,
      workspace: ws,
      policy: buildPolicy({ source: 't' }),
    });
    const old = legacyFingerprintOf(first as NonNullable<typeof first>, line);
    const policyFile = `version: 1\nignores:\n  - id: ${old}\n    reason: test credential\n`;
    writeFileSync(path.join(ws, 'scan-gate.yml'), policyFile);
    const bin = fakeGitleaks(`fs.writeFileSync(report, ${JSON.stringify(JSON.stringify(leaks))}); process.exit(2);`);
    const r = await runAction({
      workspace: ws,
      inputs: { ...gitleaksInputs, config: 'scan-gate.yml', 'fail-on': 'high' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    const report = reportOf(r.outputs.report ?? '') as ReturnType<typeof reportOf> & { warnings: string[] };
    expect(report.findings.map((f) => [f.location.startLine, f.status])).toEqual([
      [2, 'ignored'],
      [4, 'new'],
    ]);
    expect(r.outputs.verdict).toBe('fail');
    const notice = `uses a fingerprint from scan-gate 0.1 and matches one finding only; replace it with \`${report.findings[0]?.fingerprint}\``;
    expect(r.stdout).toContain(notice);
    expect(report.warnings.join('\n')).toContain(notice);
  });
});

describe('defect 6: 200,000 findings', () => {
  it('are gated and reported without "Maximum call stack size exceeded"', async () => {
    const bin = fakeGitleaks(`
const leaks = [];
for (let i = 1; i <= 200000; i++) leaks.push({ RuleID: 'generic-api-key', File: 'big.env', StartLine: i, EndLine: i });
fs.writeFileSync(report, JSON.stringify(leaks));
process.exit(2);`);
    const r = await runAction({
      workspace: workspace(),
      inputs: gitleaksInputs,
      env: { PATH: `${bin}:${process.env.PATH}` },
      timeoutMs: 240_000,
    });
    expect(r.stderr + r.stdout).not.toMatch(/Maximum call stack/);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.total).toBe('200000');
    expect(reportOf(r.outputs.report ?? '').findings).toHaveLength(200_000);
  }, 300_000);
});

describe('a lone surrogate in SARIF text (valid JSON, not valid Unicode) does not stop the verdict', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => gh.close());

  it('in a path, a rule id and a message: verdict, report.json, SARIF upload and PR comment all made', async () => {
    const lone = '\ud800';
    const result = (uri: string, text: string) => ({
      ruleId: `py/eval${lone}`,
      level: 'error',
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }],
    });
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL', rules: [{ id: `py/eval${lone}` }] } },
          results: [result(`src/a${lone}b.py`, 'eval of input'), result('app.py', `bad \udfff input`)],
        },
      ],
    };
    const r = await runAction({
      workspace: workspace({ 'app.py': 'eval(input())\n', 'codeql.sarif': JSON.stringify(sarif) }),
      eventName: 'pull_request',
      event: { pull_request: { number: 7, head: { sha: 'b'.repeat(40) }, base: { sha: 'c'.repeat(40), ref: 'main' } } },
      apiUrl: gh.url,
      inputs: { scanners: 'sarif', 'sarif-files': 'codeql.sarif', 'fail-on': 'high' },
    });
    expect(r.stderr).not.toMatch(/URIError|internal error/);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const report = reportOf(r.outputs.report ?? '');
    // The replacement character stands where the lone surrogate was: nothing dropped, nothing merged.
    expect(report.findings.map((f) => f.location.path).sort()).toEqual(['app.py', 'src/a\ufffdb.py']);
    expect(gh.state.sarifs).toHaveLength(1);
    expect(gh.state.comments).toHaveLength(1);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { checkov } from '../../../src/scanners/checkov/index.js';
import { parseCheckovReport } from '../../../src/scanners/checkov/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURE = path.join(
  REPO_ROOT,
  '__tests__/__fixtures__/checkov/thirdparty-defectdojo-terraform-severity-2.2.34.json',
);
const text = readFileSync(FIXTURE, 'utf8');
const ctx = { root: '/ws/infra', workspace: '/ws', policy: { secretSeverity: 'high' } as Policy };

/** The fixture as an open-source run would print it: no API key, so every severity is null. */
function withoutSeverities(): Record<string, unknown> {
  const report = JSON.parse(text);
  for (const check of report.results.failed_checks) check.severity = null;
  return report;
}

describe('checkov command', () => {
  it('scans -d <root> into an output directory and reads results_json.json; no --soft-fail', () => {
    const scan = {
      root: '/ws/infra',
      workspace: '/ws',
      binary: '/venv/bin/checkov',
      workDir: '/w',
    } as unknown as ScanContext;
    const [inv, ...rest] = checkov.command(scan);
    expect(rest).toEqual([]);
    expect(inv?.argv).toEqual([
      '/venv/bin/checkov',
      '-d',
      '/ws/infra',
      '-o',
      'json',
      '--output-file-path',
      '/w/checkov',
    ]);
    expect(inv?.argv).not.toContain('--soft-fail');
    expect(inv?.okExitCodes).toEqual([0, 1]);
    expect(inv?.output).toEqual({ kind: 'file', path: '/w/checkov/results_json.json' });
    expect(checkov.parseVersion('3.3.13\n')).toBe('3.3.13');
  });
});

describe('parseCheckovReport on a real checkov JSON report (2.2.34)', () => {
  it('reads failed checks: severities 1:1, file and line range, resource in the title', () => {
    const findings = parseCheckovReport(text, ctx);
    expect(
      findings.map((f) => [f.ruleId, f.severity, f.location.path, f.location.startLine, f.location.endLine]),
    ).toEqual([
      ['CKV_GCP_29', 'medium', 'infra/gcs.tf', 1, 15],
      ['CKV_GCP_62', 'medium', 'infra/gcs.tf', 1, 15],
      ['CKV_GCP_78', 'low', 'infra/gcs.tf', 1, 15],
      ['CKV_GCP_28', 'high', 'infra/gcs.tf', 17, 21],
    ]);
    expect(findings[0]).toMatchObject({
      scanner: 'checkov',
      category: 'misconfiguration',
      aliases: ['BC_GCP_GCS_2'],
      title:
        'Ensure that Cloud Storage buckets have uniform bucket-level access enabled (google_storage_bucket.terragoat_website)',
      helpUri: 'https://docs.bridgecrew.io/docs/bc_gcp_gcs_2',
    });
  });

  it('defaults a null severity (open-source run, no API key) to medium', () => {
    const findings = parseCheckovReport(JSON.stringify(withoutSeverities()), ctx);
    expect(findings.map((f) => f.severity)).toEqual(['medium', 'medium', 'medium', 'medium']);
  });

  it('reads the array checkov prints for several frameworks, and a secrets framework as secrets', () => {
    const terraform = withoutSeverities();
    const secrets = JSON.parse(text);
    secrets.check_type = 'secrets';
    secrets.results.failed_checks = [
      { ...secrets.results.failed_checks[0], check_id: 'CKV_SECRET_2', severity: null, resource: 'abc123' },
    ];
    const findings = parseCheckovReport(JSON.stringify([terraform, secrets]), ctx);
    expect(findings).toHaveLength(5);
    const secret = findings.find((f) => f.ruleId === 'CKV_SECRET_2');
    expect(secret).toMatchObject({ category: 'secret', severity: 'high', snippet: undefined });
  });

  it('reports checkov:skip (skipped_checks) as suppressed findings with the reason', () => {
    const report = withoutSeverities() as {
      results: { failed_checks: Record<string, unknown>[]; skipped_checks: unknown[] };
    };
    const [first] = report.results.failed_checks;
    report.results.skipped_checks = [
      {
        ...first,
        check_id: 'CKV_GCP_114',
        check_result: { result: 'SKIPPED', suppress_comment: 'public website bucket' },
      },
    ];
    const skipped = parseCheckovReport(JSON.stringify(report), ctx).find((f) => f.ruleId === 'CKV_GCP_114');
    expect(skipped?.suppressed).toEqual({ source: 'checkov:skip', reason: 'public website bucket' });
  });

  it('treats the bare summary of a run with nothing to scan as zero findings', () => {
    const summary = {
      passed: 0,
      failed: 0,
      skipped: 0,
      parsing_errors: 0,
      resource_count: 0,
      checkov_version: '3.3.13',
    };
    expect(parseCheckovReport(JSON.stringify(summary), ctx)).toEqual([]);
  });

  it('fingerprints by rule + path + resource: stable when the block moves, distinct per check', () => {
    const findings = normaliseFindings(parseCheckovReport(text, ctx), '/ws');
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(4);
    const moved = JSON.parse(text);
    for (const c of moved.results.failed_checks)
      c.file_line_range = [c.file_line_range[0] + 30, c.file_line_range[1] + 30];
    const again = normaliseFindings(parseCheckovReport(JSON.stringify(moved), ctx), '/ws');
    expect(again.map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
  });

  it('throws a scanner error naming checkov on empty, garbage or truncated output', () => {
    for (const bad of [
      '',
      'Traceback (most recent call last):',
      text.slice(0, 2000),
      '{"check_type": "terraform"}',
      '[1]',
    ]) {
      expect(() => parseCheckovReport(bad, ctx)).toThrow(ScannerError);
      expect(() => parseCheckovReport(bad, ctx)).toThrow(/^checkov: /);
    }
  });
});

describe('parseCheckovReport on real checkov 3.3.30 output (recorded here)', () => {
  const real = readFileSync(
    path.join(REPO_ROOT, '__tests__/__fixtures__/checkov/real-3.3.30-terraform-kubernetes-dockerfile.json'),
    'utf8',
  );
  const here = { root: '/tmp/rec/iac', workspace: '/tmp/rec/iac', policy: { secretSeverity: 'high' } as Policy };

  it('reads the three-framework array: failed checks per file, the checkov:skip suppressed, null severity → medium', () => {
    const findings = parseCheckovReport(real, here);
    const count = (file: string) => findings.filter((f) => f.location.path === file && !f.suppressed).length;
    expect([count('k8s/pod.yaml'), count('Dockerfile'), count('infra/main.tf')]).toEqual([20, 4, 15]);
    expect(findings.every((f) => f.severity === 'medium')).toBe(true);
    const skipped = findings.filter((f) => f.suppressed);
    expect(skipped.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['CKV_AWS_20', 'infra/main.tf', 6],
    ]);
    expect(skipped[0]?.suppressed?.reason).toMatch(/logs bucket is public on purpose/);
    expect(findings.find((f) => f.ruleId === 'CKV_K8S_16')?.location).toMatchObject({
      path: 'k8s/pod.yaml',
      startLine: 1,
    });
  });
});

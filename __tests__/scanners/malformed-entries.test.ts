import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../src/config/errors.js';
import type { Policy } from '../../src/config/types.js';
import { parseGrypeReport } from '../../src/scanners/grype/parse.js';
import { parsePipAuditReport } from '../../src/scanners/pip-audit/parse.js';
import { parseTrivyReport } from '../../src/scanners/trivy/parse.js';
import { REPO_ROOT } from '../harness/tools.js';

const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };

/** What parsing `report` throws (its message), or 'parsed' when it returns. */
function outcome(parse: (raw: string, c: typeof ctx) => unknown, report: unknown): string {
  try {
    parse(JSON.stringify(report), ctx);
    return 'parsed';
  } catch (error) {
    expect(error).toBeInstanceOf(ScannerError);
    return (error as Error).message;
  }
}

describe('a report entry of another type than documented is unreadable output, never left out', () => {
  it('trivy: Results, Vulnerabilities, Secrets, Misconfigurations and Licenses hold objects', () => {
    expect(outcome(parseTrivyReport, { SchemaVersion: 2, Results: ['x'] })).toMatch(/malformed Results field/);
    for (const field of ['Vulnerabilities', 'Secrets', 'Misconfigurations', 'Licenses']) {
      const result = (value: unknown) => ({
        SchemaVersion: 2,
        Results: [{ Target: 'requirements.txt', [field]: value }],
      });
      expect(outcome(parseTrivyReport, result({ VulnerabilityID: 'CVE-1' })), field).toMatch(
        new RegExp(`malformed ${field} field`),
      );
      expect(outcome(parseTrivyReport, result(['CVE-1'])), field).toMatch(new RegExp(`malformed ${field} field`));
      expect(outcome(parseTrivyReport, result(null)), field).toBe('parsed');
    }
  });

  it('grype: every match has a vulnerability and an artifact object', () => {
    expect(outcome(parseGrypeReport, { matches: [1] })).toMatch(/match 1 has no vulnerability or artifact object/);
    expect(outcome(parseGrypeReport, { matches: [{ vulnerability: { id: 'CVE-1' }, artifact: 'pkg@1.0.0' }] })).toMatch(
      /match 1 has no vulnerability or artifact object/,
    );
    expect(outcome(parseGrypeReport, { matches: [] })).toBe('parsed');
  });

  it('pip-audit: every dependency has a name, and its vulnerabilities are objects with an id', () => {
    expect(outcome(parsePipAuditReport, { dependencies: ['requests==2.19.0'], fixes: [] })).toMatch(
      /dependency 1 of the report has no name/,
    );
    expect(outcome(parsePipAuditReport, [1])).toMatch(/dependency 1 of the report has no name/);
    const dep = (vulns: unknown) => ({ dependencies: [{ name: 'requests', version: '2.19.0', vulns }], fixes: [] });
    expect(outcome(parsePipAuditReport, dep({ id: 'PYSEC-1' }))).toMatch(/vulnerabilities of requests are not a list/);
    expect(outcome(parsePipAuditReport, dep([{ aliases: [] }]))).toMatch(/vulnerabilities of requests are not a list/);
    expect(outcome(parsePipAuditReport, dep([]))).toBe('parsed');
  });
});

describe('one unreadable entry among readable ones is not left out either', () => {
  it('bandit, checkov, osv-scanner, safety and trufflehog name it as a scanner error', async () => {
    const { parseBanditReport } = await import('../../src/scanners/bandit/parse.js');
    const { parseCheckovReport } = await import('../../src/scanners/checkov/parse.js');
    const { parseOsvReport } = await import('../../src/scanners/osv-scanner/parse.js');
    const { parseSafetyReport } = await import('../../src/scanners/safety/parse.js');
    const { parseTrufflehogOutput } = await import('../../src/scanners/trufflehog/parse.js');
    const result = { filename: 'app.py', test_id: 'B101', issue_severity: 'LOW', issue_text: 'assert', line_number: 1 };
    expect(outcome(parseBanditReport, { errors: [], results: [result, { ...result, filename: ['app.py'] }] })).toMatch(
      /result \(a filename and a test_id\) 2 of the report cannot be read/,
    );
    const check = { check_id: 'CKV_AWS_18', file_path: '/main.tf', resource: 'aws_s3_bucket.b' };
    const checkov = (second: unknown) => ({
      check_type: 'terraform',
      results: { failed_checks: [check, second] },
      summary: { failed: 2, passed: 0 },
    });
    expect(outcome(parseCheckovReport, checkov({ ...check, check_id: 18 }))).toMatch(
      /check \(a check_id\) 2 of the report cannot be read/,
    );
    const osv = {
      results: [
        {
          source: { path: '/ws/package-lock.json', type: 'lockfile' },
          packages: [
            { package: { name: 'minimist', version: '0.0.8', ecosystem: 'npm' }, vulnerabilities: [], groups: [] },
            { package: 'minimist@0.0.8', vulnerabilities: [{ id: 'GHSA-1' }], groups: [{ ids: ['GHSA-1'] }] },
          ],
        },
      ],
    };
    expect(outcome(parseOsvReport, osv)).toMatch(/a package of \/ws\/package-lock\.json has no package object/);
    expect(outcome(parseOsvReport, { results: [osv.results[0], 'x'] })).toMatch(/result \(a source object\) 2/);
    // The recorded safety 3.8.1 report, one of its known vulnerabilities without its id.
    const safety = JSON.parse(
      readFileSync(path.join(REPO_ROOT, '__tests__/__fixtures__/safety/real-3.8.1-scan.json'), 'utf8'),
    );
    const spec = safety.scan_results.projects[0].files[0].results.dependencies[0];
    expect(outcome(parseSafetyReport, safety)).toBe('parsed');
    delete spec.specifications[0].vulnerabilities.known_vulnerabilities[1].id;
    expect(outcome(parseSafetyReport, safety)).toMatch(new RegExp(`a known vulnerability of ${spec.name} has no id`));
    // A recorded trufflehog result line, and the same result without where it was found.
    const { buildPolicy } = await import('../../src/config/build-policy.js');
    const withPolicy = { ...ctx, policy: buildPolicy({ source: 'test' }) };
    const recorded = readFileSync(
      path.join(REPO_ROOT, '__tests__/__fixtures__/trufflehog/readme-git-verified-aws.jsonl'),
      'utf8',
    )
      .trim()
      .split('\n')[0] as string;
    const { SourceMetadata: _where, ...nowhere } = JSON.parse(recorded) as Record<string, unknown>;
    expect(parseTrufflehogOutput(`${recorded}\n`, withPolicy)).toHaveLength(1);
    let message = '';
    try {
      parseTrufflehogOutput(`${recorded}\n${JSON.stringify(nowhere)}\n`, withPolicy);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/a result line with no SourceMetadata object/);
  });
});

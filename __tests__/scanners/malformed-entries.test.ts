import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../src/config/errors.js';
import type { Policy } from '../../src/config/types.js';
import { parseGrypeReport } from '../../src/scanners/grype/parse.js';
import { parsePipAuditReport } from '../../src/scanners/pip-audit/parse.js';
import { parseTrivyReport } from '../../src/scanners/trivy/parse.js';

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

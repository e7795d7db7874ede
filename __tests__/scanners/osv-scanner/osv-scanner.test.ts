import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import type { RawFinding } from '../../../src/findings/finding.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { cvss3BaseScore } from '../../../src/scanners/osv-scanner/cvss.js';
import { osvScanner } from '../../../src/scanners/osv-scanner/index.js';
import { parseOsvReport } from '../../../src/scanners/osv-scanner/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/osv-scanner');
const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (name: string) => parseOsvReport(fixture(name), ctx);

describe('osv-scanner command', () => {
  it('runs scan source recursively with JSON into the work dir; 128 means nothing to scan', () => {
    const scan = { root: '/ws/app', workspace: '/ws', binary: '/t/osv-scanner', workDir: '/w', images: [] };
    const [inv, ...rest] = osvScanner.command(scan as unknown as ScanContext);
    expect(rest).toEqual([]);
    expect(inv?.argv).toEqual([
      '/t/osv-scanner',
      'scan',
      'source',
      '--format',
      'json',
      '--output-file',
      '/w/osv-scanner.json',
      '-r',
      '/ws/app',
    ]);
    expect(inv?.okExitCodes).toEqual([0, 1]);
    expect(inv?.nothingToScanExitCodes).toEqual([128]);
    expect(inv?.okExitCodes).not.toContain(127);
    expect(inv?.output).toEqual({ kind: 'file', path: '/w/osv-scanner.json' });
    expect(osvScanner.parseVersion('osv-scanner version: 2.5.0\ncommit: abc\n')).toBe('2.5.0');
  });
});

describe('parseOsvReport on real osv-scanner JSON', () => {
  it('counts one finding per package per alias group, not per advisory record (results-b)', () => {
    const findings = parse('source-go-rust-results-b.json');
    // 4 advisory records, 2 alias groups.
    expect(findings).toHaveLength(2);
    const gogo = findings.find((f) => f.package?.name === 'github.com/gogo/protobuf');
    expect(gogo).toMatchObject({
      ruleId: 'CVE-2021-3121',
      category: 'vulnerability',
      severity: 'high', // no max_severity in this older report: GHSA label HIGH
      title: 'Improper Input Validation in GoGo Protobuf',
      location: { path: '/path/to/scorecard-check-osv-e2e/go.mod' },
      package: { name: 'github.com/gogo/protobuf', version: '1.3.1', ecosystem: 'Go', fixedVersions: ['1.3.2'] },
    });
    expect([...(gogo?.aliases ?? [])].sort()).toEqual(['GHSA-c3h9-896r-86jm', 'GO-2021-0053']);
    const regex = findings.find((f) => f.package?.name === 'regex');
    expect(regex?.ruleId).toBe('CVE-2022-24713');
    expect(regex?.location.path).toBe('/path/to/scorecard-check-osv-e2e/sub-rust-project/Cargo.lock');
    expect(regex?.package?.fixedVersions).toEqual(['1.5.5']);
  });

  it('gives unknown when neither a score nor an advisory label exists (results-a, GO record alone)', () => {
    const findings = parse('source-go-rust-results-a.json');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['CVE-2021-3121', 'unknown'],
      ['CVE-2022-24713', 'high'],
    ]);
  });

  it('scores CVSS v3 vectors when an older report has no max_severity and no advisory label', () => {
    const report = JSON.parse(fixture('source-go-rust-results-a.json'));
    for (const v of report.results[1].packages[0].vulnerabilities) delete v.database_specific;
    const regex = parseOsvReport(JSON.stringify(report), ctx).find((f) => f.package?.name === 'regex');
    expect(regex?.severity).toBe('high'); // CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H = 7.5
  });

  it('computes CVSS v3 base scores as published (scores from NVD / grype records)', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')).toBe(7.5);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H')).toBe(8.6);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:H')).toBe(8.2);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:H')).toBe(8.5);
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBe(10);
    expect(cvss3BaseScore('CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0);
    expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
  });

  it('reads max_severity with GitHub bands and keeps every id of the group as aliases', () => {
    const [finding, ...rest] = parse('unit-json-max-severity.json');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'GHSA-123',
      aliases: ['OSV-1'],
      severity: 'high', // 8.3
      title: 'Something scary!',
      location: { path: '<rootdir>/path/to/my/first/lockfile' },
      package: { name: 'mine1', version: '1.2.3', ecosystem: 'npm', fixedVersions: [] },
    });
  });

  it('handles several sources, ecosystems, null aliases and empty max_severity', () => {
    const findings = parse('unit-json-multi-ecosystem.json');
    expect(findings.map((f) => [f.package?.name, f.ruleId, f.severity, f.location.path.split('/').at(-2)])).toEqual([
      ['author1/mine1', 'OSV-1', 'unknown', 'first'],
      ['author1/mine1', 'OSV-5', 'unknown', 'first'],
      ['mine1', 'OSV-1', 'unknown', 'first'],
      ['mine2', 'OSV-2', 'unknown', 'second'],
      ['author3/mine3', 'OSV-3', 'medium', 'second'],
      ['author3/mine3', 'OSV-5', 'unknown', 'second'],
    ]);
    expect(findings.every((f) => f.aliases.length === 0)).toBe(true);
  });

  it('maps Debian, Go and Rust groups: labels, fixes for the right package only, relative paths', () => {
    const findings = parse('filtered-debian-go-results.json');
    const rows = findings.map((f) => [
      f.package?.name,
      f.ruleId,
      f.severity,
      f.package?.fixedVersions,
      f.location.path,
    ]);
    expect(rows).toEqual([
      ['chromium', 'CVE-2024-3847', 'unknown', [], 'testdata/filter/some/configs/a'],
      ['golang.org/x/net', 'CVE-2022-41723', 'high', ['0.7.0'], 'testdata/filter/some/configs/b'],
      ['ascii', 'GHSA-mrrw-grhq-86gf', 'medium', ['0.9.3'], 'testdata/filter/some/configs/c'],
      [
        'time',
        'CVE-2020-26235',
        'medium',
        ['0.2.23', '0.2.0', '0.2.1', '0.2.2', '0.2.3', '0.2.4', '0.2.5', '0.2.6'],
        'testdata/filter/some/configs/c',
      ],
    ]);
  });

  it('fingerprints by package + version + advisory: a path change keeps it, a version change does not', () => {
    const [a] = normaliseFindings(parse('source-go-rust-results-b.json'), '/ws');
    const moved = parse('source-go-rust-results-b.json').map((f) => ({ ...f, location: { path: 'elsewhere/go.mod' } }));
    const [b] = normaliseFindings(moved, '/ws');
    expect(a?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.fingerprint).toBe(a?.fingerprint);
    const bumped = parse('source-go-rust-results-b.json').map((f) => ({
      ...f,
      package: { ...f.package, name: f.package?.name ?? '', version: '9.9.9' },
    }));
    expect(normaliseFindings(bumped, '/ws')[0]?.fingerprint).not.toBe(a?.fingerprint);
    expect(
      new Set(normaliseFindings(parse('filtered-debian-go-results.json'), '/ws').map((f) => f.fingerprint)).size,
    ).toBe(4);
  });

  it('merges with a trivy finding for the same CVE and package into one finding naming both sources', () => {
    const osv = parse('source-go-rust-results-b.json');
    const trivy: RawFinding = {
      scanner: 'trivy',
      ruleId: 'CVE-2022-24713',
      aliases: [],
      category: 'vulnerability',
      severity: 'high',
      title: 'rust-regex: regular expression denial of service',
      location: { path: 'sub-rust-project/Cargo.lock' },
      package: { name: 'regex', version: '1.5.1', fixedVersions: ['1.5.5'] },
    };
    const findings = normaliseFindings([...osv, trivy], '/ws');
    expect(findings).toHaveLength(2);
    const regex = findings.find((f) => f.package?.name === 'regex');
    expect(regex?.sources).toEqual(['osv-scanner', 'trivy']);
    expect(regex?.aliases).toEqual(expect.arrayContaining(['GHSA-m5pq-gvj9-9vr8', 'RUSTSEC-2022-0013']));
  });

  it('throws a scanner error naming osv-scanner on empty, garbage, truncated or foreign output', () => {
    const full = fixture('unit-json-max-severity.json');
    for (const bad of [
      '',
      '   \n',
      'Scanning dir ./\nNo package sources found',
      full.slice(0, full.length / 2),
      '{"matches": []}',
      '[]',
    ]) {
      expect(() => parseOsvReport(bad, ctx)).toThrow(ScannerError);
      expect(() => parseOsvReport(bad, ctx)).toThrow(/^osv-scanner: /);
    }
    expect(parseOsvReport('{"results": []}', ctx)).toEqual([]);
  });
});

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { ScannerError } from '../../../src/config/errors.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { trivy } from '../../../src/scanners/trivy/index.js';
import { parseTrivyReport } from '../../../src/scanners/trivy/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIX = path.join(REPO_ROOT, '__tests__/__fixtures__/trivy');
const ctx = { root: '/repo', workspace: '/repo', policy: buildPolicy({ source: 'test' }) };
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(FIX, name), 'utf8')) as Record<string, unknown>;
const report = (results: unknown[]) => JSON.stringify({ SchemaVersion: 2, ArtifactName: '.', Results: results });

describe('trivy report shapes', () => {
  it('splits multi-part FixedVersion on ", "; an empty one means unfixed', () => {
    const findings = parseTrivyReport(readFileSync(path.join(FIX, 'repo-test-repo.json'), 'utf8'), ctx);
    expect(findings.map((f) => [f.ruleId, f.location.path, f.package?.fixedVersions])).toEqual([
      ['CVE-2019-15542', 'Cargo.lock', ['>= 2.1.0']],
      ['CVE-2021-38193', 'Cargo.lock', ['>= 3.1.0', '>= 2.1.3', '< 3.0.0']],
    ]);
    const unfixed = report([
      { Target: 'go.sum', Vulnerabilities: [{ VulnerabilityID: 'GHSA-x', PkgName: 'a', Severity: 'UNKNOWN' }] },
    ]);
    expect(parseTrivyReport(unfixed, ctx)[0]).toMatchObject({ severity: 'unknown', package: { fixedVersions: [] } });
  });

  it('keeps VendorIDs as aliases, so trivy and osv-scanner fingerprints agree on a GHSA-keyed CVE', () => {
    const vuln = {
      VulnerabilityID: 'CVE-2020-1',
      VendorIDs: ['GHSA-aaaa-bbbb-cccc'],
      PkgName: 'lib',
      InstalledVersion: '1.0.0',
      Severity: 'HIGH',
    };
    const [f] = parseTrivyReport(report([{ Target: 'package-lock.json', Vulnerabilities: [vuln] }]), ctx);
    expect(f?.aliases).toEqual(['GHSA-aaaa-bbbb-cccc']);
    const asGhsa = { ...f, ruleId: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2020-1'] } as NonNullable<typeof f>;
    const [a, b] = [
      normaliseFindings([f as NonNullable<typeof f>], '/repo')[0],
      normaliseFindings([asGhsa], '/repo')[0],
    ];
    expect(a?.fingerprint).toBe(b?.fingerprint);
  });

  it('old misconfiguration ids (DS002 + AVDID) keep every form; PASS results are dropped', () => {
    const doc = fixture('config-dockerfile.json');
    const results = doc.Results as { Misconfigurations: Record<string, unknown>[] }[];
    const failing = results[0]?.Misconfigurations[0] ?? {};
    results[0] = {
      ...results[0],
      Misconfigurations: [
        { ...failing, ID: 'DS002', AVDID: 'AVD-DS-0002' },
        { ...failing, ID: 'DS001', AVDID: 'AVD-DS-0001', Status: 'PASS' },
      ],
    };
    const findings = parseTrivyReport(JSON.stringify(doc), ctx);
    // The rule id is the current form whatever the trivy version (stable fingerprints); old forms are aliases.
    expect(findings.map((f) => f.ruleId)).toEqual(['DS-0002']);
    expect(findings[0]?.aliases).toEqual(expect.arrayContaining(['AVD-DS-0002', 'DS002']));
    const newer = parseTrivyReport(readFileSync(path.join(FIX, 'config-dockerfile.json'), 'utf8'), ctx)[0];
    expect(newer?.ruleId).toBe('DS-0002');
    expect(newer?.aliases).toEqual(['AVD-DS-0002', 'DS002']);
  });

  it('never copies Match or Code of a secret, even unmasked (value built at run time)', () => {
    const value = `sk_live_${randomBytes(18).toString('hex')}`;
    const secret = {
      RuleID: 'stripe-secret-token',
      Category: 'Stripe',
      Severity: 'CRITICAL',
      Title: 'Stripe Secret Key',
      StartLine: 2,
      EndLine: 2,
      Match: `STRIPE=${value}`,
      Code: { Lines: [{ Number: 2, Content: `STRIPE=${value}`, IsCause: true }] },
    };
    const findings = parseTrivyReport(report([{ Target: 'app/.env', Class: 'secret', Secrets: [secret] }]), ctx);
    expect(findings[0]).toMatchObject({
      category: 'secret',
      severity: 'critical',
      title: 'Stripe Secret Key',
      location: { path: 'app/.env', startLine: 2 },
    });
    expect(JSON.stringify(findings)).not.toContain(value);
    expect(JSON.stringify(normaliseFindings(findings, '/repo'))).not.toContain(value);
  });

  it('reads licences and locates image results by the image reference', () => {
    const lic = {
      Severity: 'HIGH',
      Category: 'restricted',
      PkgName: 'gpl-lib',
      FilePath: '',
      Name: 'GPL-3.0',
      Link: '',
    };
    const [l] = parseTrivyReport(report([{ Target: 'requirements.txt', Class: 'license', Licenses: [lic] }]), ctx);
    expect(l).toMatchObject({
      category: 'license',
      ruleId: 'license:GPL-3.0',
      severity: 'high',
      package: { name: 'gpl-lib' },
    });
    const image = readFileSync(path.join(FIX, 'image-alpine-310.json'), 'utf8');
    const [v] = parseTrivyReport(image, { ...ctx, label: 'alpine:3.10' });
    expect(v?.location.path).toBe('alpine:3.10: testdata/fixtures/images/alpine-310.tar.gz (alpine 3.10.2)');
  });

  it.each([
    ['no SchemaVersion', '{"Results": []}'],
    ['Results not an array', '{"SchemaVersion": 2, "Results": {}}'],
    ['a bare array', '[]'],
  ])('%s is a scanner error naming trivy', (_n, raw) => {
    expect(() => parseTrivyReport(raw, ctx)).toThrow(ScannerError);
    expect(() => parseTrivyReport(raw, ctx)).toThrow(/^trivy: /);
  });

  it('a report with no Results (clean tree) is zero findings', () => {
    expect(parseTrivyReport('{"SchemaVersion": 2, "ArtifactName": "."}', ctx)).toEqual([]);
  });

  it('reads the version from `trivy --version`', () => {
    expect(trivy.parseVersion('Version: 0.58.1\nVulnerability DB:\n  Version: 2\n')).toBe('0.58.1');
    expect(trivy.parseVersion('Version: dev\n')).toBe('dev');
    expect(trivy.versionArgs).toEqual(['--version']);
  });
});

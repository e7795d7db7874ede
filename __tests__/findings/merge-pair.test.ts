import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { mergeSourceAdvisories } from '../../src/findings/merge-advisories.js';
import { mergeDuplicates } from '../../src/findings/normalise.js';
import { buildSarifLogs } from '../../src/report/sarif/build.js';
import { mergeShards } from '../../src/shard/merge-shards.js';
import { SHARD_FORMAT, SHARD_FORMAT_VERSION, type ShardFile } from '../../src/shard/shard-file.js';
import { reportOf } from '../report/build-report.js';

const vuln = (over: Partial<Finding>): Finding => ({
  scanner: 'trivy',
  sources: [over.scanner ?? 'trivy'],
  ruleId: 'CVE-2024-0001',
  aliases: [],
  category: 'vulnerability',
  severity: 'high',
  title: 'from trivy',
  location: { path: 'package-lock.json' },
  package: { name: 'lodash', version: '4.17.20', fixedVersions: ['4.17.21'] },
  fingerprint: 'fp-trivy',
  ...over,
});

/** One rule for two reports of one finding, whether they share a fingerprint or an advisory (alert sources). */
describe('merging two reports of one finding', () => {
  it('an alert source that outranks the scanner: its report is kept and named first, the scanner keeps the identity', () => {
    const trivy = vuln({});
    const dependabot = vuln({
      scanner: 'dependabot',
      ruleId: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2024-0001'],
      severity: 'critical',
      title: 'from dependabot',
      package: { name: 'lodash', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
      location: { path: 'package-lock.json', startLine: 3 },
      fingerprint: 'fp-dependabot',
    });
    const [merged] = mergeSourceAdvisories([trivy, dependabot]);
    expect(merged).toMatchObject({
      scanner: 'dependabot',
      title: 'from dependabot',
      severity: 'critical',
      sources: ['dependabot', 'trivy'],
      fingerprint: 'fp-trivy',
      location: { path: 'package-lock.json' },
    });
    // The kept report's rule, and the scanner's rule as an alias: an ignore naming either still matches.
    expect(merged?.ruleId).toBe('GHSA-aaaa-bbbb-cccc');
    expect(merged?.aliases).toContain('CVE-2024-0001');
  });

  it('the same finding from two scanners under one fingerprint follows the same rule', () => {
    const [merged] = mergeDuplicates([
      vuln({ scanner: 'trivy', severity: 'medium' }),
      vuln({ scanner: 'osv-scanner', severity: 'high', ruleId: 'GHSA-aaaa-bbbb-cccc', title: 'from osv' }),
    ]);
    expect(merged).toMatchObject({ scanner: 'osv-scanner', title: 'from osv', sources: ['osv-scanner', 'trivy'] });
    expect(merged?.aliases).toContain('CVE-2024-0001');
  });
});

describe('a scanner finding an alert source outranks stays in the scanner’s SARIF run', () => {
  it('trivy medium + Dependabot high on one package: one SARIF result under scan-gate/trivy (else its alert would close as fixed)', () => {
    const trivy = vuln({ severity: 'medium' });
    const dependabot = vuln({
      scanner: 'dependabot',
      ruleId: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2024-0001'],
      severity: 'high',
      package: { name: 'lodash', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
      fingerprint: 'fp-dependabot',
    });
    const findings = mergeSourceAdvisories([trivy, dependabot]);
    expect(findings).toHaveLength(1);
    const report = reportOf(findings, { scanners: ['trivy', 'dependabot'] });
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] });
    const results = logs.flatMap((l) => l.log.runs.flatMap((r) => r.results ?? []));
    expect(logs.map((l) => l.category)).toEqual(['scan-gate/trivy/']);
    expect(results.map((r) => r.partialFingerprints?.['scan-gate/v2'])).toEqual(['fp-trivy']);
  });
});

describe('shards: an alert source in one shard, the scanner finding in another', () => {
  it('the aggregate merges them as a single run does (one finding, both sources)', () => {
    const trivy = vuln({ severity: 'medium' });
    const dependabot = vuln({
      scanner: 'dependabot',
      ruleId: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2024-0001'],
      package: { name: 'lodash', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
      fingerprint: 'fp-dependabot',
    });
    const shard = (name: string, findings: Finding[]): ShardFile => ({
      format: SHARD_FORMAT,
      formatVersion: SHARD_FORMAT_VERSION,
      shard: name,
      toolVersion: '0.2.0',
      sha: 'a'.repeat(40),
      policyHash: `sha256:${'0'.repeat(64)}`,
      instance: 'default',
      createdAt: '2026-11-30T00:00:00.000Z',
      path: '.',
      findings,
      runs: [],
      nativeIgnores: [],
      warnings: [],
    });
    const single = mergeSourceAdvisories([trivy, dependabot]);
    const merged = mergeShards([shard('deps', [trivy]), shard('alerts', [dependabot])]).findings;
    expect(merged).toEqual(single);
    expect(merged.map((f) => [...f.sources].sort())).toEqual([['dependabot', 'trivy']]);
  });
});

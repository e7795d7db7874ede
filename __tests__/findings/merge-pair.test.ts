import { describe, expect, it } from 'vitest';
import type { NativeIgnoreRule } from '../../src/config/native-ignores.js';
import type { Finding } from '../../src/findings/finding.js';
import { mergeSourceAdvisories } from '../../src/findings/merge-advisories.js';
import { mergeDuplicates } from '../../src/findings/normalise.js';
import { nativeIgnoreMatches } from '../../src/policy/ignores.js';
import { buildSarifLogs } from '../../src/report/sarif/build.js';
import { mergeShards } from '../../src/shard/merge-shards.js';
import { shardFile } from '../harness/shard-file.js';
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
  it('an alert source that outranks the scanner: its report is kept and named first, the scanner keeps the identity and rule', () => {
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
    // The scanner's rule stays the rule (its code-scanning alert and native ignores key on it), the
    // source's is an alias: an ignore naming either still matches.
    expect(merged?.ruleId).toBe('CVE-2024-0001');
    expect(merged?.aliases).toContain('GHSA-aaaa-bbbb-cccc');
    expect(merged?.aliases).not.toContain('CVE-2024-0001');
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
    // The same rule id as on a run without the alert source: GitHub keys its alert on the rule, so
    // another id would close the alert as fixed and open a new one.
    const alone = buildSarifLogs(reportOf([trivy], { scanners: ['trivy'] }), {
      readFile: () => undefined,
      scanners: ['trivy'],
    });
    const aloneResults = alone.logs.flatMap((l) => l.log.runs.flatMap((r) => r.results ?? []));
    expect(results.map((r) => r.ruleId)).toEqual(['CVE-2024-0001']);
    expect(results.map((r) => r.ruleId)).toEqual(aloneResults.map((r) => r.ruleId));
    expect(logs[0]?.log.runs[0]?.tool.driver.rules?.map((r) => r.id)).toEqual(['CVE-2024-0001']);
  });

  it('under one fingerprint too, a scanner’s rule outlives a more severe alert’s, so a native ignore naming it matches', () => {
    const gitleaks: Finding = {
      scanner: 'gitleaks',
      sources: ['gitleaks'],
      ruleId: 'generic-api-key',
      aliases: [],
      category: 'secret',
      severity: 'high',
      title: 'from gitleaks',
      location: { path: 'config/app.env', startLine: 4 },
      fingerprint: 'fp-secret',
    };
    const alert: Finding = {
      ...gitleaks,
      scanner: 'secret-scanning',
      sources: ['secret-scanning'],
      ruleId: 'stripe_api_key',
      severity: 'critical',
      title: 'from secret scanning',
    };
    const [merged] = mergeDuplicates([gitleaks, alert]);
    expect(merged).toMatchObject({ ruleId: 'generic-api-key', severity: 'critical', title: 'from secret scanning' });
    expect(merged?.aliases).toEqual(['stripe_api_key']);
    // A .gitleaksignore line (path:rule:line) names gitleaks' rule.
    const rule: NativeIgnoreRule = {
      file: '.gitleaksignore',
      scanner: 'gitleaks',
      path: 'config/app.env',
      ruleId: 'generic-api-key',
      line: 4,
      source: '.gitleaksignore',
    };
    expect(nativeIgnoreMatches(rule, merged as Finding)).toBe(true);
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
    const single = mergeSourceAdvisories([trivy, dependabot]);
    const merged = mergeShards([shardFile('deps', [trivy]), shardFile('alerts', [dependabot])]).findings;
    expect(merged).toEqual(single);
    expect(merged.map((f) => [...f.sources].sort())).toEqual([['dependabot', 'trivy']]);
  });
});

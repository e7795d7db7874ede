import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import type { NativeIgnoreRule } from '../../src/config/native-ignores.js';
import type { IgnoreRule } from '../../src/config/types.js';
import { type Finding, type RawFinding, sarifScannerOf } from '../../src/findings/finding.js';
import { mergePair } from '../../src/findings/merge-advisories.js';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { toArchivedAsffFinding, toAsffFinding } from '../../src/forward/asff.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { nativeIgnoreMatches, policyIgnoreMatches } from '../../src/policy/ignores.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { buildSarifLogs } from '../../src/report/sarif/build.js';
import { mergeShards } from '../../src/shard/merge-shards.js';
import { shardFile } from '../harness/shard-file.js';
import { reportOf } from '../report/build-report.js';

/**
 * A scanner finding that alert sources (Dependabot, dependency review) also report, some more severely:
 * the finding keeps the most severe scanner report's rule and SARIF run — as on a run without the alert
 * sources — whatever order the reports meet in (one run, shards in any order); ignores naming either id,
 * the baseline and fixed detection still work.
 */
const pkg = { name: 'lodash', version: '4.17.20', ecosystem: 'npm', fixedVersions: ['4.17.21'] };
const raw = (over: Partial<RawFinding>): RawFinding => ({
  scanner: 'trivy',
  ruleId: 'CVE-2024-0001',
  aliases: ['GHSA-aaaa-bbbb-cccc'],
  category: 'vulnerability',
  severity: 'medium',
  title: 'from trivy',
  location: { path: 'package-lock.json' },
  package: pkg,
  ...over,
});
const trivy = (severity: RawFinding['severity']) => raw({ severity });
const osv = (severity: RawFinding['severity']) =>
  raw({
    scanner: 'osv-scanner',
    ruleId: 'GHSA-aaaa-bbbb-cccc',
    aliases: ['CVE-2024-0001'],
    severity,
    title: 'from osv',
  });
const dependabot = (severity: RawFinding['severity']) =>
  raw({
    scanner: 'dependabot',
    ruleId: 'GHSA-aaaa-bbbb-cccc',
    aliases: ['CVE-2024-0001'],
    severity,
    title: 'from dependabot',
    package: { name: 'lodash', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
  });
const dependencyReview = (severity: RawFinding['severity']) =>
  raw({ scanner: 'dependency-review', ruleId: 'GHSA-aaaa-bbbb-cccc', aliases: [], severity, title: 'from review' });

/** What one run (or one shard) produces from these raw findings, in this order (scanners first, as the scan stage does). */
const run = (raws: RawFinding[]): Finding[] => normaliseFindings(raws, process.cwd());

const shard = (name: string, findings: Finding[]) => shardFile(name, findings);

const view = (fs: Finding[]) => fs.map((f) => ({ ruleId: f.ruleId, sarifRun: sarifScannerOf(f) }));

/** trivy medium (naming no GHSA) + Dependabot critical on one package, in one run. */
const plainTrivy = () => raw({ aliases: [] });
const mergedWithDependabot = () => run([plainTrivy(), dependabot('critical')])[0] as Finding;

describe('one run: two alert sources on one scanner finding', () => {
  it('trivy low + Dependabot medium + dependency review critical keeps trivy’s rule (as without the alert sources)', () => {
    const without = run([trivy('low')]);
    const withSources = run([trivy('low'), dependabot('medium'), dependencyReview('critical')]);
    expect(withSources).toHaveLength(1);
    expect(view(withSources)).toEqual(view(without)); // trivy run, rule CVE-2024-0001
  });
});

describe('shards split by scanner, each with Dependabot, as the single run', () => {
  // Single run: trivy medium outranks osv-scanner low, so the rule is trivy's CVE; Dependabot high keeps it.
  const a = () => shard('a', run([trivy('medium'), dependabot('high')]));
  const b = () => shard('b', run([osv('low'), dependabot('high')]));
  const single = () => run([trivy('medium'), osv('low'), dependabot('high')]);
  const withoutAlerts = () => run([trivy('medium'), osv('low')]);

  it('the single run keeps the rule and SARIF run of a run without the alert source', () => {
    expect(view(single())).toEqual(view(withoutAlerts()));
  });

  it('expect-shards a,b gives the single run’s rule and SARIF run', () => {
    expect(view(mergeShards([a(), b()]).findings)).toEqual(view(single()));
  });

  it('expect-shards b,a gives the single run’s rule and SARIF run', () => {
    expect(view(mergeShards([b(), a()]).findings)).toEqual(view(single()));
  });

  it('one shard with the alert, one without: the rule is the single run’s', () => {
    const bPlain = shard('b', run([osv('low')]));
    expect(view(mergeShards([a(), bPlain]).findings)).toEqual(view(single()));
    expect(view(mergeShards([bPlain, a()]).findings)).toEqual(view(single()));
  });
});

describe('orders of three reports through mergePair', () => {
  const f = (over: Partial<Finding>): Finding => ({
    ...(raw({ aliases: [] }) as Finding),
    sources: [over.scanner ?? 'trivy'],
    fingerprint: 'fp',
    ...over,
  });
  const trivy = f({ severity: 'high' });
  const osv = f({ scanner: 'osv-scanner', ruleId: 'GHSA-aaaa-bbbb-cccc', severity: 'medium' });
  const alert = f({ scanner: 'dependabot', ruleId: 'GHSA-aaaa-bbbb-cccc', severity: 'critical' });
  const perms = [
    [trivy, osv, alert],
    [osv, trivy, alert],
    [alert, trivy, osv],
    [trivy, alert, osv],
    [osv, alert, trivy],
    [alert, osv, trivy],
  ];
  it('trivy high, osv-scanner medium, Dependabot critical under one fingerprint: same rule and SARIF run in every order', () => {
    const out = perms.map((p) => {
      const m = p.reduce((x, y) => mergePair(x, y));
      return [m.ruleId, sarifScannerOf(m), m.severity, [...m.sources].sort().join(',')].join(' ');
    });
    expect(out).toEqual(Array(6).fill(out[0]));
  });
});

describe('shard aggregate: a result in one scanner’s SARIF run under another scanner’s rule', () => {
  it('shard a: osv-scanner medium + Dependabot critical; shard b: trivy high (single run: trivy’s rule in trivy’s run)', () => {
    const a = shard('a', run([osv('medium'), dependabot('critical')]));
    const b = shard('b', run([trivy('high')]));
    const single = run([trivy('high'), osv('medium'), dependabot('critical')]);
    expect(view(single)).toEqual([{ ruleId: 'CVE-2024-0001', sarifRun: 'trivy' }]);
    expect(view(mergeShards([a, b]).findings)).toEqual(view(single));
  });
});

describe('ignores on a trivy finding Dependabot outranks', () => {
  const rule = (over: Partial<IgnoreRule>): IgnoreRule => ({ id: 'x', reason: 'r', source: 'policy.yml:1', ...over });
  it.each([
    ['CVE-2024-0001', undefined],
    ['GHSA-aaaa-bbbb-cccc', undefined],
    ['CVE-2024-0001', 'trivy'],
    ['GHSA-aaaa-bbbb-cccc', 'trivy'],
    ['CVE-2024-0001', 'dependabot'],
    ['GHSA-aaaa-bbbb-cccc', 'dependabot'],
  ] as const)('policy ignore id %s scanner %s matches', (id, scanner) => {
    expect(policyIgnoreMatches(rule({ id, scanner }), mergedWithDependabot())).toBe(true);
  });
  it.each(['CVE-2024-0001', 'GHSA-aaaa-bbbb-cccc'])('.trivyignore %s matches', (id) => {
    const r: NativeIgnoreRule = { file: '.trivyignore', scanner: 'trivy', id, source: '.trivyignore:1' };
    expect(nativeIgnoreMatches(r, mergedWithDependabot())).toBe(true);
  });
  it('rule id never repeated in aliases; fingerprint is trivy’s', () => {
    const m = mergedWithDependabot();
    const alone = run([plainTrivy()])[0] as Finding;
    expect(m.aliases).not.toContain(m.ruleId);
    expect(m.fingerprint).toBe(alone.fingerprint);
  });
});

describe('SARIF: findings of one rule, some Dependabot-led', () => {
  it('every rule listed is referenced, every ruleIndex points at its rule', () => {
    const other = raw({ package: { ...pkg, name: 'minimist' }, aliases: [] });
    const findings = run([plainTrivy(), other, raw({ ruleId: 'CVE-2024-0002', aliases: [] }), dependabot('critical')]);
    const report = reportOf(findings, { scanners: ['trivy', 'dependabot'] });
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] });
    for (const log of logs)
      for (const r of log.log.runs) {
        const rules = r.tool.driver.rules ?? [];
        const results = r.results ?? [];
        for (const res of results) expect(rules[res.ruleIndex ?? -1]?.id).toBe(res.ruleId);
        expect(new Set(rules.map((x) => x.id))).toEqual(new Set(results.map((x) => x.ruleId)));
      }
  });
});

const now = new Date('2026-11-30T00:00:00Z');

describe('baseline and fixed detection', () => {
  const ok = (id: ScannerRun['id']): ScannerRun => ({ id, status: 'ok', durationMs: 1, findings: 0 });
  it('Dependabot absent on the next run, trivy still reports it: existing, not fixed', () => {
    const first = run([plainTrivy(), dependabot('critical')]);
    const baseline = buildBaseline({ findings: first, now });
    const v = evaluatePolicy({
      findings: run([plainTrivy()]),
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'new',
      baseline,
      scanners: [ok('trivy')],
      now,
    });
    expect(v.findings.map((x) => x.status)).toEqual(['existing']);
    expect(v.fixed).toEqual([]);
  });
});

describe('trivy breaks on the next run, Dependabot still reports the alert', () => {
  it('trivy’s finding is not called fixed', () => {
    const baseline = buildBaseline({ findings: run([plainTrivy(), dependabot('critical')]), now });
    const runs: ScannerRun[] = [
      { id: 'trivy', status: 'error', durationMs: 1, findings: 0, error: 'exited with code 1' },
      { id: 'dependabot', status: 'ok', durationMs: 1, findings: 1 },
    ];
    const v = evaluatePolicy({
      findings: run([dependabot('critical')]),
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'new',
      baseline,
      scanners: runs,
      now,
    });
    expect(v.fixed).toEqual([]);
  });
});

describe('Security Hub: one GeneratorId for the finding, with or without the alert source', () => {
  const target = { accountId: '123456789012', region: 'eu-west-1', images: [], now };
  it('active while Dependabot outranks trivy, then archived once fixed: both scan-gate/trivy/<trivy rule>', () => {
    const withAlert = reportOf(run([plainTrivy(), dependabot('critical')]), { scanners: ['trivy', 'dependabot'] });
    const alone = reportOf(run([plainTrivy()]), { scanners: ['trivy'] });
    const active = toAsffFinding(withAlert.verdict.findings[0] as never, withAlert, target);
    expect(active.GeneratorId).toBe(toAsffFinding(alone.verdict.findings[0] as never, alone, target).GeneratorId);
    expect(active.GeneratorId).toBe('scan-gate/trivy/CVE-2024-0001');
    // The next run: trivy and Dependabot complete and report nothing, so the finding is fixed and archived.
    const next = evaluatePolicy({
      findings: [],
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'new',
      baseline: buildBaseline({ findings: withAlert.verdict.findings, now }),
      scanners: [
        { id: 'trivy', status: 'ok', durationMs: 1, findings: 0 },
        { id: 'dependabot', status: 'ok', durationMs: 1, findings: 0 },
      ],
      now,
    });
    expect(next.fixed).toHaveLength(1);
    const archived = toArchivedAsffFinding(next.fixed[0] as never, withAlert, target);
    expect(archived.GeneratorId).toBe(active.GeneratorId);
  });
});

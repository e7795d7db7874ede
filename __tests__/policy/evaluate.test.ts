import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { thresholdFor, thresholdMemo } from '../../src/policy/thresholds.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { finding, NOW, policyFrom } from './helpers.js';

const ok: ScannerRun[] = [{ id: 'trivy', status: 'ok', durationMs: 10, findings: 0 }];
const all = (findings: Parameters<typeof evaluatePolicy>[0]['findings'], policy = buildPolicy({ source: 'inputs' })) =>
  evaluatePolicy({ findings, policy, mode: 'all', scanners: ok, now: NOW });

describe('thresholds and presets', () => {
  const sample = () => [
    finding({ severity: 'critical' }),
    finding({ severity: 'high' }),
    finding({ severity: 'medium' }),
    finding({ severity: 'low' }),
    finding({ severity: 'unknown' }),
  ];
  it.each([
    ['critical', 1],
    ['high', 2],
    ['medium', 3],
    ['low', 4],
    ['any', 5],
    ['none', 0],
  ] as const)('fail-on %s blocks %i of the five severities', (failOn, blocking) => {
    const v = all(sample(), buildPolicy({ failOn, source: 'inputs' }));
    expect(v.blocking).toBe(blocking);
    expect(v.verdict).toBe(blocking > 0 ? 'fail' : 'pass');
    expect(v.total).toBe(5);
  });

  it.each([
    ['standard', 2],
    ['strict', 3],
    ['zero-tolerance', 5],
  ] as const)('preset %s blocks %i of the five (zero-tolerance includes unknown)', (preset, blocking) => {
    expect(all(sample(), policyFrom(`version: 1\npreset: ${preset}\n`)).blocking).toBe(blocking);
  });

  it('defaults to high, and an explicit fail-on refines a preset; a workflow input wins over the file', () => {
    expect(all(sample()).blocking).toBe(2);
    expect(all(sample(), policyFrom('version: 1\npreset: strict\nfail-on: critical\n')).blocking).toBe(1);
    const p = policyFrom('version: 1\nfail-on: critical\n', { failOn: 'low' });
    expect(p.failOnSource).toBe('fail-on input');
    expect(all(sample(), p).blocking).toBe(4);
  });

  it('explains each blocking finding with the rule and where it came from', () => {
    const v = all([finding({ severity: 'high' })], policyFrom('version: 1\npreset: standard\n'));
    expect(v.findings[0]?.reason).toBe('severity high reaches fail-on high (preset standard)');
    expect(v.reasons).toEqual(['1 finding reaches fail-on high (preset standard)']);
    const file = policyFrom('version: 1\n\nfail-on: medium\n');
    expect(all([finding({ severity: 'medium' })], file).findings[0]?.reason).toBe(
      'severity medium reaches fail-on medium (policy.yml:3)',
    );
  });

  it('says what was checked when it passes', () => {
    const v = all([finding({ severity: 'low' })]);
    expect(v.verdict).toBe('pass');
    expect(v.reasons[0]).toBe(
      'no blocking findings: 1 findings from 1 scanner (trivy) checked against fail-on high (default)',
    );
  });

  it('per-category thresholds win over per-scanner, which win over global', () => {
    const p = policyFrom(
      'version: 1\nfail-on: critical\nfail-on-by-scanner:\n  gitleaks: any\n  bandit: none\nfail-on-by-category:\n  secret: low\n  license: none\n',
    );
    const v = all(
      [
        finding({ severity: 'low', category: 'secret', scanner: 'gitleaks' }),
        finding({ severity: 'unknown', category: 'secret', scanner: 'gitleaks' }),
        finding({ severity: 'unknown', category: 'misconfiguration', scanner: 'gitleaks' }),
        finding({ severity: 'critical', category: 'code', scanner: 'bandit' }),
        finding({ severity: 'critical', category: 'license' }),
        finding({ severity: 'high', category: 'vulnerability' }),
      ],
      p,
    );
    expect(v.findings.map((f) => f.blocking)).toEqual([true, false, true, false, false, false]);
    expect(v.findings[0]?.reason).toBe('severity low reaches fail-on-by-category secret: low (policy.yml:6)');
    expect(v.findings[2]?.reason).toBe('severity unknown reaches fail-on-by-scanner gitleaks: any (policy.yml:3)');
  });

  it('the per-evaluation memo gives what thresholdFor gives, one shared threshold per deciding setting', () => {
    const p = policyFrom(
      'version: 1\nfail-on: critical\nfail-on-by-scanner:\n  gitleaks: any\nfail-on-by-category:\n  secret: low\n',
    );
    const memo = thresholdMemo(p);
    const [secret, secret2, byScanner, byScanner2, global, global2] = [
      finding({ severity: 'low', category: 'secret', scanner: 'gitleaks' }),
      finding({ severity: 'high', category: 'secret', scanner: 'trivy' }),
      finding({ severity: 'unknown', category: 'code', scanner: 'gitleaks' }),
      finding({ severity: 'high', category: 'misconfiguration', scanner: 'trivy', sources: ['trivy', 'gitleaks'] }),
      finding({ severity: 'high', category: 'vulnerability' }),
      finding({ severity: 'low', category: 'code', scanner: 'bandit' }),
    ].map((f) => f as NonNullable<typeof f>);
    for (const f of [secret, secret2, byScanner, byScanner2, global, global2]) {
      const { threshold, rule } = memo(f);
      expect({ threshold, rule }).toEqual(thresholdFor(f, p));
    }
    expect(memo(secret2)).toBe(memo(secret));
    expect(memo(byScanner2)).toBe(memo(byScanner));
    expect(memo(global2)).toBe(memo(global));
    expect(new Set([memo(secret), memo(byScanner), memo(global)]).size).toBe(3);
    expect(memo(global).reason('high')).toBe('severity high reaches fail-on critical (policy.yml:2)');
  });

  it('ignore-unfixed ignores vulnerabilities without a fixed version only', () => {
    const p = policyFrom('version: 1\nignore-unfixed: true\n');
    const v = all(
      [
        finding({ severity: 'critical', package: { name: 'openssl', version: '1.0', fixedVersions: [] } }),
        finding({ severity: 'critical', package: { name: 'zlib', version: '1.0', fixedVersions: ['1.1'] } }),
        finding({ severity: 'critical', category: 'code' }),
      ],
      p,
    );
    expect(v.findings.map((f) => f.status)).toEqual(['ignored', 'new', 'new']);
    expect(v.findings[0]?.ignoredBy).toMatchObject({ kind: 'unfixed' });
    expect(v.ignoredCount).toBe(1);
    expect(v.counts.critical).toBe(2);
  });
});

describe('scanner errors fail closed', () => {
  const broken: ScannerRun[] = [
    ...ok,
    { id: 'gitleaks', status: 'error', durationMs: 5, findings: 0, error: 'exit code 126' },
  ];
  it('fails with no findings when a scanner errored, naming it', () => {
    const v = evaluatePolicy({
      findings: [],
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'all',
      scanners: broken,
      now: NOW,
    });
    expect(v.verdict).toBe('fail');
    expect(v.reasons).toEqual(['gitleaks failed (fail-on-scanner-error): exit code 126']);
  });
  it('passes but still says so when fail-on-scanner-error is false', () => {
    const policy = buildPolicy({ failOnScannerError: false, source: 'inputs' });
    const v = evaluatePolicy({ findings: [], policy, mode: 'all', scanners: broken, now: NOW });
    expect(v.verdict).toBe('pass');
    expect(v.reasons[1]).toMatch(/gitleaks failed but fail-on-scanner-error is false/);
    expect(v.scannerErrors).toHaveLength(1);
  });
});

describe('mode: new and SLA', () => {
  const old = finding({ severity: 'high', fingerprint: 'aaa' });
  const fresh = finding({ severity: 'high', fingerprint: 'bbb' });
  const baseline = buildBaseline({
    findings: [old, finding({ severity: 'low', fingerprint: 'gone' })],
    now: new Date('2026-11-01T00:00:00Z'),
  });

  it('with a baseline only new findings block; fixed ones are listed', () => {
    const v = evaluatePolicy({
      findings: [old, fresh],
      policy: buildPolicy({ source: 'x' }),
      mode: 'new',
      baseline,
      scanners: ok,
      now: NOW,
    });
    expect(v.findings.map((f) => [f.status, f.blocking])).toEqual([
      ['existing', false],
      ['new', true],
    ]);
    expect(v.newCount).toBe(1);
    expect(v.existingCount).toBe(1);
    expect(v.fixed.map((f) => f.fingerprint)).toEqual(['gone']);
    expect(v.baseline).toBe('used');
  });

  it('without a baseline every finding counts', () => {
    const v = evaluatePolicy({
      findings: [old, fresh],
      policy: buildPolicy({ source: 'x' }),
      mode: 'new',
      scanners: ok,
      now: NOW,
    });
    expect(v.blocking).toBe(2);
    expect(v.baseline).toBe('none');
  });

  it('marks findings past their SLA overdue, and blocks them with sla-blocks', () => {
    const report = policyFrom('version: 1\nfail-on: critical\nsla:\n  high: 7d\n');
    const v1 = evaluatePolicy({
      findings: [old, fresh],
      policy: report,
      mode: 'all',
      baseline,
      scanners: ok,
      now: NOW,
    });
    expect(v1.findings.map((f) => f.overdue)).toEqual([true, false]);
    expect(v1.overdue).toBe(1);
    expect(v1.verdict).toBe('pass');
    const blocks = policyFrom('version: 1\nfail-on: critical\nsla:\n  high: 7d\nsla-blocks: true\n');
    const v2 = evaluatePolicy({
      findings: [old, fresh],
      policy: blocks,
      mode: 'all',
      baseline,
      scanners: ok,
      now: NOW,
    });
    expect(v2.findings[0]?.reason).toBe('overdue: first seen 2026-11-01, past the high SLA (sla-blocks)');
    expect(v2.verdict).toBe('fail');
  });

  it('keeps first-seen dates when the baseline is rebuilt', () => {
    const next = buildBaseline({ findings: [old, fresh], previous: baseline, now: NOW });
    expect(next.entries.aaa?.firstSeen).toBe('2026-11-01T00:00:00.000Z');
    expect(next.entries.bbb?.firstSeen).toBe(NOW.toISOString());
    expect(next.entries.gone).toBeUndefined();
  });
});

describe('owned findings (the pipeline hands them over instead of having them copied)', () => {
  it('give the same verdict as copies and leave findings that were not handed over unchanged', () => {
    const policy = policyFrom(
      'version: 1\nfail-on: high\nignores:\n  - id: RULE-IGNORED\n    reason: accepted risk\n    expires: 2099-01-01\n',
    );
    const input = [
      finding({ severity: 'critical', fingerprint: 'fa' }),
      finding({ severity: 'high', fingerprint: 'fb' }),
      finding({ severity: 'low', fingerprint: 'fc' }),
      finding({ severity: 'critical', fingerprint: 'fd', ruleId: 'RULE-IGNORED' }),
    ];
    const handed = structuredClone(input);
    const now = new Date('2026-11-30T00:00:00Z');
    const before = JSON.stringify(input);
    const copied = evaluatePolicy({ findings: input, policy, mode: 'all', scanners: [], now });
    expect(JSON.stringify(input)).toBe(before);
    const owned = evaluatePolicy({ findings: handed, policy, mode: 'all', scanners: [], now, owned: true });
    expect(owned).toEqual(copied);
    expect(owned.findings.map((f) => [f.status, f.blocking, f.reason])).toEqual([
      ['new', true, 'severity critical reaches fail-on high (policy.yml:2)'],
      ['new', true, 'severity high reaches fail-on high (policy.yml:2)'],
      ['new', false, undefined],
      ['ignored', false, undefined],
    ]);
    expect(owned.findings[0]).toBe(handed[0]);
  });
});

describe('a finding that already carries a judgement (evaluated before, or read from a shard file)', () => {
  it('keeps no waiver or blocking reason this evaluation did not give it, owned or copied', () => {
    const ignoring = policyFrom('version: 1\nfail-on: high\nignores:\n  - id: R1\n    reason: accepted risk\n');
    const lenient = policyFrom('version: 1\nfail-on: critical\n');
    const make = () => [
      finding({
        severity: 'high',
        fingerprint: 'fa',
        ruleId: 'R1',
        title: 't1',
        location: { path: 'a.ts', startLine: 1 },
      }),
      finding({
        severity: 'high',
        fingerprint: 'fb',
        ruleId: 'R2',
        title: 't2',
        location: { path: 'a.ts', startLine: 2 },
      }),
    ];
    const fresh = evaluatePolicy({ findings: make(), policy: lenient, mode: 'all', scanners: [], now: NOW });
    const findings = make();
    evaluatePolicy({ findings, policy: ignoring, mode: 'all', scanners: [], now: NOW, owned: true });
    const again = evaluatePolicy({ findings, policy: lenient, mode: 'all', scanners: [], now: NOW, owned: true });
    expect(again.findings).toEqual(fresh.findings);
    const carried = evaluatePolicy({
      findings: make(),
      policy: ignoring,
      mode: 'all',
      scanners: [],
      now: NOW,
    }).findings;
    const copied = evaluatePolicy({ findings: carried, policy: lenient, mode: 'all', scanners: [], now: NOW });
    expect(copied.findings).toEqual(fresh.findings);
    expect(copied.findings.map((f) => [f.ignoredBy, f.reason])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

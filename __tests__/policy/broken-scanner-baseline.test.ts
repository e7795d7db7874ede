import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { finding, NOW } from './helpers.js';

/** A scanner that broke did not look: its earlier findings are neither "fixed" nor dropped from the baseline. */
describe('a broken scanner never turns its findings into "fixed"', () => {
  const earlier = new Date('2026-10-01T00:00:00Z');
  const trivyOld = finding({ severity: 'critical', scanner: 'trivy' });
  const gitleaksOld = finding({ severity: 'high', scanner: 'gitleaks', category: 'secret' });
  const gitleaksGone = finding({ severity: 'high', scanner: 'gitleaks', category: 'secret' });
  const baseline = buildBaseline({ findings: [trivyOld, gitleaksOld, gitleaksGone], now: earlier });
  const runs: ScannerRun[] = [
    { id: 'trivy', status: 'error', durationMs: 5, findings: 0, error: 'exited with code 1' },
    { id: 'gitleaks', status: 'ok', durationMs: 5, findings: 1 },
  ];
  const verdict = evaluatePolicy({
    findings: [gitleaksOld],
    policy: buildPolicy({ source: 'inputs' }),
    mode: 'new',
    baseline,
    scanners: runs,
    now: NOW,
  });

  it('lists as fixed only what a scanner that ran looked for and did not find', () => {
    expect(verdict.fixed.map((f) => f.fingerprint)).toEqual([gitleaksGone.fingerprint]);
  });

  it("keeps the broken scanner's entries (and their first-seen dates) in the next baseline", () => {
    const next = buildBaseline({
      findings: verdict.findings,
      previous: baseline,
      now: NOW,
      runs,
    });
    expect(next.entries[trivyOld.fingerprint]?.firstSeen).toBe(earlier.toISOString());
    expect(next.entries[gitleaksGone.fingerprint]).toBeUndefined();
    expect((next.resolved ?? []).map((r) => r.fingerprint)).toEqual([gitleaksGone.fingerprint]);
  });

  it('an old baseline entry without its scanner recorded is not called fixed while any scanner broke', () => {
    const legacy = { ...baseline, entries: { 'fp-legacy': { firstSeen: earlier.toISOString(), ruleId: 'X' } } };
    const v = evaluatePolicy({
      findings: [],
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'all',
      baseline: legacy,
      scanners: runs,
      now: NOW,
    });
    expect(v.fixed).toEqual([]);
  });

  it('a scanner that did not run this time (left out of `scanners`) does not turn its findings into fixed', () => {
    const onlyGitleaks: ScannerRun[] = [{ id: 'gitleaks', status: 'ok', durationMs: 5, findings: 1 }];
    const v = evaluatePolicy({
      findings: [gitleaksOld],
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'all',
      baseline,
      scanners: onlyGitleaks,
      now: NOW,
    });
    expect(v.fixed.map((f) => f.fingerprint)).toEqual([gitleaksGone.fingerprint]);
    const next = buildBaseline({ findings: v.findings, previous: baseline, now: NOW, runs: onlyGitleaks });
    expect(next.entries[trivyOld.fingerprint]?.firstSeen).toBe(earlier.toISOString());
  });
});

describe('a finding matched through its scan-gate 0.1 fingerprint is not resolved', () => {
  it('the next baseline neither lists the old fingerprint as resolved nor loses the first-seen date', () => {
    const earlier = new Date('2026-10-01T00:00:00Z');
    const previous = buildBaseline({
      findings: [finding({ severity: 'high', fingerprint: 'fp-0.1-legacy', scanner: 'bandit' })],
      now: earlier,
    });
    const current = finding({ severity: 'high', scanner: 'bandit', legacyFingerprints: ['fp-0.1-legacy'] });
    const runs: ScannerRun[] = [{ id: 'bandit', status: 'ok', durationMs: 1, findings: 1 }];
    const verdict = evaluatePolicy({
      findings: [current],
      policy: buildPolicy({ source: 'inputs' }),
      mode: 'all',
      baseline: previous,
      scanners: runs,
      now: NOW,
    });
    expect(verdict.fixed).toEqual([]);
    const next = buildBaseline({ findings: verdict.findings, previous, now: NOW, runs });
    expect(next.resolved ?? []).toEqual([]);
    expect(next.entries[current.fingerprint]?.firstSeen).toBe(earlier.toISOString());
  });
});

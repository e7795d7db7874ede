/**
 * Baselines and ignores written by scan-gate 0.1.x hold fingerprints that merged repeated occurrences:
 * they still match, once (the first occurrence), and the verdict says so for the notice.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import type { RawFinding } from '../../src/findings/finding.js';
import { legacyFingerprintOf } from '../../src/findings/fingerprint.js';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { Baseline, ScannerRun } from '../../src/policy/types.js';
import { NOW } from './helpers.js';

const scanners: ScannerRun[] = [{ id: 'bandit', status: 'ok', durationMs: 1, findings: 2 }];

/** Two `yaml.load` lines that 0.1.x fingerprinted as one finding. */
function twoYamlLoads(): RawFinding[] {
  const ws = mkdtempSync(path.join(tmpdir(), 'migration-'));
  writeFileSync(path.join(ws, 'app.py'), '');
  return [5, 9].map((line) => ({
    scanner: 'bandit' as const,
    ruleId: 'B506',
    aliases: ['yaml_load'],
    category: 'code' as const,
    severity: 'medium' as const,
    title: 'Use of unsafe yaml load.',
    location: { path: 'app.py', startLine: line },
    snippet: 'y = yaml.load(text)',
  }));
}

describe('0.1.x fingerprints in baselines and ignores', () => {
  const raw = twoYamlLoads();
  const old = legacyFingerprintOf(raw[0] as RawFinding);
  const findings = normaliseFindings(raw, '/nonexistent');

  it('an old baseline entry makes the first occurrence existing, the second new, and is counted for a notice', () => {
    const baseline: Baseline = {
      version: 1,
      createdAt: '2026-10-01T00:00:00Z',
      entries: { [old]: { firstSeen: '2026-10-01T00:00:00Z', ruleId: 'B506', path: 'app.py' } },
    };
    const v = evaluatePolicy({
      findings,
      policy: buildPolicy({ failOn: 'medium', source: 'inputs' }),
      mode: 'new',
      baseline,
      scanners,
      now: NOW,
    });
    expect(v.findings.map((f) => [f.location.startLine, f.status, f.blocking])).toEqual([
      [5, 'existing', false],
      [9, 'new', true],
    ]);
    expect(v.fixed).toEqual([]);
    expect(v.fingerprintMigration).toEqual({ baseline: 1, ignores: [] });
    // The next baseline records the new fingerprints and keeps the first-seen date.
    const next = buildBaseline({ findings: v.findings, previous: baseline, now: NOW });
    expect(Object.keys(next.entries).sort()).toEqual(findings.map((f) => f.fingerprint).sort());
    expect(next.entries[findings[0]?.fingerprint ?? '']?.firstSeen).toBe('2026-10-01T00:00:00Z');
  });

  it('an ignore naming an old fingerprint waives one occurrence, and names the new fingerprint', () => {
    const ignore = { id: old, reason: 'legacy parser', source: 'policy.yml:4' };
    const policy = { ...buildPolicy({ failOn: 'medium', source: 'inputs' }), ignores: [ignore] };
    const v = evaluatePolicy({ findings, policy, mode: 'all', scanners, now: NOW });
    expect(v.findings.map((f) => f.status)).toEqual(['ignored', 'new']);
    expect(v.verdict).toBe('fail');
    expect(v.fingerprintMigration?.ignores).toEqual([
      { source: 'policy.yml:4', id: old, fingerprint: findings[0]?.fingerprint },
    ]);
  });

  it('a baseline holding both the old and the new fingerprint of a present finding: nothing fixed, in the verdict and the next baseline alike', () => {
    const at = '2026-10-01T00:00:00Z';
    const current = findings[0]?.fingerprint ?? '';
    const baseline: Baseline = {
      version: 1,
      createdAt: at,
      entries: {
        [old]: { firstSeen: at, ruleId: 'B506', path: 'app.py' },
        [current]: { firstSeen: at, ruleId: 'B506', path: 'app.py' },
      },
    };
    const policy = buildPolicy({ failOn: 'medium', source: 'inputs' });
    const v = evaluatePolicy({ findings, policy, mode: 'new', baseline, scanners, now: NOW });
    expect(v.findings.map((f) => f.status)).toEqual(['existing', 'new']);
    // The old name belongs to a finding still here: not fixed (the next baseline agrees: nothing resolved).
    expect(v.fixed).toEqual([]);
    expect(buildBaseline({ findings: v.findings, previous: baseline, now: NOW, runs: scanners }).resolved).toEqual([]);
  });

  it('current fingerprints need no migration', () => {
    const ignore = { id: findings[1]?.fingerprint ?? '', reason: 'r', source: 'policy.yml:4' };
    const policy = { ...buildPolicy({ failOn: 'medium', source: 'inputs' }), ignores: [ignore] };
    const v = evaluatePolicy({ findings, policy, mode: 'all', scanners, now: NOW });
    expect(v.findings.map((f) => f.status)).toEqual(['new', 'ignored']);
    expect(v.fingerprintMigration).toBeUndefined();
  });
});

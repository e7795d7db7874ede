import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { finding, NOW } from './helpers.js';

// Fingerprints come from shard.json files (any string the schema accepts): names that every plain object
// inherits must not look like baseline entries.
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
const ok: ScannerRun[] = [{ id: 'trivy', status: 'ok', durationMs: 1, findings: 0 }];

describe('fingerprints named like Object.prototype members', () => {
  const baseline = buildBaseline({
    findings: [finding({ severity: 'low', fingerprint: 'old' })],
    now: new Date('2026-11-01T00:00:00Z'),
  });

  it('are new in mode new (an empty baseline has not seen them), so they block', () => {
    const findings = INHERITED.map((fingerprint) => finding({ severity: 'high', fingerprint }));
    const v = evaluatePolicy({
      findings,
      policy: buildPolicy({ source: 'x' }),
      mode: 'new',
      baseline,
      scanners: ok,
      now: NOW,
    });
    expect(v.findings.map((f) => [f.fingerprint, f.status, f.blocking])).toEqual(
      INHERITED.map((fp) => [fp, 'new', true]),
    );
    expect(v.verdict).toBe('fail');
  });

  it('are recorded in the next baseline as entries of their own', () => {
    const next = buildBaseline({
      findings: INHERITED.map((fingerprint) => finding({ severity: 'high', fingerprint })),
      previous: baseline,
      now: NOW,
    });
    const saved = JSON.parse(JSON.stringify(next)) as { entries: Record<string, { firstSeen: string }> };
    expect(Object.keys(saved.entries).sort()).toEqual([...INHERITED].sort());
    for (const fp of INHERITED)
      expect(Object.getOwnPropertyDescriptor(saved.entries, fp)?.value.firstSeen).toBe(NOW.toISOString());
    expect((next.resolved ?? []).map((r) => r.fingerprint)).toEqual(['old']);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { parsePolicyText } from '../../src/config/policy-file.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { REPO_ROOT } from '../harness/tools.js';
import { finding, NOW } from './helpers.js';

const ok: ScannerRun[] = [{ id: 'trivy', status: 'ok', durationMs: 1, findings: 0 }];

function load(name: string, failOn?: 'high') {
  const file = parsePolicyText(readFileSync(path.join(REPO_ROOT, 'examples/policies', name), 'utf8'), name);
  return {
    file,
    policy: buildPolicy({
      rules: file.rules,
      failOn: failOn ?? (file.inputs['fail-on'] as 'critical' | undefined),
      source: name,
    }),
  };
}

describe('example policies', () => {
  it('zero-tolerance: a low finding and an unknown one both block', () => {
    const { policy } = load('zero-tolerance.yml');
    const v = evaluatePolicy({
      findings: [finding({ severity: 'low' }), finding({ severity: 'unknown', suppressed: { source: '# nosec' } })],
      policy,
      mode: 'all',
      scanners: ok,
      now: NOW,
    });
    expect(v.blocking).toBe(2);
    expect(v.verdict).toBe('fail');
  });

  it('block critical, waive with reason: high passes, critical and any secret block, the waiver applies', () => {
    const { policy } = load('block-critical-waive-with-reason.yml');
    const waived = finding({
      severity: 'critical',
      ruleId: 'CVE-2023-44487',
      package: { name: 'golang.org/x/net', version: '0.7.0', fixedVersions: ['0.17.0'] },
    });
    const v = evaluatePolicy({
      findings: [
        finding({ severity: 'high' }),
        finding({ severity: 'low', category: 'secret', scanner: 'gitleaks' }),
        finding({ severity: 'critical', package: { name: 'zlib', version: '1', fixedVersions: ['2'] } }),
        waived,
        finding({ severity: 'critical', package: { name: 'openssl', version: '1', fixedVersions: [] } }),
      ],
      policy,
      mode: 'all',
      scanners: ok,
      now: NOW,
    });
    expect(v.findings.map((f) => [f.status, f.blocking])).toEqual([
      ['new', false],
      ['new', true],
      ['new', true],
      ['ignored', false],
      ['ignored', false],
    ]);
    expect(v.unusedIgnores.map((r) => r.id)).toEqual(['B101']);
  });

  it('new on PRs, everything nightly: a PR passes with only existing findings; the nightly run reports overdue ones', () => {
    const { policy } = load('new-on-pr-all-nightly.yml');
    const existing = finding({ severity: 'critical', fingerprint: 'old-critical' });
    const baseline = buildBaseline({ findings: [existing], now: new Date('2026-11-01T00:00:00Z') });
    const pr = evaluatePolicy({ findings: [existing], policy, mode: 'new', baseline, scanners: ok, now: NOW });
    expect(pr.verdict).toBe('pass');
    expect(pr.existingCount).toBe(1);
    const nightly = evaluatePolicy({ findings: [existing], policy, mode: 'all', baseline, scanners: ok, now: NOW });
    expect(nightly.verdict).toBe('fail');
    expect(nightly.overdue).toBe(1);
  });
});

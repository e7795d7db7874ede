import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { policyIgnoreMatches } from '../../../src/policy/ignores.js';
import { parseTrivyReport } from '../../../src/scanners/trivy/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

/**
 * trivy 0.69 renamed misconfiguration ids (`DS002` + `AVD-DS-0002` → `DS-0002`). One check must keep
 * one identity on both sides of the upgrade: the same rule id, the same fingerprint, and ignores
 * written in any of the forms still matching.
 */
const ctx = { root: '/repo', workspace: '/repo', policy: buildPolicy({ source: 'test' }) };
const doc = JSON.parse(
  readFileSync(path.join(REPO_ROOT, '__tests__/__fixtures__/trivy/config-dockerfile.json'), 'utf8'),
);
const failing = doc.Results[0].Misconfigurations[0] as Record<string, unknown>;

function parseWith(ids: Record<string, unknown>) {
  const rec = { ...failing, ...ids };
  if (!('AVDID' in ids)) delete rec.AVDID;
  const report = { ...doc, Results: [{ ...doc.Results[0], Misconfigurations: [rec] }] };
  return normaliseFindings(parseTrivyReport(JSON.stringify(report), ctx), '/repo');
}

const ignore = (id: string) => ({ id, reason: 'accepted', source: 'scan-gate.yml:3' });

describe('trivy misconfiguration ids across the 0.69 rename', () => {
  const before = parseWith({ ID: 'DS002', AVDID: 'AVD-DS-0002' })[0];
  const after = parseWith({ ID: 'DS-0002' })[0];
  const afterWithAvd = parseWith({ ID: 'DS-0002', AVDID: 'AVD-DS-0002' })[0];

  it('one rule id and one fingerprint for ≤0.68 and ≥0.69 output of the same check', () => {
    expect([before?.ruleId, after?.ruleId, afterWithAvd?.ruleId]).toEqual(['DS-0002', 'DS-0002', 'DS-0002']);
    expect(after?.fingerprint).toBe(before?.fingerprint);
    expect(afterWithAvd?.fingerprint).toBe(before?.fingerprint);
  });

  it.each(['DS002', 'DS-0002', 'AVD-DS-0002', 'ds002'])('an ignore written as %s matches both', (id) => {
    for (const f of [before, after, afterWithAvd])
      expect(policyIgnoreMatches(ignore(id), f as NonNullable<typeof f>)).toBe(true);
  });

  it('Kubernetes (KSV017 ↔ KSV-0017) and cloud checks (AVD-AWS-0086 ↔ AWS-0086) too', () => {
    const ksvOld = parseWith({ ID: 'KSV017', AVDID: 'AVD-KSV-0017' })[0];
    const ksvNew = parseWith({ ID: 'KSV-0017' })[0];
    expect(ksvNew?.ruleId).toBe('KSV-0017');
    expect(ksvNew?.fingerprint).toBe(ksvOld?.fingerprint);
    expect(policyIgnoreMatches(ignore('KSV017'), ksvNew as NonNullable<typeof ksvNew>)).toBe(true);
    const awsOld = parseWith({ ID: 'AVD-AWS-0086', AVDID: 'AVD-AWS-0086' })[0];
    const awsNew = parseWith({ ID: 'AWS-0086' })[0];
    expect(awsNew?.ruleId).toBe('AWS-0086');
    expect(awsNew?.fingerprint).toBe(awsOld?.fingerprint);
    expect(policyIgnoreMatches(ignore('AVD-AWS-0086'), awsNew as NonNullable<typeof awsNew>)).toBe(true);
  });
});

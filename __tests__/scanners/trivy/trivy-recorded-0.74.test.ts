import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { parseTrivyReport } from '../../../src/scanners/trivy/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const ctx = { root: '/tmp/sg-trec', workspace: '/tmp/sg-trec', policy: buildPolicy({ source: 'test' }) };
const recorded = readFileSync(
  path.join(REPO_ROOT, '__tests__/__fixtures__/trivy/fs-misconfig-license-0.74.0.json'),
  'utf8',
);

describe('parseTrivyReport on a real trivy 0.74.0 run (Dockerfile, Terraform, Kubernetes, npm licence)', () => {
  const findings = parseTrivyReport(recorded, ctx);
  const ids = (file: string) => findings.filter((f) => f.location.path === file).map((f) => f.ruleId);

  it('every failed check, by its dashed id, at the right file; PASS results are not findings', () => {
    expect(ids('Dockerfile')).toEqual(['DS-0001', 'DS-0002', 'DS-0017', 'DS-0026']);
    expect(ids('infra/main.tf')).toEqual([
      'AWS-0086',
      'AWS-0087',
      'AWS-0089',
      'AWS-0090',
      'AWS-0091',
      'AWS-0093',
      'AWS-0132',
    ]);
    expect(ids('k8s/deploy.yaml')).toHaveLength(17);
    expect(findings.filter((f) => f.category === 'misconfiguration')).toHaveLength(28);
  });

  it('keeps the pre-0.69 forms as aliases (KSV-0104 ↔ KSV104) and the severities trivy gave', () => {
    const ksv = findings.find((f) => f.ruleId === 'KSV-0104');
    expect(ksv?.aliases).toEqual(['AVD-KSV-0104', 'KSV104']);
    expect(findings.find((f) => f.ruleId === 'DS-0002')).toMatchObject({
      severity: 'high',
      aliases: ['AVD-DS-0002', 'DS002'],
    });
    expect(findings.find((f) => f.ruleId === 'AWS-0086')?.aliases).toEqual(['AVD-AWS-0086']);
  });

  it('reads the restricted GPL licence of the npm dependency as a high licence finding', () => {
    const lic = findings.filter((f) => f.category === 'license');
    expect(lic.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([
      ['license:GPL-3.0-only', 'high', 'package-lock.json'],
    ]);
  });
});

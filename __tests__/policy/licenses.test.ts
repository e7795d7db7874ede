import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { decideLicence } from '../../src/policy/licenses.js';
import { parseTrivyReport } from '../../src/scanners/trivy/parse.js';
import { finding, policyFrom } from './helpers.js';

const lp = (yaml: string) => {
  const p = policyFrom(`version: 1\nlicenses:\n${yaml}`).licensePolicy;
  if (!p) throw new Error('no licence policy');
  return p;
};
const lic = (expression: string) =>
  finding({ severity: 'unknown', category: 'license', ruleId: `license:${expression}` });

describe('licence policy by SPDX id', () => {
  it('deny blocks; everything else passes without an allow list', () => {
    const p = lp('  deny: [GPL-3.0-only]\n');
    expect(decideLicence(lic('GPL-3.0-only'), p).blocks).toBe(true);
    expect(decideLicence(lic('GPL-3.0'), p).blocks).toBe(true);
    expect(decideLicence(lic('MIT'), p).blocks).toBe(false);
  });

  it('SPDX expressions: OR passes when either side does, AND only when both do', () => {
    const p = lp('  allow: [MIT, Apache-2.0]\n');
    expect(decideLicence(lic('MIT OR GPL-3.0-only'), p).blocks).toBe(false);
    expect(decideLicence(lic('MIT AND GPL-3.0-only'), p)).toEqual({
      blocks: true,
      why: expect.stringMatching(/^licence MIT AND GPL-3.0-only is not in the allow list/),
    });
    expect(decideLicence(lic('(MIT OR Apache-2.0) AND Apache-2.0'), p).blocks).toBe(false);
  });

  it('unknown licences follow the explicit `unknown` setting (block by default)', () => {
    expect(decideLicence(lic('unknown'), lp('  allow: [MIT]\n')).blocks).toBe(true);
    expect(decideLicence(lic('NOASSERTION'), lp('  allow: [MIT]\n  unknown: allow\n')).blocks).toBe(false);
    expect(decideLicence(lic('Custom licence text'), lp('  deny: [GPL-3.0-only]\n')).why).toMatch(
      /not an SPDX expression/,
    );
  });

  it('a policy that lists an id in both lists, or neither list, is refused with the field named', () => {
    expect(() => policyFrom('version: 1\nlicenses:\n  allow: [MIT]\n  deny: [mit]\n')).toThrow(
      /licenses lists MIT in both allow and deny/,
    );
    expect(() => policyFrom('version: 1\nlicenses:\n  unknown: allow\n')).toThrow(
      /licenses needs an allow or a deny list/,
    );
    expect(() => policyFrom('version: 1\nlicenses:\n  deny: GPL\n')).toThrow(/licenses/);
  });

  it('`licenses: true` keeps its meaning (trivy licence scanning, gated by thresholds)', () => {
    const p = policyFrom('version: 1\nlicenses: true\n');
    expect(p.scanLicenses).toBe(true);
    expect(p.licensePolicy).toBeUndefined();
    expect(policyFrom('version: 1\nlicenses:\n  deny: [GPL-3.0-only]\n').scanLicenses).toBe(true);
  });

  it("applies to trivy's licence findings like to dependency review's", () => {
    const report = JSON.stringify({
      SchemaVersion: 2,
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'license',
          Licenses: [
            {
              Severity: 'HIGH',
              Category: 'restricted',
              PkgName: 'gpl-lib',
              FilePath: '',
              Name: 'GPL-3.0-only',
              Confidence: 1,
              Link: '',
            },
            {
              Severity: 'LOW',
              Category: 'notice',
              PkgName: 'left-pad',
              FilePath: '',
              Name: 'MIT',
              Confidence: 1,
              Link: '',
            },
          ],
        },
      ],
    });
    const policy = policyFrom('version: 1\nfail-on: none\nlicenses:\n  deny: [GPL-3.0-only]\n');
    const raw = parseTrivyReport(report, { root: '/ws', workspace: '/ws', policy });
    const v = evaluatePolicy({
      findings: normaliseFindings(raw, '/ws'),
      policy,
      mode: 'all',
      scanners: [],
      now: new Date(),
    });
    expect(v.findings.map((f) => [f.package?.name, f.blocking])).toEqual([
      ['gpl-lib', true],
      ['left-pad', false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { decideLicence } from '../../src/policy/licenses.js';
import { finding, policyFrom } from './helpers.js';

const lp = (yaml: string) => {
  const p = policyFrom(`version: 1\nlicenses:\n${yaml}`).licensePolicy;
  if (!p) throw new Error('no licence policy');
  return p;
};
const lic = (expression: string) =>
  finding({ severity: 'unknown', category: 'license', ruleId: `license:${expression}` });

describe('licence expressions that are not strict SPDX never slip past deny', () => {
  const p = lp('  deny: [GPL-3.0-only, AGPL-3.0-only]\n  unknown: allow\n');

  it('a denied id in lower case, or joined with "/", "," or ";" (package metadata does this) is still denied', () => {
    for (const expression of ['gpl-3.0-only', 'gpl-3.0', 'MIT/GPL-3.0-only', 'agpl-3.0-only, MIT', 'MIT;gpl-3.0']) {
      const d = decideLicence(lic(expression), p);
      expect(d, expression).toEqual({ blocks: true, why: expect.stringMatching(/is denied/) });
    }
  });

  it('an unparseable expression naming nothing denied still follows unknown: allow', () => {
    expect(decideLicence(lic('mit'), p).blocks).toBe(false);
    expect(decideLicence(lic('Apache 2.0'), p).blocks).toBe(false);
    expect(decideLicence(lic('GPL-3.0-only-ish'), p).blocks).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../src/config/policy-file.js';
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

describe('licence lists in the policy file hold SPDX ids, not expressions that can never match', () => {
  it.each([
    ['deny', 'GPL-3.0-only OR MIT'],
    ['deny', 'GPL 3'],
    ['allow', 'Apache-2.0 WITH LLVM-exception'],
    ['allow', 'MIT AND BSD-3-Clause'],
  ])('%s: "%s" is a configuration error naming the field', (list, id) => {
    expect(() => parsePolicyText(`version: 1\nlicenses:\n  ${list}: ["${id}"]\n`, 'p.yml')).toThrow(
      new RegExp(`^p\\.yml:3: licenses\\.${list}\\[0\\] "${id.replace(/[.+()]/g, '\\$&')}" is not an SPDX licence id`),
    );
  });

  it('SPDX ids, deprecated ids and LicenseRef- ids are accepted', () => {
    const rules = parsePolicyText(
      'version: 1\nlicenses:\n  deny: [GPL-3.0, AGPL-3.0-or-later, LicenseRef-Proprietary]\n  allow: [MIT]\n',
      'p.yml',
    );
    expect(rules.rules.licensePolicy?.deny).toEqual(['GPL-3.0', 'AGPL-3.0-or-later', 'LicenseRef-Proprietary']);
  });
});

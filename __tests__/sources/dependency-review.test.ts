import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { dependencyReview } from '../../src/sources/dependency-review.js';
import { policyFrom } from '../policy/helpers.js';
import { githubExample } from './fixtures.js';

const diff = githubExample('dependency-graph/diff-range');
const pullRequest = { base: 'b'.repeat(40), head: 'c'.repeat(40) };

describe("dependency-review source on GitHub's documented dependency diff", () => {
  it('every added dependency with a known vulnerability is a finding; removed ones are not', () => {
    const policy = policyFrom('version: 1\n');
    const { raw } = dependencyReview.parse(diff, { policy, pullRequest });
    expect(raw).toEqual([
      expect.objectContaining({
        scanner: 'dependency-review',
        ruleId: 'GHSA-fqfj-cmh6-hj49',
        category: 'vulnerability',
        severity: 'critical',
        location: { path: 'Gemfile' },
        package: { name: 'ruby-openid', version: '2.7.0', ecosystem: 'rubygems' },
        helpUri: 'https://github.com/advisories/GHSA-fqfj-cmh6-hj49',
      }),
    ]);
  });

  it('a removed vulnerable dependency is listed as fixed by the pull request', () => {
    const removed = diff.map((d) =>
      d.change_type === 'removed'
        ? {
            ...d,
            vulnerabilities: [
              { severity: 'high', advisory_ghsa_id: 'GHSA-aaaa-bbbb-cccc', advisory_summary: 'x', advisory_url: 'u' },
            ],
          }
        : d,
    );
    const out = dependencyReview.parse(removed, { policy: policyFrom('version: 1\n'), pullRequest });
    expect(out.note).toBe(
      'fixed by this pull request: 1 vulnerable dependency removed — helmet@4.6.0 (GHSA-aaaa-bbbb-cccc)',
    );
  });

  it('ignore-unfixed does not waive them: the diff does not say whether a fix exists', () => {
    const policy = policyFrom('version: 1\nignore-unfixed: true\n');
    const { raw } = dependencyReview.parse(diff, { policy, pullRequest });
    const v = evaluatePolicy({
      findings: normaliseFindings(raw, '/x'),
      policy,
      mode: 'all',
      scanners: [],
      now: new Date(),
    });
    expect(v.findings.map((f) => [f.ruleId, f.status, f.blocking])).toEqual([['GHSA-fqfj-cmh6-hj49', 'new', true]]);
  });

  it('only applies to pull requests', () => {
    expect(dependencyReview.notApplicable?.({ policy: policyFrom('version: 1\n') })).toMatch(/only on pull requests/);
    expect(dependencyReview.notApplicable?.({ policy: policyFrom('version: 1\n'), pullRequest })).toBeUndefined();
  });
});

describe('licences of added dependencies go through the licence policy', () => {
  const gpl = [
    ...diff,
    { ...diff[1], name: 'gpl-lib', version: '1.0.0', package_url: 'pkg:npm/gpl-lib@1.0.0', license: 'GPL-3.0-only' },
  ];

  function verdictFor(yaml: string) {
    const policy = policyFrom(yaml);
    const { raw } = dependencyReview.parse(gpl, { policy, pullRequest });
    return evaluatePolicy({
      findings: normaliseFindings(raw, '/x'),
      policy,
      mode: 'all',
      scanners: [],
      now: new Date(),
    });
  }

  it('a denied licence blocks; allowed ones do not; the vulnerability blocks by threshold: both reasons', () => {
    const v = verdictFor(
      'version: 1\nfail-on: high\nlicenses:\n  deny: [GPL-3.0-only, AGPL-3.0-only]\n  unknown: allow\n',
    );
    const licences = v.findings.filter((f) => f.category === 'license');
    expect(licences.map((f) => [f.package?.name, f.blocking])).toEqual([
      ['helmet', false],
      ['ruby-openid', false],
      ['gpl-lib', true],
    ]);
    expect(v.verdict).toBe('fail');
    expect(v.reasons).toEqual([
      expect.stringMatching(/^1 finding reaches fail-on high/),
      expect.stringMatching(/^1 finding: licence GPL-3.0-only is denied \(licenses, policy.yml:\d+\)$/),
    ]);
  });

  it('an allow list refuses everything else; unknown licences block by default (ruby-openid has none)', () => {
    const v = verdictFor('version: 1\nfail-on: none\nlicenses:\n  allow: [MIT, Apache-2.0]\n');
    const blocking = v.findings.filter((f) => f.blocking).map((f) => [f.package?.name, f.reason]);
    expect(blocking).toEqual([
      ['ruby-openid', expect.stringMatching(/^licence unknown is not allowed: unknown licences block/)],
      ['gpl-lib', expect.stringMatching(/^licence GPL-3.0-only is not in the allow list/)],
    ]);
  });
});

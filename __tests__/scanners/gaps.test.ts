/**
 * A scanner that says it could not analyse something (a file it could not parse, a dependency it
 * skipped) has not produced a clean result for it: parsers record those gaps, shown as warnings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { parseCheckovReport } from '../../src/scanners/checkov/parse.js';
import { recordGaps } from '../../src/scanners/gaps.js';
import { parsePipAuditReport } from '../../src/scanners/pip-audit/parse.js';
import { fakeGithubToken } from '../harness/git-repo.js';
import { REPO_ROOT } from '../harness/tools.js';

const policy = buildPolicy({ source: 'test' });
const ctx = (gaps: string[], label?: string) => ({ root: '/ws', workspace: '/ws', policy, gaps, label });

describe('coverage gaps', () => {
  it('pip-audit: a dependency skipped as "not found on PyPI" (real DefectDojo fixture) is a gap', () => {
    const text = readFileSync(
      path.join(REPO_ROOT, '__tests__/__fixtures__/pip-audit/thirdparty-defectdojo-many-vulns.json'),
      'utf8',
    );
    const gaps: string[] = [];
    expect(parsePipAuditReport(text, ctx(gaps, 'requirements.txt'))).toHaveLength(7);
    expect(gaps).toEqual([
      'dependencies pip-audit did not audit in requirements.txt (1): Dependency not found on PyPI and could not be audited: azure-devops (0.17.0)',
    ]);
  });

  it('checkov: parsing_errors in a framework summary is a gap; zero is not', () => {
    const report = (n: number) => ({
      check_type: 'terraform',
      results: { failed_checks: [] },
      summary: { parsing_errors: n },
    });
    const gaps: string[] = [];
    parseCheckovReport(JSON.stringify([report(0), { ...report(2), check_type: 'kubernetes' }]), ctx(gaps));
    expect(gaps).toEqual(['checkov frameworks with files it could not parse (1): kubernetes: 2 files']);
  });

  it('shows three items on one line each, masked, and counts the rest', () => {
    const gaps: string[] = [];
    const token = fakeGithubToken();
    recordGaps(ctx(gaps), 'things', [`a\nb`, `token=${token}`, 'c', 'd', 'e']);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(/^things \(5\): a b; token=\*\*\*; c; and 2 more$/);
  });
});

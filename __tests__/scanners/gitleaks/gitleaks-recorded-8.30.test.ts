import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { parseGitleaksReport } from '../../../src/scanners/gitleaks/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const ctx = { root: '/repo', workspace: '/repo', policy: buildPolicy({ source: 'test' }) };
const recorded = readFileSync(path.join(REPO_ROOT, '__tests__/__fixtures__/gitleaks/git-range-8.30.1.json'), 'utf8');

describe('parseGitleaksReport on a real gitleaks 8.30.1 git-range report (--redact)', () => {
  it('three leaks with file, line, column and commit; every one at the policy secret severity', () => {
    const findings = parseGitleaksReport(recorded, ctx);
    expect(findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.description])).toEqual([
      ['github-pat', 'config/app.env', 3, 'Committed in c9e71abf1e2b'],
      ['generic-api-key', 'creds.txt', 3, 'Committed in 42b969bc60c5'],
      ['aws-access-token', 'creds.txt', 2, 'Committed in 42b969bc60c5'],
    ]);
    expect(findings[0]?.location).toMatchObject({ startColumn: 15, endColumn: 54 });
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set([ctx.policy.secretSeverity]));
  });

  it('a leak in a file deleted later (not in the workspace) still gets a stable, distinct fingerprint', () => {
    const once = normaliseFindings(parseGitleaksReport(recorded, ctx), '/repo').map((f) => f.fingerprint);
    const again = normaliseFindings(parseGitleaksReport(recorded, ctx), '/repo').map((f) => f.fingerprint);
    expect(once).toEqual(again);
    expect(new Set(once).size).toBe(3);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { parseLogins, parseScanners } from '../../src/config/input-parsers.js';
import { parsePolicyText } from '../../src/config/policy-file.js';
import { REPO_ROOT } from '../harness/tools.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf("### One gate over GitHub's own alerts"));
const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe("README recipe: one gate over GitHub's own alerts", () => {
  it('the policy file is valid and means what the text says', () => {
    const file = parsePolicyText(blocks[0] ?? '', 'README');
    expect(parseScanners('scanners', file.inputs.scanners ?? '')).toEqual([
      'trivy',
      'gitleaks',
      'dependabot',
      'dependency-review',
      'code-scanning',
    ]);
    const policy = buildPolicy({ rules: file.rules, source: 'README' });
    expect(policy.sla).toEqual({ critical: 24 * 3.6e6, high: 48 * 3.6e6, medium: 72 * 3.6e6, low: 72 * 3.6e6 });
    expect(policy.slaBlocks).toBe(true);
    expect(policy.licensePolicy).toMatchObject({
      allow: [],
      deny: ['GPL-3.0-only', 'AGPL-3.0-only'],
      unknown: 'allow',
    });
    expect(parseLogins('issue-assignees', file.inputs['issue-assignees'] ?? '', false)).toEqual(['octocat']);
    expect(parseLogins('issue-mentions', file.inputs['issue-mentions'] ?? '', true)).toEqual(['octo-org/security']);
  });

  it('the permissions block grants what each listed source needs', () => {
    const permissions = blocks[1] ?? '';
    for (const line of ['contents: read', 'security-events: write', 'vulnerability-alerts: read', 'issues: write'])
      expect(permissions).toContain(line);
  });
});

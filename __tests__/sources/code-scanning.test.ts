import { describe, expect, it } from 'vitest';
import { codeScanning } from '../../src/sources/code-scanning.js';
import { policyFrom } from '../policy/helpers.js';
import { githubExample } from './fixtures.js';

const ctx = { policy: policyFrom('version: 1\n'), ref: 'refs/heads/main' };
const alerts = githubExample('code-scanning/list-alerts-for-repo');

describe("code-scanning source on GitHub's documented alerts", () => {
  it('open alerts of other tools: rule, SARIF level as severity, location of the most recent instance, created_at', () => {
    const { raw } = codeScanning.parse(alerts, ctx);
    expect(raw).toEqual([
      expect.objectContaining({
        scanner: 'code-scanning',
        ruleId: 'js/zipslip',
        category: 'code',
        severity: 'high',
        title: 'CodeQL: Arbitrary file write during zip extraction',
        location: {
          path: 'spec-main/api-session-spec.ts',
          startLine: 917,
          endLine: 917,
          startColumn: 7,
          endColumn: 18,
        },
        sourceFirstSeen: '2020-02-13T12:29:18Z',
        alertUrl: 'https://github.com/octocat/hello-world/code-scanning/4',
      }),
    ]);
  });

  it('security_severity_level wins over the SARIF level', () => {
    const first = alerts[0] as Record<string, Record<string, unknown>>;
    const critical = { ...first, rule: { ...first.rule, security_severity_level: 'critical' } };
    expect(codeScanning.parse([critical], ctx).raw[0]?.severity).toBe('critical');
  });

  it("scan-gate's own uploads (category scan-gate/<scanner>/, any instance) are left out and said so", () => {
    const first = alerts[0] as Record<string, Record<string, unknown>>;
    const ours = {
      ...first,
      number: 9,
      tool: { name: 'scan-gate/trivy', guid: null, version: '0.1.0' },
      most_recent_instance: { ...first.most_recent_instance, category: 'scan-gate/trivy/-backend' },
    };
    const out = codeScanning.parse([...alerts, ours], ctx);
    expect(out.raw).toHaveLength(1);
    expect(out.note).toBe("1 alert(s) from scan-gate's own uploads left out (already counted)");
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { ScannerError } from '../../../src/config/errors.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { trufflehog } from '../../../src/scanners/trufflehog/index.js';
import { parseTrufflehogOutput } from '../../../src/scanners/trufflehog/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const policy = buildPolicy({ source: 'test' });
const ctx = { root: '/repo', workspace: '/repo', policy };
const recorded = readFileSync(
  path.join(REPO_ROOT, '__tests__/__fixtures__/trufflehog/readme-git-verified-aws.jsonl'),
  'utf8',
);

/** A result line with the documented field set; the value is assembled at run time. */
function line(over: Record<string, unknown>): string {
  const raw = ['fake', '-', 'credential', '-', Math.random().toString(36).slice(2)].join('');
  return JSON.stringify({
    SourceMetadata: { Data: { Filesystem: { file: '/repo/config/app.env', line: 7 } } },
    SourceName: 'trufflehog - filesystem',
    DetectorName: 'Slack',
    Verified: false,
    Raw: raw,
    Redacted: raw,
    ...over,
  });
}

describe('parseTrufflehogOutput', () => {
  it('reads the recorded verified AWS result: critical, verified, git location; Raw never kept', () => {
    const findings = parseTrufflehogOutput(recorded, ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'trufflehog/AWS',
      severity: 'critical',
      verified: true,
      category: 'secret',
      location: { path: 'keys', startLine: 4 },
    });
    const text = JSON.stringify(normaliseFindings(findings, '/repo'));
    const raw = (JSON.parse(recorded.trim().split('\n')[0] ?? '{}') as { Raw: string }).Raw;
    expect(text).not.toContain(raw);
    expect(findings[0]?.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps verified → critical, verification error → high, unverified → medium, configurable', () => {
    const out = [
      line({ Verified: true }),
      line({ VerificationError: 'timeout' }),
      line({}),
      '{"level":"info","msg":"finished scanning"}',
    ].join('\n');
    expect(parseTrufflehogOutput(out, ctx).map((f) => f.severity)).toEqual(['critical', 'high', 'medium']);
    const custom = buildPolicy({
      source: 't',
      rules: {
        failOnByScanner: {},
        failOnByCategory: {},
        sla: {},
        ignores: [],
        sources: {},
        trufflehog: { unverified: 'low' },
      },
    });
    expect(parseTrufflehogOutput(line({}), { ...ctx, policy: custom })[0]?.severity).toBe('low');
    expect(parseTrufflehogOutput(line({}), ctx)[0]?.location).toEqual({ path: 'config/app.env', startLine: 7 });
  });

  it('empty output is zero findings; garbage is a scanner error naming trufflehog', () => {
    expect(parseTrufflehogOutput('', ctx)).toEqual([]);
    expect(() => parseTrufflehogOutput('panic: runtime error\ngoroutine 1', ctx)).toThrow(ScannerError);
    expect(() => parseTrufflehogOutput('{"unexpected": true}', ctx)).toThrow(/^trufflehog: /);
  });

  it('builds git mode over the range, full history, and filesystem mode', () => {
    const c = {
      root: '/repo',
      workspace: '/repo',
      binary: '/bin/trufflehog',
      workDir: '/w',
      cacheDir: '/c',
      images: [],
      hasGitHistory: true,
      policy,
      sarifFiles: [],
    };
    expect(
      trufflehog.command({ ...c, range: { base: 'b1', head: 'h2', commitCount: 1, description: '' } })[0]?.argv,
    ).toEqual([
      '/bin/trufflehog',
      'git',
      'file:///repo',
      '--json',
      '--no-update',
      '--since-commit',
      'b1',
      '--branch',
      'h2',
    ]);
    expect(trufflehog.command(c)[0]?.argv).toEqual(['/bin/trufflehog', 'git', 'file:///repo', '--json', '--no-update']);
    expect(trufflehog.command({ ...c, hasGitHistory: false })[0]?.argv).toEqual([
      '/bin/trufflehog',
      'filesystem',
      '/repo',
      '--json',
      '--no-update',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { parseTrufflehogOutput } from '../../../src/scanners/trufflehog/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const ctx = { root: '/repo', workspace: '/repo', policy: buildPolicy({ source: 'test' }) };
const recorded = readFileSync(path.join(REPO_ROOT, '__tests__/__fixtures__/trufflehog/git-range-3.97.0.jsonl'), 'utf8');

describe('parseTrufflehogOutput on a real trufflehog 3.97.0 git-range run (verification unreachable)', () => {
  it('two results with file, line and commit; a failed verification is "unknown" (high), not unverified', () => {
    const findings = parseTrufflehogOutput(recorded, ctx);
    expect(findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.severity, f.description])).toEqual([
      ['trufflehog/Github', 'config/app.env', 3, 'high', 'Committed in c9e71abf1e2b'],
      ['trufflehog/AWS', 'creds.txt', 2, 'high', 'Committed in 42b969bc60c5'],
    ]);
    expect(findings.map((f) => f.title)).toEqual([
      'Github secret (verification failed)',
      'AWS secret (verification failed)',
    ]);
    expect(findings.every((f) => f.verified === false)).toBe(true);
  });

  it('keeps no Raw, RawV2, SecretParts or ExtraData value', () => {
    const text = JSON.stringify(parseTrufflehogOutput(recorded, ctx));
    for (const kept of ['REDACTED-', '252319399384']) expect(text).not.toContain(kept);
  });
});

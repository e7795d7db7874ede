import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { sha256 } from '../../../src/findings/fingerprint.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { gitleaks } from '../../../src/scanners/gitleaks/index.js';
import { parseGitleaksReport } from '../../../src/scanners/gitleaks/parse.js';

const policy = buildPolicy({ source: 'test' });

/** A leak as gitleaks writes it without `--redact`; the value is made at run time, never committed. */
function leak(value: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RuleID: 'generic-api-key',
    Description: 'Detected a Generic API Key',
    StartLine: 2,
    EndLine: 2,
    StartColumn: 9,
    EndColumn: 9 + value.length,
    Match: `api_key=${value}`,
    Secret: value,
    Line: `api_key=${value}`,
    File: 'config/app.ini',
    SymlinkFile: '',
    Commit: '',
    Entropy: 4.2,
    Author: 'Jane Dev',
    Email: 'jane@example.test',
    Date: '',
    Message: 'add config',
    Tags: [],
    Fingerprint: 'config/app.ini:generic-api-key:2',
    ...over,
  };
}

function workspace(lines: string[]): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'gitleaks-ws-'));
  writeFileSync(path.join(ws, 'app.ini'), `${lines.join('\n')}\n`);
  return ws;
}

describe('gitleaks secret handling', () => {
  it('an unredacted report: no Secret, Match, Line, author or email anywhere in the findings', () => {
    const value = randomBytes(20).toString('hex');
    const ws = workspace(['[app]', `api_key=${value}`]);
    const c = { root: ws, workspace: ws, policy };
    const findings = parseGitleaksReport(JSON.stringify([leak(value, { File: 'app.ini' })]), c);
    for (const text of [JSON.stringify(findings), JSON.stringify(normaliseFindings(findings, ws))]) {
      expect(text).not.toContain(value);
      expect(text).not.toMatch(/Jane|jane@/);
    }
    expect(findings[0]).toMatchObject({
      severity: 'high',
      location: { path: 'app.ini', startLine: 2, startColumn: 9 },
    });
    expect(findings[0]?.secretHash).toBeUndefined();
  });

  it('redacted and unredacted reports of one leak get the same fingerprint (from the source line)', () => {
    const value = randomBytes(20).toString('hex');
    const ws = workspace(['[app]', `api_key=${value}`]);
    const c = { root: ws, workspace: ws, policy };
    const plain = parseGitleaksReport(JSON.stringify([leak(value, { File: 'app.ini' })]), c);
    const redacted = parseGitleaksReport(
      JSON.stringify([leak(value, { File: 'app.ini', Secret: 'REDACTED', Match: 'api_key=REDACTED' })]),
      c,
    );
    const [a, b] = [normaliseFindings(plain, ws)[0], normaliseFindings(redacted, ws)[0]];
    expect(a?.fingerprint).toBe(b?.fingerprint);
    // The fingerprint survives the line moving down.
    const moved = workspace(['# header', '', '[app]', `api_key=${value}`]);
    const later = parseGitleaksReport(JSON.stringify([leak(value, { File: 'app.ini', StartLine: 4 })]), {
      root: moved,
      workspace: moved,
      policy,
    });
    expect(normaliseFindings(later, moved)[0]?.fingerprint).toBe(a?.fingerprint);
  });

  it('git-mode leaks in files gone from the workspace hash commit:file:rule:line, nothing secret', () => {
    const value = randomBytes(20).toString('hex');
    const ws = workspace(['[app]']);
    const commit = 'c'.repeat(40);
    const gone = leak(value, { File: 'old/creds.env', Commit: commit, StartLine: 5 });
    const present = leak(value, { File: 'app.ini', Commit: commit });
    const [g, p] = parseGitleaksReport(JSON.stringify([gone, present]), { root: ws, workspace: ws, policy });
    expect(g?.secretHash).toBe(sha256(`${commit}:old/creds.env:generic-api-key:5`));
    expect(g?.description).toBe(`Committed in ${commit.slice(0, 12)}`);
    expect(p?.secretHash).toBeUndefined();
  });

  it('severity is the policy secret-severity; version from `gitleaks version`', () => {
    const c = { root: '/repo', workspace: '/repo', policy: { ...policy, secretSeverity: 'medium' as const } };
    expect(parseGitleaksReport(JSON.stringify([leak('x'.repeat(8))]), c)[0]?.severity).toBe('medium');
    expect(gitleaks.versionArgs).toEqual(['version']);
    expect(gitleaks.parseVersion('v8.28.0\n')).toBe('8.28.0');
    expect(gitleaks.parseVersion('8.30.1\n')).toBe('8.30.1');
  });
});

describe('history paths', () => {
  it('git-mode paths are from the repository top level even when the scan root is a subdirectory', () => {
    const c = { root: '/repo/services/api', workspace: '/repo', policy };
    const [git, dir] = parseGitleaksReport(
      JSON.stringify([
        leak('y'.repeat(8), { File: 'services/api/.env', Commit: 'f'.repeat(40) }),
        leak('z'.repeat(8), { File: '.env' }),
      ]),
      c,
    );
    expect(git?.location.path).toBe('services/api/.env');
    expect(dir?.location.path).toBe('services/api/.env');
  });
});

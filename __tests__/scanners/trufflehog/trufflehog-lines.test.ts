import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { ScannerError } from '../../../src/config/errors.js';
import { sha256 } from '../../../src/findings/fingerprint.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { trufflehog } from '../../../src/scanners/trufflehog/index.js';
import { parseTrufflehogOutput } from '../../../src/scanners/trufflehog/parse.js';

const ctx = { root: '/repo', workspace: '/repo', policy: buildPolicy({ source: 'test' }) };

/** A current-format git result (with RawV2 and ExtraData); secret parts are made at run time. */
function gitResult(raw: string, rawV2: string, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    SourceMetadata: {
      Data: { Git: { commit: 'd'.repeat(40), file: 'deploy/db.yaml', email: 'Dev <dev@example.test>', line: 12 } },
    },
    SourceID: 1,
    SourceType: 16,
    SourceName: 'trufflehog - git',
    DetectorType: 17,
    DetectorName: 'Postgres',
    DetectorDescription: 'Postgres connection string',
    DecoderName: 'PLAIN',
    Verified: false,
    VerificationFromCache: false,
    Raw: raw,
    RawV2: rawV2,
    Redacted: `postgres://app:${raw}@db`,
    ExtraData: { sslmode: 'disable' },
    StructuredData: null,
    ...over,
  });
}

describe('trufflehog JSON lines', () => {
  it('hashes Raw+RawV2, then drops them with Redacted; keeps commit, file, line; no email', () => {
    const [raw, rawV2] = [randomBytes(16).toString('hex'), randomBytes(16).toString('hex')];
    const findings = parseTrufflehogOutput(`${gitResult(raw, rawV2)}\n`, ctx);
    expect(findings[0]).toMatchObject({
      ruleId: 'trufflehog/Postgres',
      severity: 'medium',
      verified: false,
      location: { path: 'deploy/db.yaml', startLine: 12 },
      description: `Committed in ${'d'.repeat(12)}`,
      secretHash: sha256(raw + rawV2),
    });
    const text = JSON.stringify(normaliseFindings(findings, '/repo'));
    for (const s of [raw, rawV2, 'dev@example.test']) expect(text).not.toContain(s);
  });

  it('one secret in two commits is one fingerprint; another secret at the same place is another', () => {
    const [raw, rawV2] = [randomBytes(16).toString('hex'), ''];
    const twice = [
      gitResult(raw, rawV2),
      gitResult(raw, rawV2, {
        SourceMetadata: { Data: { Git: { commit: 'e'.repeat(40), file: 'deploy/db.yaml', line: 40 } } },
      }),
    ];
    expect(normaliseFindings(parseTrufflehogOutput(twice.join('\n'), ctx), '/repo')).toHaveLength(1);
    const other = gitResult(randomBytes(16).toString('hex'), '');
    expect(normaliseFindings(parseTrufflehogOutput([twice[0], other].join('\n'), ctx), '/repo')).toHaveLength(2);
  });

  it('skips plain and JSON log lines around results', () => {
    const out = [
      '🐷🔑🐷  TruffleHog. Unearth your secrets. 🐷🔑🐷',
      '{"level":"info-0","msg":"running source"}',
      gitResult('a1b2c3d4', ''),
      '',
    ].join('\n');
    expect(parseTrufflehogOutput(out, ctx)).toHaveLength(1);
    expect(parseTrufflehogOutput('{"level":"info-0","msg":"finished scanning","chunks":3}\n', ctx)).toEqual([]);
  });

  it('a truncated result line is a scanner error even after good results', () => {
    const good = gitResult('a1b2c3d4', '');
    const cut = good.slice(0, good.length / 2);
    expect(() => parseTrufflehogOutput(`${good}\n${cut}`, ctx)).toThrow(ScannerError);
    expect(() => parseTrufflehogOutput(cut, ctx)).toThrow(/^trufflehog: .*truncated/);
  });

  it('non-JSON output without any result is a scanner error; a JSON array is not results', () => {
    expect(() => parseTrufflehogOutput('Error: unknown flag --json2\n', ctx)).toThrow(/^trufflehog: /);
    expect(() => parseTrufflehogOutput('[]', ctx)).toThrow(ScannerError);
    expect(parseTrufflehogOutput('\n\n', ctx)).toEqual([]);
  });

  it('filesystem results are located by file; version from `trufflehog --version`', () => {
    const fsLine = gitResult('a1b2c3d4', '', {
      SourceMetadata: { Data: { Filesystem: { file: '/repo/.env', line: 3 } } },
    });
    expect(parseTrufflehogOutput(fsLine, ctx)[0]).toMatchObject({
      location: { path: '.env', startLine: 3 },
      description: undefined,
    });
    expect(trufflehog.versionArgs).toEqual(['--version']);
    expect(trufflehog.parseVersion('trufflehog 3.90.5\n')).toBe('3.90.5');
    expect(
      trufflehog.command({
        ...ctx,
        binary: 't',
        workDir: '/w',
        cacheDir: '/c',
        images: [],
        hasGitHistory: false,
        sarifFiles: [],
      })[0],
    ).toMatchObject({ okExitCodes: [0], output: { kind: 'stdout' } });
  });
});

describe('trufflehog history paths', () => {
  it('git results are located from the repository top level, filesystem results from the scan root', () => {
    const c = { ...ctx, root: '/repo/deploy' };
    expect(parseTrufflehogOutput(gitResult('a1b2c3d4', ''), c)[0]?.location.path).toBe('deploy/db.yaml');
    const fsLine = gitResult('a1b2c3d4', '', {
      SourceMetadata: { Data: { Filesystem: { file: 'db.yaml', line: 1 } } },
    });
    expect(parseTrufflehogOutput(fsLine, c)[0]?.location.path).toBe('deploy/db.yaml');
  });
});

describe('trufflehog saying it failed', () => {
  it.each([
    ['a JSON error log line', '{"level":"error","msg":"error scanning repository","error":"exit status 128"}'],
    ['a console error log line', '2026-11-29T10:00:00Z\terror\ttrufflehog\tfailed to clone repository'],
  ])('%s with exit 0 is a scanner error quoting it, never a clean run', (_name, line) => {
    expect(() => parseTrufflehogOutput(`${line}\n`, ctx)).toThrow(
      /trufflehog: logged 1 error\(s\), so the scan did not finish/,
    );
  });

  it('info and warning log lines are not errors', () => {
    expect(parseTrufflehogOutput('{"level":"info-0","msg":"ok"}\n{"level":"warn","msg":"slow"}\n', ctx)).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { ScannerError } from '../../../src/config/errors.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { gitleaks } from '../../../src/scanners/gitleaks/index.js';
import { parseGitleaksReport } from '../../../src/scanners/gitleaks/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { plantSecrets } from '../../harness/secrets.js';
import { gitleaksWrapper, hasTool, REPO_ROOT } from '../../harness/tools.js';

const FIX = path.join(REPO_ROOT, '__tests__/__fixtures__/gitleaks');
const policy = buildPolicy({ source: 'test' });
const ctx = { root: '/repo', workspace: '/repo', policy };
const read = (name: string) => readFileSync(path.join(FIX, name), 'utf8');

describe('parseGitleaksReport on recorded gitleaks output', () => {
  it('reads the simple report: one secret, severity from the policy default (high), location', () => {
    const findings = parseGitleaksReport(read('report-simple.json'), ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'test-rule',
      category: 'secret',
      severity: 'high',
      location: { path: 'auth.py', startLine: 1, endLine: 2 },
    });
  });

  it('never copies Secret or Match from the unredacted upstream sample', () => {
    const findings = parseGitleaksReport(read('report-simple.json'), ctx);
    const text = JSON.stringify(normaliseFindings(findings, '/repo'));
    expect(text).not.toContain('a secret');
    expect(text).not.toContain('line containing secret');
  });

  it('reads a real redacted git-mode report and the empty report; honours secret-severity', () => {
    const critical = buildPolicy({
      source: 't',
      rules: {
        failOnByScanner: {},
        failOnByCategory: {},
        sla: {},
        ignores: [],
        sources: {},
        secretSeverity: 'critical',
      },
    });
    const findings = parseGitleaksReport(read('baseline-git-redacted.json'), { ...ctx, policy: critical });
    expect(findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.severity])).toEqual([
      ['pypi-upload-token', 'detect/detect_test.go', 32, 'critical'],
      ['pypi-upload-token', 'detect/detect_test.go', 33, 'critical'],
    ]);
    expect(findings[0]?.description).toMatch(/^Committed in [0-9a-f]{12}$/);
    expect(parseGitleaksReport(read('report-empty.json'), ctx)).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'FTL could not create Git log cmd'],
    ['an object', '{"RuleID":"x"}'],
  ])('%s output is a scanner error naming gitleaks', (_n, raw) =>
    expect(() => parseGitleaksReport(raw, ctx)).toThrow(ScannerError),
  );

  it('builds dir mode without history, git mode over the range, full history without a base', () => {
    const c = {
      root: '/repo',
      workspace: '/repo',
      binary: '/bin/gitleaks',
      workDir: '/w',
      cacheDir: '/c',
      images: [],
      hasGitHistory: false,
      policy,
      sarifFiles: [],
    };
    const common = [
      '--redact',
      '--exit-code',
      '2',
      '--report-format',
      'json',
      '--report-path',
      '/w/gitleaks.json',
      '--no-banner',
      '--gitleaks-ignore-path',
      '/w',
    ];
    expect(gitleaks.command(c)[0]?.argv).toEqual(['/bin/gitleaks', 'dir', ...common, '/repo']);
    const range = { base: 'a'.repeat(40), head: 'b'.repeat(40), commitCount: 3, description: '' };
    expect(gitleaks.command({ ...c, hasGitHistory: true, range })[0]?.argv).toEqual([
      '/bin/gitleaks',
      'git',
      ...common,
      `--log-opts=${'a'.repeat(40)}..${'b'.repeat(40)}`,
      '/repo',
    ]);
    expect(gitleaks.command({ ...c, hasGitHistory: true })[0]?.argv).toEqual([
      '/bin/gitleaks',
      'git',
      ...common,
      '/repo',
    ]);
    expect(gitleaks.command(c)[0]?.okExitCodes).toEqual([0, 2]);
  });
});

describe.runIf(hasTool('gitleaksScript'))('real gitleaks 8.28 (WASM build from npm), dir mode', () => {
  it('finds the planted secrets with exit code 2; no secret value in the findings', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gitleaks-real-'));
    const workDir = `${root}-work`;
    mkdirSync(workDir);
    const secrets = plantSecrets(root);
    const c: ScanContext = {
      root,
      workspace: root,
      binary: gitleaksWrapper(path.join(workDir, 'bin')),
      workDir,
      cacheDir: workDir,
      images: [],
      hasGitHistory: false,
      policy,
      sarifFiles: [],
    };
    const [inv] = gitleaks.command(c);
    const argv = inv?.argv ?? [];
    const run = spawnSync(argv[0] ?? '', argv.slice(1), { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(2);
    const findings = parseGitleaksReport(readFileSync(path.join(workDir, 'gitleaks.json'), 'utf8'), c);
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['github-pat', 'private-key', 'aws-access-token']),
    );
    expect(findings.filter((f) => f.ruleId === 'github-pat').map((f) => f.location.path)).toEqual(['.env']);
    expect(findings.find((f) => f.ruleId === 'aws-access-token')?.location).toMatchObject({
      path: 'aws.env',
      startLine: 1,
    });
    const text = JSON.stringify(normaliseFindings(findings, root));
    const pem = readFileSync(path.join(root, 'id_rsa'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'));
    for (const s of [...secrets, ...pem]) expect(text).not.toContain(s);
  }, 120_000);

  it('keeps the cwd .gitleaksignore out; gitleaks always applies <root>/.gitleaksignore itself (known limit)', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'gitleaks-ignore-'));
    const root = path.join(ws, 'app');
    const workDir = `${ws}-work`;
    mkdirSync(root);
    mkdirSync(workDir);
    plantSecrets(root);
    const binary = gitleaksWrapper(path.join(workDir, 'bin'));
    const c: ScanContext = {
      root,
      workspace: ws,
      binary,
      workDir,
      cacheDir: workDir,
      images: [],
      hasGitHistory: false,
      policy,
      sarifFiles: [],
    };
    const argv = gitleaks.command(c)[0]?.argv ?? [];
    const scan = (args: readonly string[]) => {
      const run = spawnSync(args[0] ?? '', args.slice(1), { encoding: 'utf8', timeout: 120_000, cwd: ws });
      expect([0, 2]).toContain(run.status);
      return parseGitleaksReport(readFileSync(path.join(workDir, 'gitleaks.json'), 'utf8'), c).map((f) => f.ruleId);
    };
    // gitleaks' dir-mode fingerprint is <file>:<rule>:<line>, with the file as it reports it.
    const ignore = `${path.join(root, '.env')}:github-pat:2\napp/.env:github-pat:2\n.env:github-pat:2\n`;
    writeFileSync(path.join(ws, '.gitleaksignore'), ignore);
    expect(scan(argv)).toContain('github-pat');
    // Control: without --gitleaks-ignore-path, gitleaks reads the cwd's file and drops the leak.
    const i = argv.indexOf('--gitleaks-ignore-path');
    expect(scan([...argv.slice(0, i), ...argv.slice(i + 2)])).not.toContain('github-pat');
    // gitleaks v8 also reads <source>/.gitleaksignore unconditionally; no flag turns that off.
    writeFileSync(path.join(root, '.gitleaksignore'), ignore);
    expect(scan(argv)).not.toContain('github-pat');
  }, 120_000);

  it('reads the real version through the plugin', () => {
    const binary = gitleaksWrapper(mkdtempSync(path.join(tmpdir(), 'gitleaks-bin-')));
    const run = spawnSync(binary, [...gitleaks.versionArgs], { encoding: 'utf8', timeout: 60_000 });
    expect(gitleaks.parseVersion(`${run.stdout}\n${run.stderr}`)).toBe('8.28.0');
  }, 60_000);
});

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNativeIgnores } from '../../src/config/native-ignores.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { finding, NOW, policyFrom } from './helpers.js';

const ok: ScannerRun[] = [{ id: 'trivy', status: 'ok', durationMs: 1, findings: 0 }];
const run = (yaml: string, findings: ReturnType<typeof finding>[], nativeRoot?: string) =>
  evaluatePolicy({
    findings,
    policy: policyFrom(yaml),
    mode: 'all',
    scanners: ok,
    nativeIgnores: nativeRoot ? loadNativeIgnores(nativeRoot) : [],
    now: NOW,
  });

const ignoreYaml = (fields: string) => `version: 1\nignores:\n  - reason: accepted risk for the demo\n${fields}`;

describe('policy ignores', () => {
  it('matches by rule id, alias and fingerprint (case-insensitive ids)', () => {
    const byRule = finding({ severity: 'high', ruleId: 'CVE-2024-0001' });
    const byAlias = finding({ severity: 'high', ruleId: 'GHSA-xxxx-yyyy-zzzz', aliases: ['CVE-2024-0002'] });
    const byPrint = finding({ severity: 'high', fingerprint: 'abc123def' });
    const v = run(
      'version: 1\nignores:\n  - id: cve-2024-0001\n    reason: r1 waived\n  - id: CVE-2024-0002\n    reason: r2 waived\n  - id: abc123def\n    reason: r3 waived\n',
      [byRule, byAlias, byPrint],
    );
    expect(v.findings.map((f) => f.status)).toEqual(['ignored', 'ignored', 'ignored']);
    expect(v.findings[0]?.ignoredBy).toEqual({
      kind: 'policy',
      source: 'policy.yml:3',
      reason: 'r1 waived',
      owner: undefined,
      expires: undefined,
    });
    expect(v.verdict).toBe('pass');
    expect(v.ignoredCount).toBe(3);
  });

  it('narrows by paths globs, package and scanner', () => {
    const yaml = ignoreYaml('    id: R1\n    paths: ["test/**"]\n    package: Left_Pad\n    scanner: trivy\n');
    const hit = finding({
      severity: 'high',
      ruleId: 'R1',
      location: { path: 'test/a/b.js', startLine: 1 },
      package: { name: 'left-pad' },
    });
    const otherPath = finding({
      severity: 'high',
      ruleId: 'R1',
      location: { path: 'src/b.js', startLine: 1 },
      package: { name: 'left-pad' },
    });
    const otherPkg = finding({
      severity: 'high',
      ruleId: 'R1',
      location: { path: 'test/b.js', startLine: 1 },
      package: { name: 'right-pad' },
    });
    const otherScanner = finding({
      severity: 'high',
      ruleId: 'R1',
      scanner: 'grype',
      location: { path: 'test/b.js', startLine: 1 },
      package: { name: 'left-pad' },
    });
    const v = run(yaml, [hit, otherPath, otherPkg, otherScanner]);
    expect(v.findings.map((f) => f.status)).toEqual(['ignored', 'new', 'new', 'new']);
    expect(v.blocking).toBe(3);
  });

  it('an ignore expiring today still applies; one that expired yesterday does not and is listed', () => {
    const f1 = finding({ severity: 'high', ruleId: 'TODAY' });
    const f2 = finding({ severity: 'high', ruleId: 'YESTERDAY' });
    const f3 = finding({ severity: 'high', ruleId: 'TOMORROW' });
    const v = run(
      'version: 1\nignores:\n  - {id: TODAY, reason: until today, expires: "2026-11-22", owner: sec-team}\n  - {id: YESTERDAY, reason: until yesterday, expires: "2026-11-21"}\n  - {id: TOMORROW, reason: until tomorrow, expires: "2026-11-23"}\n',
      [f1, f2, f3],
    );
    expect(v.findings.map((f) => f.status)).toEqual(['ignored', 'new', 'ignored']);
    expect(v.findings[0]?.ignoredBy?.owner).toBe('sec-team');
    expect(v.expiredIgnores.map((r) => r.id)).toEqual(['YESTERDAY']);
    expect(v.verdict).toBe('fail');
  });

  it('a wildcard id waives every finding under its paths only', () => {
    const yaml =
      'version: 1\nignores:\n  - id: "*"\n    paths: ["__tests__/__fixtures__/**"]\n    reason: recorded upstream outputs with public test tokens\n';
    const inFixtures = finding({
      severity: 'critical',
      category: 'secret',
      location: { path: '__tests__/__fixtures__/gitleaks/a.json', startLine: 2 },
    });
    const elsewhere = finding({
      severity: 'critical',
      category: 'secret',
      location: { path: 'src/a.ts', startLine: 2 },
    });
    expect(run(yaml, [inFixtures, elsewhere]).findings.map((f) => f.status)).toEqual(['ignored', 'new']);
  });

  it('lists ignores that matched nothing as unused', () => {
    const v = run('version: 1\nignores:\n  - {id: NOPE, reason: nothing matches this}\n', [
      finding({ severity: 'low' }),
    ]);
    expect(v.unusedIgnores.map((r) => [r.id, r.source])).toEqual([['NOPE', 'policy.yml:3']]);
  });

  it('allow-ignores: false turns every ignore off', () => {
    const f = finding({ severity: 'high', ruleId: 'R9' });
    const v = run('version: 1\nallow-ignores: false\nignores:\n  - {id: R9, reason: would waive it}\n', [f]);
    expect(v.findings[0]?.status).toBe('new');
    expect(v.verdict).toBe('fail');
    expect(v.unusedIgnores).toEqual([]);
  });
});

describe('native ignore files and inline suppressions', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'native-'));
  writeFileSync(
    path.join(root, '.trivyignore'),
    '# accepted\nCVE-2023-1111\nCVE-2023-2222 exp:2026-01-01\nAVD-DS-0002\n',
  );
  writeFileSync(
    path.join(root, '.gitleaksignore'),
    'config/test.env:generic-api-key:3\n0123abcd:docs/a.md:github-pat:9\n',
  );

  it('reads .trivyignore (with exp:) and .gitleaksignore fingerprints', () => {
    expect(
      loadNativeIgnores(root).map((r) => [r.source, r.id ?? `${r.path}:${r.ruleId}:${r.line}`, r.expires]),
    ).toEqual([
      ['.trivyignore:2', 'CVE-2023-1111', undefined],
      ['.trivyignore:3', 'CVE-2023-2222', '2026-01-01'],
      ['.trivyignore:4', 'AVD-DS-0002', undefined],
      ['.gitleaksignore:1', 'config/test.env:generic-api-key:3', undefined],
      ['.gitleaksignore:2', 'docs/a.md:github-pat:9', undefined],
    ]);
  });

  it('a .trivyignore that is a FIFO is not read (the read would wait for a writer forever): no waiver from it', () => {
    const fifoRoot = mkdtempSync(path.join(tmpdir(), 'native-fifo-'));
    execFileSync('mkfifo', [path.join(fifoRoot, '.trivyignore')]);
    // A writer in another process, so that a read of the FIFO ends (with a waiver) instead of blocking.
    const writer = spawn('sh', ['-c', 'echo CVE-2023-1111 > .trivyignore'], { cwd: fifoRoot, stdio: 'ignore' });
    try {
      expect(loadNativeIgnores(fifoRoot)).toEqual([]);
    } finally {
      writer.kill();
    }
  });

  it('applies them to their own scanner only, visibly, and skips expired trivy entries', () => {
    const findings = [
      finding({ severity: 'critical', ruleId: 'CVE-2023-1111' }),
      finding({ severity: 'critical', ruleId: 'CVE-2023-1111', scanner: 'grype' }),
      finding({ severity: 'critical', ruleId: 'CVE-2023-2222' }),
      finding({
        severity: 'high',
        ruleId: 'generic-api-key',
        scanner: 'gitleaks',
        category: 'secret',
        location: { path: 'config/test.env', startLine: 3 },
      }),
      finding({
        severity: 'high',
        ruleId: 'B602',
        scanner: 'bandit',
        category: 'code',
        suppressed: { source: '# nosec' },
      }),
    ];
    const v = run('version: 1\n', findings, root);
    expect(v.findings.map((f) => [f.status, f.ignoredBy?.source])).toEqual([
      ['ignored', '.trivyignore:2'],
      ['new', undefined],
      ['new', undefined],
      ['ignored', '.gitleaksignore:1'],
      ['ignored', '# nosec'],
    ]);
  });

  it('zero-tolerance: native files and inline suppressions do not apply', () => {
    const findings = [
      finding({ severity: 'low', ruleId: 'CVE-2023-1111' }),
      finding({ severity: 'low', suppressed: { source: '# nosec' } }),
    ];
    const v = run('version: 1\npreset: zero-tolerance\n', findings, root);
    expect(v.findings.map((f) => f.blocking)).toEqual([true, true]);
  });
});

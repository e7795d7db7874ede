import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { pipAuditCommand } from '../../../src/scanners/pip-audit/command.js';
import { pipAudit } from '../../../src/scanners/pip-audit/index.js';
import { parsePipAuditReport } from '../../../src/scanners/pip-audit/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/pip-audit');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy, label: 'requirements.txt' };

function scanContext(root: string): ScanContext {
  return {
    root,
    workspace: root,
    binary: '/venv/bin/pip-audit',
    workDir: '/w',
    cacheDir: '/c',
  } as unknown as ScanContext;
}

const trees: string[] = [];
afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pip-audit-'));
  trees.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('pip-audit command', () => {
  it('audits each requirements file on its own, labelled with its repository path', () => {
    const root = tree({
      'requirements.txt': 'flask==0.5\n',
      'requirements/dev.txt': 'pytest\n',
      'svc/requirements-prod.txt': 'django==3.2.9\n',
      '.venv/lib/requirements.txt': 'ignored\n',
      'node_modules/x/requirements.txt': 'ignored\n',
    });
    const invocations = pipAudit.command(scanContext(root));
    expect(invocations.map((i) => i.label)).toEqual([
      'requirements.txt',
      'requirements/dev.txt',
      'svc/requirements-prod.txt',
    ]);
    expect(invocations[0]?.argv).toEqual([
      '/venv/bin/pip-audit',
      '--requirement',
      path.join(root, 'requirements.txt'),
      '--format',
      'json',
      '--output',
      '/w/pip-audit-1.json',
      '--progress-spinner',
      'off',
      '--cache-dir',
      '/c',
    ]);
    expect(invocations.map((i) => i.output)).toEqual(
      [1, 2, 3].map((n) => ({ kind: 'file', path: `/w/pip-audit-${n}.json` })),
    );
    expect(invocations.every((i) => i.okExitCodes.join() === '0,1' && !i.nothingToScanExitCodes)).toBe(true);
  });

  it('falls back to the root project (pyproject.toml), and to nothing rather than its own venv', () => {
    const [project, ...rest] = pipAuditCommand(scanContext('/ws'), { requirements: [], pyproject: true });
    expect(rest).toEqual([]);
    expect(project?.argv).toEqual([
      '/venv/bin/pip-audit',
      '--format',
      'json',
      '--output',
      '/w/pip-audit-project.json',
      '--progress-spinner',
      'off',
      '--cache-dir',
      '/c',
      '/ws',
    ]);
    expect(project?.label).toBe('pyproject.toml');
    expect(pipAuditCommand(scanContext('/ws'), { requirements: [], pyproject: false })).toEqual([]);
    expect(pipAudit.parseVersion('pip-audit 2.10.1\n')).toBe('2.10.1');
  });
});

describe('parsePipAuditReport on real pip-audit JSON', () => {
  it('reads the legacy top-level array (README): 2 findings on flask with aliases and fixes', () => {
    const findings = parsePipAuditReport(fixture('readme-example-legacy-array.json'), ctx);
    expect(findings.map((f) => [f.ruleId, f.aliases, f.package?.fixedVersions])).toEqual([
      ['PYSEC-2019-179', ['CVE-2019-1010083', 'GHSA-5wv5-4vpf-pj6m'], ['1.0']],
      ['PYSEC-2018-66', ['CVE-2018-1000656', 'GHSA-562c-5r94-xh97'], ['0.12.3']],
    ]);
    expect(findings[0]).toMatchObject({
      scanner: 'pip-audit',
      category: 'vulnerability',
      severity: 'unknown',
      title: 'PYSEC-2019-179 in flask 0.5',
      location: { path: 'requirements.txt' },
      package: { name: 'flask', version: '0.5', ecosystem: 'PyPI' },
    });
    expect(findings[0]?.description).toMatch(/^The Pallets Project Flask before 1\.0/);
  });

  it('reads the current {dependencies} shape: 7 findings in 4 packages, skipped dependency ignored', () => {
    const findings = parsePipAuditReport(fixture('thirdparty-defectdojo-many-vulns.json'), ctx);
    expect(findings).toHaveLength(7);
    const perPackage = findings.reduce<Record<string, number>>((acc, f) => {
      const name = f.package?.name ?? '';
      acc[name] = (acc[name] ?? 0) + 1;
      return acc;
    }, {});
    expect(perPackage).toEqual({ aiohttp: 1, django: 1, lxml: 1, twisted: 4 });
    expect(findings.some((f) => f.package?.name === 'azure-devops')).toBe(false);
    expect(findings.every((f) => f.severity === 'unknown')).toBe(true);
    expect(findings.find((f) => f.package?.name === 'lxml')?.package?.fixedVersions).toEqual([]);
    expect(findings.find((f) => f.package?.name === 'django')?.package?.fixedVersions).toEqual([
      '2.2.25',
      '3.1.14',
      '3.2.10',
    ]);
  });

  it('fails closed when no dependency could be audited (real run with the vulnerability service unreachable)', () => {
    // pip-audit exited 0 here and skipped every dependency: reading that as "no vulnerabilities" would be a false pass.
    const run = () => parsePipAuditReport(fixture('real-2.10.1-vuln-service-unreachable.json'), ctx);
    expect(run).toThrow(ScannerError);
    expect(run).toThrow(
      /pip-audit: none of the 5 dependencies in requirements\.txt could be audited \(e\.g\. requests: Dependency not found on PyPI/,
    );
  });

  it('fingerprints per package, version and advisory, and merges with osv-scanner on a shared CVE alias', () => {
    const findings = normaliseFindings(
      parsePipAuditReport(fixture('thirdparty-defectdojo-many-vulns.json'), ctx),
      '/ws',
    );
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(7);
    const [flask] = parsePipAuditReport(fixture('readme-example-legacy-array.json'), ctx);
    if (!flask) throw new Error('fixture has flask');
    const osv = {
      ...flask,
      scanner: 'osv-scanner' as const,
      ruleId: 'GHSA-5wv5-4vpf-pj6m',
      aliases: ['CVE-2019-1010083'],
      package: { name: 'Flask', version: '0.5' },
    };
    const merged = normaliseFindings([flask, osv], '/ws');
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toEqual(['pip-audit', 'osv-scanner']);
  });

  it('throws a scanner error naming pip-audit on empty, garbage or truncated output', () => {
    const full = fixture('thirdparty-defectdojo-many-vulns.json');
    for (const bad of [
      '',
      'ERROR:pip_audit._cli:Tip: your network may be blocking this service.',
      full.slice(0, 300),
      '{"fixes": []}',
    ]) {
      expect(() => parsePipAuditReport(bad, ctx)).toThrow(ScannerError);
      expect(() => parsePipAuditReport(bad, ctx)).toThrow(/^pip-audit: /);
    }
    expect(parsePipAuditReport('{"dependencies": [], "fixes": []}', ctx)).toEqual([]);
  });
});

describe('pip-audit: a skip reason quoted in an error', () => {
  it('is masked before it is cut: no part of a token long enough to know it by is shown', () => {
    const secret = `ghp_${'Q5F3YbMHbZ'}${Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('')}`;
    const report = JSON.stringify({
      dependencies: [{ name: 'requests', version: '2.19.0', skip_reason: `${'x'.repeat(186)} ${secret}` }],
      fixes: [],
    });
    let message = '';
    try {
      parsePipAuditReport(report, { root: '/ws', workspace: '/ws', policy: {} as Policy });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/none of the 1 dependencies .* could be audited/);
    expect(message).not.toContain('ghp_Q5F3');
  });
});

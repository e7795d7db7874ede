import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import { ScannerError } from '../../../src/config/errors.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { trivy } from '../../../src/scanners/trivy/index.js';
import { parseTrivyReport } from '../../../src/scanners/trivy/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { plantSecrets } from '../../harness/secrets.js';
import { hasTool, REAL_TOOLS, REPO_ROOT } from '../../harness/tools.js';

const FIX = path.join(REPO_ROOT, '__tests__/__fixtures__/trivy');
const policy = buildPolicy({ source: 'test' });
const ctx = { root: '/repo', workspace: '/repo', policy };
const parse = (name: string) => parseTrivyReport(readFileSync(path.join(FIX, name), 'utf8'), ctx);
function tally(xs: { severity: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of xs) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}

describe('parseTrivyReport on recorded trivy output', () => {
  it.each([
    ['fs-npm.json', 1, { medium: 1 }, 'vulnerability'],
    ['fs-pip.json', 2, { high: 1, medium: 1 }, 'vulnerability'],
    ['image-alpine-310.json', 4, { medium: 4 }, 'vulnerability'],
    ['image-alpine-39-high-critical.json', 2, { critical: 2 }, 'vulnerability'],
    ['repo-test-repo.json', 2, { high: 1, medium: 1 }, 'vulnerability'],
    ['fs-secrets.json', 2, { critical: 1, high: 1 }, 'secret'],
    ['config-dockerfile.json', 1, { high: 1 }, 'misconfiguration'],
    ['config-helm-testchart.json', 6, { medium: 3, low: 2, high: 1 }, 'misconfiguration'],
    ['config-terraform-remote-module.json', 3, { low: 1, medium: 1, high: 1 }, 'misconfiguration'],
  ])('%s: %i findings, severities, category', (name, count, severities, category) => {
    const findings = parse(name);
    expect(findings).toHaveLength(count);
    expect(tally(findings)).toEqual(severities);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set([category]));
  });

  it('vulnerabilities carry package, installed and fixed versions, and the advisory link', () => {
    const [jquery] = parse('fs-npm.json');
    expect(jquery).toMatchObject({
      ruleId: 'CVE-2019-11358',
      package: { name: 'jquery', version: '3.3.9', fixedVersions: ['3.4.0'] },
      location: { path: 'package-lock.json' },
      helpUri: 'https://avd.aquasec.com/nvd/cve-2019-11358',
    });
  });

  it('misconfigurations keep both id forms as aliases (new DS-0002 and AVD-DS-0002)', () => {
    const [ds] = parse('config-dockerfile.json');
    expect(ds?.ruleId).toBe('DS-0002');
    expect(ds?.aliases).toContain('AVD-DS-0002');
    expect(ds?.location.path).toBe('Dockerfile');
  });

  it('secrets never carry the matched text, and fingerprints stay stable when lines move', () => {
    const findings = parse('fs-secrets.json');
    const text = JSON.stringify(findings);
    expect(text).not.toMatch(/Match|\*{8}|export AWS/);
    expect(findings.map((f) => [f.ruleId, f.location.startLine])).toEqual([
      ['aws-access-key-id', 3],
      ['mysecret', 7],
    ]);
    const ws = mkdtempSync(path.join(tmpdir(), 'trivy-fp-'));
    const body = 'export AWS_ACCESS_KEY_ID=xxx\n\n\n\nexport MYSECRET=yyy\n';
    writeFileSync(path.join(ws, 'deploy.sh'), `#!/bin/sh\n\n${body}`);
    const before = normaliseFindings(findings, ws).map((f) => f.fingerprint);
    writeFileSync(path.join(ws, 'deploy.sh'), `#!/bin/sh\n# moved\n\n\n${body}`);
    const moved = findings.map((f) => ({
      ...f,
      location: { ...f.location, startLine: (f.location.startLine ?? 0) + 2 },
    }));
    expect(normaliseFindings(moved, ws).map((f) => f.fingerprint)).toEqual(before);
    expect(new Set(before).size).toBe(2);
  });

  it.each([
    ['empty output', ''],
    ['garbage', '<html>502</html>'],
    ['truncated JSON', '{"SchemaVersion": 2, "Results": ['],
    ['another tool’s JSON', '[{"RuleID":"x"}]'],
  ])('%s is a scanner error naming trivy', (_n, raw) => {
    expect(() => parseTrivyReport(raw, ctx)).toThrow(ScannerError);
    expect(() => parseTrivyReport(raw, ctx)).toThrow(/^trivy: /);
  });

  it('builds fs and per-image invocations with its own cache and no .trivyignore', () => {
    const c = {
      root: '/repo',
      workspace: '/repo',
      binary: '/bin/trivy',
      workDir: '/w',
      cacheDir: '/c',
      images: ['alpine:3.19'],
      hasGitHistory: true,
      policy,
      sarifFiles: [],
    };
    const [fs, image] = trivy.command(c);
    expect(fs?.argv).toEqual([
      '/bin/trivy',
      'fs',
      '--scanners',
      'vuln,secret,misconfig',
      '--format',
      'json',
      '--exit-code',
      '0',
      '--quiet',
      '--cache-dir',
      '/c',
      '--ignorefile',
      devNull,
      '--output',
      '/w/trivy-fs.json',
      '/repo',
    ]);
    expect(image?.argv.slice(0, 2)).toEqual(['/bin/trivy', 'image']);
    expect(image?.argv.at(-1)).toBe('alpine:3.19');
    expect(image?.label).toBe('alpine:3.19');
    expect(trivy.exclusiveCache).toBe(true);
    const withLicenses = trivy.command({ ...c, policy: { ...policy, scanLicenses: true } });
    expect(withLicenses.map((i) => i.argv[3])).toEqual(['vuln,secret,misconfig,license', 'vuln,secret,license']);
  });
});

/** A scan root and a separate work directory for a real trivy run. */
function realContext(prefix: string): { root: string; workDir: string; c: ScanContext } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const workDir = `${root}-work`;
  mkdirSync(workDir);
  const c: ScanContext = {
    root,
    workspace: root,
    binary: REAL_TOOLS.trivy,
    workDir,
    cacheDir: path.join(workDir, 'cache'),
    images: [],
    hasGitHistory: false,
    policy,
    sarifFiles: [],
  };
  return { root, workDir, c };
}

describe.runIf(hasTool('trivy'))('real trivy (0.44-era build from npm) on a planted tree', () => {
  it('finds the planted secrets and Dockerfile misconfigurations; no secret value in the findings', () => {
    const { root, c } = realContext('trivy-real-');
    const secrets = plantSecrets(root);
    const [inv] = trivy.command(c);
    // This old build names the misconfiguration scanner `config` and must not fetch its policy bundle.
    const argv = (inv?.argv ?? []).map((a) => (a === 'vuln,secret,misconfig' ? 'secret,config' : a));
    const run = spawnSync(argv[0] ?? '', [...argv.slice(1, -1), '--skip-policy-update', argv.at(-1) ?? ''], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const findings = parseTrivyReport(readFileSync(inv?.output.kind === 'file' ? inv.output.path : '', 'utf8'), c);
    expect(
      findings
        .filter((f) => f.category === 'secret')
        .map((f) => [f.ruleId, f.location.path])
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        ['github-pat', '.env'],
        ['private-key', 'id_rsa'],
      ]),
    );
    const misconfig = findings.filter((f) => f.category === 'misconfiguration');
    // This build says DS002; scan-gate names the check by its current id and keeps the old one as an alias.
    expect(misconfig.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['DS-0002']));
    expect(misconfig.find((f) => f.ruleId === 'DS-0002')?.aliases).toEqual(
      expect.arrayContaining(['AVD-DS-0002', 'DS002']),
    );
    expect(findings.map((f) => f.ruleId)).toContain('aws-access-key-id');
    const text = JSON.stringify(normaliseFindings(findings, root));
    for (const s of [...secrets, ...plantedValues(root)]) expect(text).not.toContain(s);
  }, 120_000);

  it('does not apply the repository .trivyignore (scan-gate does), which trivy would otherwise honour', () => {
    const { root, workDir, c } = realContext('trivy-ignore-');
    plantSecrets(root);
    writeFileSync(path.join(root, '.trivyignore'), 'github-pat\n');
    const [inv] = trivy.command(c);
    const argv = (inv?.argv ?? []).map((a) => (a === 'vuln,secret,misconfig' ? 'secret' : a));
    const scan = (args: readonly string[]) => {
      const run = spawnSync(args[0] ?? '', args.slice(1), { encoding: 'utf8', timeout: 120_000, cwd: root });
      expect(run.status, run.stderr).toBe(0);
      return parseTrivyReport(readFileSync(path.join(workDir, 'trivy-fs.json'), 'utf8'), c).map((f) => f.ruleId);
    };
    expect(scan(argv)).toContain('github-pat');
    // Control: pointed at the repository's file, trivy drops the finding.
    const honoured = argv.map((a) => (a === devNull ? path.join(root, '.trivyignore') : a));
    expect(scan(honoured)).not.toContain('github-pat');
  }, 120_000);
});

/** Values in the planted files beyond those `plantSecrets` returns: every PEM body line, the AWS secret. */
function plantedValues(root: string): string[] {
  const pem = readFileSync(path.join(root, 'id_rsa'), 'utf8').split('\n');
  const aws = readFileSync(path.join(root, 'aws.env'), 'utf8').split('\n');
  return [
    ...pem.filter((l) => l !== '' && !l.startsWith('-----')),
    ...aws.map((l) => l.split('=')[1] ?? '').filter(Boolean),
  ];
}

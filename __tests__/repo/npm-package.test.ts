import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../harness/tools.js';

/** The published CLI: `npm pack`, then a global install from the tarball with no network at all. */
describe('the npm package (npx scan-gate / npm i -g scan-gate)', () => {
  let dir: string;
  let tarball: string;
  let bin: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'scan-gate-pack-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO_ROOT, encoding: 'utf8' }),
    );
    tarball = path.join(dir, packed[0].filename);
    const prefix = path.join(dir, 'prefix');
    // --offline: the bundle has no runtime dependencies, so installing must not need the registry.
    execFileSync('npm', ['install', '--global', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund'], {
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: path.join(dir, 'npm-cache') },
    });
    bin = path.join(prefix, 'bin', 'scan-gate');
  }, 120_000);

  it('ships the CLI bundle and its docs, nothing dev-only, and no runtime dependencies', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining(['package/dist/cli.js', 'package/package.json', 'package/README.md', 'package/LICENSE']),
    );
    expect(files.filter((f) => /__tests__|\/src\/.*\.ts$|scripts\/|test-tools|\.ci\/|node_modules/.test(f))).toEqual(
      [],
    );
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ 'scan-gate': 'dist/cli.js' });
    expect(manifest.engines.node).toBe('>=24');
  });

  it('runs `scan-gate --version` from the installed package', () => {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`scan-gate ${TOOL_VERSION}`);
  });

  it('runs a real scan from the installed package: the policy fails on a high finding, passes with fail-on critical', () => {
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, 'src'), { recursive: true });
    writeFileSync(path.join(ws, 'src', 'app.js'), 'const a = 1;\neval(process.argv[2]);\n');
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval', properties: { 'security-severity': '8.0' } }] } },
          results: [
            {
              ruleId: 'no-eval',
              message: { text: 'eval can be harmful.' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.js' }, region: { startLine: 2 } } }],
            },
          ],
        },
      ],
    };
    writeFileSync(path.join(ws, 'eslint.sarif'), JSON.stringify(sarif));
    const args = [
      'scan',
      ws,
      '--scanners',
      'sarif',
      '--sarif-files',
      'eslint.sarif',
      '--output-dir',
      path.join(dir, 'out'),
    ];
    const failing = spawnSync(bin, [...args, '--json'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(failing.status, failing.stderr).toBe(1);
    const report = JSON.parse(failing.stdout);
    expect(report.verdict).toBe('fail');
    expect(
      report.findings.map((f: { ruleId: string; location: { path: string } }) => [f.ruleId, f.location.path]),
    ).toEqual([['no-eval', 'src/app.js']]);
    const passing = spawnSync(bin, [...args, '--fail-on', 'critical'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(passing.status, passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/pass/i);
  });
});

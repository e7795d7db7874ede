/**
 * `scan-gate scan` as a user runs it (dist/cli.js): paths relative to the current directory, results
 * outside the scanned tree, --baseline, binaries given by absolute path, and what a failing scanner said.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { legacyFingerprintOf } from '../../src/findings/fingerprint.js';
import { parseSarifLog } from '../../src/scanners/sarif/parse.js';
import { startReleaseServer } from '../harness/release-server.js';
import { runAction } from '../harness/run-action.js';
import { hasTool, REAL_TOOLS, REPO_ROOT } from '../harness/tools.js';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');
const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** Every file under `dir`, relative (the scanned tree must not change). */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

async function cli(opts: { cwd: string; args: string[]; home?: string; env?: Record<string, string> }) {
  const home = opts.home ?? temp('scan-gate-home-');
  const r = await runAction({
    workspace: opts.cwd,
    script: 'dist/cli.js',
    args: opts.args,
    env: { SCAN_GATE_HOME: home, ...opts.env },
  });
  const report = /^Report: (.+)$/m.exec(r.stdout)?.[1];
  return { ...r, home, report };
}

describe('scan-gate scan: where results go', () => {
  it("the README's demo command leaves examples/demo untouched (results go under the CLI's cache folder)", async () => {
    const before = listFiles(DEMO);
    const r = await cli({ cwd: REPO_ROOT, args: ['scan', 'examples/demo'] });
    expect(r.exitCode).toBe(1);
    expect(listFiles(DEMO)).toEqual(before);
    expect(r.report).toBeDefined();
    expect(r.report?.startsWith(path.join(r.home, 'results', 'demo-'))).toBe(true);
    expect(JSON.parse(readFileSync(r.report as string, 'utf8')).verdict).toBe('fail');
  });

  it('--output-dir and --config are relative to the current directory, not to the scanned path', async () => {
    const cwd = temp('scan-gate-cwd-');
    const ws = temp('scan-gate-ws-');
    cpSync(DEMO, ws, { recursive: true });
    writeFileSync(
      path.join(cwd, 'my-policy.yml'),
      'version: 1\nfail-on: critical\nscanners: [sarif]\nsarif-files: results/*.sarif\n',
    );
    const r = await cli({ cwd, args: ['scan', ws, '--config', 'my-policy.yml', '--output-dir', 'out'] });
    expect(r.stderr).not.toMatch(/configuration error/);
    expect(r.exitCode).toBe(0);
    expect(r.report).toBe(path.join(cwd, 'out', 'report.json'));
    expect(existsSync(path.join(cwd, 'out', 'report.json'))).toBe(true);
    expect(existsSync(path.join(ws, 'out'))).toBe(false);
  });
});

describe('scan-gate scan --mode new', () => {
  it('--baseline takes the report.json of an earlier run: its findings are existing and do not block', async () => {
    const ws = temp('scan-gate-ws-');
    cpSync(DEMO, ws, { recursive: true });
    const first = await cli({ cwd: ws, args: ['scan', '.'] });
    expect(first.exitCode).toBe(1);
    const second = await cli({ cwd: ws, args: ['scan', '.', '--baseline', first.report as string] });
    expect(second.stderr).not.toMatch(/configuration error/);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/New: 0 · existing 2/);
  });

  it('--baseline written by scan-gate 0.1 (old fingerprints) still makes the first of two identical lines existing', async () => {
    const ws = temp('scan-gate-ws-');
    const line = 'const out = eval(input);';
    writeFileSync(path.join(ws, 'app.js'), `a\n${line}\nb\n${line}\n`);
    const at = (startLine: number) => ({
      ruleId: 'js/eval',
      level: 'error',
      message: { text: 'eval of untrusted input' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'app.js' }, region: { startLine } } }],
    });
    const sarif = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'CodeQL', rules: [{ id: 'js/eval' }] } }, results: [at(2), at(4)] }],
    };
    writeFileSync(path.join(ws, 'result.sarif'), JSON.stringify(sarif));
    const [first] = parseSarifLog(sarif as never, { root: ws, workspace: ws, policy: buildPolicy({ source: 't' }) });
    const old = legacyFingerprintOf(first as NonNullable<typeof first>, line);
    const oldReport = { schemaVersion: 1, tool: { name: 'scan-gate', version: '0.1.0' }, findings: [] as unknown[] };
    oldReport.findings.push({ fingerprint: old, ruleId: 'js/eval', severity: 'high', location: { path: 'app.js' } });
    writeFileSync(path.join(ws, 'old-report.json'), JSON.stringify(oldReport));
    const args = ['scan', '.', '--scanners', 'sarif', '--sarif-files', 'result.sarif', '--baseline', 'old-report.json'];
    const r = await cli({ cwd: ws, args });
    const report = JSON.parse(readFileSync(r.report as string, 'utf8')) as {
      findings: { location: { startLine: number }; status: string }[];
    };
    expect(report.findings.map((f) => [f.location.startLine, f.status])).toEqual([
      [2, 'existing'],
      [4, 'new'],
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('without a baseline, the notice says how to give one, once', async () => {
    const r = await cli({ cwd: REPO_ROOT, args: ['scan', 'examples/demo', '--mode', 'new'] });
    const all = `${r.stdout}\n${r.stderr}`;
    expect(all.match(/no baseline given/g)).toHaveLength(1);
    expect(all).toMatch(/--baseline <report\.json of an earlier run>/);
  });

  it('--baseline with a file that is not a report.json is a configuration error naming it', async () => {
    const cwd = temp('scan-gate-cwd-');
    writeFileSync(path.join(cwd, 'notes.json'), '{"hello": "world"}');
    const r = await cli({ cwd, args: ['scan', DEMO, '--baseline', 'notes.json'] });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`--baseline: ${path.join(cwd, 'notes.json')} is not a scan-gate report.json`);
  });
});

/** A stand-in trivy that, like trivy --quiet on an unknown flag, prints its usage on stdout only and exits 1. */
function fakeTrivyWithUsage(): string {
  const dir = temp('fake-trivy-');
  const file = path.join(dir, 'trivy');
  const usage = [
    'Scan a local filesystem',
    '',
    'Usage:',
    '  trivy filesystem [flags] PATH',
    '',
    'Flags:',
    '      --scanners strings   comma-separated list of what security issues to detect',
  ];
  writeFileSync(
    file,
    `#!${process.execPath}
if (process.argv.includes('--version')) { console.log('Version: 0.58.1'); process.exit(0); }
console.log(${JSON.stringify(usage.join('\n'))});
process.exit(1);
`,
  );
  chmodSync(file, 0o755);
  return file;
}

describe('scan-gate scan --versions id=/absolute/path', () => {
  it('a scanner failing with its usage on stdout: the error shows that usage text, not only the exit code', async () => {
    const trivy = fakeTrivyWithUsage();
    const ws = temp('scan-gate-ws-');
    writeFileSync(path.join(ws, 'package.json'), '{}');
    const r = await cli({ cwd: ws, args: ['scan', '.', '--scanners', 'trivy', '--versions', `trivy=${trivy}`] });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/trivy +ERROR/);
    expect(r.stdout).toMatch(/trivy exited with code 1, which means it failed/);
    expect(r.stdout).toMatch(/Usage:\n.*trivy filesystem \[flags\] PATH/);
  });

  it('a binary inside the scanned checkout is refused (a change to the repository must not pick its scanner)', async () => {
    const ws = temp('scan-gate-ws-');
    mkdirSync(path.join(ws, 'tools'));
    const inside = path.join(ws, 'tools', 'trivy');
    writeFileSync(inside, '#!/bin/sh\necho "Version: 0.58.1"\n');
    chmodSync(inside, 0o755);
    const r = await cli({ cwd: ws, args: ['scan', '.', '--scanners', 'trivy', '--versions', `trivy=${inside}`] });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`Input \`versions\`: trivy=${inside} is inside the repository checkout`);
  });

  it.skipIf(!hasTool('bandit'))('bandit=/usr/bin/bandit (a path to a binary) runs that bandit', async () => {
    const ws = temp('scan-gate-ws-');
    mkdirSync(path.join(ws, 'app'));
    writeFileSync(path.join(ws, 'app', 'main.py'), 'import subprocess\nsubprocess.call("ls", shell=True)\n');
    const r = await cli({
      cwd: ws,
      args: ['scan', '.', '--scanners', 'bandit', '--versions', `bandit=${REAL_TOOLS.bandit}`, '--fail-on', 'low'],
    });
    expect(r.stderr).not.toMatch(/configuration error/);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/bandit +ok +\d+ finding/);
    expect(r.stdout).toMatch(/B602/);
    // Progress on stderr: which scanner is installed and run, with elapsed time.
    expect(r.stderr).toMatch(/^Installing bandit…$/m);
    expect(r.stderr).toMatch(/^bandit \S+ ready \(from PATH \(\/usr\/bin\/bandit\); path\) in \d+\.\ds$/m);
    expect(r.stderr).toMatch(/^Running bandit…$/m);
    expect(r.stderr).toMatch(/^bandit: \d+ finding\(s\) in \d+\.\ds$/m);
  });

  it('an install failure says how to proceed offline (--versions id=path, --tool-mirror)', async () => {
    const server = await startReleaseServer();
    try {
      const ws = temp('scan-gate-ws-');
      writeFileSync(path.join(ws, 'a.txt'), 'hello\n');
      const r = await cli({ cwd: ws, args: ['scan', '.', '--scanners', 'gitleaks', '--tool-mirror', server.url] });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/gitleaks +ERROR/);
      expect(r.stdout).toMatch(/install failed: .*404/);
      expect(r.stdout).toMatch(
        /Offline or behind a firewall\? .*CLI: --versions gitleaks=\/path\/to\/gitleaks.*--tool-mirror <url>/,
      );
    } finally {
      await server.close();
    }
  });
});

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { bandit } from '../../../src/scanners/bandit/index.js';
import type { Invocation, ScanContext } from '../../../src/scanners/types.js';
import { hasTool, REAL_TOOLS } from '../../harness/tools.js';

const APP = [
  'import subprocess',
  'import yaml',
  '',
  '',
  'def run(cmd):',
  '    subprocess.call(cmd, shell=True)',
  '    subprocess.check_output(cmd, shell=True)  # nosec',
  '    return yaml.load(open("settings.yml"))',
  '',
  '',
  'def check(value):',
  '    assert value > 0',
  '',
].join('\n');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function run(inv: Invocation): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const [exe, ...args] = inv.argv;
    if (!exe) return reject(new Error('empty argv'));
    const child = spawn(exe, args, { cwd: inv.cwd, env: { ...process.env, ...inv.env }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

describe.skipIf(!hasTool('bandit'))('bandit (Debian python3-bandit) real run', () => {
  it('runs the plugin argv without a shell and parses what bandit wrote', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'bandit-real-'));
    dirs.push(workspace);
    mkdirSync(path.join(workspace, 'src'));
    writeFileSync(path.join(workspace, 'src', 'app.py'), APP);
    const workDir = path.join(workspace, '.work');
    mkdirSync(workDir);
    const ctx = {
      root: path.join(workspace, 'src'),
      workspace,
      binary: REAL_TOOLS.bandit,
      workDir,
      cacheDir: workDir,
      images: [],
      hasGitHistory: false,
      policy: {} as Policy,
      sarifFiles: [],
    } satisfies ScanContext;
    const [inv] = bandit.command(ctx);
    if (inv?.output.kind !== 'file') throw new Error('bandit writes a report file');
    const code = await run(inv);
    expect(code).toBe(1); // issues found
    expect(inv.okExitCodes).toContain(code);
    const raw = bandit.parse(readFileSync(inv.output.path, 'utf8'), { root: ctx.root, workspace, policy: ctx.policy });
    const rows = raw.map((f) => [f.location.path, f.ruleId, f.severity, f.location.startLine, f.suppressed?.source]);
    expect(rows).toEqual([
      ['src/app.py', 'B404', 'low', 1, undefined],
      ['src/app.py', 'B602', 'high', 6, undefined],
      ['src/app.py', 'B602', 'high', 7, '# nosec'],
      ['src/app.py', 'B506', 'medium', 8, undefined],
      ['src/app.py', 'B101', 'low', 12, undefined],
    ]);
    const findings = normaliseFindings(raw, workspace);
    expect(findings).toHaveLength(5);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(5);
    expect(findings.filter((f) => f.suppressed)).toHaveLength(1);
  });

  it('exits 0 with an empty report on a clean tree; unparseable files are listed as errors, not findings', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'bandit-clean-'));
    dirs.push(workspace);
    writeFileSync(path.join(workspace, 'ok.py'), 'def add(a, b):\n    return a + b\n');
    writeFileSync(path.join(workspace, 'broken.py'), 'def f(:\n');
    const scan = {
      root: workspace,
      workspace,
      binary: REAL_TOOLS.bandit,
      workDir: workspace,
    } as unknown as ScanContext;
    const [inv] = bandit.command(scan);
    if (inv?.output.kind !== 'file') throw new Error('bandit writes a report file');
    expect(await run(inv)).toBe(0);
    const text = readFileSync(inv.output.path, 'utf8');
    expect(JSON.parse(text).errors).toEqual([
      { filename: path.join(workspace, 'broken.py'), reason: expect.any(String) },
    ]);
    const gaps: string[] = [];
    expect(bandit.parse(text, { root: workspace, workspace, policy: {} as Policy, gaps })).toEqual([]);
    // Not a finding, but never silent: the unanalysed file is recorded as a gap.
    expect(gaps).toEqual([expect.stringMatching(/^files bandit could not analyse \(1\): broken\.py \(/)]);
  });

  it('exits 2 on a usage error, which the plugin does not count as ok', async () => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'bandit-bad-'));
    dirs.push(workDir);
    const [inv] = bandit.command({
      root: workDir,
      workspace: workDir,
      binary: REAL_TOOLS.bandit,
      workDir,
    } as unknown as ScanContext);
    if (!inv) throw new Error('no invocation');
    const code = await run({ ...inv, argv: [...inv.argv, '--no-such-flag'] });
    expect(code).toBe(2);
    expect(inv.okExitCodes).not.toContain(code);
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';
import { REPO_ROOT } from '../harness/tools.js';

const DEMO = path.join(REPO_ROOT, 'examples/demo');

function demoWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'scan-gate-ws-'));
  cpSync(DEMO, ws, { recursive: true });
  return ws;
}

const sarifOnly = { scanners: 'sarif', 'sarif-files': 'results/*.sarif', 'upload-sarif': 'false', comment: 'false' };

describe('the bundled action gates SARIF files (dist/index.js as the runner runs it)', () => {
  it('fails on a high finding with fail-on high: exit 1, verdict=fail, outputs and summary written', async () => {
    const ws = demoWorkspace();
    const result = await runAction({ workspace: ws, inputs: { ...sarifOnly, 'fail-on': 'high' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs.blocking).toBe('1');
    expect(result.outputs.total).toBe('2');
    expect(JSON.parse(result.outputs.counts ?? '{}')).toEqual({ critical: 0, high: 1, medium: 1, low: 0, unknown: 0 });
    const reportPath = result.outputs.report ?? '';
    expect(existsSync(reportPath)).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f: { blocking: boolean }) => f.blocking)).toHaveLength(1);
    expect(result.summary).toContain('security/detect-child-process');
    expect(result.stdout).toMatch(/::error::scan-gate: the policy failed/);
  });

  it('passes the same SARIF with fail-on critical: exit 0, verdict=pass', async () => {
    const result = await runAction({ workspace: demoWorkspace(), inputs: { ...sarifOnly, 'fail-on': 'critical' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs.blocking).toBe('0');
  });

  it('refuses fail-on: severe naming the input and the allowed values', async () => {
    const result = await runAction({ workspace: demoWorkspace(), inputs: { ...sarifOnly, 'fail-on': 'severe' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'Configuration error: Input `fail-on` has an invalid value "severe". Allowed values: critical, high, medium, low, any, none.',
    );
    expect(result.outputs.verdict).toBeUndefined();
  });

  it('refuses invalid SARIF with a configuration error naming the file', async () => {
    const ws = demoWorkspace();
    cpSync(
      path.join(REPO_ROOT, '__tests__/__fixtures__/sarif/checkov-openapi-partial.sarif'),
      path.join(ws, 'results/bad.sarif'),
    );
    const result = await runAction({ workspace: ws, inputs: sarifOnly });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /Configuration error: Input `sarif-files`: results\/bad\.sarif is not valid SARIF 2\.1\.0/,
    );
  });

  it('fails closed when a sarif-files pattern matches nothing', async () => {
    const result = await runAction({
      workspace: demoWorkspace(),
      inputs: { ...sarifOnly, 'sarif-files': 'missing/*.sarif', 'fail-on': 'none' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.stdout).toMatch(/matched no file: missing\/\*\.sarif/);
  });
});

describe('scan-gate scan (dist/cli.js)', () => {
  it('runs the demo from a terminal: readable report, exit code = verdict', async () => {
    const ws = demoWorkspace();
    const fail = await runAction({ workspace: ws, script: 'dist/cli.js', args: ['scan', ws] });
    expect(fail.exitCode).toBe(1);
    expect(fail.stdout).toMatch(/scan-gate: FAIL — 1 blocking of 2 finding\(s\)/);
    expect(fail.stdout).toMatch(/HIGH {5}security\/detect-child-process {2}app\/server\.js:4/);
    const pass = await runAction({ workspace: ws, script: 'dist/cli.js', args: ['scan', ws, '--fail-on', 'critical'] });
    expect(pass.exitCode).toBe(0);
    expect(pass.stdout).toMatch(/scan-gate: PASS/);
  });

  it('prints help, and refuses bad options with exit 2', async () => {
    const ws = demoWorkspace();
    const help = await runAction({ workspace: ws, script: 'dist/cli.js', args: ['--help'] });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('scan-gate scan [path] [options]');
    const bad = await runAction({ workspace: ws, script: 'dist/cli.js', args: ['scan', ws, '--fail-on', 'severe'] });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('Input `fail-on` has an invalid value "severe"');
    const unknown = await runAction({ workspace: ws, script: 'dist/cli.js', args: ['scan', '--frobnicate'] });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/scan-gate: configuration error: Unknown option --frobnicate\./);
  });
});

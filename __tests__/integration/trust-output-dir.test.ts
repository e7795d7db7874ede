/** Issue 16, defects 10 and 11: output folders are never shared or clobbered; reporting trouble never decides. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';
import { fakeGitleaks, SARIF_INPUTS, sarifWorkspace } from '../harness/trust-fixtures.js';

describe('output folders (defects 10 and 11)', () => {
  it('two instances in one job write separate report.json files by default', async () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'shared-runner-temp-'));
    const ws = sarifWorkspace();
    const a = await runAction({
      workspace: ws,
      inputs: { ...SARIF_INPUTS, instance: 'a' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    const b = await runAction({
      workspace: ws,
      inputs: { ...SARIF_INPUTS, instance: 'b' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(a.outputs.report).not.toBe(b.outputs.report);
    expect(existsSync(a.outputs.report ?? '')).toBe(true);
    expect(existsSync(b.outputs.report ?? '')).toBe(true);
  });

  it('a second step of the same job writing the same explicit output-dir is refused, the first report kept', async () => {
    const ws = sarifWorkspace();
    const inputs = { ...SARIF_INPUTS, 'output-dir': 'results' };
    const first = await runAction({ workspace: ws, inputs: { ...inputs, instance: 'a' } });
    expect(first.exitCode).toBe(0);
    const before = readFileSync(path.join(ws, 'results', 'report.json'), 'utf8');
    const second = await runAction({ workspace: ws, inputs: { ...inputs, instance: 'b' } });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toMatch(
      /::error::Configuration error: Input `output-dir`: ".*results" already holds the results of scan-gate instance "a" from this job/,
    );
    expect(readFileSync(path.join(ws, 'results', 'report.json'), 'utf8')).toBe(before);
    const nextRun = await runAction({
      workspace: ws,
      inputs: { ...inputs, instance: 'b' },
      env: { GITHUB_RUN_ID: '1002' },
    });
    expect(nextRun.exitCode).toBe(0);
  });

  it('two concurrent CLI runs into one output-dir: the second is refused while the first writes', async () => {
    const ws = sarifWorkspace();
    const out = path.join(ws, 'shared-out');
    const cli = (scanners: string) =>
      runAction({
        workspace: ws,
        script: 'dist/cli.js',
        args: [
          'scan',
          ws,
          '--scanners',
          scanners,
          '--versions',
          'gitleaks=path',
          '--sarif-files',
          '*.sarif',
          '--output-dir',
          out,
        ],
        env: { PATH: `${fakeGitleaks(0, 6000)}:${process.env.PATH}`, SCAN_GATE_HOME: path.join(ws, '.home') },
      });
    const slow = cli('gitleaks');
    // Until the first run has claimed the folder (its marker says active), however loaded the machine.
    const claimed = () => {
      try {
        return JSON.parse(readFileSync(path.join(out, '.scan-gate-run.json'), 'utf8')).active === true;
      } catch {
        return false;
      }
    };
    for (const started = Date.now(); !claimed(); ) {
      if (Date.now() - started > 30_000) throw new Error('the first run never claimed the output folder');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const second = await cli('sarif');
    const first = await slow;
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toMatch(
      /Input `output-dir`: ".*shared-out" is being written by another scan-gate run \(process \d+/,
    );
    const after = await cli('sarif');
    expect(after.exitCode).toBe(0);
  });

  it('an unwritable GITHUB_OUTPUT and job summary are warnings; the step result is the verdict', async () => {
    const ws = sarifWorkspace();
    const notAFile = mkdtempSync(path.join(tmpdir(), 'not-a-file-'));
    const r = await runAction({
      workspace: ws,
      inputs: SARIF_INPUTS,
      env: { GITHUB_OUTPUT: notAFile, GITHUB_STEP_SUMMARY: notAFile },
    });
    expect(r.stdout).toMatch(/::warning::Step outputs not written \(GITHUB_OUTPUT\): .*EISDIR/);
    expect(r.stdout).toMatch(/::warning::Job summary not written \(GITHUB_STEP_SUMMARY\): .*EISDIR/);
    expect(r.stdout).not.toMatch(/No verdict was reached/);
    expect(r.stdout).toMatch(/scan-gate: the policy passed/);
    expect(r.exitCode).toBe(0);
  });

  it('an output-dir under /proc is refused with a clear error, at once', async () => {
    const started = Date.now();
    const r = await runAction({
      workspace: sarifWorkspace(),
      inputs: { ...SARIF_INPUTS, 'output-dir': '/proc/scan-gate/out' },
      timeoutMs: 30_000,
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: Input `output-dir`: "\/proc\/scan-gate\/out" is on a system pseudo-filesystem/,
    );
  });
});

/**
 * A run stopped by a signal (Ctrl-C in a terminal or a pre-commit hook, a cancelled or timed-out job)
 * leaves nothing behind: scanners run in process groups of their own, so the terminal's Ctrl-C never
 * reaches them, and their raw outputs (which can hold matched secrets in clear) sit in a work folder.
 * Before, both outlived the run: the scanner went on running, and the folder stayed in TMPDIR.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeGitleaks } from '../harness/fake-scanner.js';
import { isRunning, waitUntil } from '../harness/processes.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/**
 * A gitleaks that writes part of its report (a stand-in for a matched secret), starts a helper in its
 * process group, writes both pids to `pids`, and then runs until it is killed; `ignoreTerm`: it also
 * ignores SIGTERM, as a scanner stuck in a system call would.
 */
function endlessGitleaks(pids: string, ignoreTerm: boolean): string {
  return fakeGitleaks(`
${ignoreTerm ? "process.on('SIGTERM', () => {});" : ''}
fs.writeFileSync(report, '[{"RuleID":"generic-api-key","Secret":"' + 'raw-' + 'secret-' + 'value' + '"');
const helper = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(
    `${ignoreTerm ? "process.on('SIGTERM', () => {});" : ''} setInterval(() => {}, 1000);`,
  )}], { stdio: 'ignore' });
fs.writeFileSync(${JSON.stringify(pids)}, JSON.stringify([process.pid, helper.pid]));
setInterval(() => {}, 1000);
`);
}

/** Scanner processes the tests started: killed after each test, so a failing one leaves none running. */
const leftRunning = new Set<number>();
afterEach(() => {
  for (const pid of leftRunning) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // ended, as it should have
    }
  }
  leftRunning.clear();
});

/** Sends `signal` to the run once the scanner has written its pids; returns the run and those pids. */
async function stopWhileScanning(opts: {
  script: 'dist/cli.js' | 'dist/index.js';
  signal: NodeJS.Signals;
  ignoreTerm?: boolean;
  tmp: string;
}): Promise<{ run: ActionResult; pids: number[]; stoppedAfterMs: number }> {
  const pids = path.join(temp('pids-'), 'pids.json');
  const bin = endlessGitleaks(pids, opts.ignoreTerm ?? false);
  const ws = temp('scan-gate-ws-');
  let signalled = 0;
  const onStart = (child: ChildProcess) => {
    void waitUntil('the scanner to start', () => existsSync(pids)).then(() => {
      signalled = Date.now();
      child.kill(opts.signal);
    });
  };
  const env = { PATH: `${bin}:${process.env.PATH}`, TMPDIR: opts.tmp };
  const run =
    opts.script === 'dist/cli.js'
      ? await runAction({
          workspace: ws,
          script: 'dist/cli.js',
          args: ['scan', '.', '--scanners', 'gitleaks', '--versions', 'gitleaks=path'],
          env: { ...env, SCAN_GATE_HOME: temp('scan-gate-home-') },
          onStart,
          timeoutMs: 60_000,
        })
      : await runAction({
          workspace: ws,
          inputs: { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false', comment: 'false' },
          env,
          onStart,
          timeoutMs: 60_000,
        });
  const stoppedAfterMs = Date.now() - signalled;
  const started = JSON.parse(readFileSync(pids, 'utf8')) as number[];
  started.forEach((pid) => {
    leftRunning.add(pid);
  });
  return { run, pids: started, stoppedAfterMs };
}

const workFolders = (dir: string) => readdirSync(dir, { recursive: true }).filter((n) => /scan-gate-/.test(String(n)));

describe('a run stopped by a signal stops its scanners and deletes their raw outputs', () => {
  it('CLI, Ctrl-C (SIGINT): exit 130, scanner and its helper stopped, no work folder left in TMPDIR', async () => {
    const tmp = temp('tmp-');
    const { run, pids } = await stopWhileScanning({ script: 'dist/cli.js', signal: 'SIGINT', tmp });
    expect(run.exitCode).toBe(130);
    expect(run.stderr).toContain(
      'scan-gate: stopped by SIGINT before a verdict: 1 running scanner stopped, 1 work folder of raw scanner outputs deleted.',
    );
    await waitUntil('the scanner and its helper to end', () => !pids.some(isRunning), 5000);
    expect(workFolders(tmp)).toEqual([]);
  });

  it('CLI, SIGTERM to a scanner that ignores SIGTERM: killed after the grace period, exit 143', async () => {
    const tmp = temp('tmp-');
    const { run, pids, stoppedAfterMs } = await stopWhileScanning({
      script: 'dist/cli.js',
      signal: 'SIGTERM',
      ignoreTerm: true,
      tmp,
    });
    expect(run.exitCode).toBe(143);
    expect(run.stderr).toContain('stopped by SIGTERM before a verdict: 1 running scanner stopped');
    expect(stoppedAfterMs).toBeGreaterThanOrEqual(1900);
    expect(stoppedAfterMs).toBeLessThan(15_000);
    await waitUntil('the scanner and its helper to end', () => !pids.some(isRunning), 5000);
    expect(workFolders(tmp)).toEqual([]);
  });

  it('action, a cancelled job (SIGINT): exit 130, scanner stopped, no work folder left in RUNNER_TEMP', async () => {
    const tmp = temp('tmp-');
    const { run, pids } = await stopWhileScanning({ script: 'dist/index.js', signal: 'SIGINT', tmp });
    expect(run.exitCode).toBe(130);
    expect(run.stderr).toContain('stopped by SIGINT before a verdict: 1 running scanner stopped, 1 work folder');
    await waitUntil('the scanner and its helper to end', () => !pids.some(isRunning), 5000);
    // The action's work folders are made in RUNNER_TEMP/scan-gate-work (results go to RUNNER_TEMP/scan-gate).
    expect(readdirSync(path.join(run.tempDir, 'runner-temp', 'scan-gate-work'))).toEqual([]);
    expect(workFolders(tmp)).toEqual([]);
  });
});

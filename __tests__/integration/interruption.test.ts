/**
 * A run stopped by a signal (Ctrl-C in a terminal or a pre-commit hook, a cancelled or timed-out job)
 * leaves nothing behind: scanners run in process groups of their own, so the terminal's Ctrl-C never
 * reaches them, and their raw outputs (which can hold matched secrets in clear) sit in a work folder.
 * Before, both outlived the run: the scanner went on running, and the folder stayed in TMPDIR. Found
 * after that by testing from outside: the CLI's scan thread went on to write a report (even "pass")
 * and to start a scanner's next command; a second Ctrl-C cut the clean-up short; the action waited
 * out the whole grace period for scanners that had already ended.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeGitleaks, fakeScanner } from '../harness/fake-scanner.js';
import { isRunning, waitUntil } from '../harness/processes.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
const SECRET_WRITE =
  'fs.writeFileSync(report, \'[{"RuleID":"generic-api-key","Secret":"\' + \'raw-\' + \'secret\' + \'"\');';
const IGNORE_TERM = "process.on('SIGTERM', () => {});";

/**
 * A gitleaks that writes part of its report (a stand-in for a matched secret), starts a helper in its
 * process group, writes both pids to `pids`, and runs until it is killed. `ignoreTerm`: both ignore
 * SIGTERM, as a scanner stuck in a system call would. `onTerm`: what it does on SIGTERM instead.
 */
function endlessGitleaks(pids: string, opts: { ignoreTerm?: boolean; onTerm?: string } = {}): string {
  const helperCode = `${opts.ignoreTerm ? IGNORE_TERM : ''} setInterval(() => {}, 1000);`;
  return fakeGitleaks(`
${opts.ignoreTerm ? IGNORE_TERM : ''}
${opts.onTerm ? `process.on('SIGTERM', () => { ${opts.onTerm} });` : ''}
${SECRET_WRITE}
const helper = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(helperCode)}], { stdio: 'ignore' });
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

interface Stop {
  readonly script: 'dist/cli.js' | 'dist/index.js';
  /** Signals sent once `pids` exists, each `afterMs` after the one before. */
  readonly signals: readonly { signal: NodeJS.Signals; afterMs?: number }[];
  readonly bin: string;
  readonly pids: string;
  readonly tmp: string;
  readonly cliArgs?: readonly string[];
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
}

/** Runs the CLI or the action, signals it while the scanner runs; the run, the scanner's pids, timings. */
async function stopWhileScanning(o: Stop): Promise<{
  run: ActionResult;
  pids: number[];
  stoppedAfterMs: number;
  home: string;
}> {
  const ws = temp('scan-gate-ws-');
  const home = temp('scan-gate-home-');
  let signalled = 0;
  const onStart = (child: ChildProcess) => {
    void waitUntil('the scanner to start', () => existsSync(o.pids)).then(async () => {
      signalled = Date.now();
      for (const { signal, afterMs } of o.signals) {
        if (afterMs) await new Promise((r) => setTimeout(r, afterMs));
        child.kill(signal);
      }
    });
  };
  const env = { PATH: `${o.bin}:${process.env.PATH}`, TMPDIR: o.tmp, ...o.env };
  const run =
    o.script === 'dist/cli.js'
      ? await runAction({
          workspace: ws,
          script: 'dist/cli.js',
          args: ['scan', '.', ...(o.cliArgs ?? ['--scanners', 'gitleaks', '--versions', 'gitleaks=path'])],
          env: { ...env, SCAN_GATE_HOME: home },
          onStart,
          timeoutMs: 60_000,
        })
      : await runAction({
          workspace: ws,
          inputs: {
            scanners: 'gitleaks',
            versions: 'gitleaks=path',
            'upload-sarif': 'false',
            comment: 'false',
            ...o.inputs,
          },
          env,
          onStart,
          timeoutMs: 60_000,
        });
  const stoppedAfterMs = Date.now() - signalled;
  const pids = JSON.parse(readFileSync(o.pids, 'utf8')) as number[];
  for (const pid of pids) leftRunning.add(pid);
  return { run, pids, stoppedAfterMs, home };
}

const pidsFile = () => path.join(temp('pids-'), 'pids.json');
const workFolders = (dir: string) => readdirSync(dir, { recursive: true }).filter((n) => /scan-gate-/.test(String(n)));
/** Every file under `dir` whose text holds the stand-in secret. */
const holdingSecret = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && readFileSync(path.join(e.parentPath, e.name), 'utf8').includes('raw-secret'))
    .map((e) => path.join(e.parentPath, e.name));
const ONE_STOPPED =
  '1 running process stopped; 1 temporary folder or file deleted (raw scanner outputs, downloads, unfinished reports).';

describe('a run stopped by a signal stops its scanners and deletes their raw outputs', () => {
  it('CLI, Ctrl-C (SIGINT): exit 130, scanner and helper stopped, nothing in TMPDIR, no report written', async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script: 'dist/cli.js',
      signals: [{ signal: 'SIGINT' }],
      bin: endlessGitleaks(pids),
      pids,
      tmp,
    });
    expect(s.run.exitCode).toBe(130);
    expect(s.run.stderr).toContain(`scan-gate: stopped by SIGINT before it finished: ${ONE_STOPPED}`);
    expect(s.run.stdout).toBe('');
    await waitUntil('the scanner and its helper to end', () => !s.pids.some(isRunning), 5000);
    expect(workFolders(tmp)).toEqual([]);
    // The scan thread is ended before the scanners are stopped: it does not go on to write a report.
    expect(readdirSync(s.home, { recursive: true }).filter((n) => String(n).endsWith('report.json'))).toEqual([]);
  });

  it('CLI: a scanner that answers SIGTERM with a clean report does not turn the stop into a written "pass"', async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script: 'dist/cli.js',
      signals: [{ signal: 'SIGINT' }],
      bin: endlessGitleaks(pids, { onTerm: "fs.writeFileSync(report, '[]'); process.exit(0);" }),
      pids,
      tmp,
    });
    expect(s.run.exitCode).toBe(130);
    expect(readdirSync(s.home, { recursive: true }).filter((n) => String(n).endsWith('report.json'))).toEqual([]);
    expect(workFolders(tmp)).toEqual([]);
  });

  it("CLI: a scanner's next command (trivy fs, then trivy image) is not started after the stop", async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const imagePid = path.join(path.dirname(pids), 'image.pid');
    const trivy = fakeScanner({
      name: 'trivy',
      version: 'Version: 0.58.1',
      outFlag: '--output',
      script: `
if (args[0] === 'image') { fs.writeFileSync(${JSON.stringify(imagePid)}, String(process.pid)); ${SECRET_WRITE} setInterval(() => {}, 1000); }
else {
  process.on('SIGTERM', () => { fs.writeFileSync(report, '{"SchemaVersion":2,"Results":[]}'); process.exit(0); });
  fs.writeFileSync(${JSON.stringify(pids)}, JSON.stringify([process.pid]));
  setInterval(() => {}, 1000);
}`,
    });
    const s = await stopWhileScanning({
      script: 'dist/cli.js',
      signals: [{ signal: 'SIGINT' }],
      bin: trivy,
      pids,
      tmp,
      cliArgs: ['--scanners', 'trivy', '--versions', 'trivy=path', '--images', 'alpine:3.20'],
    });
    expect(s.run.exitCode).toBe(130);
    await new Promise((r) => setTimeout(r, 500));
    if (existsSync(imagePid)) {
      const pid = Number(readFileSync(imagePid, 'utf8'));
      leftRunning.add(pid);
      expect(isRunning(pid)).toBe(false);
    }
    expect(holdingSecret(tmp)).toEqual([]);
    expect(workFolders(tmp)).toEqual([]);
  });

  it('CLI, SIGTERM to a scanner that ignores SIGTERM: killed after the grace period, exit 143', async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script: 'dist/cli.js',
      signals: [{ signal: 'SIGTERM' }],
      bin: endlessGitleaks(pids, { ignoreTerm: true }),
      pids,
      tmp,
    });
    expect(s.run.exitCode).toBe(143);
    expect(s.run.stderr).toContain(`stopped by SIGTERM before it finished: ${ONE_STOPPED}`);
    expect(s.stoppedAfterMs).toBeGreaterThanOrEqual(1900);
    expect(s.stoppedAfterMs).toBeLessThan(15_000);
    await waitUntil('the scanner and its helper to end', () => !s.pids.some(isRunning), 5000);
    expect(workFolders(tmp)).toEqual([]);
  });

  it.each([
    ['dist/cli.js', 'SIGINT'],
    ['dist/index.js', 'SIGTERM'],
  ] as const)('%s: a second signal while stopping (%s) does not cut the clean-up short', async (script, second) => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script,
      signals: [{ signal: 'SIGINT' }, { signal: second, afterMs: 300 }],
      bin: endlessGitleaks(pids, { ignoreTerm: true }),
      pids,
      tmp,
    });
    expect(s.run.exitCode).toBe(130);
    expect(s.run.stderr).toContain(`stopped by SIGINT before it finished: ${ONE_STOPPED}`);
    await waitUntil('the scanner and its helper to end', () => !s.pids.some(isRunning), 5000);
    expect(holdingSecret(tmp)).toEqual([]);
    if (script === 'dist/index.js') expect(holdingSecret(s.run.tempDir)).toEqual([]);
  });

  it('action, a cancelled job (SIGINT): exit 130, scanner stopped at once, no work folder left', async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script: 'dist/index.js',
      signals: [{ signal: 'SIGINT' }],
      bin: endlessGitleaks(pids),
      pids,
      tmp,
    });
    expect(s.run.exitCode).toBe(130);
    expect(s.run.stderr).toContain(`stopped by SIGINT before it finished: ${ONE_STOPPED}`);
    // Scanners that end on SIGTERM are not waited on for the whole grace period (they are not
    // collected while the stop waits, and used to look alive).
    expect(s.stoppedAfterMs).toBeLessThan(1500);
    await waitUntil('the scanner and its helper to end', () => !s.pids.some(isRunning), 5000);
    // The action's work folders are made in RUNNER_TEMP/scan-gate-work (results go to RUNNER_TEMP/scan-gate).
    expect(readdirSync(path.join(s.run.tempDir, 'runner-temp', 'scan-gate-work'))).toEqual([]);
    expect(holdingSecret(s.run.tempDir)).toEqual([]);
    expect(workFolders(tmp)).toEqual([]);
  });

  it('action with runner debug logging: the raw outputs are kept, and the line says where', async () => {
    const tmp = temp('tmp-');
    const pids = pidsFile();
    const s = await stopWhileScanning({
      script: 'dist/index.js',
      signals: [{ signal: 'SIGINT' }],
      bin: endlessGitleaks(pids),
      pids,
      tmp,
      env: { RUNNER_DEBUG: '1' },
    });
    expect(s.run.exitCode).toBe(130);
    const kept = readdirSync(path.join(s.run.tempDir, 'runner-temp', 'scan-gate-work'));
    expect(kept).toHaveLength(1);
    expect(s.run.stderr).toContain(
      `0 temporary folders and files deleted (raw scanner outputs, downloads, unfinished reports); raw scanner outputs kept in ${path.join(s.run.tempDir, 'runner-temp', 'scan-gate-work', kept[0] ?? '')} (debug logging is on).`,
    );
  });
});

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { Invocation } from '../scanners/types.js';

export interface ProcessResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly durationMs: number;
  /** Last bytes of stderr, for error messages (stdout is never echoed: it may hold findings). */
  readonly stderrTail: string;
  /** stdout went past the cap; the process was stopped. */
  readonly outputTooLarge: boolean;
  /** Set when the process could not be started (ENOENT, EACCES). */
  readonly spawnError?: string;
  /** Set when stdout could not be written to its file (disk full, directory gone). */
  readonly writeError?: string;
}

export const DEFAULT_OUTPUT_CAP = 512 * 1024 * 1024;
const STDERR_TAIL = 64 * 1024;
const KILL_GRACE_MS = 2000;

function killTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    // Negative pid: the whole process group (scanners spawn helpers, e.g. git).
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs one invocation (argv array, never a shell), streaming stdout to `stdoutFile` with a byte cap,
 * keeping only the tail of stderr, and killing the process group on timeout.
 */
export function runProcess(opts: {
  invocation: Invocation;
  stdoutFile: string;
  timeoutMs: number;
  outputCap?: number;
}): Promise<ProcessResult> {
  const { invocation } = opts;
  const cap = opts.outputCap ?? DEFAULT_OUTPUT_CAP;
  const started = Date.now();
  return new Promise((resolve) => {
    const out = createWriteStream(opts.stdoutFile);
    const [cmd = '', ...args] = invocation.argv;
    const child = spawn(cmd, args, {
      cwd: invocation.cwd,
      env: { ...process.env, ...invocation.env },
      shell: false,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stderr = '';
    let written = 0;
    let timedOut = false;
    let outputTooLarge = false;
    let spawnError: string | undefined;
    let writeError: string | undefined;
    const stop = () => {
      killTree(child.pid, 'SIGTERM');
      setTimeout(() => {
        killTree(child.pid, 'SIGKILL');
        // A helper that left the process group may still hold the pipes open; stop waiting for it.
        child.stdout.destroy();
        child.stderr.destroy();
      }, KILL_GRACE_MS).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, opts.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      written += chunk.length;
      if (written > cap) {
        if (!outputTooLarge) stop();
        outputTooLarge = true;
        return;
      }
      // Respect the disk's pace: without this a fast scanner would fill memory with pending writes.
      if (!out.write(chunk)) {
        child.stdout.pause();
        out.once('drain', () => child.stdout.resume());
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    out.on('error', (error) => {
      writeError ??= error.message;
      stop();
    });
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const finish = () =>
        resolve({
          exitCode,
          signal,
          timedOut,
          durationMs: Date.now() - started,
          stderrTail: stderr,
          outputTooLarge,
          spawnError,
          writeError,
        });
      // An errored stream never calls end()'s callback on every Node version; do not wait on it.
      if (out.errored || out.destroyed) finish();
      else out.end(finish);
    });
  });
}

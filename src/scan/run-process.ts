import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Invocation } from '../scanners/types.js';
import { holdGroup, STOP_GRACE_MS, signalGroup } from './interruption.js';

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

type Child = ChildProcessByStdio<null, Readable, Readable>;

export const DEFAULT_OUTPUT_CAP = 512 * 1024 * 1024;

/**
 * A tail cut from a longer stderr, from its first whole line: the cut may fall inside a token, and the
 * part of it that is left can be too short for masking to recognise as one (a `ghp_` token's last 19
 * characters), so the cut line goes.
 */
export function fromFirstWholeLine(tail: string): string {
  const newline = tail.indexOf('\n');
  return newline < 0 ? '' : tail.slice(newline + 1);
}
const STDERR_TAIL = 64 * 1024;

/** SIGTERM the group now, SIGKILL it after a grace period; idempotent. */
function stopper(child: Child): () => void {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGTERM');
    setTimeout(() => {
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      // A helper that left the process group may still hold the pipes open; stop waiting for it.
      child.stdout.destroy();
      child.stderr.destroy();
    }, STOP_GRACE_MS).unref();
  };
}

/** Copies stdout to `out` until `cap` bytes; past it, calls `overflow` once and discards the rest. */
function pipeCapped(child: Child, out: WriteStream, cap: number, overflow: () => void) {
  let written = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    written += chunk.length;
    if (written > cap) return overflow();
    // Respect the disk's pace: without this a fast scanner would fill memory with pending writes.
    if (!out.write(chunk)) {
      child.stdout.pause();
      out.once('drain', () => child.stdout.resume());
    }
  });
}

function spawnDetached(invocation: Invocation): Child {
  const [cmd = '', ...args] = invocation.argv;
  return spawn(cmd, args, {
    cwd: invocation.cwd,
    env: { ...process.env, ...invocation.env },
    shell: false,
    // Its own process group, so a timeout can kill the helpers it starts too.
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

/**
 * Runs one invocation (argv array, never a shell), streaming stdout to `stdoutFile` with a byte cap,
 * keeping only the tail of stderr, and killing the process group on timeout. Never rejects.
 */
export function runProcess(opts: {
  invocation: Invocation;
  stdoutFile: string;
  timeoutMs: number;
  outputCap?: number;
}): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = createWriteStream(opts.stdoutFile);
    const child = spawnDetached(opts.invocation);
    // Its own group gets no Ctrl-C from the terminal: a run stopped by a signal stops it (interruption.ts).
    const release = child.pid === undefined ? undefined : holdGroup(child.pid);
    const stop = stopper(child);
    const state = { stderr: '', timedOut: false, outputTooLarge: false } as {
      stderr: string;
      timedOut: boolean;
      outputTooLarge: boolean;
      spawnError?: string;
      writeError?: string;
    };
    const timer = setTimeout(() => {
      state.timedOut = true;
      stop();
    }, opts.timeoutMs);
    pipeCapped(child, out, opts.outputCap ?? DEFAULT_OUTPUT_CAP, () => {
      state.outputTooLarge = true;
      stop();
    });
    let stderrCut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      const joined = state.stderr + chunk.toString('utf8');
      if (joined.length > STDERR_TAIL) stderrCut = true;
      state.stderr = joined.slice(-STDERR_TAIL);
    });
    out.on('error', (error) => {
      state.writeError ??= error.message;
      stop();
    });
    child.on('error', (error) => {
      state.spawnError = error.message;
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      // The scanner has ended: a helper it left running in its group (not holding its pipes) must not
      // go on writing into the work folder, or outlive the run.
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      release?.();
      const { stderr, ...rest } = state;
      const stderrTail = stderrCut ? fromFirstWholeLine(stderr) : stderr;
      const finish = () => resolve({ exitCode, signal, durationMs: Date.now() - started, stderrTail, ...rest });
      // An errored stream never calls end()'s callback on every Node version; do not wait on it.
      if (out.errored || out.destroyed) finish();
      else out.end(finish);
    });
  });
}

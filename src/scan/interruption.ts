import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';
import { neutraliseCommands } from '../text/log-escape.js';

/**
 * What a run leaves behind if it is stopped by a signal (Ctrl-C, a cancelled or timed-out job): scanner
 * process groups, which are their own groups (run-process.ts) and so get no Ctrl-C from the terminal,
 * and the work folder of the scanners' raw outputs, which can hold matched secrets in clear. Both are
 * held here while they exist; on SIGINT, SIGTERM or SIGHUP the process stops the groups, removes the
 * folders, and exits with 128 + the signal's number.
 *
 * Signals reach only the main thread. The CLI scans in a thread of its own (cli/scan-thread.ts): there,
 * every change is also posted to the main thread, which holds the same list and does the stopping.
 */

const MESSAGE = 'scan-gate:held';
type Kind = 'group' | 'folder';
interface Change {
  readonly kind: Kind;
  readonly value: number | string;
  readonly held: boolean;
}

const groups = new Set<number>();
const folders = new Set<string>();
/** How long stopped scanners get to end on SIGTERM before SIGKILL (as for a timeout, run-process.ts). */
export const STOP_GRACE_MS = 2000;

function apply(change: Change): void {
  const set: Set<number | string> = change.kind === 'group' ? groups : folders;
  if (change.held) set.add(change.value);
  else set.delete(change.value);
}

function record(change: Change): () => void {
  apply(change);
  if (!isMainThread) parentPort?.postMessage({ [MESSAGE]: change });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const release = { ...change, held: false };
    apply(release);
    if (!isMainThread) parentPort?.postMessage({ [MESSAGE]: release });
  };
}

/** A scanner's process group (its leader's pid), until the returned function is called. */
export function holdGroup(pid: number): () => void {
  return record({ kind: 'group', value: pid, held: true });
}

/** A folder to remove if the run is stopped, until the returned function is called. */
export function holdFolder(dir: string): () => void {
  return record({ kind: 'folder', value: dir, held: true });
}

/** In the main thread: applies a change a scan thread posted. Whether `message` was one. */
export function applyThreadMessage(message: unknown): boolean {
  const change = (message as Record<string, unknown> | null)?.[MESSAGE] as Change | undefined;
  if (
    !change ||
    !(
      (change.kind === 'group' && Number.isSafeInteger(change.value) && (change.value as number) > 0) ||
      (change.kind === 'folder' && typeof change.value === 'string' && change.value !== '')
    )
  )
    return false;
  apply(change);
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
    return true;
  } catch {
    return false;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/**
 * Stops every held process group (SIGTERM, then SIGKILL for whatever is left after `graceMs`) and then
 * removes every held folder: after the processes, so that none of them writes into a folder again.
 * Synchronous, for a signal handler that exits right after it.
 */
export function stopHeld(graceMs = STOP_GRACE_MS): { groups: number; removed: string[]; failed: string[] } {
  const pids = [...groups];
  const running = pids.filter((pid) => signalGroup(pid, 'SIGTERM'));
  for (const until = Date.now() + graceMs; Date.now() < until; sleep(50)) {
    // Signal 0 checks whether any process of the group is left.
    if (!running.some((pid) => signalGroup(pid, 0 as unknown as NodeJS.Signals))) break;
  }
  for (const pid of running) signalGroup(pid, 'SIGKILL');
  const removed: string[] = [];
  const failed: string[] = [];
  for (const dir of folders) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    } catch {
      failed.push(dir);
    }
  }
  groups.clear();
  folders.clear();
  return { groups: running.length, removed, failed };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * From the main thread: on SIGINT, SIGTERM or SIGHUP, stops what is held (stopHeld), writes one line
 * saying so, and exits with 128 + the signal's number. A second signal while stopping ends the process
 * at once (Node's default), as a second Ctrl-C is meant to.
 */
export function stopHeldOnSignals(write: (line: string) => void): void {
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const signal of SIGNALS) {
    const handler = () => {
      for (const [other, h] of handlers) process.removeListener(other, h);
      const { groups: stopped, removed, failed } = stopHeld();
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const said =
        `scan-gate: stopped by ${signal} before a verdict: ${plural(stopped, 'running scanner')} stopped, ` +
        `${plural(removed.length, 'work folder')} of raw scanner outputs deleted` +
        (failed.length ? `; could not delete ${failed.join(', ')} (it may hold secrets: delete it)` : '');
      // A folder's path comes from TMPDIR / RUNNER_TEMP: no line of it may read as a workflow command.
      write(`${neutraliseCommands(`${said}.`)}\n`);
      process.exit(128 + (constants.signals[signal] ?? 0));
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

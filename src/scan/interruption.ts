import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';
import { neutraliseCommands } from '../text/log-escape.js';

/**
 * What a run leaves behind if it is stopped by a signal (Ctrl-C, a cancelled or timed-out job):
 * - scanner process groups: each scanner is the leader of a group of its own (run-process.ts), which a
 *   terminal's Ctrl-C does not reach;
 * - other processes it started (version checks, pip), which a signal sent to scan-gate alone misses;
 * - folders: the work folder of the scanners' raw outputs, which can hold matched secrets in clear, and
 *   downloads under way.
 * They are held here while they exist. On SIGINT, SIGTERM or SIGHUP the process stops them (SIGTERM,
 * then SIGKILL for what is left after STOP_GRACE_MS), removes the folders, says so in one line and exits
 * with 128 + the signal's number. A folder held with `keep` (runner debug logging) is named, not removed.
 *
 * Signals reach only the main thread. The CLI scans in a thread of its own (cli/scan-thread.ts): there,
 * every change is also posted to the main thread, which holds the same lists. On a signal the main
 * thread first ends the scan thread (which then starts nothing more and writes no report), and stops
 * what is held once every change the thread posted has arrived (Node delivers them before 'exit').
 */

const MESSAGE = 'scan-gate:held';
type Kind = 'group' | 'process' | 'folder' | 'kept-folder';
interface Change {
  readonly kind: Kind;
  readonly value: number | string;
  readonly held: boolean;
}

const held = {
  group: new Set<number>(),
  process: new Set<number>(),
  folder: new Set<string>(),
  'kept-folder': new Set<string>(),
};
/** How long stopped processes get to end on SIGTERM before SIGKILL: on a signal, and on a scanner's timeout. */
export const STOP_GRACE_MS = 2000;

function apply(change: Change): void {
  const set = held[change.kind] as Set<number | string>;
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

/** A process of scan-gate's own group (a version check, pip), until the returned function is called. */
export function holdProcess(pid: number): () => void {
  return record({ kind: 'process', value: pid, held: true });
}

/**
 * A folder to remove if the run is stopped, until the returned function is called; with `keep` (runner
 * debug logging keeps the raw outputs) it is not removed, and the line printed on a stop says where it is.
 */
export function holdFolder(dir: string, opts: { keep?: boolean } = {}): () => void {
  return record({ kind: opts.keep ? 'kept-folder' : 'folder', value: dir, held: true });
}

/** In the main thread: applies a change a scan thread posted. Whether `message` was one. */
export function applyThreadMessage(message: unknown): boolean {
  const change = (message as Record<string, unknown> | null)?.[MESSAGE] as Change | undefined;
  if (!change || typeof change.held !== 'boolean' || !Object.hasOwn(held, change.kind)) return false;
  const pid = change.kind === 'group' || change.kind === 'process';
  const valid = pid
    ? Number.isSafeInteger(change.value) && (change.value as number) > 0
    : typeof change.value === 'string' && change.value !== '';
  if (!valid) return false;
  apply(change);
  return true;
}

/** Sends `signal` (0: only checks) to a process; false when there is none. */
function send(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends `signal` (0: only checks) to the process group led by `pid` (on Windows, which has none, to the
 * process); false when there is none.
 */
export function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  return send(process.platform === 'win32' ? pid : -pid, signal);
}

interface ProcEntry {
  readonly pid: number;
  readonly state: string;
  readonly ppid: number;
  readonly pgrp: number;
}

/** Every process in /proc (Linux), or undefined where there is no readable /proc. */
function procEntries(): ProcEntry[] | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const out: ProcEntry[] = [];
  for (const name of names) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // pid (comm) state ppid pgrp …: the command name may hold spaces and parentheses, so from the last ')'.
    const [state = '', ppid = '', pgrp = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.push({ pid: Number(name), state, ppid: Number(ppid), pgrp: Number(pgrp) });
  }
  return out;
}

const ended = (e: ProcEntry) => e.state === 'Z' || e.state === 'X';

/**
 * Which of `groups` and `pids` still run. Signal 0 finds a process that has ended but not been collected
 * (a zombie) too, and no one collects while the main thread waits here: where /proc is readable (Linux),
 * one reading of it decides instead.
 */
function stillRunning(groups: readonly number[], pids: readonly number[]): { groups: number[]; pids: number[] } {
  const groupsLeft = groups.filter((g) => signalGroup(g, 0));
  const pidsLeft = pids.filter((p) => send(p, 0));
  if (groupsLeft.length + pidsLeft.length === 0) return { groups: [], pids: [] };
  const entries = procEntries();
  if (!entries) return { groups: groupsLeft, pids: pidsLeft };
  const live = entries.filter((e) => !ended(e));
  return {
    groups: groupsLeft.filter((g) => live.some((e) => e.pgrp === g)),
    pids: pidsLeft.filter((p) => live.some((e) => e.pid === p)),
  };
}

/**
 * Linux: the process groups led by children of this process. Scanners are started detached, each the
 * leader of a group of its own, so this finds one even when the signal came between its start and the
 * moment it was held (in the CLI, the thread's message may never have been sent).
 */
function groupsLedByChildren(): number[] {
  return (procEntries() ?? []).filter((e) => e.ppid === process.pid && e.pgrp === e.pid && !ended(e)).map((e) => e.pid);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

export interface Stopped {
  /** Process groups and processes that were running and were signalled. */
  readonly stopped: number;
  readonly removed: string[];
  readonly failed: string[];
  readonly kept: string[];
}

/**
 * Stops every held process group and process (SIGTERM, then SIGKILL for whatever is left after
 * `graceMs`), then removes every held folder: after the processes, so that none of them writes into a
 * folder again. Synchronous, for a signal handler that exits right after it.
 */
export function stopHeld(graceMs = STOP_GRACE_MS): Stopped {
  // Only what still runs is stopped (and counted): a scanner that ended may not have been collected yet.
  const { groups, pids } = stillRunning([...new Set([...held.group, ...groupsLedByChildren()])], [...held.process]);
  for (const g of groups) signalGroup(g, 'SIGTERM');
  for (const p of pids) send(p, 'SIGTERM');
  for (const until = Date.now() + graceMs; Date.now() < until; sleep(50)) {
    const left = stillRunning(groups, pids);
    if (left.groups.length + left.pids.length === 0) break;
  }
  for (const g of groups) signalGroup(g, 'SIGKILL');
  for (const p of pids) send(p, 'SIGKILL');
  const removed: string[] = [];
  const failed: string[] = [];
  for (const dir of held.folder) {
    if (!existsSync(dir)) continue;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    } catch {
      failed.push(dir);
    }
  }
  const kept = [...held['kept-folder']];
  for (const set of Object.values(held)) set.clear();
  return { stopped: groups.length + pids.length, removed, failed, kept };
}

/** The one line a stop prints (its paths come from TMPDIR / RUNNER_TEMP: see the caller). */
export function stopLine(signal: NodeJS.Signals, s: Stopped): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `scan-gate: stopped by ${signal} before it finished: ${count(s.stopped, 'running process', 'running processes')} stopped`,
    `${count(s.removed.length, 'temporary folder or file', 'temporary folders and files')} deleted (raw scanner outputs, downloads, unfinished reports)`,
  ];
  if (s.failed.length) parts.push(`could not delete ${s.failed.join(', ')} (it may hold secrets: delete it)`);
  if (s.kept.length) parts.push(`raw scanner outputs kept in ${s.kept.join(', ')} (debug logging is on)`);
  return `${parts.join('; ')}.`;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let stopping = false;

/** Whether a signal has started stopping the run (a scan thread's end is then not the CLI's verdict). */
export function isStopping(): boolean {
  return stopping;
}

/**
 * From the main thread: on SIGINT, SIGTERM or SIGHUP, runs `before` (the CLI ends its scan thread; at
 * most `beforeMs`), stops what is held (stopHeld), writes one line saying so, and exits with 128 + the
 * signal's number. Further signals while it stops are ignored: the clean-up always completes (within
 * about `beforeMs` + STOP_GRACE_MS), rather than a second Ctrl-C leaving scanners and raw outputs behind.
 * When `before` has not ended the thread in time, the clean-up runs anyway and the process then ends by
 * the signal itself (see finish).
 */
export function stopHeldOnSignals(write: (line: string) => void, before?: () => Promise<unknown>, beforeMs = 3000) {
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const signal of SIGNALS) {
    const handler = () => {
      if (stopping) return;
      stopping = true;
      let finished = false;
      const finish = (threadEnded: boolean) => {
        if (finished) return;
        finished = true;
        // A folder's path comes from TMPDIR / RUNNER_TEMP: no line of it may read as a workflow command.
        write(`${neutraliseCommands(stopLine(signal, stopHeld()))}\n`);
        if (threadEnded) process.exit(128 + (constants.signals[signal] ?? 0));
        // A thread stuck in code that cannot be interrupted (one JSON.parse of a huge report) would hold
        // process.exit() until it is done: with the clean-up finished, the process ends by the signal
        // itself, as if it had not been handled (the shell reports 128 + its number all the same).
        for (const [other, h] of handlers) process.removeListener(other, h);
        process.kill(process.pid, signal);
      };
      if (!before) return finish(true);
      const timer = setTimeout(() => finish(false), beforeMs);
      const ended = () => {
        clearTimeout(timer);
        finish(true);
      };
      before().then(ended, ended);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

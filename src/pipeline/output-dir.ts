import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';

/** Kernel pseudo-filesystems: writes there fail oddly (and Node's recursive mkdir spins under /proc). */
const PSEUDO_FS = ['/proc', '/sys', '/dev'];
const MARKER = '.scan-gate-run.json';

function refuse(dir: string, why: string, fix = 'Choose a writable folder, e.g. $RUNNER_TEMP/scan-gate'): never {
  throw new ConfigError(`Input \`output-dir\`: "${dir}" ${why}. ${fix}.`);
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Creates the missing levels one at a time (never `recursive`, which loops on some pseudo-filesystems). */
function createLevels(dir: string, from: string): void {
  const missing = path.relative(from, dir).split(path.sep).filter(Boolean);
  let current = from;
  for (const part of missing) {
    current = path.join(current, part);
    try {
      mkdirSync(current);
    } catch (error) {
      refuse(dir, `cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}

interface Marker {
  readonly run?: string;
  readonly instance?: string;
  readonly pid?: number;
  /** True while the run that wrote it is writing results. */
  readonly active?: boolean;
}

function readMarker(file: string): Marker {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Marker;
  } catch {
    return {};
  }
}

function alive(pid: number | undefined): boolean {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function refuseShared(dir: string, previous: Marker, run: string | undefined): void {
  if (previous.active && alive(previous.pid)) {
    refuse(
      dir,
      `is being written by another scan-gate run (process ${previous.pid}, instance "${previous.instance}")`,
      'Give each run its own `output-dir`',
    );
  }
  if (run && previous.run === run) {
    refuse(
      dir,
      `already holds the results of scan-gate instance "${previous.instance}" from this job, which this run would overwrite`,
      'Give each scan-gate step its own `output-dir` (or its own `instance` with the default output-dir)',
    );
  }
}

/**
 * Makes sure `dir` is a writable folder of this run before any scanning: unusable folders are a
 * configuration error, and a folder that another scan-gate step of the same job already wrote to, or
 * that a concurrent run is writing, is refused rather than silently overwritten. `run` identifies the
 * job run (absent locally). Returns a function that marks the folder free again once results are written.
 */
export function prepareOutputDir(opts: { dir: string; instance: string; run?: string }): () => void {
  const { dir } = opts;
  const base = nearestExisting(dir);
  const real = realpathSync(base);
  if (PSEUDO_FS.some((p) => real === p || real.startsWith(`${p}/`)))
    refuse(dir, `is on a system pseudo-filesystem (${real})`);
  if (!statSync(base).isDirectory()) refuse(dir, `cannot be created: ${base} is a file`);
  createLevels(dir, base);
  if (!statSync(dir).isDirectory()) refuse(dir, 'is not a folder');
  const marker = path.join(dir, MARKER);
  refuseShared(dir, existsSync(marker) ? readMarker(marker) : {}, opts.run);
  const write = (active: boolean) =>
    writeFileSync(marker, `${JSON.stringify({ run: opts.run, instance: opts.instance, pid: process.pid, active })}\n`);
  try {
    write(true);
  } catch (error) {
    refuse(dir, `is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return () => {
    try {
      write(false);
    } catch {
      // The results are written; a marker that stays "active" names a process that has ended.
    }
  };
}

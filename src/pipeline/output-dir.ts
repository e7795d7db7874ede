import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';

/** Kernel pseudo-filesystems: writes there fail oddly (and Node's recursive mkdir spins under /proc). */
const PSEUDO_FS = ['/proc', '/sys', '/dev'];
const MARKER = '.scan-gate-run.json';

function refuse(dir: string, why: string): never {
  throw new ConfigError(
    `Input \`output-dir\`: "${dir}" ${why}. Choose a writable folder, e.g. $RUNNER_TEMP/scan-gate.`,
  );
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

function readMarker(file: string): { run?: string; instance?: string } {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { run?: string; instance?: string };
  } catch {
    return {};
  }
}

/**
 * Makes sure `dir` is a writable folder of this run before any scanning: unusable folders are a
 * configuration error, and a folder another scan-gate step of the same job already wrote to is refused
 * rather than silently overwritten. `run` identifies the job run (absent locally: no check).
 */
export function prepareOutputDir(opts: { dir: string; instance: string; run?: string }): void {
  const { dir } = opts;
  const base = nearestExisting(dir);
  const real = realpathSync(base);
  if (PSEUDO_FS.some((p) => real === p || real.startsWith(`${p}/`)))
    refuse(dir, `is on a system pseudo-filesystem (${real})`);
  if (!statSync(base).isDirectory()) refuse(dir, `cannot be created: ${base} is a file`);
  createLevels(dir, base);
  if (!statSync(dir).isDirectory()) refuse(dir, 'is not a folder');
  const marker = path.join(dir, MARKER);
  const previous = existsSync(marker) ? readMarker(marker) : {};
  if (opts.run && previous.run === opts.run) {
    refuse(
      dir,
      `already holds the results of scan-gate instance "${previous.instance}" from this job, which this run would overwrite. ` +
        'Give each scan-gate step its own `output-dir` (or its own `instance` with the default output-dir)',
    );
  }
  try {
    writeFileSync(marker, `${JSON.stringify({ run: opts.run, instance: opts.instance })}\n`);
  } catch (error) {
    refuse(dir, `is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

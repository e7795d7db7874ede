import { randomUUID } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { holdFolder } from '../scan/interruption.js';

/**
 * Writes `file` whole or not at all: into a new file beside it, renamed over it once complete. A run
 * stopped part-way (a signal, a full disk) leaves the previous file or none, never a cut-off one that a
 * reader (`--json`, an artifact upload under `if: always()`, the next run's `--baseline`) would take
 * for the report. The unfinished file is removed on failure, and by a stop (src/scan/interruption.ts).
 */
export function replaceFile(file: string, write: (fd: number) => void): void {
  const unfinished = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.tmp`);
  const release = holdFolder(unfinished);
  let fd: number | undefined;
  try {
    fd = openSync(unfinished, 'wx');
    write(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(unfinished, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(unfinished, { force: true });
    throw error;
  } finally {
    release();
  }
}

/** replaceFile with the whole content at hand. */
export function replaceFileWith(file: string, data: string | Uint8Array): void {
  replaceFile(file, (fd) => writeFileSync(fd, data));
}

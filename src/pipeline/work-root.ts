import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/** A fresh work folder for one run of an instance under `base` (removed when the run ends; see run-gate). */
export function workRootUnder(base: string, instance: string): string {
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `scan-gate-${instance}-`));
}

/**
 * A fresh work folder for one run directly in `dir` (the CLI's $TMPDIR): no shared parent folder, so
 * removing it at the end leaves nothing behind, and two runs never race over creating or removing one.
 */
export function workRootIn(dir: string, instance: string): string {
  return mkdtempSync(path.join(dir, `scan-gate-work-${instance}-`));
}

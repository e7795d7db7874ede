import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/** A fresh work folder for one run of an instance under `base` (removed when the run ends; see run-gate). */
export function workRootUnder(base: string, instance: string): string {
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `scan-gate-${instance}-`));
}

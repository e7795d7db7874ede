import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * vitest globalSetup: every temporary folder a test (or a process it starts) makes goes under one root,
 * removed when the run ends. Tests make hundreds of `mkdtemp` folders (workspaces, runner folders,
 * stand-in scanners) and many are not removed one by one; repeated runs once filled a machine's disk.
 * `os.tmpdir()` reads TMPDIR on every call and the test processes inherit it. SCAN_GATE_KEEP_TEST_TMP=1
 * keeps the root for a look after a failure (its path is printed).
 */
export default function setup(): () => void {
  const saved = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'scan-gate-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    if (process.env.SCAN_GATE_KEEP_TEST_TMP === '1') {
      console.log(`test temporary files kept in ${root}`);
      return;
    }
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch (err) {
      console.warn(`could not remove the tests' temporary folder ${root}: ${(err as Error).message}`);
    }
  };
}

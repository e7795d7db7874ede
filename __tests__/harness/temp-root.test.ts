import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run keeps its temporary folders under one root (temp-root.ts), removed at the end', () => {
  it('a folder a test makes, and what a process it starts calls its temporary folder, are under that root', () => {
    const made = mkdtempSync(path.join(tmpdir(), 'probe-'));
    expect(path.basename(path.dirname(made))).toMatch(/^scan-gate-tests-/);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], {
      encoding: 'utf8',
    });
    expect(child.stdout).toBe(tmpdir());
  });
});

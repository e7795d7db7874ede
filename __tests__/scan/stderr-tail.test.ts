import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFirstWholeLine, runProcess } from '../../src/scan/run-process.js';

/** A GitHub token shape, built at run time (never committed). */
const token = () => `ghp_${randomBytes(27).toString('base64url').slice(0, 36)}`;

describe("a scanner's stderr tail", () => {
  it('starts at a whole line when the start was cut: no tail of a token masking cannot recognise', async () => {
    const secret = token();
    const dir = mkdtempSync(path.join(tmpdir(), 'stderr-tail-'));
    // 64 KiB are kept: the cut falls 19 characters before the token's end.
    const after = '\nnext line\n'.padEnd(64 * 1024 - 19, 'z');
    const script = `process.stderr.write('x'.repeat(100000) + ${JSON.stringify(secret)} + ${JSON.stringify(after)})`;
    const r = await runProcess({
      invocation: { argv: [process.execPath, '-e', script], okExitCodes: [0], output: { kind: 'stdout' } },
      stdoutFile: path.join(dir, 'out'),
      timeoutMs: 20_000,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderrTail.startsWith('next line\n')).toBe(true);
    expect(r.stderrTail).not.toContain(secret.slice(-19));
  });

  it('fromFirstWholeLine drops up to the first line break, and a tail of one line entirely', () => {
    expect(fromFirstWholeLine('en of a line\nwhole\n')).toBe('whole\n');
    expect(fromFirstWholeLine('no line break at all')).toBe('');
  });
});

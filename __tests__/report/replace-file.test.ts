import { mkdtempSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile, replaceFileWith } from '../../src/report/replace-file.js';
import { stopHeld } from '../../src/scan/interruption.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'replace-'));

describe('replaceFile: report files are written whole or not at all', () => {
  it('replaces the previous file once the new one is complete', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, '{"old":true}\n');
    replaceFileWith(file, '{"new":true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a write that fails part-way leaves the previous file as it was, and no unfinished file', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, '{"old":true}\n');
    expect(() =>
      replaceFile(file, (fd) => {
        writeSync(fd, '{"findings":[{"id":');
        throw new Error('ENOSPC: no space left on device, write');
      }),
    ).toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('while it is written, the unfinished file is held: a run stopped then removes it', () => {
    const dir = folder();
    const file = path.join(dir, 'findings.sarif');
    let removed: string[] = [];
    expect(() =>
      replaceFile(file, (fd) => {
        writeSync(fd, '{"version":"2.1.0","runs":[');
        removed = stopHeld(0).removed;
      }),
    ).toThrow(/ENOENT/);
    expect(removed).toHaveLength(1);
    expect(path.dirname(removed[0] ?? '')).toBe(dir);
    expect(readdirSync(dir)).toEqual([]);
  });
});

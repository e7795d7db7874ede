import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyThreadMessage, holdFolder, holdGroup, stopHeld } from '../../src/scan/interruption.js';
import { isRunning, waitUntil } from '../harness/processes.js';

const folderWithFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'held-'));
  mkdirSync(path.join(dir, 'gitleaks'));
  writeFileSync(path.join(dir, 'gitleaks', 'gitleaks.json'), '[]');
  return dir;
};

describe('interruption: what a stopped run must not leave behind', () => {
  it('stopHeld removes held folders and leaves released ones (the run removed or kept those itself)', () => {
    const held = folderWithFile();
    const released = folderWithFile();
    holdFolder(held);
    holdFolder(released)();
    const r = stopHeld(0);
    expect(r).toEqual({ groups: 0, removed: [held], failed: [] });
    expect(existsSync(held)).toBe(false);
    expect(existsSync(released)).toBe(true);
    // Nothing stays held after a stop.
    expect(stopHeld(0)).toEqual({ groups: 0, removed: [], failed: [] });
  });

  it('stopHeld ends a held process group, helpers included, with SIGKILL for what ignores SIGTERM', async () => {
    const code = `process.on('SIGTERM', () => {}); const c = require('node:child_process').spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);`;
    const leader = spawn(process.execPath, ['-e', code], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const helper = Number(
      await new Promise<string>((resolve) => leader.stdout.once('data', (d: Buffer) => resolve(String(d)))),
    );
    const release = holdGroup(leader.pid as number);
    const started = Date.now();
    expect(stopHeld(300).groups).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await waitUntil('the helper to end', () => !isRunning(helper), 5000);
    release();
  });

  it('a group that ended is not waited for', () => {
    const release = holdGroup(2 ** 22 + 12345);
    const started = Date.now();
    expect(stopHeld(2000).groups).toBe(0);
    expect(Date.now() - started).toBeLessThan(500);
    release();
  });

  it('the main thread applies only well-formed changes from a scan thread', () => {
    const dir = folderWithFile();
    expect(applyThreadMessage({ 'scan-gate:held': { kind: 'folder', value: dir, held: true } })).toBe(true);
    for (const bad of [
      null,
      'text',
      { other: 1 },
      { 'scan-gate:held': { kind: 'group', value: -1, held: true } },
      { 'scan-gate:held': { kind: 'group', value: 0, held: true } },
      { 'scan-gate:held': { kind: 'folder', value: '', held: true } },
      { 'scan-gate:held': { kind: 'file', value: '/etc', held: true } },
    ])
      expect(applyThreadMessage(bad)).toBe(false);
    expect(stopHeld(0).removed).toEqual([dir]);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyThreadMessage,
  holdFolder,
  holdGroup,
  holdProcess,
  stopHeld,
  stopLine,
} from '../../src/scan/interruption.js';
import { isRunning, waitUntil } from '../harness/processes.js';

const folderWithFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'held-'));
  mkdirSync(path.join(dir, 'gitleaks'));
  writeFileSync(path.join(dir, 'gitleaks', 'gitleaks.json'), '[]');
  return dir;
};

/** A node process running `code`; resolves once it has printed its first line (returned). */
async function started(code: string, detached: boolean) {
  const child = spawn(process.execPath, ['-e', code], { detached, stdio: ['ignore', 'pipe', 'ignore'] });
  const line = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(String(d))));
  return { child, line: line.trim() };
}
const IGNORE_TERM = "process.on('SIGTERM', () => {});";
const HELPER = (ignoreTerm: boolean) =>
  `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(`${ignoreTerm ? IGNORE_TERM : ''} setInterval(() => {}, 1000)`)}], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);`;

describe('interruption: what a stopped run must not leave behind', () => {
  it('removes held folders, leaves released ones, and names (without removing) kept ones', () => {
    const held = folderWithFile();
    const released = folderWithFile();
    const kept = folderWithFile();
    holdFolder(held);
    holdFolder(released)();
    holdFolder(kept, { keep: true });
    expect(stopHeld(0)).toEqual({ stopped: 0, removed: [held], failed: [], kept: [kept] });
    expect(existsSync(held)).toBe(false);
    expect(existsSync(released)).toBe(true);
    expect(existsSync(kept)).toBe(true);
    // Nothing stays held after a stop.
    expect(stopHeld(0)).toEqual({ stopped: 0, removed: [], failed: [], kept: [] });
  });

  it('ends a held process group, its helper included, with SIGKILL for what ignores SIGTERM', async () => {
    const { child, line } = await started(`${IGNORE_TERM} ${HELPER(true)}`, true);
    const release = holdGroup(child.pid as number);
    const t = Date.now();
    expect(stopHeld(300).stopped).toBe(1);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    await waitUntil('the helper to end', () => !isRunning(Number(line)), 5000);
    release();
  });

  it('does not wait out the grace period for processes that ended but are not collected yet (zombies)', async () => {
    // Children of this process: while stopHeld waits, no one collects them, and signal 0 still finds them.
    const group = await started(HELPER(false), true);
    const own = await started("console.log('up'); setInterval(() => {}, 1000);", false);
    const releases = [holdGroup(group.child.pid as number), holdProcess(own.child.pid as number)];
    const t = Date.now();
    expect(stopHeld(3000).stopped).toBe(2);
    expect(Date.now() - t).toBeLessThan(1500);
    await waitUntil('the helper to end', () => !isRunning(Number(group.line)), 5000);
    for (const release of releases) release();
  });

  it('also stops a scanner group that was never held (a signal between its start and its hold)', async () => {
    const { child, line } = await started(HELPER(false), true);
    const t = Date.now();
    expect(stopHeld(3000).stopped).toBe(1);
    expect(Date.now() - t).toBeLessThan(1500);
    await waitUntil(
      'the scanner and its helper to end',
      () => ![child.pid as number, Number(line)].some(isRunning),
      5000,
    );
  });

  it('counts only what still ran: a held group that had ended is not "stopped"', async () => {
    const { child } = await started("console.log('up');", true);
    await new Promise((r) => child.once('exit', r));
    const release = holdGroup(child.pid as number);
    expect(stopHeld(3000).stopped).toBe(0);
    release();
  });

  it('a group that has already ended is not waited for', () => {
    const release = holdGroup(2 ** 22 + 12345);
    const t = Date.now();
    expect(stopHeld(2000).stopped).toBe(0);
    expect(Date.now() - t).toBeLessThan(500);
    release();
  });

  it('the line says what was stopped, deleted, not deleted and kept', () => {
    expect(stopLine('SIGINT', { stopped: 1, removed: ['/t/w'], failed: [], kept: [] })).toBe(
      'scan-gate: stopped by SIGINT before it finished: 1 running process stopped; 1 temporary folder or file deleted (raw scanner outputs, downloads, unfinished reports).',
    );
    expect(stopLine('SIGTERM', { stopped: 2, removed: [], failed: ['/t/a'], kept: ['/t/k'] })).toBe(
      'scan-gate: stopped by SIGTERM before it finished: 2 running processes stopped; 0 temporary folders and files deleted (raw scanner outputs, downloads, unfinished reports); could not delete /t/a (it may hold secrets: delete it); raw scanner outputs kept in /t/k (debug logging is on).',
    );
  });

  it('the main thread applies only well-formed changes from a scan thread', () => {
    const dir = folderWithFile();
    expect(applyThreadMessage({ 'scan-gate:held': { kind: 'folder', value: dir, held: true } })).toBe(true);
    for (const bad of [
      null,
      'text',
      { other: 1 },
      { 'scan-gate:held': { kind: 'group', value: -1, held: true } },
      { 'scan-gate:held': { kind: 'process', value: 0, held: true } },
      { 'scan-gate:held': { kind: 'group', value: '12', held: true } },
      { 'scan-gate:held': { kind: 'folder', value: '', held: true } },
      { 'scan-gate:held': { kind: 'folder', value: '/etc', held: 'yes' } },
      { 'scan-gate:held': { kind: 'file', value: '/etc', held: true } },
      { 'scan-gate:held': { kind: 'toString', value: '/etc', held: true } },
    ])
      expect(applyThreadMessage(bad)).toBe(false);
    expect(stopHeld(0).removed).toEqual([dir]);
  });
});

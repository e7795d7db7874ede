/** Small workspaces and fake scanners shared by the issue-16 regression tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeGitleaks as scriptedGitleaks } from './fake-scanner.js';

const CLEAN_SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: [] }] });

/** A workspace holding one clean SARIF file. */
export function sarifWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'hygiene-ws-'));
  writeFileSync(path.join(ws, 'clean.sarif'), CLEAN_SARIF);
  return ws;
}

/** A fake gitleaks on PATH that writes an empty report and exits with `exitCode` after `delayMs`. */
export function fakeGitleaks(exitCode: number, delayMs = 0): string {
  return scriptedGitleaks(`fs.writeFileSync(report, '[]'); setTimeout(() => process.exit(${exitCode}), ${delayMs});`);
}

export const SARIF_INPUTS = { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' };

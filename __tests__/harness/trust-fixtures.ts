/** Small workspaces and fake scanners shared by the issue-16 regression tests. */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLEAN_SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: [] }] });

/** A workspace holding one clean SARIF file. */
export function sarifWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'hygiene-ws-'));
  writeFileSync(path.join(ws, 'clean.sarif'), CLEAN_SARIF);
  return ws;
}

/** A fake gitleaks on PATH that writes an empty report and exits with `exitCode` after `delayMs`. */
export function fakeGitleaks(exitCode: number, delayMs = 0): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-gitleaks-'));
  const file = path.join(dir, 'gitleaks');
  writeFileSync(
    file,
    `#!${process.execPath}
const args = process.argv.slice(2);
if (args[0] === 'version') { console.log('8.28.0'); process.exit(0); }
require('node:fs').writeFileSync(args[args.indexOf('--report-path') + 1], '[]');
setTimeout(() => process.exit(${exitCode}), ${delayMs});
`,
  );
  chmodSync(file, 0o755);
  return dir;
}

export const SARIF_INPUTS = { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' };

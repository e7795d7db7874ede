import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A stand-in scanner executable (a node script) in a folder of its own, to put first on PATH with
 * `versions: <id>=path`: it answers the version query with `version`, and otherwise runs `script`
 * with `fs`, `args` and `report` (the path after `outFlag`) in scope.
 */
export function fakeScanner(opts: { name: string; version: string; outFlag: string; script: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), `fake-${opts.name}-`));
  const file = path.join(dir, opts.name);
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args[0] === 'version' || args[0] === '--version') { console.log(${JSON.stringify(opts.version)}); process.exit(0); }
const report = args[args.indexOf(${JSON.stringify(opts.outFlag)}) + 1];
${opts.script}
`,
  );
  chmodSync(file, 0o755);
  return dir;
}

/** fakeScanner as gitleaks 8.28.0 (its report goes to `--report-path`). */
export const fakeGitleaks = (script: string): string =>
  fakeScanner({ name: 'gitleaks', version: '8.28.0', outFlag: '--report-path', script });

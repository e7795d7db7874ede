// A stand-in for `pip install` in unit tests: lays out what pip leaves in a venv (a console script,
// a package module and a .dist-info with a RECORD of their hashes), so venv verification has real input.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const record = (file: string) => `sha256=${createHash('sha256').update(readFileSync(file)).digest('base64url')}`;

/** `distInfo` is `<name>-<version>` (e.g. `tiny_tool-1.0`); `script` is the console script's name. */
export function fakePipInstall(venv: string, distInfo: string, script: string): void {
  const site = path.join(venv, 'lib', 'python3.12', 'site-packages');
  const info = path.join(site, `${distInfo}.dist-info`);
  mkdirSync(info, { recursive: true });
  mkdirSync(path.join(venv, 'bin'), { recursive: true });
  const exe = path.join(venv, 'bin', script);
  writeFileSync(exe, '#!/bin/sh\necho ok\n', { mode: 0o755 });
  writeFileSync(path.join(site, 'tiny_tool.py'), 'print("ok")\n');
  const lines = [
    `../../../bin/${script},${record(exe)},19`,
    `tiny_tool.py,${record(path.join(site, 'tiny_tool.py'))},12`,
    `${distInfo}.dist-info/RECORD,,`,
  ];
  writeFileSync(path.join(info, 'RECORD'), `${lines.join('\n')}\n`);
}

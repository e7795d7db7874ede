// A stand-in for `pip install` in unit tests: lays out what pip leaves in a venv (a console script,
// a package module and a .dist-info with a RECORD of their hashes), so venv verification has real input.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const record = (file: string) => `sha256=${createHash('sha256').update(readFileSync(file)).digest('base64url')}`;

/** The interpreter fake venvs are "built" with: python 3.12 at /usr/bin/python3. */
export const FAKE_PYTHON = { python: '/usr/bin/python3', version: '3.12' } as const;

/**
 * `distInfo` is `<name>-<version>` (e.g. `tiny_tool-1.0`); `script` is the console script's name.
 * Like `python -m venv`, `bin/python` links to the interpreter and pyvenv.cfg names its folder.
 */
export function fakePipInstall(venv: string, distInfo: string, script: string): void {
  const site = path.join(venv, 'lib', `python${FAKE_PYTHON.version}`, 'site-packages');
  const info = path.join(site, `${distInfo}.dist-info`);
  mkdirSync(info, { recursive: true });
  mkdirSync(path.join(venv, 'bin'), { recursive: true });
  symlinkSync(FAKE_PYTHON.python, path.join(venv, 'bin', 'python'));
  writeFileSync(path.join(venv, 'pyvenv.cfg'), `home = ${path.dirname(FAKE_PYTHON.python)}\nversion = 3.12.4\n`);
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

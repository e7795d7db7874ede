import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as io from '@actions/io';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { CommandRunner } from '../../src/install/install-io.js';
import { runVersionCommand } from '../../src/install/install-path.js';
import { pipCommands } from '../../src/install/install-pip.js';
import { installScanner } from '../../src/install/install-scanner.js';
import { createScannerInstaller } from '../../src/install/installer.js';
import { nodeCommandRunner } from '../../src/install/runner-io.js';
import { BANDIT_SPEC, PIP_AUDIT_SPEC } from '../../src/install/specs/pip.js';
import { hasTool, REAL_TOOLS } from '../harness/tools.js';
import { fakePipInstall } from './fake-pip.js';
import { testEnv } from './fakes.js';

const realWhich = async (name: string) => (await io.which(name, false)) || undefined;

describe('versions: <id>=path', () => {
  it.skipIf(!hasTool('bandit'))('uses the Debian bandit on PATH and records its version', async () => {
    const env = testEnv();
    const commands = nodeCommandRunner();
    const { tool } = await installScanner({
      id: 'bandit',
      version: 'path',
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters({ which: realWhich }),
      versionOf: (binary) =>
        runVersionCommand({ commands, binary, args: ['--version'], parse: (out) => /^bandit (\S+)/m.exec(out)?.[1] }),
    });
    expect(tool.binary).toBe(execFileSync('sh', ['-c', 'command -v bandit'], { encoding: 'utf8' }).trim());
    expect(tool).toMatchObject({ verification: 'path', origin: 'path' });
    expect(tool.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(REAL_TOOLS.bandit).toBe('/usr/bin/bandit');
  });

  it('names the versions input and the scanner when the binary is not on PATH', async () => {
    const env = testEnv();
    const error = await installScanner({
      id: 'checkov',
      spec: { ...BANDIT_SPEC, executable: 'scan-gate-no-such-tool' },
      version: 'path',
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters({ which: realWhich }),
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/versions: checkov=path.*scan-gate-no-such-tool.*PATH/s);
  });
});

describe('pip installs', () => {
  it('builds exact argv arrays for venv and pip: the lock, hashes required, no resolution, wheels only', () => {
    const cmds = pipCommands({
      python: '/usr/bin/python3',
      venv: '/t/v',
      spec: BANDIT_SPEC,
      lockFile: '/tmp/lock.txt',
      platform: 'linux-x64',
    });
    expect(cmds.venv).toEqual(['/usr/bin/python3', '-m', 'venv', '/t/v']);
    expect(cmds.install).toEqual([
      '/t/v/bin/pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--require-hashes',
      '--no-deps',
      '--no-compile',
      '--only-binary',
      ':all:',
      '--requirement',
      '/tmp/lock.txt',
    ]);
    expect(cmds.executable).toBe('/t/v/bin/bandit');
  });

  it('runs venv then pip on the lock into a cached directory, and reuses it the second time', async () => {
    const env = testEnv();
    const calls: string[][] = [];
    const lock = `tiny-tool==1.0 --hash=sha256:${'1'.repeat(64)}\n`;
    const commands: CommandRunner = {
      async run(argv) {
        calls.push([...argv]);
        if (argv[1] === '-c') return { exitCode: 0, stdout: 'Python 3.12\n/usr/bin/python3\n', stderr: '' };
        if (argv[1] === 'install') fakePipInstall(argv[0].replace(/\/bin\/pip$/, ''), 'tiny_tool-1.0', 'pip-audit');
        return { exitCode: 0, stdout: '', stderr: '' };
      },
    };
    const adapters = env.adapters({ commands, which: async (n) => (n === 'python3' ? '/usr/bin/python3' : undefined) });
    const opts = {
      id: 'pip-audit' as const,
      spec: { ...PIP_AUDIT_SPEC, lock: async () => lock },
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters,
      platform: 'linux-x64' as const,
    };
    const first = await installScanner(opts);
    const venv = `${env.toolCacheDir}/scan-gate-pip/pip-audit/2.10.1/linux-x64-py3.12`;
    expect(calls.slice(1, 2)).toEqual([['/usr/bin/python3', '-m', 'venv', venv]]);
    const lockFile = calls[2]?.at(-1) ?? '';
    expect(readFileSync(lockFile, 'utf8')).toBe(lock);
    expect(first.tool).toMatchObject({
      binary: `${venv}/bin/pip-audit`,
      verification: 'pip-hash-locked',
      sha256: createHash('sha256').update(lock).digest('hex'),
      origin: 'download',
    });
    // Byte-code cannot be verified (RECORD has no hash for it): it is removed before every reuse.
    mkdirSync(`${venv}/lib/python3.12/site-packages/__pycache__`, { recursive: true });
    writeFileSync(`${venv}/lib/python3.12/site-packages/__pycache__/tiny_tool.cpython-312.pyc`, 'not verified');
    const second = await installScanner(opts);
    expect(second.tool.origin).toBe('tool-cache');
    expect(existsSync(`${venv}/lib/python3.12/site-packages/__pycache__`)).toBe(false);
    expect(calls.filter((c) => c[1] === 'install')).toHaveLength(1);
    // A different lock (a version bump) never reuses the venv built from the old one.
    const third = await installScanner({ ...opts, spec: { ...opts.spec, lock: async () => `${lock}# changed\n` } });
    expect(third.tool.origin).toBe('download');
    // A cached file that no longer matches its RECORD hash is not run: the intact cross-run copy is used.
    const changed = { ...opts, spec: { ...opts.spec, lock: async () => `${lock}# changed\n` } };
    writeFileSync(`${venv}/bin/pip-audit`, '#!/bin/sh\necho tampered\n');
    const fourth = await installScanner(changed);
    expect(fourth.tool.origin).toBe('actions-cache');
    expect(fourth.warnings.join()).toMatch(/pip-audit: the cached venv failed verification \(.*bin\/pip-audit differs/);
    // A poisoned cross-run cache entry is not run either: the venv is rebuilt from the lock.
    writeFileSync(`${venv}/bin/pip-audit`, '#!/bin/sh\necho tampered\n');
    const [entry] = readdirSync(env.cacheStore).filter((k) => k.startsWith('scan-gate-tool-pip-audit-'));
    const cached = readdirSync(env.cacheStore).map((k) => `${env.cacheStore}/${k}/0/bin/pip-audit`);
    for (const file of cached) writeFileSync(file, '#!/bin/sh\necho poisoned\n');
    expect(entry).toMatch(/^scan-gate-tool-pip-audit-2\.10\.1-linux-x64-py3\.12-[0-9a-f]{16}$/);
    const fifth = await installScanner(changed);
    expect(fifth.tool.origin).toBe('download');
    expect(fifth.warnings.join('\n')).toMatch(/the restored venv failed verification \(.*differs/);
    expect(readFileSync(`${venv}/bin/pip-audit`, 'utf8')).toContain('echo ok');
  });

  it('refuses a version other than the locked one, naming the input and the way out', async () => {
    const env = testEnv();
    const error = await installScanner({
      id: 'bandit',
      version: '1.8.0',
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters(),
      platform: 'linux-x64',
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /versions: bandit=1\.8\.0 is refused.*hash lock \(bandit 1\.9\.4\).*bandit=path/,
    );
  });

  it('reports pip failures with the command and its output', async () => {
    const env = testEnv();
    const commands: CommandRunner = {
      run: async (argv) =>
        argv[1] === 'install'
          ? { exitCode: 1, stdout: '', stderr: 'ERROR: Could not find a version that satisfies the requirement' }
          : { exitCode: 0, stdout: 'Python 3.11.2', stderr: '' },
    };
    const adapters = env.adapters({ commands, which: async (n) => (n === 'python3' ? '/usr/bin/python3' : undefined) });
    await expect(
      installScanner({
        id: 'checkov',
        tempDir: env.tempDir,
        toolCacheDir: env.toolCacheDir,
        adapters,
        platform: 'linux-x64',
      }),
    ).rejects.toThrow(/checkov: `.*pip install .*--require-hashes.*` exited with 1: ERROR: Could not find/);
  });

  it('names the scanner when Python is missing', async () => {
    const env = testEnv();
    await expect(
      installScanner({
        id: 'bandit',
        tempDir: env.tempDir,
        toolCacheDir: env.toolCacheDir,
        adapters: env.adapters(),
        platform: 'linux-x64',
      }),
    ).rejects.toThrow(/bandit needs Python 3.*setup-python/);
  });
});

describe('createScannerInstaller', () => {
  it.skipIf(!hasTool('bandit'))('binds the inputs and gives each scanner a stable DB directory', async () => {
    const env = testEnv();
    const install = createScannerInstaller({
      versions: { bandit: 'path' },
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters({ which: realWhich }),
      versionOf: async (id, binary) => `${id}@${binary}`,
    });
    const bandit = await install('bandit');
    expect(bandit.tool.version).toBe(`bandit@${bandit.tool.binary}`);
    expect(bandit.cacheDir).toBe(`${env.tempDir}/scan-gate-db/bandit`);
    expect((await install('sarif')).tool.verification).toBe('none');
  });
});

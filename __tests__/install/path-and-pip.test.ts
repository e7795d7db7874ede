import { execFileSync } from 'node:child_process';
import * as io from '@actions/io';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { CommandRunner } from '../../src/install/install-io.js';
import { runVersionCommand } from '../../src/install/install-path.js';
import { pipCommands } from '../../src/install/install-pip.js';
import { installScanner } from '../../src/install/install-scanner.js';
import { createScannerInstaller } from '../../src/install/installer.js';
import { nodeCommandRunner } from '../../src/install/runner-io.js';
import { BANDIT_SPEC } from '../../src/install/specs/pip.js';
import { hasTool, REAL_TOOLS } from '../harness/tools.js';
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
  it('builds exact argv arrays for venv and pip', () => {
    const cmds = pipCommands({
      python: '/usr/bin/python3',
      venv: '/t/v',
      spec: BANDIT_SPEC,
      version: '1.9.4',
      platform: 'linux-x64',
    });
    expect(cmds.venv).toEqual(['/usr/bin/python3', '-m', 'venv', '/t/v']);
    expect(cmds.install).toEqual(['/t/v/bin/pip', 'install', '--disable-pip-version-check', 'bandit[sarif]==1.9.4']);
    expect(cmds.executable).toBe('/t/v/bin/bandit');
  });

  it('runs venv then pip into a cached directory, and reuses it the second time', async () => {
    const env = testEnv();
    const calls: string[][] = [];
    const commands: CommandRunner = {
      async run(argv) {
        calls.push([...argv]);
        if (argv[1] === '--version') return { exitCode: 0, stdout: 'Python 3.12.4\n', stderr: '' };
        if (argv[1] === 'install') {
          // Stand-in for pip: create the console script where pip would.
          execFileSync('sh', [
            '-c',
            'mkdir -p "$1" && printf "#!/bin/sh\\n" > "$1/pip-audit"',
            'sh',
            argv[0].replace(/\/pip$/, ''),
          ]);
        }
        return { exitCode: 0, stdout: '', stderr: '' };
      },
    };
    const adapters = env.adapters({ commands, which: async (n) => (n === 'python3' ? '/usr/bin/python3' : undefined) });
    const opts = {
      id: 'pip-audit' as const,
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters,
      platform: 'linux-x64' as const,
    };
    const first = await installScanner(opts);
    const venv = `${env.toolCacheDir}/scan-gate-pip/pip-audit/2.10.1/linux-x64-py3.12`;
    expect(calls.slice(1)).toEqual([
      ['/usr/bin/python3', '-m', 'venv', venv],
      [`${venv}/bin/pip`, 'install', '--disable-pip-version-check', 'pip-audit==2.10.1'],
    ]);
    expect(first.tool).toMatchObject({
      binary: `${venv}/bin/pip-audit`,
      verification: 'pip-pinned',
      origin: 'download',
    });
    const second = await installScanner(opts);
    expect(second.tool.origin).toBe('tool-cache');
    expect(calls.filter((c) => c[1] === 'install')).toHaveLength(1);
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
    ).rejects.toThrow(
      /checkov: `.*pip install --disable-pip-version-check checkov==3\.3\.30` exited with 1: ERROR: Could not find/,
    );
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

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as io from '@actions/io';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CommandRunner } from '../../src/install/install-io.js';
import { pipRequirement } from '../../src/install/install-pip.js';
import { installScanner } from '../../src/install/install-scanner.js';
import { describeHashMismatches, lockedPins, parseHashMismatches } from '../../src/install/pip-lock.js';
import { nodeCommandRunner } from '../../src/install/runner-io.js';
import { INSTALL_SPECS } from '../../src/install/specs/index.js';
import { BANDIT_SPEC } from '../../src/install/specs/pip.js';
import type { PipSpec } from '../../src/install/types.js';
import { hasPipScanners, hasPython } from '../harness/pip-tools.js';
import { REPO_ROOT } from '../harness/tools.js';
import { testEnv } from './fakes.js';

const realWhich = async (name: string) => (await io.which(name, false)) || undefined;
const PIP_IDS = ['bandit', 'pip-audit', 'checkov', 'safety'] as const;
const specOf = (id: (typeof PIP_IDS)[number]) => INSTALL_SPECS[id] as PipSpec;

/** The lock's entry for one package: its `name==version` line and its `--hash` lines. */
function entry(lock: string, name: string): string {
  const m = new RegExp(
    `^${name}==\\S+(?: ;[^\\\\]*)? \\\\\\n(?:\\s+--hash=sha256:[0-9a-f]{64}(?: \\\\)?\\n)+`,
    'm',
  ).exec(lock);
  if (!m) throw new Error(`no ${name} entry in the lock`);
  return m[0];
}

describe('the committed pip locks', () => {
  it.each(PIP_IDS)('%s: pins the default version, and every package carries hashes', async (id) => {
    const spec = specOf(id);
    const lock = await spec.lock();
    const pins = lockedPins(lock);
    expect([...(pins.get(spec.package) ?? [])]).toEqual([spec.defaultVersion]);
    const script = (await import(path.join(REPO_ROOT, 'scripts/lock-pip.mjs'))) as {
      REQUIREMENTS: Record<string, string>;
    };
    expect(script.REQUIREMENTS[id]).toMatch(new RegExp(`^${spec.package}(\\[.*\\])?==${spec.defaultVersion}$`));
    // Exactly the requirement the spec describes (extras included): the lock is what that resolves to.
    expect(script.REQUIREMENTS[id]).toBe(pipRequirement(spec, spec.defaultVersion));
    const entries = lock.split(/\n(?=[a-z0-9])/i).filter((e) => /^[A-Za-z0-9]/.test(e) && e.includes('=='));
    expect(entries.length).toBe(lock.match(/^[A-Za-z0-9][^\n]*==/gm)?.length);
    expect(entries.length).toBeGreaterThanOrEqual(pins.size);
    for (const e of entries) expect(e, e.split('\n')[0]).toMatch(/--hash=sha256:[0-9a-f]{64}/);
    expect(lock).toMatch(/universal --generate-hashes --only-binary :all:/);
  });
});

describe('pip hash refusals', () => {
  it('reads every package, the allowed hashes and the hash that arrived from real pip output', () => {
    const output = readFileSync(
      path.join(REPO_ROOT, '__tests__/__fixtures__/pip/hash-mismatch-pip-23.2.1.txt'),
      'utf8',
    );
    const mismatches = parseHashMismatches(output);
    expect(mismatches).toEqual([
      {
        requirement: 'bandit==1.9.4',
        expected: ['0'.repeat(64), 'b589e5de2afe70bd4d53fa0c1da6199f4085af666fde00e8a034f152a52cd628'],
        got: 'f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e',
      },
    ]);
    expect(describeHashMismatches('bandit', mismatches)).toMatch(
      /bandit: pip refused.*\n {2}bandit==1\.9\.4: downloaded sha256 f89ffa66\S+, the lock allows sha256 0{64} or sha256 b589e5de/,
    );
  });
});

/** pip with PIP_INDEX_URL pointing at `index` (what a runner with a PyPI mirror configured does). */
function runnerWithIndex(index: string): CommandRunner {
  const real = nodeCommandRunner();
  return {
    run: (argv, options) =>
      argv[1] !== 'install'
        ? real.run(argv, options)
        : new Promise((resolve) => {
            // Only this index: a machine-wide PIP_FIND_LINKS could offer the genuine wheel beside the swapped one.
            const { PIP_FIND_LINKS: _ignored, ...inherited } = process.env;
            const env = { ...inherited, PIP_INDEX_URL: index, PIP_NO_CACHE_DIR: '1', PIP_RETRIES: '0' };
            execFile(argv[0], argv.slice(1), { env, timeout: 300_000 }, (error, stdout, stderr) =>
              resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
            );
          }),
  };
}

/** A PEP 503 simple index on 127.0.0.1 serving `wheel` under `fileName` for one project. */
async function simpleIndex(project: string, fileName: string, wheel: Buffer): Promise<string> {
  const server = createServer((req, res) => {
    if (req.url === `/simple/${project}/`) {
      res.setHeader('content-type', 'text/html');
      res.end(`<!DOCTYPE html><html><body><a href="/files/${fileName}">${fileName}</a></body></html>`);
    } else if (req.url === `/files/${fileName}`) {
      res.end(wheel);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple/`;
}

describe('pip installs verified by hash (real pip)', () => {
  it.skipIf(!hasPython())(
    'refuses a swapped wheel served by a package index, naming the package and both hashes',
    async () => {
      const env = testEnv();
      // The committed lock's real bandit entry; the index serves other bytes under bandit's wheel name.
      const lock = entry(await BANDIT_SPEC.lock(), 'bandit');
      const spec: PipSpec = { ...BANDIT_SPEC, lock: async () => lock };
      const swapped = Buffer.from(`PK not bandit ${Date.now()}`);
      const index = await simpleIndex('bandit', 'bandit-1.9.4-py3-none-any.whl', swapped);
      const error = await installScanner({
        id: 'bandit',
        spec,
        tempDir: env.tempDir,
        toolCacheDir: env.toolCacheDir,
        adapters: env.adapters({ which: realWhich, commands: runnerWithIndex(index) }),
      }).catch((e: Error) => e);
      const got = createHash('sha256').update(swapped).digest('hex');
      const allowed = lock.match(/[0-9a-f]{64}/g) ?? [];
      // The loop below checks each allowed hash is named: a lock with none would make it check nothing.
      expect(allowed.length).toBeGreaterThan(0);
      expect((error as Error).message).toContain(`bandit==1.9.4: downloaded sha256 ${got}, the lock allows sha256 `);
      for (const hash of allowed) expect((error as Error).message).toContain(hash);
      expect((error as Error).message).toMatch(/nothing was run/);
    },
    120_000,
  );

  it.skipIf(!hasPipScanners())(
    'installs bandit from PyPI with the committed lock, and refuses a tampered lock line',
    async () => {
      const env = testEnv();
      const opts = { id: 'bandit' as const, tempDir: env.tempDir, toolCacheDir: env.toolCacheDir };
      const { tool } = await installScanner({ ...opts, adapters: env.adapters({ which: realWhich }) });
      expect(tool).toMatchObject({ version: '1.9.4', verification: 'pip-hash-locked', origin: 'download' });
      const version = await nodeCommandRunner().run([tool.binary, '--version']);
      expect(version.stdout).toMatch(/^bandit 1\.9\.4/m);

      // One lock line tampered: bandit's own hashes replaced; pip downloads the real wheel and refuses it.
      const lock = await BANDIT_SPEC.lock();
      const line = entry(lock, 'bandit');
      const real = line.match(/[0-9a-f]{64}/g) ?? [];
      const fake = real.map((_, i) => String(i + 1).repeat(64));
      const tampered = real.reduce((text, hash, i) => text.replace(hash, fake[i] ?? ''), line);
      const other = testEnv();
      const error = await installScanner({
        ...opts,
        tempDir: other.tempDir,
        toolCacheDir: other.toolCacheDir,
        spec: { ...BANDIT_SPEC, lock: async () => lock.replace(line, tampered) },
        adapters: other.adapters({ which: realWhich }),
      }).catch((e: Error) => e);
      const message = (error as Error).message;
      expect(message).toMatch(/^bandit: pip refused to install files whose hash is not in scan-gate's lock/);
      expect(message).toMatch(
        /bandit==1\.9\.4: downloaded sha256 [0-9a-f]{64}, the lock allows sha256 1{64} or sha256 2{64}/,
      );
      expect(real).toContain(/downloaded sha256 ([0-9a-f]{64})/.exec(message)?.[1]);
    },
    300_000,
  );
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The benchmarks write over a gigabyte per run (workloads, scanner archives, a tool cache). They used to
// leave it all in the temporary folder, and so did the processes they start; repeated runs filled a disk.

const helper = pathToFileURL(path.resolve('scripts/temp-dir.mjs')).href;

/** An empty folder to be the TMPDIR of the process under test. */
const emptyRoot = (): string => mkdtempSync(path.join(tmpdir(), 'bench-root-'));

async function waitFor(found: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 45_000;
  while (!found()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts `node args` with TMPDIR=root, sends `signal` once `ready()` holds, and returns its exit. */
async function interrupt(args: string[], root: string, ready: () => boolean, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, TMPDIR: root, BENCH_SIZES: '100', BENCH_REPS: '1', BENCH_AGGREGATE_FINDINGS: '200' },
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  try {
    await waitFor(ready, `${args.join(' ')} to start`);
  } finally {
    child.kill(signal);
  }
  return exited;
}

const benchFolder = (root: string): string | undefined =>
  readdirSync(root)
    .filter((n) => n.startsWith('scan-gate-bench-'))
    .map((n) => path.join(root, n))[0];

describe('benchmark temporary files', () => {
  it('npm run bench stopped by SIGTERM leaves nothing in the temporary folder', async () => {
    const root = emptyRoot();
    const result = await interrupt(
      ['scripts/bench.mjs'],
      root,
      () => {
        const dir = benchFolder(root);
        return dir !== undefined && existsSync(path.join(dir, 'w100'));
      },
      'SIGTERM',
    );
    expect(result.code).toBe(143);
    expect(readdirSync(root)).toEqual([]);
  });

  it('npm run bench:aggregate stopped by Ctrl-C (SIGINT) leaves nothing in the temporary folder', async () => {
    const root = emptyRoot();
    const result = await interrupt(
      ['scripts/bench-aggregate.mjs'],
      root,
      () => {
        const dir = benchFolder(root);
        return dir !== undefined && existsSync(path.join(dir, 'ws'));
      },
      'SIGINT',
    );
    expect(result.code).toBe(130);
    expect(readdirSync(root)).toEqual([]);
  });

  /** A script that uses benchTempDir like the benchmarks do, ending with `end`. */
  function script(end: string): string {
    const file = path.join(emptyRoot(), 'run.mjs');
    writeFileSync(
      file,
      [
        "import { spawnSync } from 'node:child_process';",
        "import { writeFileSync } from 'node:fs';",
        "import path from 'node:path';",
        `import { benchTempDir } from ${JSON.stringify(helper)};`,
        "const dir = await benchTempDir('scan-gate-bench-');",
        "writeFileSync(path.join(dir, 'workload.json'), 'x'.repeat(1 << 20));",
        // A started process makes a folder of its own in os.tmpdir(), as the bundled test helpers do.
        "const child = \"const { mkdtempSync, writeFileSync } = require('node:fs'); const d = mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'run-scanners-')); writeFileSync(d + '/s.mjs', '')\";",
        'if (spawnSync(process.execPath, ["-e", child]).status !== 0) process.exit(9);',
        "console.log('worker done');",
        end,
      ].join('\n'),
    );
    return file;
  }

  it.each([
    ['ends normally', 'process.exitCode = 0;', 0],
    ['sets a failing exit code', 'process.exitCode = 1;', 1],
    ['throws', "throw new Error('benchmark failed');", 1],
  ])('a run that %s removes its folder and what the processes it started put in TMPDIR', (_, end, code) => {
    const root = emptyRoot();
    const r = spawnSync(process.execPath, [script(end)], { env: { ...process.env, TMPDIR: root }, encoding: 'utf8' });
    expect(r.stdout).toBe('worker done\n');
    expect(r.status).toBe(code);
    expect(readdirSync(root)).toEqual([]);
  });

  it('SCAN_GATE_KEEP_BENCH_TMP=1 keeps the folder and prints where it is', () => {
    const root = emptyRoot();
    const r = spawnSync(process.execPath, [script('')], {
      env: { ...process.env, TMPDIR: root, SCAN_GATE_KEEP_BENCH_TMP: '1' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const kept = readdirSync(root);
    expect(kept).toHaveLength(1);
    expect(r.stderr).toContain(path.join(root, kept[0] ?? ''));
    expect(readdirSync(path.join(root, kept[0] ?? '')).sort()).toEqual([
      expect.stringMatching(/^run-scanners-/),
      'workload.json',
    ]);
  });
});

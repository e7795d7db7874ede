/**
 * `scan-gate scan` runs the pipeline in a thread of its own with a bounded young generation
 * (src/cli/scan-thread.ts). What a user sees must not change: exit codes, every byte of stdout, the
 * progress spinner in a terminal, and an internal error reported as one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCAN_YOUNG_GENERATION_MB } from '../../src/cli/scan-thread.js';
import { type Workload, writeSarifWorkload } from '../harness/sarif-workload.js';
import { REPO_ROOT } from '../harness/tools.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
/** util-linux `script` (present on Debian and GitHub's runners) gives a command a terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;
const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** A module preloaded (--import) into every thread: it records which thread it ran in, and its heap limits. */
function threadRecorder(dir: string): { hook: string; log: string } {
  const hook = path.join(dir, 'record-thread.mjs');
  const log = path.join(dir, 'threads.jsonl');
  writeFileSync(
    hook,
    [
      "import { appendFileSync } from 'node:fs';",
      "import { isMainThread, resourceLimits } from 'node:worker_threads';",
      `appendFileSync(${JSON.stringify(log)}, JSON.stringify({ isMainThread, resourceLimits }) + '\\n');`,
      "if (!isMainThread && process.env.FAIL_IN_SCAN_THREAD) throw new Error('broken in the scan thread');",
    ].join('\n'),
  );
  return { hook: pathToFileURL(hook).href, log };
}

function cli(args: readonly string[], opts: { nodeArgs?: readonly string[]; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'buffer',
    maxBuffer: 2 ** 28,
    env: { ...process.env, SCAN_GATE_HOME: temp('scan-gate-home-'), ...opts.env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

const threads = (log: string) =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { isMainThread: boolean; resourceLimits: Record<string, number> });

describe('scan-gate scan in its own thread', () => {
  // 30,000 results: over ten megabytes of report.json, read by two of the tests below.
  let w: Workload;
  beforeAll(() => {
    w = writeSarifWorkload(temp('scan-thread-workload-'), { results: 30_000 });
  });

  it('a scan runs in a worker thread with the bounded young generation; --help and --version start none', () => {
    const dir = temp('scan-thread-');
    const { hook, log } = threadRecorder(dir);
    const out = temp('scan-thread-out-');
    const scan = cli(['scan', 'examples/demo', '--output-dir', out], { nodeArgs: ['--import', hook] });
    expect(scan.status).toBe(1);
    expect(scan.stdout.toString()).toContain('scan-gate: FAIL');
    const seen = threads(log);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.isMainThread).toBe(true);
    expect(seen[1]).toMatchObject({
      isMainThread: false,
      resourceLimits: { maxYoungGenerationSizeMb: SCAN_YOUNG_GENERATION_MB },
    });
    // Only the young generation is bounded: the old generation keeps Node's default (gigabytes).
    expect(seen[1]?.resourceLimits.maxOldGenerationSizeMb).toBeGreaterThan(1024);

    for (const args of [['--version'], ['--help'], ['scan', 'examples/demo', '-V']]) {
      const quick = threadRecorder(temp('scan-thread-quick-'));
      const r = cli(args, { nodeArgs: ['--import', quick.hook] });
      expect(r.status).toBe(0);
      expect(threads(quick.log)).toEqual([{ isMainThread: true, resourceLimits: {} }]);
    }
    // A command line that does not parse is reported from the thread, as the main thread would.
    const bad = cli(['scan', '--no-such-option']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'scan-gate: configuration error: Unknown option --no-such-option. Run `scan-gate --help` for the options.\n',
    );
  });

  it('--json: stdout is report.json byte for byte, over ten megabytes through the thread included', () => {
    const out = temp('scan-thread-json-out-');
    const r = cli([
      'scan',
      w.workspace,
      '--scanners',
      'sarif',
      '--sarif-files',
      w.sarifFile,
      '--output-dir',
      out,
      '--json',
    ]);
    expect(r.status).toBe(1);
    const report = readFileSync(path.join(out, 'report.json'));
    expect(report.length).toBeGreaterThan(10 * 2 ** 20);
    expect(r.stdout.equals(report)).toBe(true);
  });

  it('a reader that goes away early ends the output, not the scan: no EPIPE error, the verdict is the exit code', async () => {
    const out = temp('scan-thread-pipe-out-');
    const args = ['scan', w.workspace, '--scanners', 'sarif', '--sarif-files', w.sarifFile, '--output-dir', out];
    const child = spawn(process.execPath, [CLI, ...args, '--json', '--fail-on', 'none'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SCAN_GATE_HOME: temp('scan-gate-home-') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // `| head -c …`: the first chunk read, then the pipe closed while over ten megabytes are still to come.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
  });

  it('exit codes come from the thread: 0 pass, 1 fail, 2 a configuration error found while scanning', () => {
    const out = temp('scan-thread-codes-');
    expect(cli(['scan', 'examples/demo', '--fail-on', 'none', '--output-dir', out]).status).toBe(0);
    expect(cli(['scan', 'examples/demo', '--output-dir', out]).status).toBe(1);
    const bad = cli(['scan', 'examples/demo', '--fail-on', 'severe', '--output-dir', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/configuration error: .*fail-on/);
  });

  it('a failure in the thread is an internal error: exit code 3 and what went wrong', () => {
    const { hook } = threadRecorder(temp('scan-thread-fail-'));
    const r = cli(['scan', 'examples/demo', '--output-dir', temp('scan-thread-fail-out-')], {
      nodeArgs: ['--import', hook],
      env: { FAIL_IN_SCAN_THREAD: '1' },
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('scan-gate: internal error: Error: broken in the scan thread');
  });

  it.runIf(hasScript)('in a terminal, progress is a spinner line cleared at the end, as before', () => {
    // The CLI's stderr is a terminal; inside the thread it is a pipe to the main thread.
    const out = temp('scan-thread-tty-');
    const command = [process.execPath, CLI, 'scan', 'examples/demo', '--output-dir', out]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toContain('\r\x1b[K');
    expect(r.stdout).toContain('scan-gate: FAIL');
    const piped = cli(['scan', 'examples/demo', '--output-dir', out]);
    expect(piped.stderr).not.toContain('\x1b[K');
  });
});

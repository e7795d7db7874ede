import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawFinding, ScannerId } from '../../src/findings/finding.js';
import { buildPolicy } from '../../src/policy/build-policy.js';
import { maskSecrets, runScanners } from '../../src/scan/run-scanners.js';
import type { ScanContext, ScannerPlugin } from '../../src/scanners/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'run-scanners-'));
const policy = buildPolicy({ source: 'test' });

/** A fake scanner: a node script the test writes, run as `node script` (argv, no shell). */
function script(name: string, body: string): string {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return file;
}

function plugin(id: ScannerId, argvs: string[][], exclusive = false): ScannerPlugin {
  return {
    id,
    displayName: id,
    categories: ['code'],
    usesHistory: false,
    exclusiveCache: exclusive,
    versionArgs: [],
    parseVersion: () => undefined,
    command: () =>
      argvs.map((argv) => ({
        argv: [process.execPath, ...argv],
        okExitCodes: [0, 1],
        output: { kind: 'stdout' as const },
      })),
    parse: (raw): RawFinding[] => {
      const data = JSON.parse(raw) as { n: number };
      if (typeof data.n !== 'number') throw new Error('not a fake report');
      return Array.from({ length: data.n }, (_, i) => ({
        scanner: id,
        ruleId: `R${i}`,
        aliases: [],
        category: 'code',
        severity: 'high',
        title: 't',
        location: { path: 'a.js', startLine: i + 1 },
      }));
    },
  };
}

function ctx(id: string): ScanContext {
  const workDir = path.join(dir, `work-${id}-${Math.random()}`);
  mkdirSync(workDir, { recursive: true });
  return {
    root: dir,
    workspace: dir,
    binary: process.execPath,
    workDir,
    cacheDir: dir,
    images: [],
    hasGitHistory: false,
    policy,
    sarifFiles: [],
  };
}

const healthy = script('healthy', 'process.stdout.write(JSON.stringify({ n: 2 }));');

describe('runScanners: fail closed, one scanner never sinks the others', () => {
  it.each([
    [
      'crash (exit 3)',
      script('crash', 'process.stderr.write("panic: runtime error\\n"); process.exit(3);'),
      /trivy exited with code 3, which means it failed \(expected 0 or 1\)\npanic: runtime error/,
    ],
    [
      'garbage output',
      script('garbage', 'process.stdout.write("<html>rate limited</html>");'),
      /trivy printed output that could not be parsed/,
    ],
    [
      'hang past the timeout',
      script('hang', 'setTimeout(() => {}, 60_000);'),
      /trivy timed out after 1s \(scanner-timeout\)/,
    ],
    ['killed by a signal', script('segv', 'process.kill(process.pid, "SIGSEGV");'), /trivy was killed by SIGSEGV/],
  ])('%s → scanner error naming the scanner; the healthy one still reports', async (_name, file, message) => {
    const results = await runScanners({
      plans: [
        { plugin: plugin('trivy', [[file]]), ctx: ctx('t') },
        { plugin: plugin('bandit', [[healthy]]), ctx: ctx('b') },
      ],
      timeoutMs: 1000,
    });
    expect(results[0]?.run.status).toBe('error');
    expect(results[0]?.run.error).toMatch(message);
    expect(results[0]?.raw).toEqual([]);
    expect(results[1]?.run).toMatchObject({ status: 'ok', findings: 2 });
  });

  it('a missing executable is a scanner error, not a crash of the gate', async () => {
    const p = {
      ...plugin('grype', []),
      command: () => [{ argv: ['/nonexistent/grype'], okExitCodes: [0], output: { kind: 'stdout' as const } }],
    };
    const [r] = await runScanners({ plans: [{ plugin: p, ctx: ctx('g') }], timeoutMs: 5000 });
    expect(r?.run.error).toMatch(/grype could not start: spawn \/nonexistent\/grype ENOENT/);
  });

  it('200 MB of output is capped without holding it in memory', async () => {
    const big = script(
      'big',
      'const b = Buffer.alloc(1 << 20, 97); let i = 0; const go = () => { while (i < 200) { i++; if (!process.stdout.write(b)) return process.stdout.once("drain", go); } }; go();',
    );
    const before = process.memoryUsage().rss;
    const [r] = await runScanners({
      plans: [{ plugin: plugin('checkov', [[big]]), ctx: ctx('c') }],
      timeoutMs: 60_000,
    });
    expect(r?.run.status).toBe('error');
    expect(r?.run.error).toMatch(/checkov printed output that could not be parsed|output exceeded/);
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 2 ** 20);
  });

  it('runs scanners in parallel, and one scanner’s invocations one at a time', async () => {
    const sleeper = script(
      'sleep',
      'const f = process.argv[2]; const fs = await import("node:fs"); fs.appendFileSync(f, "start " + Date.now() + "\\n"); setTimeout(() => { fs.appendFileSync(f, "end " + Date.now() + "\\n"); process.stdout.write(JSON.stringify({ n: 1 })); }, 1200);',
    );
    const log = path.join(dir, 'exclusive.log');
    const t0 = Date.now();
    const results = await runScanners({
      plans: [
        {
          plugin: plugin(
            'trivy',
            [
              [sleeper, log],
              [sleeper, log],
            ],
            true,
          ),
          ctx: ctx('x'),
        },
        { plugin: plugin('gitleaks', [[sleeper, path.join(dir, 'other.log')]]), ctx: ctx('y') },
      ],
      timeoutMs: 30_000,
    });
    const wall = Date.now() - t0;
    expect(results.map((r) => r.run.findings)).toEqual([2, 1]);
    expect(wall).toBeLessThan(0.8 * 3 * 1200 + 1500);
    const events = (await import('node:fs'))
      .readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(events.map((e) => e[0])).toEqual(['start', 'end', 'start', 'end']);
  });

  it('a plugin with nothing to run is skipped, not an error', async () => {
    const [r] = await runScanners({ plans: [{ plugin: plugin('pip-audit', []), ctx: ctx('p') }], timeoutMs: 1000 });
    expect(r?.run).toMatchObject({ status: 'skipped', note: 'nothing to scan' });
  });

  it('masks token-like values in scanner stderr', () => {
    const token = ['gh', 'p_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');
    expect(maskSecrets(`failed to verify ${token} at line 3`)).toBe('failed to verify *** at line 3');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScanners } from '../../src/scan/run-scanners.js';
import { isRunning, waitUntil } from '../harness/processes.js';
import { ctx, dir, healthy, plugin, script } from './fake-scanner.js';

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

  it('a timeout kills the whole process group, even a scanner ignoring SIGTERM and its helper', async () => {
    const pidFile = path.join(dir, 'helper.pid');
    const stubborn = script(
      'stubborn',
      `const { spawn } = await import('node:child_process');
       const fs = await import('node:fs');
       const helper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' });
       fs.writeFileSync(${JSON.stringify(pidFile)}, String(helper.pid));
       process.on('SIGTERM', () => process.stderr.write('ignoring SIGTERM\\n'));
       setInterval(() => {}, 1000);`,
    );
    const t0 = Date.now();
    const [r] = await runScanners({
      plans: [{ plugin: plugin('trivy', [[stubborn]]), ctx: ctx('st') }],
      timeoutMs: 800,
    });
    expect(Date.now() - t0).toBeLessThan(6000);
    expect(r?.run.error).toMatch(/^trivy timed out after 1s \(scanner-timeout\)\nignoring SIGTERM/);
    const helper = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((done) => setTimeout(done, 200));
    expect(() => process.kill(helper, 0)).toThrow();
  });

  it("a scanner's helper left running when it exits is stopped with it (its process group is ended)", async () => {
    const pidFile = path.join(dir, 'leftover.pid');
    // The helper does not hold the scanner's output pipes, so the scanner's run ends without waiting for it.
    const leaves = script(
      'leaves-helper',
      `const { spawn } = await import('node:child_process');
       const fs = await import('node:fs');
       const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
       helper.unref();
       fs.writeFileSync(${JSON.stringify(pidFile)}, String(helper.pid));
       process.stdout.write(JSON.stringify({ n: 0 }));`,
    );
    const [r] = await runScanners({
      plans: [{ plugin: plugin('trivy', [[leaves]]), ctx: ctx('lh') }],
      timeoutMs: 5000,
    });
    const helper = Number(readFileSync(pidFile, 'utf8'));
    try {
      expect(r?.run.status).toBe('ok');
      await waitUntil('the helper to end', () => !isRunning(helper), 3000);
    } finally {
      if (isRunning(helper)) process.kill(helper, 'SIGKILL');
    }
  });

  it('a missing executable is a scanner error, not a crash of the gate', async () => {
    const p = {
      ...plugin('grype', []),
      command: () => [{ argv: ['/nonexistent/grype'], okExitCodes: [0], output: { kind: 'stdout' as const } }],
    };
    const [r, ok] = await runScanners({
      plans: [
        { plugin: p, ctx: ctx('g') },
        { plugin: plugin('bandit', [[healthy]]), ctx: ctx('b') },
      ],
      timeoutMs: 5000,
    });
    expect(r?.run.status).toBe('error');
    expect(r?.run.error).toMatch(/grype could not start: spawn \/nonexistent\/grype ENOENT/);
    expect(ok?.run).toMatchObject({ status: 'ok', findings: 2 });
  });

  it('200 MB of output past the cap is an error, streamed to disk rather than held in memory', async () => {
    const big = script(
      'big',
      'const b = Buffer.alloc(1 << 20, 97); let i = 0; const go = () => { while (i < 200) { i++; if (!process.stdout.write(b)) return process.stdout.once("drain", go); } }; go();',
    );
    const before = process.memoryUsage().rss;
    const [r, ok] = await runScanners({
      plans: [
        { plugin: plugin('checkov', [[big]]), ctx: ctx('c') },
        { plugin: plugin('bandit', [[healthy]]), ctx: ctx('b') },
      ],
      timeoutMs: 60_000,
      outputCapBytes: 100 * 2 ** 20,
    });
    expect(r?.run.status).toBe('error');
    expect(r?.run.error).toMatch(/^checkov output exceeded 100 MB; stopped/);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 2 ** 20);
    expect(ok?.run).toMatchObject({ status: 'ok', findings: 2 });
  });
});

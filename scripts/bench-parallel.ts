// Parallel vs serial wall time of two scanners (each a real process that works for ~1.5 s), using the
// same fake-scanner plugins as the execution tests.

import { ctx, plugin, script } from '../__tests__/scan/fake-scanner.js';
import { runScanners } from '../src/scan/run-scanners.js';

export async function benchParallel(): Promise<string> {
  // CPU-bound for ~1.5 s, like a scanner walking a tree.
  const busy = script(
    'busy',
    'const end = Date.now() + 1500; let x = 0; while (Date.now() < end) x++; process.stdout.write(JSON.stringify({ n: 0 }));',
  );
  const t0 = performance.now();
  await runScanners({
    plans: [
      { plugin: plugin('trivy', [[busy]]), ctx: ctx('a') },
      { plugin: plugin('gitleaks', [[busy]]), ctx: ctx('b') },
    ],
    timeoutMs: 60_000,
  });
  const parallel = performance.now() - t0;
  const t1 = performance.now();
  // Two exclusive-cache scanners on one cache directory must queue behind each other.
  await runScanners({
    plans: [
      { plugin: plugin('trivy', [[busy]], true), ctx: ctx('c') },
      { plugin: plugin('grype', [[busy]], true), ctx: ctx('d') },
    ],
    timeoutMs: 60_000,
  });
  const serial = performance.now() - t1;
  return `two scanners (1.5 s of work each): parallel ${parallel.toFixed(0)} ms, serial (shared exclusive cache) ${serial.toFixed(0)} ms, ratio ${(parallel / serial).toFixed(2)}`;
}

// Parallel vs serial wall time of two scanners (each a real process that works for ~1.5 s).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScannerId } from '../src/findings/finding.js';
import { buildPolicy } from '../src/policy/build-policy.js';
import { runScanners } from '../src/scan/run-scanners.js';
import type { ScanContext, ScannerPlugin } from '../src/scanners/types.js';

function plugin(id: ScannerId, script: string, exclusive: boolean): ScannerPlugin {
  return {
    id,
    displayName: id,
    categories: ['code'],
    usesHistory: false,
    exclusiveCache: exclusive,
    versionArgs: [],
    parseVersion: () => undefined,
    command: () => [{ argv: [process.execPath, script], okExitCodes: [0], output: { kind: 'stdout' } }],
    parse: () => [],
  };
}

export async function benchParallel(dir: string): Promise<string> {
  const script = path.join(dir, 'busy.mjs');
  // CPU-bound for ~1.5 s, like a scanner walking a tree.
  writeFileSync(
    script,
    'const end = Date.now() + 1500; let x = 0; while (Date.now() < end) x++; process.stdout.write("[]");',
  );
  const policy = buildPolicy({ source: 'bench' });
  const ctx = (name: string, cacheDir: string): ScanContext => {
    const workDir = mkdtempSync(path.join(dir, `${name}-`));
    mkdirSync(cacheDir, { recursive: true });
    return {
      root: dir,
      workspace: dir,
      binary: process.execPath,
      workDir,
      cacheDir,
      images: [],
      hasGitHistory: false,
      policy,
      sarifFiles: [],
    };
  };
  const t0 = performance.now();
  await runScanners({
    plans: [
      { plugin: plugin('trivy', script, false), ctx: ctx('a', path.join(dir, 'c1')) },
      { plugin: plugin('gitleaks', script, false), ctx: ctx('b', path.join(dir, 'c2')) },
    ],
    timeoutMs: 60_000,
  });
  const parallel = performance.now() - t0;
  const t1 = performance.now();
  const shared = path.join(dir, 'shared-cache');
  await runScanners({
    plans: [
      { plugin: plugin('trivy', script, true), ctx: ctx('c', shared) },
      { plugin: plugin('grype', script, true), ctx: ctx('d', shared) },
    ],
    timeoutMs: 60_000,
  });
  const serial = performance.now() - t1;
  return `two scanners (1.5 s of work each): parallel ${parallel.toFixed(0)} ms, serial (shared exclusive cache) ${serial.toFixed(0)} ms, ratio ${(parallel / serial).toFixed(2)}`;
}

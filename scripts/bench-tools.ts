// Install and execution figures for scripts/bench.mjs.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { sha256Hex, startReleaseServer } from '../__tests__/harness/release-server.js';
import type { ScannerId } from '../src/findings/finding.js';
import { createInstallAdapters, installScanner, resolvePlatform } from '../src/install/index.js';
import type { GithubReleaseSpec } from '../src/install/types.js';

const DEFAULTS: ScannerId[] = ['trivy', 'gitleaks', 'trufflehog', 'osv-scanner', 'grype'];
/** Roughly the size of the real binaries (30–100 MB): hashing them is the cost of a warm install. */
const BINARY_MB = 60;

async function archiveFor(dir: string, id: string): Promise<Buffer> {
  const src = mkdtempSync(path.join(dir, `pack-${id}-`));
  const bin = path.join(src, id);
  writeFileSync(bin, Buffer.concat([Buffer.from('#!/bin/sh\necho 1.0.0\nexit 0\n'), randomBytes(BINARY_MB * 2 ** 20)]));
  chmodSync(bin, 0o755);
  const out = path.join(dir, `${id}.tar.gz`);
  await tar.create({ gzip: { level: 1 }, file: out, cwd: src }, [id]);
  return readFileSync(out);
}

/** Cold (download + verify + extract) and warm (tool-cache hit, re-verified) install of five scanners. */
export async function benchInstall(dir: string): Promise<string> {
  const server = await startReleaseServer();
  const platform = resolvePlatform();
  const toolCacheDir = path.join(dir, 'tool-cache');
  const adapters = createInstallAdapters({ cache: false, toolCacheDir });
  const specs: Partial<Record<ScannerId, GithubReleaseSpec>> = {};
  for (const id of DEFAULTS) {
    const body = await archiveFor(dir, id);
    const name = `${id}_1.0.0_bench.tar.gz`;
    server.addAsset({ repo: `bench/${id}`, tag: 'v1.0.0', name, body });
    const asset = { name, archive: 'tar.gz' as const, binaryPath: id };
    specs[id] = {
      kind: 'github-release',
      repo: `bench/${id}`,
      defaultVersion: '1.0.0',
      pinned: { '1.0.0': { [platform]: { ...asset, sha256: sha256Hex(body), evidence: 'bench' } } },
      assetFor: () => asset,
      checksumsAsset: () => 'checksums.txt',
      tag: (v) => `v${v}`,
    };
  }
  const run = async (label: string) => {
    const t = performance.now();
    const tempDir = path.join(dir, 'temp');
    mkdirSync(tempDir, { recursive: true });
    // All at once, as the scan stage installs them.
    await Promise.all(
      DEFAULTS.map((id) =>
        installScanner({ id, spec: specs[id], toolMirror: server.url, tempDir, toolCacheDir, adapters, platform }),
      ),
    );
    return `${label}: ${(performance.now() - t).toFixed(0)} ms`;
  };
  const cold = await run('cold (download, verify, extract)');
  const before = server.requests.length;
  const warm = await run('warm (tool cache hit, re-verified)');
  await server.close();
  return `install of the 5 default release scanners in parallel (${BINARY_MB} MB binaries each): ${cold}; ${warm}, ${server.requests.length - before} HTTP requests`;
}

export { benchParallel } from './bench-parallel.js';

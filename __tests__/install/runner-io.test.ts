// The real adapters' own tests: @actions/tool-cache and @actions/cache read process.env, so only here is it stubbed (and restored).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installScanner } from '../../src/install/install-scanner.js';
import { actionsCrossRunCache, actionsToolCache, directoryToolCache } from '../../src/install/runner-io.js';
import { startReleaseServer } from '../harness/release-server.js';
import { fakeArchive, fakeSpec, ID, publish } from './fake-release.js';
import { FAST_RETRY, tempDir, testEnv } from './fakes.js';

afterEach(() => vi.unstubAllEnvs());

describe('real adapters', () => {
  it('@actions/tool-cache and directoryToolCache share one layout', async () => {
    const root = tempDir();
    vi.stubEnv('RUNNER_TOOL_CACHE', path.join(root, 'tc'));
    vi.stubEnv('RUNNER_TEMP', path.join(root, 'tmp'));
    const source = path.join(root, 'src');
    mkdirSync(source);
    writeFileSync(path.join(source, 'tool'), 'x');
    const cached = await actionsToolCache().cacheDir(source, 'scan-gate-trivy', '0.75.0', 'x64');
    expect(directoryToolCache(path.join(root, 'tc')).find('scan-gate-trivy', '0.75.0', 'x64')).toBe(cached);
    const again = await directoryToolCache(path.join(root, 'tc')).cacheDir(
      source,
      'scan-gate-grype',
      '0.120.1',
      'arm64',
    );
    expect(actionsToolCache().find('scan-gate-grype', '0.120.1', 'arm64')).toBe(again);
  });

  it('@actions/cache reports no service without ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL', () => {
    vi.stubEnv('ACTIONS_CACHE_URL', undefined);
    vi.stubEnv('ACTIONS_RESULTS_URL', undefined);
    expect(actionsCrossRunCache().available()).toBe(false);
  });
});

describe('tool cache re-verification', () => {
  it('re-hashes the cached executable and reinstalls when it was changed', async () => {
    const server = await startReleaseServer();
    try {
      const archive = fakeArchive();
      publish(server, '1.0.0', archive);
      const env = testEnv();
      const adapters = env.adapters({ cache: undefined });
      const opts = {
        id: ID,
        spec: fakeSpec(archive),
        platform: 'linux-x64' as const,
        toolMirror: server.url,
        tempDir: env.tempDir,
        toolCacheDir: env.toolCacheDir,
        adapters,
        retry: FAST_RETRY,
      };
      const first = await installScanner(opts);
      writeFileSync(first.tool.binary, '#!/bin/sh\necho pwned\n');
      const second = await installScanner(opts);
      expect(second.warnings.join()).toMatch(/Ignoring the tool cache entry .*executable hash/);
      expect(second.tool.origin).toBe('download');
      expect(execFileSync(second.tool.binary, [], { encoding: 'utf8' })).toContain('fakescan');
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { installScanner } from '../../src/install/install-scanner.js';
import type { InstallOptions } from '../../src/install/options.js';
import { stopHeld } from '../../src/scan/interruption.js';
import { type ReleaseServer, sha256Hex, startReleaseServer } from '../harness/release-server.js';
import { assetName, fakeArchive, fakeSpec, ID, publish } from './fake-release.js';
import { FAST_RETRY, type TestEnv, testEnv } from './fakes.js';

let server: ReleaseServer;
let env: TestEnv;
const archive = fakeArchive();

beforeEach(async () => {
  server = await startReleaseServer();
  env = testEnv();
  publish(server, '1.0.0', archive);
});
afterEach(() => server.close());

function options(overrides: Partial<InstallOptions> = {}): InstallOptions {
  return {
    id: ID,
    spec: fakeSpec(archive),
    platform: 'linux-x64',
    toolMirror: server.url,
    tempDir: env.tempDir,
    toolCacheDir: env.toolCacheDir,
    adapters: env.adapters(),
    retry: FAST_RETRY,
    ...overrides,
  };
}

describe('installScanner from a GitHub-style release', () => {
  it('downloads, verifies against the pinned hash, extracts and runs', async () => {
    const { tool, warnings } = await installScanner(options());
    expect(tool).toMatchObject({
      version: '1.0.0',
      verification: 'pinned',
      origin: 'download',
      sha256: sha256Hex(archive),
    });
    expect(execFileSync(tool.binary, ['scan'], { encoding: 'utf8' })).toBe('fakescan 1.0.0 scan\n');
    expect(warnings).toEqual([]);
    expect(server.requests.map((r) => r.path)).toEqual([
      `/acme/fakescan/releases/download/v1.0.0/${assetName('1.0.0')}`,
    ]);
  });

  it('a download under way is held: a run stopped by a signal deletes its folder', async () => {
    const adapters = env.adapters();
    let removed: string[] = [];
    const downloader = {
      async download(url: string, dest: string) {
        await adapters.downloader.download(url, dest);
        removed = stopHeld(0).removed;
      },
    };
    await expect(installScanner(options({ adapters: { ...adapters, downloader } }))).rejects.toThrow();
    expect(removed.map((dir) => path.basename(dir))).toEqual([expect.stringMatching(/^scan-gate-download-/)]);
    expect(readdirSync(env.tempDir).filter((n) => n.startsWith('scan-gate-download-'))).toEqual([]);
  });

  it('refuses an archive with one byte changed before extracting it, naming both hashes, asset and URL', async () => {
    const tampered = Buffer.from(archive);
    tampered[tampered.length - 10] ^= 0xff;
    publish(server, '1.0.0', tampered);
    const error = await installScanner(options()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(`expected ${sha256Hex(archive)}`);
    expect(message).toContain(`actual ${sha256Hex(tampered)}`);
    expect(message).toContain(assetName('1.0.0'));
    expect(message).toContain(server.url);
    // Nothing was extracted anywhere: no stage content, no tool cache entry, no leftover download.
    expect(existsSync(env.toolCacheDir)).toBe(false);
    expect(existsSync(path.join(env.tempDir, 'scan-gate-tools'))).toBe(false);
    expect(readdirSync(env.tempDir)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['404', { kind: 'status', status: 404 } as const, /HTTP 404.*Check that the version exists/s],
    ['500', { kind: 'status', status: 500 } as const, /HTTP 500/],
    ['connection reset', { kind: 'reset' } as const, /attempt 3: .*(ECONNRESET|aborted|socket hang up)/],
    ['truncated body', { kind: 'truncate' } as const, /attempt 3: .*(aborted|truncated|ECONNRESET)/],
  ])('retries a %s and then reports it with the URL', async (_label, fault, pattern) => {
    server.fault(assetName('1.0.0'), fault);
    const error = (await installScanner(options()).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/failed after 3 attempt\(s\)/);
    expect(error.message).toMatch(pattern);
    expect(error.message).toContain(server.urlFor('acme/fakescan', 'v1.0.0', assetName('1.0.0')));
    expect(server.requests).toHaveLength(3);
  });

  it('recovers when a reset or a slow answer happens once', async () => {
    server.fault(assetName('1.0.0'), { kind: 'reset' }, 1);
    const first = await installScanner(options());
    expect(first.tool.origin).toBe('download');
    expect(server.requests.map((r) => r.fault)).toEqual(['reset', undefined]);
  });

  it('times out a slow server and retries', async () => {
    server.fault(assetName('1.0.0'), { kind: 'slow', delayMs: 5_000 }, 1);
    const result = await installScanner(options());
    expect(result.tool.origin).toBe('download');
    expect(server.requests).toHaveLength(2);
  });

  it('installs once per job: a second install is a tool cache hit with zero HTTP requests', async () => {
    const adapters = env.adapters();
    await installScanner(options({ adapters }));
    const before = server.requests.length;
    const second = await installScanner(options({ adapters }));
    expect(second.tool.origin).toBe('tool-cache');
    expect(server.requests.length).toBe(before);
    expect(execFileSync(second.tool.binary, [], { encoding: 'utf8' })).toContain('fakescan');
  });

  it('a later run restores from the cross-run cache with zero HTTP requests, re-verifying it', async () => {
    await installScanner(options());
    const requests = server.requests.length;
    const nextRun = testEnv();
    const adapters = nextRun.adapters({ cache: env.adapters().cache });
    const restored = await installScanner(options({ adapters, toolCacheDir: nextRun.toolCacheDir }));
    expect(restored.tool.origin).toBe('actions-cache');
    expect(restored.tool.sha256).toBe(sha256Hex(archive));
    expect(server.requests.length).toBe(requests);
  });

  it('refuses a tampered cross-run cache entry and downloads again', async () => {
    const first = await installScanner(options());
    const store = path.join(env.cacheStore, readdirSync(env.cacheStore)[0], '0', 'fakescan');
    writeFileSync(store, '#!/bin/sh\necho pwned\n');
    const nextRun = testEnv();
    const result = await installScanner(
      options({ adapters: nextRun.adapters({ cache: env.adapters().cache }), toolCacheDir: nextRun.toolCacheDir }),
    );
    expect(result.tool.origin).toBe('download');
    expect(result.warnings.join('\n')).toMatch(/Ignoring the restored cache .*executable hash/);
    expect(execFileSync(result.tool.binary, [], { encoding: 'utf8' })).toContain('fakescan');
    expect(first.tool.sha256).toBe(result.tool.sha256);
  });

  it('continues with a warning when there is no cache service or it throws', async () => {
    const none = env.adapters({
      cache: { available: () => false, restore: async () => undefined, save: async () => {} },
    });
    const a = await installScanner(options({ adapters: none }));
    expect(a.tool.origin).toBe('download');
    expect(a.warnings.join()).toMatch(/No cache service/);
    const broken = testEnv().adapters({
      cache: {
        available: () => true,
        restore: async () => {
          throw new Error('cache service 503');
        },
        save: async () => {},
      },
    });
    const b = await installScanner(options({ adapters: broken, tempDir: testEnv().tempDir }));
    expect(b.tool.origin).toBe('download');
    expect(b.warnings.join()).toMatch(/Cache restore .* failed, continuing without it: cache service 503/);
  });

  it('verifies an unpinned version against the release checksums file and warns it is not pinned', async () => {
    const other = fakeArchive([{ name: 'CHANGELOG', body: '1.1.0' }]);
    publish(server, '1.1.0', other);
    const { tool, warnings } = await installScanner(options({ version: '1.1.0' }));
    expect(tool).toMatchObject({ version: '1.1.0', verification: 'checksums-file', sha256: sha256Hex(other) });
    expect(warnings.join()).toMatch(/1\.1\.0 is not pinned/);
    expect(server.requests.map((r) => r.asset)).toEqual(['fakescan_1.1.0_checksums.txt', assetName('1.1.0')]);
  });

  it('refuses an unpinned asset missing from the checksums file', async () => {
    server.addAsset({ repo: 'acme/fakescan', tag: 'v1.2.0', name: 'fakescan_1.2.0_checksums.txt', body: '' });
    server.addAsset({ repo: 'acme/fakescan', tag: 'v1.2.0', name: assetName('1.2.0'), body: archive });
    await expect(installScanner(options({ version: '1.2.0' }))).rejects.toThrow(/has no line for fakescan_1\.2\.0/);
  });

  it('refuses forbidden and malformed versions as configuration errors', async () => {
    await expect(installScanner(options({ version: '0.6.6' }))).rejects.toBeInstanceOf(ConfigError);
    await expect(installScanner(options({ version: '../../x' }))).rejects.toThrow(/not a version/);
    expect(server.requests).toHaveLength(0);
  });
});

// Test adapters: real HTTP and processes, tool cache and cross-run cache in temp directories (no process.env).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { httpDownloader } from '../../src/install/http-downloader.js';
import type { CrossRunCache, InstallAdapters } from '../../src/install/install-io.js';
import { directoryToolCache, nodeCommandRunner } from '../../src/install/runner-io.js';

/** A fresh directory, removed when the current test finishes (archives here can be tens of MB). */
export function tempDir(prefix = 'scan-gate-install-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An @actions/cache stand-in backed by a directory: exact key first, then newest prefix match. */
export function directoryCache(store: string): CrossRunCache & { saved: string[]; restored: string[] } {
  const saved: string[] = [];
  const restored: string[] = [];
  return {
    saved,
    restored,
    available: () => true,
    async restore(paths, key, restoreKeys = []) {
      const keys = existsSync(store) ? readdirSync(store) : [];
      const byAge = (a: string, b: string) =>
        statSync(path.join(store, b)).mtimeMs - statSync(path.join(store, a)).mtimeMs;
      const hit = keys.includes(key)
        ? key
        : restoreKeys.map((p) => keys.filter((k) => k.startsWith(p)).sort(byAge)[0]).find(Boolean);
      if (!hit) return undefined;
      paths.forEach((p, i) => {
        rmSync(p, { recursive: true, force: true });
        cpSync(path.join(store, hit, String(i)), p, { recursive: true, preserveTimestamps: true });
      });
      restored.push(hit);
      return hit;
    },
    async save(paths, key) {
      if (existsSync(path.join(store, key)))
        throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      paths.forEach((p, i) => {
        mkdirSync(path.join(store, key), { recursive: true });
        cpSync(p, path.join(store, key, String(i)), { recursive: true, preserveTimestamps: true });
      });
      saved.push(key);
    },
  };
}

export interface TestEnv {
  readonly root: string;
  readonly tempDir: string;
  readonly toolCacheDir: string;
  readonly cacheStore: string;
  adapters(overrides?: Partial<InstallAdapters>): InstallAdapters;
}

/** Fresh directories per test; `adapters()` builds the real downloader with a directory tool cache and cache. */
export function testEnv(): TestEnv {
  const root = tempDir();
  const env = {
    root,
    tempDir: path.join(root, 'runner-temp'),
    toolCacheDir: path.join(root, 'tool-cache'),
    cacheStore: path.join(root, 'cache-store'),
  };
  return {
    ...env,
    adapters: (overrides = {}) => ({
      downloader: httpDownloader({ socketTimeoutMs: 2_000 }),
      toolCache: directoryToolCache(env.toolCacheDir),
      cache: directoryCache(env.cacheStore),
      commands: nodeCommandRunner(),
      which: async () => undefined,
      sleep: async () => {},
      ...overrides,
    }),
  };
}

export const FAST_RETRY = { attempts: 3, delaysMs: [0, 0] } as const;

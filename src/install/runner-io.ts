// The runner-side implementations of install-io.ts: @actions/tool-cache, @actions/cache, @actions/io, processes.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cache from '@actions/cache';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import semver from 'semver';
import { holdProcess } from '../scan/interruption.js';
import { httpDownloader } from './http-downloader.js';
import type { CommandRunner, CrossRunCache, InstallAdapters, ToolCache } from './install-io.js';

/** @actions/tool-cache; it reads RUNNER_TOOL_CACHE / RUNNER_TEMP itself, so only use it inside a runner. */
export function actionsToolCache(): ToolCache {
  return {
    find: (tool, version, arch) => tc.find(tool, version, arch),
    cacheDir: (source, tool, version, arch) => tc.cacheDir(source, tool, version, arch),
  };
}

/**
 * The same `<root>/<tool>/<version>/<arch>` + `<arch>.complete` layout in a directory given explicitly,
 * for the CLI outside a runner and for tests that must not touch process.env.
 */
export function directoryToolCache(root: string): ToolCache {
  const dirFor = (tool: string, version: string, arch: string) =>
    path.join(root, tool, semver.clean(version) || version, arch);
  return {
    find(tool, version, arch) {
      const dir = dirFor(tool, version, arch);
      return existsSync(`${dir}.complete`) && existsSync(dir) ? dir : '';
    },
    async cacheDir(source, tool, version, arch) {
      const dir = dirFor(tool, version, arch);
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.complete`, { force: true });
      mkdirSync(dir, { recursive: true });
      cpSync(source, dir, { recursive: true, verbatimSymlinks: true });
      writeFileSync(`${dir}.complete`, '');
      return dir;
    },
  };
}

/** @actions/cache; `available()` is false without ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL (local runs, some GHES). */
export function actionsCrossRunCache(): CrossRunCache {
  return {
    available: () => cache.isFeatureAvailable(),
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    async save(paths, key) {
      await cache.saveCache(paths, key);
    },
  };
}

/** Runs processes with execFile (argv, no shell); a non-zero exit resolves, a spawn failure rejects. */
export function nodeCommandRunner(): CommandRunner {
  return {
    run: (argv, options) =>
      new Promise((resolve, reject) => {
        const [cmd, ...args] = argv;
        let release: (() => void) | undefined;
        const child = execFile(
          cmd,
          args,
          { timeout: options?.timeoutMs ?? 600_000, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            release?.();
            const err = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
            if (err && typeof err.code !== 'number') return reject(err);
            resolve({ exitCode: err ? Number(err.code) : 0, stdout: String(stdout), stderr: String(stderr) });
          },
        );
        // In scan-gate's own process group: a signal sent to scan-gate alone would miss it (interruption.ts).
        if (child.pid !== undefined) release = holdProcess(child.pid);
      }),
  };
}

/** Real adapters. Inside a runner leave `toolCacheDir` unset to use @actions/tool-cache. */
export function createInstallAdapters(opts: { cache: boolean; toolCacheDir?: string }): InstallAdapters {
  return {
    downloader: httpDownloader(),
    toolCache: opts.toolCacheDir ? directoryToolCache(opts.toolCacheDir) : actionsToolCache(),
    cache: opts.cache ? actionsCrossRunCache() : undefined,
    commands: nodeCommandRunner(),
    which: async (name) => (await io.which(name, false)) || undefined,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

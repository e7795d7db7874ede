import path from 'node:path';
import type { ScannerId } from '../findings/finding.js';
import type { RetryPolicy } from './download.js';
import type { InstallAdapters } from './install-io.js';
import { installScanner } from './install-scanner.js';
import type { InstallResult } from './options.js';

export interface ScannerInstallerOptions {
  /** The `versions` input (`id → x.y.z | path`). */
  readonly versions: Readonly<Partial<Record<ScannerId, string>>>;
  readonly toolMirror?: string;
  /** RUNNER_TEMP (or a local scratch directory for the CLI). */
  readonly tempDir: string;
  /** RUNNER_TOOL_CACHE (or a local directory for the CLI). */
  readonly toolCacheDir: string;
  readonly adapters: InstallAdapters;
  /** Reads a PATH binary's version with the scanner plugin's versionArgs/parseVersion (see runVersionCommand). */
  readonly versionOf?: (id: ScannerId, binary: string) => Promise<string | undefined>;
  readonly retry?: RetryPolicy;
}

/**
 * The pipeline's `install(id)`: installScanner with the run's inputs bound, plus a per-scanner DB
 * directory at a stable path (so restoreDbCache/saveDbCache can cache it across runs).
 */
export function createScannerInstaller(
  o: ScannerInstallerOptions,
): (id: ScannerId) => Promise<InstallResult & { readonly cacheDir: string }> {
  return async (id) => {
    const result = await installScanner({
      id,
      version: o.versions[id],
      toolMirror: o.toolMirror,
      tempDir: o.tempDir,
      toolCacheDir: o.toolCacheDir,
      adapters: o.adapters,
      versionOf: o.versionOf ? (binary) => o.versionOf?.(id, binary) ?? Promise.resolve(undefined) : undefined,
      retry: o.retry,
    });
    return { ...result, cacheDir: path.join(o.tempDir, 'scan-gate-db', id) };
  };
}

import type { ScannerId } from '../findings/finding.js';
import type { RetryPolicy } from './download.js';
import type { InstallAdapters } from './install-io.js';
import type { InstalledTool, InstallSpec, Platform } from './types.js';

/** Everything installScanner needs; directories are explicit so nothing depends on process.env. */
export interface InstallOptions {
  readonly id: ScannerId;
  /** Defaults to INSTALL_SPECS[id]; tests pass their own tables. */
  readonly spec?: InstallSpec;
  /** The `versions` input value for this scanner: `x.y.z`, `path`, or absent for the pinned default. */
  readonly version?: string;
  /** Defaults to the running platform. */
  readonly platform?: Platform;
  /** The `tool-mirror` input; replaces https://github.com in release URLs. */
  readonly toolMirror?: string;
  /** Scratch space for downloads and the cross-run cache staging directory (RUNNER_TEMP); must be stable across runs. */
  readonly tempDir: string;
  /** Root for Python venvs (RUNNER_TOOL_CACHE); must be stable across runs. */
  readonly toolCacheDir: string;
  readonly adapters: InstallAdapters;
  /** Reads a binary's version for `path` mode (the scanner plugin knows the args), e.g. via runVersionCommand. */
  readonly versionOf?: (binary: string) => Promise<string | undefined>;
  readonly retry?: RetryPolicy;
  /** Uncompressed size cap for archives (default 1 GiB). */
  readonly maxExtractBytes?: number;
}

export interface InstallResult {
  readonly tool: InstalledTool;
  /** Shown to the user (not pinned, no cache service, ignored cache entry); never fatal. */
  readonly warnings: readonly string[];
}

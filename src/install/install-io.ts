/**
 * The only doors install/ has to the outside: HTTP, the runner tool cache, the cross-run cache,
 * processes and PATH. Real implementations live in runner-io.ts; tests hand in their own.
 */

/** A failed download; `retryable` is false only when another attempt cannot help. */
export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    message: string,
    readonly url: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Downloader {
  /** Streams `url` into the file `dest`; throws DownloadError on any HTTP, socket or length problem. */
  download(url: string, dest: string): Promise<void>;
}

/** The runner tool cache (`$RUNNER_TOOL_CACHE/<tool>/<version>/<arch>`); lives for the job on hosted runners. */
export interface ToolCache {
  /** Directory of a completed entry, or '' when there is none. */
  find(tool: string, version: string, arch: string): string;
  /** Copies `source` into the cache and returns the cached directory. */
  cacheDir(source: string, tool: string, version: string, arch: string): Promise<string>;
}

/** `@actions/cache`: survives across runs; may be missing (local run, GHES) or refuse (read-only token). */
export interface CrossRunCache {
  available(): boolean;
  /** The key that matched (exact or by prefix), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandRunner {
  /** Runs argv[0] with the rest as arguments (never a shell). A spawn failure rejects. */
  run(argv: readonly string[], options?: { readonly timeoutMs?: number }): Promise<CommandResult>;
}

export interface InstallAdapters {
  readonly downloader: Downloader;
  readonly toolCache: ToolCache;
  /** Absent when the `cache` input is false. */
  readonly cache?: CrossRunCache;
  readonly commands: CommandRunner;
  /** Absolute path of an executable on PATH, or undefined. */
  which(name: string): Promise<string | undefined>;
  /** Waits between download attempts; tests pass a no-op. */
  sleep(ms: number): Promise<void>;
}

// Public surface of install/: what the pipeline and the CLI call.

export { UnsafeArchiveError } from './archive-guard.js';
export type { DbCacheOptions, DbRestore } from './db-cache.js';
export { dbCacheKey, restoreDbCache, saveDbCache } from './db-cache.js';
export type { RetryPolicy } from './download.js';
export { DEFAULT_RETRY, releaseUrl } from './download.js';
export type { CommandRunner, CrossRunCache, Downloader, InstallAdapters, ToolCache } from './install-io.js';
export { DownloadError } from './install-io.js';
export { runVersionCommand } from './install-path.js';
export { installScanner } from './install-scanner.js';
export type { ScannerInstallerOptions } from './installer.js';
export { createScannerInstaller } from './installer.js';
export type { InstallOptions, InstallResult } from './options.js';
export { platformOs, resolvePlatform } from './platform.js';
export {
  actionsCrossRunCache,
  createInstallAdapters,
  directoryToolCache,
  nodeCommandRunner,
} from './runner-io.js';
export { INSTALL_SPECS } from './specs/index.js';
export { IntegrityError, parseChecksums } from './verify.js';

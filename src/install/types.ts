export const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type ArchiveType = 'tar.gz' | 'zip' | 'binary';

export interface PinnedAsset {
  readonly name: string;
  readonly archive: ArchiveType;
  /** Path of the executable inside the archive (or the file name for raw binaries). */
  readonly binaryPath: string;
  /** Published SHA-256; absent = verify through the release's checksums file (said in the table's note). */
  readonly sha256?: string;
  /** Where the hash came from (URL of the checksums file or the evidence). */
  readonly evidence?: string;
}

export interface GithubReleaseSpec {
  readonly kind: 'github-release';
  /** owner/repo on GitHub. */
  readonly repo: string;
  readonly defaultVersion: string;
  /** Versions that must never be installed (e.g. trivy 0.69.4–0.69.6, the compromised releases). */
  readonly forbiddenVersions?: readonly string[];
  /** Pinned table: version → platform → asset. */
  readonly pinned: Readonly<Record<string, Readonly<Partial<Record<Platform, PinnedAsset>>>>>;
  /** Asset naming for versions outside the table. */
  assetFor(version: string, platform: Platform): Omit<PinnedAsset, 'sha256' | 'evidence'>;
  /** Name of the release's checksums file. */
  checksumsAsset(version: string): string;
  /** Tag for a version (most use `v<version>`). */
  tag(version: string): string;
}

export interface PipSpec {
  readonly kind: 'pip';
  readonly package: string;
  readonly defaultVersion: string;
  /** Console script name inside the venv. */
  readonly executable: string;
  /** Extra requirement specifiers pinned alongside (e.g. extras). */
  readonly extras?: readonly string[];
  /**
   * Hash lock for defaultVersion (scripts/lock-pip.mjs): every dependency pinned with its wheels' SHA-256.
   * Loaded when a venv is checked or built: the four locks are 350 KB of text that every other run (a
   * SARIF-only scan, the CLI's fixed start) would otherwise parse.
   */
  readonly lock: () => Promise<string>;
}

/** `sarif`: nothing to install. */
export interface NoInstallSpec {
  readonly kind: 'none';
}

export type InstallSpec = GithubReleaseSpec | PipSpec | NoInstallSpec;

export interface InstalledTool {
  readonly id: string;
  readonly version: string;
  /** Absolute path to the executable. */
  readonly binary: string;
  /**
   * `pinned`, `checksums-file` (verified against the release checksums, not pinned), `path` (user's binary),
   * `pip-hash-locked` (venv built from the committed hash lock; sha256 is the lock's).
   */
  readonly verification: 'pinned' | 'checksums-file' | 'path' | 'pip-hash-locked' | 'none';
  readonly sha256?: string;
  /** Where it came from: `tool-cache`, `actions-cache`, `download`, `path`. */
  readonly origin: 'tool-cache' | 'actions-cache' | 'download' | 'path' | 'none';
}

import type { GithubReleaseSpec } from '../types.js';
import { type PinnedTable, releaseSpec } from './release-spec.js';

// 3.97.0: newest release with all five assets confirmed by independent files, and the first with --sarif.
// BEGIN PINNED: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)
export const DEFAULT_VERSION = '3.97.0';
export const PINNED: PinnedTable = {
  '3.97.0': {
    'linux-x64': {
      name: 'trufflehog_3.97.0_linux_amd64.tar.gz',
      sha256: '62224de2f9dd7cd418800feb953760a302ed2f82a7c547fe1146a4874fb179e4',
      evidence:
        '6 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c',
    },
    'linux-arm64': {
      name: 'trufflehog_3.97.0_linux_arm64.tar.gz',
      sha256: 'f48f57e3d4343377865b1b64653f96d381d61a7792d89d026e85524732039fde',
      evidence:
        '5 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c',
    },
    'darwin-x64': {
      name: 'trufflehog_3.97.0_darwin_amd64.tar.gz',
      sha256: '037e4aeb197870555ff515432bb5f1f2c98dce5f1214631a689112b5e0e4c9fd',
      evidence:
        '4 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c',
    },
    'darwin-arm64': {
      name: 'trufflehog_3.97.0_darwin_arm64.tar.gz',
      sha256: 'ad0a99bd48d6df80eabab24d11d0fd771e245fc55ed347f943cafb5e5f497c5c',
      evidence:
        '4 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c',
    },
    'win32-x64': {
      name: 'trufflehog_3.97.0_windows_amd64.tar.gz',
      sha256: '2a8208e6e5be8d6cd855322480eda4790a437f805dbd6538ad7495c27f40d4e5',
      evidence:
        '3 independent public source(s) listed in docs/pins.md, incl. ScoopInstaller/Main bucket/trufflehog.json @201050f9',
    },
  },
};
// END PINNED

/** trufflesecurity/trufflehog release assets (GoReleaser names); versions outside PINNED verify against trufflehog_<v>_checksums.txt. */
export const TRUFFLEHOG_SPEC: GithubReleaseSpec = releaseSpec({
  repo: 'trufflesecurity/trufflehog',
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: 'trufflehog_{V}_checksums.txt',
  naming: {
    'linux-x64': { pattern: 'trufflehog_{V}_linux_amd64.tar.gz', archive: 'tar.gz', binaryPath: 'trufflehog' },
    'linux-arm64': { pattern: 'trufflehog_{V}_linux_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'trufflehog' },
    'darwin-x64': { pattern: 'trufflehog_{V}_darwin_amd64.tar.gz', archive: 'tar.gz', binaryPath: 'trufflehog' },
    'darwin-arm64': { pattern: 'trufflehog_{V}_darwin_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'trufflehog' },
    'win32-x64': { pattern: 'trufflehog_{V}_windows_amd64.tar.gz', archive: 'tar.gz', binaryPath: 'trufflehog.exe' },
  },
});

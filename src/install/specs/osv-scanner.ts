import type { GithubReleaseSpec } from '../types.js';
import { type PinnedTable, releaseSpec } from './release-spec.js';

// Asset names carry no version; the version lives only in the tag of the download URL.
// BEGIN PINNED: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)
export const DEFAULT_VERSION = '2.6.0';
export const PINNED: PinnedTable = {
  '2.6.0': {
    'linux-x64': {
      name: 'osv-scanner_linux_amd64',
      sha256: 'ca69b3d3cd08f889a49dc0a383122f71cc528b83803671df5fd874d97485b108',
      evidence:
        '11 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91',
    },
    'linux-arm64': {
      name: 'osv-scanner_linux_arm64',
      sha256: '2c71403eb443d05891c4f268c3ad771cf4f16e5443463fd7851ef8f454d3c7e4',
      evidence:
        '9 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91',
    },
    'darwin-x64': {
      name: 'osv-scanner_darwin_amd64',
      sha256: '60c5296637e977b28eeda5c7f13573e447659a632922737f94d11fa7e30ad6ca',
      evidence:
        '8 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91',
    },
    'darwin-arm64': {
      name: 'osv-scanner_darwin_arm64',
      sha256: '98c460dcd37de25819babd757d04542045b6243113e209edcd4d89fedb0256b4',
      evidence:
        '11 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91',
    },
    'win32-x64': {
      name: 'osv-scanner_windows_amd64.exe',
      sha256: 'e0ed7644118b717b028c249ee9d3515024e55e8510747ca08906eb96765354d6',
      evidence:
        '11 independent public source(s) listed in docs/pins.md, incl. millennium42/millani-artes OSV Windows gate script',
    },
  },
};
// END PINNED

/** google/osv-scanner release assets (GoReleaser names); versions outside PINNED verify against osv-scanner_SHA256SUMS. */
export const OSV_SCANNER_SPEC: GithubReleaseSpec = releaseSpec({
  repo: 'google/osv-scanner',
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: 'osv-scanner_SHA256SUMS',
  naming: {
    'linux-x64': { pattern: 'osv-scanner_linux_amd64', archive: 'binary', binaryPath: 'osv-scanner_linux_amd64' },
    'linux-arm64': { pattern: 'osv-scanner_linux_arm64', archive: 'binary', binaryPath: 'osv-scanner_linux_arm64' },
    'darwin-x64': { pattern: 'osv-scanner_darwin_amd64', archive: 'binary', binaryPath: 'osv-scanner_darwin_amd64' },
    'darwin-arm64': { pattern: 'osv-scanner_darwin_arm64', archive: 'binary', binaryPath: 'osv-scanner_darwin_arm64' },
    'win32-x64': {
      pattern: 'osv-scanner_windows_amd64.exe',
      archive: 'binary',
      binaryPath: 'osv-scanner_windows_amd64.exe',
    },
  },
});

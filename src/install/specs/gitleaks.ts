import type { GithubReleaseSpec } from '../types.js';
import { type PinnedTable, releaseSpec } from './release-spec.js';

// 8.30.1: newest real release found (8.30.2/8.31.0 appear only in fake test data).
// BEGIN PINNED: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)
export const DEFAULT_VERSION = '8.30.1';
export const PINNED: PinnedTable = {
  '8.30.1': {
    'linux-x64': {
      name: 'gitleaks_8.30.1_linux_x64.tar.gz',
      sha256: '551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb',
      evidence:
        '7 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py',
    },
    'linux-arm64': {
      name: 'gitleaks_8.30.1_linux_arm64.tar.gz',
      sha256: 'e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080',
      evidence:
        '7 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py',
    },
    'darwin-x64': {
      name: 'gitleaks_8.30.1_darwin_x64.tar.gz',
      sha256: 'dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709',
      evidence:
        '12 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py',
    },
    'darwin-arm64': {
      name: 'gitleaks_8.30.1_darwin_arm64.tar.gz',
      sha256: 'b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5',
      evidence:
        '8 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py',
    },
    'win32-x64': {
      name: 'gitleaks_8.30.1_windows_x64.zip',
      sha256: 'd29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e',
      evidence:
        '8 independent public source(s) listed in docs/pins.md, incl. ScoopInstaller/Main bucket/gitleaks.json @30d7912f; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py',
    },
  },
};
// END PINNED

/** gitleaks/gitleaks release assets (GoReleaser names); versions outside PINNED verify against gitleaks_<v>_checksums.txt. */
export const GITLEAKS_SPEC: GithubReleaseSpec = releaseSpec({
  repo: 'gitleaks/gitleaks',
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: 'gitleaks_{V}_checksums.txt',
  naming: {
    'linux-x64': { pattern: 'gitleaks_{V}_linux_x64.tar.gz', archive: 'tar.gz', binaryPath: 'gitleaks' },
    'linux-arm64': { pattern: 'gitleaks_{V}_linux_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'gitleaks' },
    'darwin-x64': { pattern: 'gitleaks_{V}_darwin_x64.tar.gz', archive: 'tar.gz', binaryPath: 'gitleaks' },
    'darwin-arm64': { pattern: 'gitleaks_{V}_darwin_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'gitleaks' },
    'win32-x64': { pattern: 'gitleaks_{V}_windows_x64.zip', archive: 'zip', binaryPath: 'gitleaks.exe' },
  },
});

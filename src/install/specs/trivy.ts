import type { GithubReleaseSpec } from '../types.js';
import { type PinnedTable, releaseSpec } from './release-spec.js';

// Trivy 0.69.4 was a malicious release (GHSA-69fq-xp46-6x23, CVE-2026-33634) and 0.69.5/0.69.6 were malicious images; they are never installed.
/** The compromised releases (March 2026): 0.69.4 binary, 0.69.5 and 0.69.6 images. Never installed. */
export const TRIVY_FORBIDDEN_VERSIONS = ['0.69.4', '0.69.5', '0.69.6'] as const;

// BEGIN PINNED: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)
export const DEFAULT_VERSION = '0.75.0';
export const PINNED: PinnedTable = {
  '0.75.0': {
    'linux-x64': {
      name: 'trivy_0.75.0_Linux-64bit.tar.gz',
      sha256: 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f',
      evidence:
        '10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl',
    },
    'linux-arm64': {
      name: 'trivy_0.75.0_Linux-ARM64.tar.gz',
      sha256: 'a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3',
      evidence:
        '10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl',
    },
    'darwin-x64': {
      name: 'trivy_0.75.0_macOS-64bit.tar.gz',
      sha256: '291edaa9778acbe4693d067b5ad60ee11570e5ac68296e85595417528ca641e4',
      evidence:
        '5 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl',
    },
    'darwin-arm64': {
      name: 'trivy_0.75.0_macOS-ARM64.tar.gz',
      sha256: '4a77108cccf8e55c8d6823e1e759939a622277e66cd0daa3c1fc621ed69e4568',
      evidence:
        '9 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl',
    },
    'win32-x64': {
      name: 'trivy_0.75.0_windows-64bit.zip',
      sha256: '4e43bd71a30f51aee39525f60f2b47043af77eb8df8fe082aae4372b69c6660f',
      evidence:
        '5 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8',
    },
  },
  '0.74.0': {
    'linux-x64': {
      name: 'trivy_0.74.0_Linux-64bit.tar.gz',
      sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
      evidence:
        '6 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6',
    },
    'linux-arm64': {
      name: 'trivy_0.74.0_Linux-ARM64.tar.gz',
      sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
      evidence:
        '2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6',
    },
    'darwin-x64': {
      name: 'trivy_0.74.0_macOS-64bit.tar.gz',
      sha256: '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
      evidence:
        '2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6',
    },
    'darwin-arm64': {
      name: 'trivy_0.74.0_macOS-ARM64.tar.gz',
      sha256: '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
      evidence:
        '2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6',
    },
    'win32-x64': {
      name: 'trivy_0.74.0_windows-64bit.zip',
      sha256: '94c40e0696e4b907a74b7b2e1438d5d72ebaca83115817407f568a002d520842',
      evidence:
        '4 independent public source(s) listed in docs/pins.md (alternatives), incl. ScoopInstaller/Main bucket/trivy.json @43c6305a',
    },
  },
};
// END PINNED

/** aquasecurity/trivy release assets (GoReleaser names); versions outside PINNED verify against trivy_<v>_checksums.txt. */
export const TRIVY_SPEC: GithubReleaseSpec = releaseSpec({
  repo: 'aquasecurity/trivy',
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: 'trivy_{V}_checksums.txt',
  forbiddenVersions: TRIVY_FORBIDDEN_VERSIONS,
  naming: {
    'linux-x64': { pattern: 'trivy_{V}_Linux-64bit.tar.gz', archive: 'tar.gz', binaryPath: 'trivy' },
    'linux-arm64': { pattern: 'trivy_{V}_Linux-ARM64.tar.gz', archive: 'tar.gz', binaryPath: 'trivy' },
    'darwin-x64': { pattern: 'trivy_{V}_macOS-64bit.tar.gz', archive: 'tar.gz', binaryPath: 'trivy' },
    'darwin-arm64': { pattern: 'trivy_{V}_macOS-ARM64.tar.gz', archive: 'tar.gz', binaryPath: 'trivy' },
    'win32-x64': { pattern: 'trivy_{V}_windows-64bit.zip', archive: 'zip', binaryPath: 'trivy.exe' },
  },
});

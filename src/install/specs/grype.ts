import type { GithubReleaseSpec } from '../types.js';
import { type PinnedTable, releaseSpec } from './release-spec.js';

// 0.120.1: newest release found in the public index.
// BEGIN PINNED: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)
export const DEFAULT_VERSION = '0.120.1';
export const PINNED: PinnedTable = {
  '0.120.1': {
    'linux-x64': {
      name: 'grype_0.120.1_linux_amd64.tar.gz',
      sha256: '0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d',
      evidence:
        '10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl',
    },
    'linux-arm64': {
      name: 'grype_0.120.1_linux_arm64.tar.gz',
      sha256: '29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514',
      evidence:
        '7 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl',
    },
    'darwin-x64': {
      name: 'grype_0.120.1_darwin_amd64.tar.gz',
      sha256: '5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62',
      evidence:
        '3 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl',
    },
    'darwin-arm64': {
      name: 'grype_0.120.1_darwin_arm64.tar.gz',
      sha256: 'cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732',
      evidence:
        '4 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl',
    },
    'win32-x64': {
      name: 'grype_0.120.1_windows_amd64.zip',
      sha256: '32e3c811f31822d17592908bafdc6288aaaca3d52583c479167a8dc8399ed65d',
      evidence:
        '2 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; pgextwin/build scripts/install-grype.ps1 @2afe1363',
    },
  },
};
// END PINNED

/** anchore/grype release assets (GoReleaser names); versions outside PINNED verify against grype_<v>_checksums.txt. */
export const GRYPE_SPEC: GithubReleaseSpec = releaseSpec({
  repo: 'anchore/grype',
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: 'grype_{V}_checksums.txt',
  naming: {
    'linux-x64': { pattern: 'grype_{V}_linux_amd64.tar.gz', archive: 'tar.gz', binaryPath: 'grype' },
    'linux-arm64': { pattern: 'grype_{V}_linux_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'grype' },
    'darwin-x64': { pattern: 'grype_{V}_darwin_amd64.tar.gz', archive: 'tar.gz', binaryPath: 'grype' },
    'darwin-arm64': { pattern: 'grype_{V}_darwin_arm64.tar.gz', archive: 'tar.gz', binaryPath: 'grype' },
    'win32-x64': { pattern: 'grype_{V}_windows_amd64.zip', archive: 'zip', binaryPath: 'grype.exe' },
  },
});

// A made-up scanner released on the test server, so the flow can be tested with hashes we control.
import type { ScannerId } from '../../src/findings/finding.js';
import { releaseSpec } from '../../src/install/specs/release-spec.js';
import type { GithubReleaseSpec, Platform } from '../../src/install/types.js';
import { type ReleaseServer, sha256Hex } from '../harness/release-server.js';
import { type TarEntry, tarGz } from './archives.js';

export const REPO = 'acme/fakescan';
/** Reuses a real scanner id so the result type checks; the spec handed in is the fake one. */
export const ID: ScannerId = 'gitleaks';
export const SCRIPT = '#!/bin/sh\necho "fakescan 1.0.0 $*"\n';

export const assetName = (version: string) => `fakescan_${version}_linux_x64.tar.gz`;

export function fakeArchive(extra: TarEntry[] = []): Buffer {
  return tarGz([{ name: 'fakescan', body: SCRIPT, mode: 0o755 }, { name: 'README.md', body: 'fake' }, ...extra]);
}

/** Spec with 1.0.0 pinned to `archive`'s hash (linux-x64 only); other versions go through the checksums file. */
export function fakeSpec(archive: Buffer): GithubReleaseSpec {
  const naming = { pattern: 'fakescan_{V}_linux_x64.tar.gz', archive: 'tar.gz' as const, binaryPath: 'fakescan' };
  return releaseSpec({
    repo: REPO,
    defaultVersion: '1.0.0',
    checksums: 'fakescan_{V}_checksums.txt',
    forbiddenVersions: ['0.6.6'],
    pinned: { '1.0.0': { 'linux-x64': { name: assetName('1.0.0'), sha256: sha256Hex(archive), evidence: 'test' } } },
    naming: Object.fromEntries(
      (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'] as Platform[]).map((p) => [p, naming]),
    ) as Record<Platform, typeof naming>,
  });
}

export function publish(server: ReleaseServer, version: string, body: Buffer): void {
  server.addAsset({ repo: REPO, tag: `v${version}`, name: assetName(version), body });
  server.addChecksums({ repo: REPO, tag: `v${version}`, name: `fakescan_${version}_checksums.txt` });
}

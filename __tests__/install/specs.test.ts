import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { SCANNER_IDS } from '../../src/findings/finding.js';
import { INSTALL_SPECS } from '../../src/install/specs/index.js';
import { TRIVY_SPEC } from '../../src/install/specs/trivy.js';
import { type GithubReleaseSpec, PLATFORMS } from '../../src/install/types.js';
import { resolveVersionRequest } from '../../src/install/versions.js';

// The release asset naming conventions of each scanner (see docs/pins.md), written independently of the spec files.
const NAMING: Record<string, RegExp> = {
  trivy:
    /^trivy_\d+\.\d+\.\d+_(Linux-64bit|Linux-ARM64|macOS-64bit|macOS-ARM64)\.tar\.gz$|^trivy_\d+\.\d+\.\d+_windows-64bit\.zip$/,
  gitleaks: /^gitleaks_\d+\.\d+\.\d+_(linux|darwin)_(x64|arm64)\.tar\.gz$|^gitleaks_\d+\.\d+\.\d+_windows_x64\.zip$/,
  trufflehog: /^trufflehog_\d+\.\d+\.\d+_(linux|darwin|windows)_(amd64|arm64)\.tar\.gz$/,
  'osv-scanner': /^osv-scanner_(linux|darwin)_(amd64|arm64)$|^osv-scanner_windows_amd64\.exe$/,
  grype: /^grype_\d+\.\d+\.\d+_(linux|darwin)_(amd64|arm64)\.tar\.gz$|^grype_\d+\.\d+\.\d+_windows_amd64\.zip$/,
};

const releases = Object.entries(INSTALL_SPECS).filter(([, s]) => s.kind === 'github-release') as [
  string,
  GithubReleaseSpec,
][];

describe('install specs', () => {
  it('cover every scanner id', () => {
    expect(Object.keys(INSTALL_SPECS).sort()).toEqual([...SCANNER_IDS].sort());
    expect(INSTALL_SPECS.sarif).toEqual({ kind: 'none' });
    expect(releases.map(([id]) => id).sort()).toEqual(Object.keys(NAMING).sort());
  });

  it.each(releases)(
    '%s: every pinned entry is well-formed and the default version is pinned on all five platforms',
    (id, spec) => {
      expect(Object.keys(spec.pinned[spec.defaultVersion]).sort()).toEqual([...PLATFORMS].sort());
      for (const [version, row] of Object.entries(spec.pinned)) {
        for (const [platform, asset] of Object.entries(row)) {
          expect(PLATFORMS).toContain(platform);
          expect(asset?.sha256, `${id} ${version} ${platform}`).toMatch(/^[0-9a-f]{64}$/);
          expect(asset?.evidence?.length).toBeGreaterThan(10);
          expect(asset?.name).toMatch(NAMING[id]);
          expect(asset?.name).toBe(spec.assetFor(version, platform as (typeof PLATFORMS)[number]).name);
          if (id !== 'osv-scanner') expect(asset?.name).toContain(version);
        }
      }
    },
  );

  it('uses each published hash once (no copy-paste between assets)', () => {
    const hashes = releases.flatMap(([, s]) =>
      Object.values(s.pinned).flatMap((row) => Object.values(row).map((a) => a?.sha256)),
    );
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('pins exact pip versions', () => {
    for (const id of ['pip-audit', 'bandit', 'checkov'] as const) {
      const spec = INSTALL_SPECS[id];
      expect(spec.kind).toBe('pip');
      if (spec.kind === 'pip') expect(spec.defaultVersion).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it.each(['0.69.4', '0.69.5', '0.69.6', 'v0.69.4'])(
    'refuses trivy %s with a ConfigError explaining why',
    (version) => {
      expect(() => resolveVersionRequest('trivy', TRIVY_SPEC, version)).toThrow(ConfigError);
      expect(() => resolveVersionRequest('trivy', TRIVY_SPEC, version)).toThrow(
        /^versions: trivy=0\.69\.\d is refused: .*compromised.*GHSA-69fq-xp46-6x23/s,
      );
    },
  );

  it('never pins a forbidden trivy version', () => {
    for (const v of TRIVY_SPEC.forbiddenVersions ?? []) expect(TRIVY_SPEC.pinned[v]).toBeUndefined();
    expect(TRIVY_SPEC.forbiddenVersions).toEqual(['0.69.4', '0.69.5', '0.69.6']);
  });

  it('classifies version requests', () => {
    expect(resolveVersionRequest('trivy', TRIVY_SPEC, undefined)).toEqual({ mode: 'pinned', version: '0.75.0' });
    expect(resolveVersionRequest('trivy', TRIVY_SPEC, '0.71.0')).toEqual({ mode: 'unpinned', version: '0.71.0' });
    expect(resolveVersionRequest('trivy', TRIVY_SPEC, 'path')).toEqual({ mode: 'path' });
    expect(() => resolveVersionRequest('sarif', INSTALL_SPECS.sarif, '1.0.0')).toThrow(ConfigError);
  });
});

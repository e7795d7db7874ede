import type { ArchiveType, GithubReleaseSpec, PinnedAsset, Platform } from '../types.js';

/** How one platform's asset is named; `{V}` stands for the version without the leading `v`. */
export interface AssetNaming {
  readonly pattern: string;
  readonly archive: ArchiveType;
  readonly binaryPath: string;
}

/** One pinned hash: the asset name it was published for, the SHA-256 and where it came from. */
export interface PinnedHash {
  readonly name: string;
  readonly sha256: string;
  readonly evidence: string;
}

/** version → platform → pinned hash; the block scripts/update-pins.mjs rewrites. */
export type PinnedTable = Readonly<Record<string, Readonly<Partial<Record<Platform, PinnedHash>>>>>;

export interface ReleaseSpecOptions {
  readonly repo: string;
  readonly defaultVersion: string;
  readonly pinned: PinnedTable;
  readonly naming: Readonly<Record<Platform, AssetNaming>>;
  /** Checksums file name pattern (`{V}` = version). */
  readonly checksums: string;
  readonly forbiddenVersions?: readonly string[];
}

/** Builds a GithubReleaseSpec from data, so every scanner's spec file is a table plus its naming. */
export function releaseSpec(o: ReleaseSpecOptions): GithubReleaseSpec {
  const assetFor = (version: string, platform: Platform) => {
    const n = o.naming[platform];
    return { name: n.pattern.replaceAll('{V}', version), archive: n.archive, binaryPath: n.binaryPath };
  };
  const pinned: Record<string, Partial<Record<Platform, PinnedAsset>>> = {};
  for (const [version, platforms] of Object.entries(o.pinned)) {
    const row: Partial<Record<Platform, PinnedAsset>> = {};
    for (const [platform, hash] of Object.entries(platforms) as [Platform, PinnedHash][]) {
      row[platform] = { ...assetFor(version, platform), name: hash.name, sha256: hash.sha256, evidence: hash.evidence };
    }
    pinned[version] = row;
  }
  return {
    kind: 'github-release',
    repo: o.repo,
    defaultVersion: o.defaultVersion,
    forbiddenVersions: o.forbiddenVersions,
    pinned,
    assetFor,
    checksumsAsset: (version) => o.checksums.replaceAll('{V}', version),
    tag: (version) => `v${version}`,
  };
}

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { holdFolder } from '../scan/interruption.js';
import { DEFAULT_MAX_EXTRACT_BYTES } from './archive-guard.js';
import { restoreSafely, saveSafely } from './cross-run-cache.js';
import { DEFAULT_RETRY, downloadWithRetry, releaseUrl } from './download.js';
import { unpackAsset } from './extract.js';
import { checkCachedDir, writeMarker } from './marker.js';
import type { InstallOptions, InstallResult } from './options.js';
import { platformArch, platformOs, resolvePlatform } from './platform.js';
import type { GithubReleaseSpec, InstalledTool, PinnedAsset, Platform } from './types.js';
import { parseChecksums, sha256File, verifySha256 } from './verify.js';

interface Plan {
  readonly opts: InstallOptions;
  readonly spec: GithubReleaseSpec;
  readonly version: string;
  readonly platform: Platform;
  readonly asset: PinnedAsset;
  readonly pinned: boolean;
  readonly toolName: string;
  /** Directory saved to / restored from the cross-run cache; same path every run. */
  readonly stage: string;
  readonly warnings: string[];
}

function tool(plan: Plan, binary: string, sha256: string, origin: InstalledTool['origin']): InstallResult {
  const verification = plan.pinned ? 'pinned' : 'checksums-file';
  return {
    tool: { id: plan.opts.id, version: plan.version, binary, verification, sha256, origin },
    warnings: plan.warnings,
  };
}

function url(plan: Plan, asset: string): string {
  return releaseUrl({ mirror: plan.opts.toolMirror, repo: plan.spec.repo, tag: plan.spec.tag(plan.version), asset });
}

/** The asset in a folder of its own; `remove()` deletes that folder (a run stopped by a signal does too). */
async function download(plan: Plan, asset: string): Promise<{ file: string; url: string; remove: () => void }> {
  const dir = path.join(plan.opts.tempDir, `scan-gate-download-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const release = holdFolder(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    release();
  };
  const file = path.join(dir, asset);
  const from = url(plan, asset);
  try {
    await downloadWithRetry({
      url: from,
      dest: file,
      adapters: plan.opts.adapters,
      retry: plan.opts.retry ?? DEFAULT_RETRY,
    });
  } catch (error) {
    // A failed download must not leave a folder behind in the (CLI's long-lived) temp directory.
    remove();
    throw error;
  }
  return { file, url: from, remove };
}

/** Unpinned versions: the hash comes from the release's own checksums file (guards against corruption, not a compromised release). */
async function hashFromChecksumsFile(plan: Plan): Promise<string> {
  const name = plan.spec.checksumsAsset(plan.version);
  const { file, url: from, remove } = await download(plan, name);
  try {
    const hash = parseChecksums(readFileSync(file, 'utf8')).get(plan.asset.name);
    if (!hash)
      throw new Error(
        `${name} (${from}) has no line for ${plan.asset.name}; refusing to install an unverifiable asset`,
      );
    return hash;
  } finally {
    remove();
  }
}

async function fromToolCache(plan: Plan, expected: string | undefined): Promise<InstallResult | undefined> {
  const dir = plan.opts.adapters.toolCache.find(plan.toolName, plan.version, platformArch(plan.platform));
  if (!dir) return undefined;
  const check = await checkCachedDir(dir, {
    scanner: plan.opts.id,
    version: plan.version,
    asset: plan.asset.name,
    expectedSha256: expected,
  });
  if (check.ok) return tool(plan, check.binary, check.marker.assetSha256, 'tool-cache');
  plan.warnings.push(
    `Ignoring the tool cache entry for ${plan.opts.id} ${plan.version} (${check.reason}); installing again.`,
  );
  return undefined;
}

function cacheKey(plan: Plan, sha256: string): string {
  const arch = platformArch(plan.platform);
  return `scan-gate-tool-${plan.opts.id}-${plan.version}-${platformOs(plan.platform)}-${arch}-${sha256}`;
}

async function fromActionsCache(plan: Plan, expected: string): Promise<{ result?: InstallResult; usable: boolean }> {
  const restored = await restoreSafely({
    cache: plan.opts.adapters.cache,
    paths: [plan.stage],
    key: cacheKey(plan, expected),
    what: `${plan.opts.id} ${plan.version}`,
  });
  if (restored.warning) plan.warnings.push(restored.warning);
  if (!restored.matchedKey) return { usable: restored.usable };
  const want = { scanner: plan.opts.id, version: plan.version, asset: plan.asset.name, expectedSha256: expected };
  const check = await checkCachedDir(plan.stage, want);
  if (!check.ok) {
    plan.warnings.push(
      `Ignoring the restored cache for ${plan.opts.id} ${plan.version} (${check.reason}); downloading again.`,
    );
    return { usable: restored.usable };
  }
  const dir = await plan.opts.adapters.toolCache.cacheDir(
    plan.stage,
    plan.toolName,
    plan.version,
    platformArch(plan.platform),
  );
  return { result: tool(plan, path.join(dir, check.marker.binaryPath), expected, 'actions-cache'), usable: true };
}

/** Download → verify → unpack into the stage → record hashes → tool cache (+ cross-run cache). */
async function fromRelease(plan: Plan, expected: string, saveToCache: boolean): Promise<InstallResult> {
  const { file, url: from, remove } = await download(plan, plan.asset.name);
  // Until its marker is written the stage is half-made: a run stopped by a signal removes it too.
  const releaseStage = holdFolder(plan.stage);
  try {
    await verifySha256({ file, expected, asset: plan.asset.name, url: from });
    rmSync(plan.stage, { recursive: true, force: true });
    const binary = await unpackAsset({
      file,
      archive: plan.asset.archive,
      binaryPath: plan.asset.binaryPath,
      dest: plan.stage,
      label: plan.asset.name,
      maxBytes: plan.opts.maxExtractBytes ?? DEFAULT_MAX_EXTRACT_BYTES,
    });
    writeMarker(plan.stage, {
      scanner: plan.opts.id,
      version: plan.version,
      asset: plan.asset.name,
      assetSha256: expected,
      binaryPath: path.relative(plan.stage, binary),
      binarySha256: await sha256File(binary),
      verification: plan.pinned ? 'pinned' : 'checksums-file',
    });
  } catch (error) {
    // A half-unpacked or unverified stage is never left for a later run to find.
    rmSync(plan.stage, { recursive: true, force: true });
    throw error;
  } finally {
    remove();
    releaseStage();
  }
  const arch = platformArch(plan.platform);
  const dir = await plan.opts.adapters.toolCache.cacheDir(plan.stage, plan.toolName, plan.version, arch);
  if (saveToCache) {
    const what = `${plan.opts.id} ${plan.version}`;
    const warning = await saveSafely({
      cache: plan.opts.adapters.cache,
      paths: [plan.stage],
      key: cacheKey(plan, expected),
      what,
    });
    if (warning) plan.warnings.push(warning);
  }
  return tool(plan, path.join(dir, plan.asset.binaryPath), expected, 'download');
}

function notPinnedWarning(plan: Plan): string {
  return (
    `${plan.opts.id} ${plan.version} is not pinned in scan-gate: it was verified against ${plan.spec.checksumsAsset(plan.version)} ` +
    'from the same release, which catches corruption but not a compromised release. Prefer the pinned default.'
  );
}

/** Installs a GitHub release binary: tool cache → cross-run cache → download, verifying at every step. */
export async function installRelease(
  opts: InstallOptions,
  spec: GithubReleaseSpec,
  version: string,
): Promise<InstallResult> {
  const platform = opts.platform ?? resolvePlatform();
  const pinnedAsset = spec.pinned[version]?.[platform];
  const pinned = Boolean(pinnedAsset?.sha256);
  const plan: Plan = {
    opts,
    spec,
    version,
    platform,
    asset: pinnedAsset ?? spec.assetFor(version, platform),
    pinned,
    toolName: `scan-gate-${opts.id}`,
    stage: path.join(opts.tempDir, 'scan-gate-tools', opts.id, version, platform),
    warnings: [],
  };
  if (!pinned) plan.warnings.push(notPinnedWarning(plan));
  const cached = await fromToolCache(plan, pinnedAsset?.sha256);
  if (cached) return cached;
  const expected = pinnedAsset?.sha256 ?? (await hashFromChecksumsFile(plan));
  const restored = await fromActionsCache(plan, expected);
  if (restored.result) return restored.result;
  return fromRelease(plan, expected, restored.usable);
}

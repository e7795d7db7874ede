import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256File } from './verify.js';

/** Written beside an installed tool after verification; re-checked on every cache hit. */
export interface VerifiedMarker {
  readonly scanner: string;
  readonly version: string;
  readonly asset: string;
  /** SHA-256 of the release asset that was verified before extraction. */
  readonly assetSha256: string;
  /** Executable path relative to the directory. */
  readonly binaryPath: string;
  /** SHA-256 of the extracted executable, so a cached copy can be re-hashed without the archive. */
  readonly binarySha256: string;
  readonly verification: 'pinned' | 'checksums-file';
}

export const MARKER_FILE = 'scan-gate-verified.json';

export function writeMarker(dir: string, marker: VerifiedMarker): void {
  writeFileSync(path.join(dir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * Re-verifies a cached directory: the marker must describe this scanner/version/asset, the asset hash
 * must be the expected one (pinned or from the checksums file), and the executable must still hash to
 * what was recorded. Returns the executable path, or a reason the entry cannot be used.
 */
export async function checkCachedDir(
  dir: string,
  want: { scanner: string; version: string; asset: string; expectedSha256?: string },
): Promise<{ ok: true; binary: string; marker: VerifiedMarker } | { ok: false; reason: string }> {
  const file = path.join(dir, MARKER_FILE);
  if (!existsSync(file)) return { ok: false, reason: 'no verification record' };
  let marker: VerifiedMarker;
  try {
    marker = JSON.parse(readFileSync(file, 'utf8')) as VerifiedMarker;
  } catch {
    return { ok: false, reason: 'unreadable verification record' };
  }
  if (marker.scanner !== want.scanner || marker.version !== want.version || marker.asset !== want.asset) {
    return { ok: false, reason: 'verification record is for another asset' };
  }
  if (want.expectedSha256 && marker.assetSha256 !== want.expectedSha256) {
    return { ok: false, reason: `asset hash ${marker.assetSha256} is not the expected ${want.expectedSha256}` };
  }
  const binary = path.join(dir, marker.binaryPath);
  if (path.relative(dir, binary).startsWith('..') || !existsSync(binary))
    return { ok: false, reason: 'executable missing' };
  const actual = await sha256File(binary);
  if (actual !== marker.binarySha256) {
    return { ok: false, reason: `executable hash ${actual} differs from the recorded ${marker.binarySha256}` };
  }
  return { ok: true, binary, marker };
}

import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { safeEntryPath } from './archive-guard.js';
import { extractTarGz } from './extract-tar.js';
import { extractZip } from './extract-zip.js';
import type { ArchiveType } from './types.js';

/**
 * Unpacks a verified asset into `dest` and returns the executable's absolute path (made executable).
 * Raw binaries are copied under their binaryPath. Only call this after the SHA-256 check.
 */
export async function unpackAsset(opts: {
  file: string;
  archive: ArchiveType;
  binaryPath: string;
  dest: string;
  label: string;
  maxBytes: number;
}): Promise<string> {
  mkdirSync(opts.dest, { recursive: true });
  const rel = safeEntryPath(opts.label, opts.binaryPath);
  const binary = path.join(opts.dest, rel);
  if (opts.archive === 'binary') {
    copyFileSync(opts.file, binary);
  } else if (opts.archive === 'tar.gz') {
    await extractTarGz({ file: opts.file, label: opts.label, dest: opts.dest, maxBytes: opts.maxBytes });
  } else {
    await extractZip({ file: opts.file, label: opts.label, dest: opts.dest, maxBytes: opts.maxBytes });
  }
  if (!existsSync(binary) || !lstatSync(binary).isFile()) {
    throw new Error(`${opts.label} does not contain the executable ${opts.binaryPath} as a regular file`);
  }
  chmodSync(binary, 0o755);
  return binary;
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** A downloaded or cached file whose SHA-256 is not the one expected; never retried, never extracted. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
}

const HEX64 = /^[0-9a-f]{64}$/;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Throws IntegrityError naming the asset, the URL and both hashes when the file differs. */
export async function verifySha256(opts: {
  file: string;
  expected: string;
  asset: string;
  url: string;
}): Promise<string> {
  const actual = await sha256File(opts.file);
  if (actual !== opts.expected.toLowerCase()) {
    throw new IntegrityError(
      `SHA-256 mismatch for ${opts.asset} downloaded from ${opts.url}: expected ${opts.expected}, actual ${actual}. ` +
        'The file was deleted and nothing from it was run. A mismatch against a pinned hash can mean a tampered release or mirror.',
    );
  }
  return actual;
}

/**
 * Parses a GoReleaser/sha256sum checksums file: `<64 hex><space><space or *><file name>` per line.
 * Names are matched whole (one asset name can be a prefix of another); a name listed twice with
 * different hashes makes the file unusable.
 */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) continue;
    const hash = match[1].toLowerCase();
    const name = match[2];
    const seen = sums.get(name);
    if (seen && seen !== hash) throw new IntegrityError(`checksums file lists ${name} twice with different hashes`);
    sums.set(name, hash);
  }
  return sums;
}

export function isSha256(value: string): boolean {
  return HEX64.test(value);
}

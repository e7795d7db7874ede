import { createWriteStream, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry, ZipFile } from 'yauzl';
import yauzl from 'yauzl';
import { checkLinkTarget, safeEntryPath, sizeBudget, throughLinkGuard, UnsafeArchiveError } from './archive-guard.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function isSymlink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

async function readSmall(stream: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new UnsafeArchiveError('symlink target is implausibly long');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls `visit` for each entry in order; yauzl's own name checks become UnsafeArchiveError. */
async function eachEntry(file: string, label: string, visit: (zip: ZipFile, entry: Entry) => Promise<void>) {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch (error) {
    throw new UnsafeArchiveError(`${label}: not a readable zip archive (${(error as Error).message})`);
  }
  await new Promise<void>((resolve, reject) => {
    // Any inconsistency yauzl finds (bad names, sizes that lie, broken CRC) refuses the whole archive.
    const fail = (error: Error) => {
      zip.close();
      reject(
        error instanceof UnsafeArchiveError
          ? error
          : new UnsafeArchiveError(`${label}: ${error.message}; refusing to extract`),
      );
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      visit(zip, entry).then(() => zip.readEntry(), fail);
    });
    zip.readEntry();
  });
}

/** Extracts a verified zip into `dest` after a first pass that refuses unsafe names, escaping symlinks and oversize entries. */
export async function extractZip(opts: { file: string; label: string; dest: string; maxBytes: number }): Promise<void> {
  const charge = sizeBudget(opts.label, opts.maxBytes);
  const notThroughLink = throughLinkGuard(opts.label);
  await eachEntry(opts.file, opts.label, async (zip, entry) => {
    const rel = safeEntryPath(opts.label, entry.fileName);
    charge(entry.fileName, entry.uncompressedSize);
    notThroughLink(rel, isSymlink(entry));
    if (isSymlink(entry)) {
      const target = await readSmall(await zip.openReadStreamPromise(entry), 4096);
      checkLinkTarget({ archive: opts.label, entry: rel, target, hard: false });
    }
  });
  await eachEntry(opts.file, opts.label, async (zip, entry) => {
    const rel = safeEntryPath(opts.label, entry.fileName);
    const out = path.join(opts.dest, rel);
    if (entry.fileName.endsWith('/')) {
      mkdirSync(out, { recursive: true });
      return;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    const stream = await zip.openReadStreamPromise(entry);
    if (isSymlink(entry)) {
      symlinkSync(await readSmall(stream, 4096), out);
      return;
    }
    // 'wx': an earlier entry (or a link) must never be written through.
    await pipeline(stream, createWriteStream(out, { flags: 'wx', mode: 0o644 }));
  });
}

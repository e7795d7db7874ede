import type { ReadEntry } from 'tar';
import { extract, list } from 'tar';
import { checkLinkTarget, safeEntryPath, sizeBudget, throughLinkGuard, UnsafeArchiveError } from './archive-guard.js';

const ALLOWED = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);

/** First pass: read every header and refuse the archive before a single byte is written. */
async function inspectTar(file: string, label: string, maxBytes: number): Promise<void> {
  const charge = sizeBudget(label, maxBytes);
  const notThroughLink = throughLinkGuard(label);
  let problem: Error | undefined;
  await list({
    file,
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      if (problem) return;
      try {
        const rel = safeEntryPath(label, entry.path);
        if (!ALLOWED.has(entry.type)) {
          throw new UnsafeArchiveError(`${label}: entry "${entry.path}" is a ${entry.type}; refusing to extract`);
        }
        notThroughLink(rel, entry.type === 'SymbolicLink');
        if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
          checkLinkTarget({ archive: label, entry: rel, target: entry.linkpath ?? '', hard: entry.type === 'Link' });
        }
        charge(entry.path, entry.size ?? 0);
      } catch (error) {
        problem = error as Error;
      }
    },
  });
  if (problem) throw problem;
}

/** Extracts a verified .tar.gz into `dest` after checking every entry (no `..`, no absolute paths, no escaping links, size cap). */
export async function extractTarGz(opts: {
  file: string;
  label: string;
  dest: string;
  maxBytes: number;
}): Promise<void> {
  await inspectTar(opts.file, opts.label, opts.maxBytes);
  await extract({
    file: opts.file,
    cwd: opts.dest,
    strict: true,
    preservePaths: false,
    // As root, node-tar would otherwise chown to the archive's uid/gid.
    preserveOwner: false,
    filter: (_path, entry) => 'type' in entry && ALLOWED.has(entry.type),
  });
}

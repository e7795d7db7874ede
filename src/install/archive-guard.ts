import path from 'node:path';

/** Why an archive was refused; thrown before anything from it is written. */
export class UnsafeArchiveError extends Error {
  override readonly name = 'UnsafeArchiveError';
}

/** Uncompressed bytes allowed per archive (scanner binaries are ≤ ~250 MB); beyond this it is treated as a bomb. */
export const DEFAULT_MAX_EXTRACT_BYTES = 1024 * 1024 * 1024;

/** Refuses absolute names and names that climb out of the target; returns the normalised relative path. */
export function safeEntryPath(archive: string, name: string): string {
  const unified = name.replaceAll('\\', '/');
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified) || path.isAbsolute(name)) {
    throw new UnsafeArchiveError(`${archive}: entry "${name}" has an absolute path; refusing to extract`);
  }
  const normal = path.posix.normalize(unified);
  if (normal === '..' || normal.startsWith('../') || unified.split('/').includes('..')) {
    throw new UnsafeArchiveError(
      `${archive}: entry "${name}" contains ".." and would write outside the target; refusing to extract`,
    );
  }
  return normal;
}

/** A link is allowed only when its target, resolved from the link's own directory, stays inside the archive root. */
export function checkLinkTarget(opts: { archive: string; entry: string; target: string; hard: boolean }): void {
  const unified = opts.target.replaceAll('\\', '/');
  const base = opts.hard ? '.' : path.posix.dirname(opts.entry);
  const resolved = path.posix.normalize(path.posix.join(base, unified));
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified) || resolved === '..' || resolved.startsWith('../')) {
    const kind = opts.hard ? 'hardlink' : 'symlink';
    throw new UnsafeArchiveError(
      `${opts.archive}: ${kind} "${opts.entry}" points outside the target (${opts.target}); refusing to extract`,
    );
  }
}

/** Tracks declared sizes so one huge entry or many medium ones stop the extraction before writing. */
export function sizeBudget(archive: string, maxBytes: number): (entry: string, size: number) => void {
  let total = 0;
  return (entry, size) => {
    total += size;
    if (size > maxBytes || total > maxBytes) {
      throw new UnsafeArchiveError(
        `${archive}: entry "${entry}" brings the uncompressed size past the ${maxBytes}-byte limit; refusing to extract (archive bomb?)`,
      );
    }
  };
}

/**
 * Refuses entries that would be written through a link the archive created earlier (`l -> ..`, then
 * `l/x`): each link is checked alone, so chains of links could otherwise climb out step by step.
 */
export function throughLinkGuard(archive: string): (entry: string, isLink: boolean) => void {
  const links = new Set<string>();
  return (entry, isLink) => {
    const parts = entry.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join('/');
      if (links.has(ancestor)) {
        throw new UnsafeArchiveError(
          `${archive}: entry "${entry}" would be written through the link "${ancestor}"; refusing to extract`,
        );
      }
    }
    if (isLink) links.add(parts.join('/'));
  };
}

import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether `target` is `root` or below it, by path alone (links are not resolved: see resolvesInside).
 * `..env` is a file inside; only `..` itself or a `../` prefix leaves.
 */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Whether `file` is in `workspace` once symbolic links are resolved: a committed link to /etc/passwd
 * (or a linked folder) must never be read on a finding's or a pattern's behalf.
 */
export function resolvesInside(workspace: string, file: string, realWorkspace?: string): boolean {
  try {
    return isInside(realWorkspace ?? realpathSync(workspace), realpathSync(file));
  } catch {
    return false;
  }
}

/**
 * A regular file (a link followed)? Only those are read from the workspace: opening a FIFO waits for a
 * writer (the run would hang), and a device may never end.
 */
export function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A repository file's text, or undefined when it is outside the workspace (even via a link), missing, too
 * big or not a regular file. `realWorkspace`: the workspace's resolved path, when the caller reads many files.
 */
export function readWorkspaceFile(
  workspace: string,
  repoPath: string,
  maxBytes: number,
  realWorkspace?: string,
): string | undefined {
  const abs = path.resolve(workspace, repoPath);
  if (!isInside(workspace, abs) || !resolvesInside(workspace, abs, realWorkspace)) return undefined;
  try {
    // Only a regular file (see isRegularFile), stated once for its size too.
    const stat = statSync(abs);
    return !stat.isFile() || stat.size > maxBytes ? undefined : readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

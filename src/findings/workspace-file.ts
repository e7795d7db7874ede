import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Whether `file` is in `workspace` once symbolic links are resolved: a committed link to /etc/passwd
 * (or a linked folder) must never be read on a finding's or a pattern's behalf.
 */
export function resolvesInside(workspace: string, file: string): boolean {
  try {
    return inside(realpathSync(workspace), realpathSync(file));
  } catch {
    return false;
  }
}

/** A repository file's text, or undefined when it is outside the workspace (even via a link), missing or too big. */
export function readWorkspaceFile(workspace: string, repoPath: string, maxBytes: number): string | undefined {
  const abs = path.resolve(workspace, repoPath);
  if (!inside(workspace, abs) || !resolvesInside(workspace, abs)) return undefined;
  try {
    return statSync(abs).size > maxBytes ? undefined : readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

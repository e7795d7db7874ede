import path from 'node:path';

/**
 * Makes a scanner-reported path repository-relative with forward slashes. Scanners report paths
 * relative to the scan root, relative to the cwd, absolute, or as `file://` URIs.
 */
export function toRepoPath(reported: string, opts: { root: string; workspace: string }): string {
  let p = reported;
  if (p.startsWith('file://')) {
    try {
      p = decodeURIComponent(new URL(p).pathname);
    } catch {
      p = p.slice('file://'.length);
    }
  }
  const abs = path.isAbsolute(p) ? p : path.resolve(opts.root, p);
  const rel = path.relative(opts.workspace, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return p.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

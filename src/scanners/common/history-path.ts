import type { ParseContext } from '../types.js';

/**
 * What a history scanner's reported path is relative to. Results from git history (they carry a commit)
 * name files from the repository's top level — git's view — even when the scanned root is a
 * subdirectory; the workspace is that top level. Results without a commit are relative to the scan
 * root (or absolute). Shared by gitleaks and trufflehog.
 */
export function pathBase(commit: string | undefined, ctx: ParseContext): { root: string; workspace: string } {
  return commit ? { root: ctx.workspace, workspace: ctx.workspace } : { root: ctx.root, workspace: ctx.workspace };
}

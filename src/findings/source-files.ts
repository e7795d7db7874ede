import { realpathSync } from 'node:fs';
import { readWorkspaceFile } from './workspace-file.js';

/** Files larger than this are not read: fingerprints fall back to rule+path+line, SARIF omits line hashes. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Source files inside the workspace, each read and decoded once per run and shared by fingerprinting
 * and SARIF line hashes. Instance-scoped, never module state.
 */
export class SourceFiles {
  private readonly texts = new Map<string, string | null>();
  /** The workspace's resolved path, worked out once (not once per file); null when it does not resolve. */
  private real: string | null | undefined;
  constructor(private readonly workspace: string) {}

  text(repoPath: string): string | undefined {
    let text = this.texts.get(repoPath);
    if (text === undefined) {
      text = this.load(repoPath);
      this.texts.set(repoPath, text);
    }
    return text ?? undefined;
  }

  /** Inside the workspace only, links that leave it not followed (see workspace-file.ts). */
  private load(repoPath: string): string | null {
    if (this.real === undefined) {
      try {
        this.real = realpathSync(this.workspace);
      } catch {
        this.real = null;
      }
    }
    if (this.real === null) return null;
    return readWorkspaceFile(this.workspace, repoPath, MAX_SOURCE_BYTES, this.real) ?? null;
  }
}

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files larger than this are not read: fingerprints fall back to rule+path+line, SARIF omits line hashes. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Source files inside the workspace, each read and decoded once per run and shared by fingerprinting
 * and SARIF line hashes. Instance-scoped, never module state.
 */
export class SourceFiles {
  private readonly texts = new Map<string, string | null>();
  constructor(private readonly workspace: string) {}

  text(repoPath: string): string | undefined {
    let text = this.texts.get(repoPath);
    if (text === undefined) {
      text = this.load(repoPath);
      this.texts.set(repoPath, text);
    }
    return text ?? undefined;
  }

  private load(repoPath: string): string | null {
    const abs = path.resolve(this.workspace, repoPath);
    const rel = path.relative(this.workspace, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    try {
      return statSync(abs).size > MAX_SOURCE_BYTES ? null : readFileSync(abs, 'utf8');
    } catch {
      return null;
    }
  }
}

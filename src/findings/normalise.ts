import { type Finding, type RawFinding, SEVERITY_RANK } from './finding.js';
import { fingerprintOf } from './fingerprint.js';
import { SourceFiles } from './source-files.js';

/** Source lines on demand, each file split once. Instance-scoped, never module state. */
export class SourceLines {
  private readonly files = new Map<string, string[] | null>();
  private readonly sources: SourceFiles;
  constructor(workspaceOrSources: string | SourceFiles) {
    this.sources = typeof workspaceOrSources === 'string' ? new SourceFiles(workspaceOrSources) : workspaceOrSources;
  }

  line(repoPath: string, line: number | undefined): string | undefined {
    if (!line || line < 1) return undefined;
    let lines = this.files.get(repoPath);
    if (lines === undefined) {
      lines = this.sources.text(repoPath)?.split(/\r?\n/) ?? null;
      this.files.set(repoPath, lines);
    }
    return lines?.[line - 1];
  }
}

/** Adds fingerprints and `sources`, dropping parser-only fields (`secretHash`, `snippet`). */
export function toFinding(raw: RawFinding, source: SourceLines): Finding {
  const lineText =
    raw.category === 'vulnerability' ? undefined : source.line(raw.location.path, raw.location.startLine);
  // Cleared rather than left out: a plain spread copies several times faster than a rest pattern, and
  // every reporter lists the fields it writes, so an undefined field never reaches any output.
  const finding: Finding & { readonly secretHash?: undefined; readonly snippet?: undefined } = {
    ...raw,
    secretHash: undefined,
    snippet: undefined,
    sources: [raw.scanner],
    fingerprint: fingerprintOf(raw, lineText),
  };
  return finding;
}

/**
 * Merges findings with the same fingerprint (e.g. trivy and osv-scanner reporting one CVE on one
 * package) into one that names every source and keeps the highest severity.
 */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) {
      byPrint.set(f.fingerprint, f);
      continue;
    }
    const sources = [...new Set([...seen.sources, ...f.sources])];
    const stronger = SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity] ? f : seen;
    byPrint.set(f.fingerprint, {
      ...stronger,
      scanner: seen.scanner,
      sources,
      aliases: [...new Set([...seen.aliases, ...f.aliases])],
      verified: seen.verified || f.verified || undefined,
      suppressed: seen.suppressed && f.suppressed ? seen.suppressed : undefined,
    });
  }
  return [...byPrint.values()];
}

/** `sources` lets the report stage reuse the files read here (SARIF line hashes) instead of reading them again. */
export function normaliseFindings(
  raw: readonly RawFinding[],
  workspace: string,
  sources: SourceFiles = new SourceFiles(workspace),
): Finding[] {
  const source = new SourceLines(sources);
  return mergeDuplicates(raw.map((r) => toFinding(r, source)));
}

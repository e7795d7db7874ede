import { type Finding, type RawFinding, SEVERITY_RANK } from './finding.js';
import { fingerprintOf } from './fingerprint.js';
import { mergeInto, mergeSourceAdvisories } from './merge-advisories.js';
import { readWorkspaceFile } from './workspace-file.js';

/** Files larger than this are not read for line hashes (fingerprints fall back to rule+path+line). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Reads source lines on demand, each file once. Instance-scoped, never module state. */
export class SourceLines {
  private readonly files = new Map<string, string[] | null>();
  constructor(private readonly workspace: string) {}

  line(repoPath: string, line: number | undefined): string | undefined {
    if (!line || line < 1) return undefined;
    let lines = this.files.get(repoPath);
    if (lines === undefined) {
      lines = this.load(repoPath);
      this.files.set(repoPath, lines);
    }
    return lines?.[line - 1];
  }

  private load(repoPath: string): string[] | null {
    return readWorkspaceFile(this.workspace, repoPath, MAX_SOURCE_BYTES)?.split(/\r?\n/) ?? null;
  }
}

/** Adds fingerprints and `sources`, dropping parser-only fields (`secretHash`, `snippet`). */
export function toFinding(raw: RawFinding, source: SourceLines): Finding {
  const lineText =
    raw.category === 'vulnerability' ? undefined : source.line(raw.location.path, raw.location.startLine);
  const { secretHash: _secretHash, snippet: _snippet, ...rest } = raw;
  return { ...rest, sources: [raw.scanner], fingerprint: fingerprintOf(raw, lineText) };
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
    const stronger = SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity] ? f : seen;
    byPrint.set(f.fingerprint, { ...mergeInto(seen, f), location: stronger.location });
  }
  return [...byPrint.values()];
}

export function normaliseFindings(raw: readonly RawFinding[], workspace: string): Finding[] {
  const source = new SourceLines(workspace);
  return mergeSourceAdvisories(mergeDuplicates(raw.map((r) => toFinding(r, source))));
}

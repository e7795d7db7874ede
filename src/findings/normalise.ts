import type { Finding, RawFinding } from './finding.js';
import { contentHash, fingerprintFor, identityOf, legacyFingerprintOf } from './fingerprint.js';
import { mergePair, mergeSourceAdvisories } from './merge-advisories.js';
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

interface Identified {
  readonly raw: RawFinding;
  readonly key: string;
  readonly located: boolean;
  readonly legacy: string;
  readonly index: number;
}

/** File order, so the n-th of identical occurrences is the n-th from the top of the file. */
function byPosition(a: Identified, b: Identified): number {
  const la = a.raw.location;
  const lb = b.raw.location;
  return (
    (la.startLine ?? 0) - (lb.startLine ?? 0) ||
    (la.startColumn ?? 0) - (lb.startColumn ?? 0) ||
    (la.endLine ?? 0) - (lb.endLine ?? 0) ||
    (la.endColumn ?? 0) - (lb.endColumn ?? 0) ||
    a.index - b.index
  );
}

/**
 * Numbers the occurrences of each identity per scanner and commit (see fingerprintFor). Per scanner, so
 * the same secret reported by gitleaks and trivy gets the same fingerprint from both and merges; per
 * commit, so a history scan seeing one secret in two commits keeps one finding.
 */
function ordinals(items: readonly Identified[]): number[] {
  // Scanner and commit first, then the identity key: the long key is looked up as is, never concatenated.
  const groups = new Map<string, Map<string, Identified[]>>();
  for (const item of items) {
    if (!item.located) continue;
    const where = `${item.raw.scanner}\0${item.raw.commit ?? ''}`;
    let byKey = groups.get(where);
    if (!byKey) {
      byKey = new Map();
      groups.set(where, byKey);
    }
    const list = byKey.get(item.key);
    if (list) list.push(item);
    else byKey.set(item.key, [item]);
  }
  const out = new Array<number>(items.length).fill(1);
  for (const byKey of groups.values())
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      list.sort(byPosition);
      list.forEach((item, i) => {
        out[item.index] = i + 1;
      });
    }
  return out;
}

/** Adds fingerprints and `sources`, dropping parser-only fields (`secretHash`, `snippet`, `commit`). */
export function toFindings(raws: readonly RawFinding[], source: SourceLines): Finding[] {
  // Findings on one line (several rules, several scanners) hash its content once.
  const hashed = new Map<string, string>();
  const hashText = (text: string) => {
    let h = hashed.get(text);
    if (h === undefined) {
      h = contentHash(text);
      hashed.set(text, h);
    }
    return h;
  };
  const items: Identified[] = raws.map((raw, index) => {
    const lineText =
      raw.category === 'vulnerability' ? undefined : source.line(raw.location.path, raw.location.startLine);
    const { key, located } = identityOf(raw, lineText, hashText);
    return { raw, key, located, legacy: legacyFingerprintOf(raw, lineText, { key, located }), index };
  });
  const ordinal = ordinals(items);
  return items.map((item) => {
    const { secretHash: _secretHash, snippet: _snippet, commit: _commit, ...rest } = item.raw;
    const fingerprint = fingerprintFor(item, ordinal[item.index] ?? 1);
    // Only the first occurrence inherits the 0.1.x fingerprint: an old waiver covers one finding, not all.
    const legacy = ordinal[item.index] === 1 && item.legacy !== fingerprint ? [item.legacy] : undefined;
    // `rest` is a fresh object: completed in place rather than copied once more.
    const out = rest as Omit<typeof rest, 'sources' | 'fingerprint'> & {
      sources?: Finding['sources'];
      fingerprint?: string;
      legacyFingerprints?: readonly string[];
    };
    out.sources = [item.raw.scanner];
    out.fingerprint = fingerprint;
    if (legacy) out.legacyFingerprints = legacy;
    return out as Finding;
  });
}

/**
 * Merges findings with the same fingerprint (trivy and osv-scanner reporting one CVE on one package;
 * gitleaks and trivy reporting one secret on one line) into one that names every source and keeps the
 * highest severity. Occurrence ordinals keep one scanner's repeated findings apart.
 */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) {
      byPrint.set(f.fingerprint, f);
      continue;
    }
    byPrint.set(f.fingerprint, mergePair(seen, f));
  }
  return [...byPrint.values()];
}

/** `sources` lets the report stage reuse the files read here (SARIF line hashes) instead of reading them again. */
export function normaliseFindings(
  raw: readonly RawFinding[],
  workspace: string,
  sources: SourceFiles = new SourceFiles(workspace),
): Finding[] {
  return mergeSourceAdvisories(mergeDuplicates(toFindings(raw, new SourceLines(sources))));
}

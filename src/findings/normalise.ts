import { randomInt } from 'node:crypto';
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

/** The identities of one list of raw findings, in parallel arrays (no object per finding). */
interface Identities {
  readonly raws: readonly RawFinding[];
  /**
   * Each finding's fingerprint as the first occurrence of its identity (fingerprintFor(identity, 1)):
   * equal exactly when the identities are (SHA-256 of the key), and half as long as the key, so it
   * stands for the identity here and, for most findings, is their fingerprint already.
   */
  readonly firstPrints: readonly string[];
  readonly located: readonly boolean[];
}

/** File order, so the n-th of identical occurrences is the n-th from the top of the file. */
function byPosition(raws: readonly RawFinding[]): (a: number, b: number) => number {
  return (a, b) => {
    const la = (raws[a] as RawFinding).location;
    const lb = (raws[b] as RawFinding).location;
    return (
      (la.startLine ?? 0) - (lb.startLine ?? 0) ||
      (la.startColumn ?? 0) - (lb.startColumn ?? 0) ||
      (la.endLine ?? 0) - (lb.endLine ?? 0) ||
      (la.endColumn ?? 0) - (lb.endColumn ?? 0) ||
      a - b
    );
  };
}

/** For each finding: its occurrence ordinal, and the first finding with the same fingerprint (else -1). */
interface Occurrences {
  readonly ordinal: Uint32Array;
  readonly sameAs: Int32Array;
}

/** The first eight hex digits of a fingerprint as a 32-bit number (any string gives some number). */
function leadingBits(print: string): number {
  let bits = 0;
  for (let k = 0; k < 8; k++) {
    const c = print.charCodeAt(k);
    bits = (bits << 4) | (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return bits;
}

/**
 * The indexes of every fingerprint seen more than once, a list per fingerprint, each in index order.
 * An open-addressing table of indexes keyed by each fingerprint's leading bits, the whole strings
 * compared only when those are equal: a Map of 100,000 fresh 64-character keys spent most of its time
 * hashing them and missing the CPU caches. Correct for any strings; fast for fingerprints (SHA-256 hex),
 * whose leading 32 bits nobody can choose: the slot comes from them mixed with a random salt, so
 * results crafted to share low bits do not pile up in one run of slots, and sharing all 32 bits would
 * cost about 2^32 hashes per result.
 */
export function groupsOfEqual(prints: readonly string[]): number[][] {
  // At most half full; the slot is the top bits of a multiplicative hash (Fibonacci hashing).
  let width = 4;
  while (2 ** width < prints.length * 2) width++;
  const size = 2 ** width;
  const mask = size - 1;
  const salt = randomInt(2 ** 31) | 1;
  // Four numbers per slot, side by side (one cache line per probe): the index of the first finding with
  // its fingerprint (-1: free), that fingerprint's leading bits, and 1 + the position of its list in
  // `lists` once a second occurrence is seen.
  const table = new Int32Array(size * 4);
  for (let s = 0; s < table.length; s += 4) table[s] = -1;
  const lists: number[][] = [];
  for (let i = 0; i < prints.length; i++) {
    const print = prints[i] as string;
    const b = leadingBits(print);
    for (let s = Math.imul(b ^ salt, 0x9e3779b1) >>> (32 - width); ; s = (s + 1) & mask) {
      const at = s * 4;
      const first = table[at] as number;
      if (first < 0) {
        table[at] = i;
        table[at + 1] = b;
        break;
      }
      if (table[at + 1] !== b || prints[first] !== print) continue;
      const list = table[at + 2] as number;
      if (list > 0) (lists[list - 1] as number[]).push(i);
      else table[at + 2] = lists.push([first, i]);
      break;
    }
  }
  return lists;
}

/** The findings at `list` by scanner and commit (what occurrences are numbered within), each in index order. */
function byScannerAndCommit(raws: readonly RawFinding[], list: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of list) {
    const raw = raws[i] as RawFinding;
    const where = `${raw.scanner}\0${raw.commit ?? ''}`;
    const group = groups.get(where);
    if (group) group.push(i);
    else groups.set(where, [i]);
  }
  return [...groups.values()];
}

/** Whether the findings at `list` share a scanner and a commit: one group (see byScannerAndCommit). */
function oneScannerAndCommit(raws: readonly RawFinding[], list: readonly number[]): boolean {
  const first = raws[list[0] as number] as RawFinding;
  for (let k = 1; k < list.length; k++) {
    const raw = raws[list[k] as number] as RawFinding;
    if (raw.scanner !== first.scanner || (raw.commit ?? '') !== (first.commit ?? '')) return false;
  }
  return true;
}

/**
 * Numbers the occurrences of each identity per scanner and commit (see fingerprintFor). Per scanner, so
 * the same secret reported by gitleaks and trivy gets the same fingerprint from both and merges; per
 * commit, so a history scan seeing one secret in two commits keeps one finding. Grouped by identity
 * first: only an identity seen more than once needs numbering, and two findings share a fingerprint
 * exactly when they share an identity and, for located ones, an ordinal — so the duplicates to merge
 * are found here, without a second pass keyed by fingerprint.
 */
function occurrences({ raws, firstPrints, located }: Identities): Occurrences {
  const ordinal = new Uint32Array(raws.length).fill(1);
  const sameAs = new Int32Array(raws.length).fill(-1);
  const lists = groupsOfEqual(firstPrints);
  const order = byPosition(raws);
  for (const list of lists) {
    const first = list[0] as number;
    // A dependency has no occurrences: every report of it is one finding.
    if (!located[first]) {
      for (const i of list) if (i !== first) sameAs[i] = first;
      continue;
    }
    // Nearly always one scanner and no commits: then the list is the one group (sorted in place, as the
    // pass below, which needs index order, only runs for several groups).
    const groups = oneScannerAndCommit(raws, list) ? [list] : byScannerAndCommit(raws, list);
    for (const group of groups) {
      group.sort(order);
      for (let n = 0; n < group.length; n++) ordinal[group[n] as number] = n + 1;
    }
    if (groups.length === 1) continue;
    // The n-th occurrence in one scanner or commit is the n-th in another: one finding, kept at the first.
    const firstWith = new Map<number, number>();
    for (const i of list) {
      const n = ordinal[i] as number;
      const earlier = firstWith.get(n);
      if (earlier === undefined) firstWith.set(n, i);
      else sameAs[i] = earlier;
    }
  }
  return { ordinal, sameAs };
}

type Completing = Omit<RawFinding, 'secretHash' | 'snippet' | 'commit'> & {
  sources?: Finding['sources'];
  fingerprint?: string;
  legacyFingerprints?: readonly string[];
};

/** A new object without the parser-only fields (nor what toFindings adds, should it be there already). */
function copiedFinding(raw: RawFinding): Completing {
  const {
    secretHash: _secretHash,
    snippet: _snippet,
    commit: _commit,
    fingerprint: _fingerprint,
    sources: _sources,
    legacyFingerprints: _legacy,
    ...rest
  } = raw as RawFinding & Omit<Completing, keyof RawFinding>;
  return rest;
}

/**
 * The raw finding itself, its parser-only fields emptied: for a caller that owns the raw findings and
 * drops them (the pipeline), this saves a copy of every finding — 100,000 objects in a large run.
 */
function ownedFinding(raw: RawFinding): Completing {
  const mutable = raw as { secretHash?: string; snippet?: string; commit?: string };
  if (mutable.secretHash !== undefined) mutable.secretHash = undefined;
  if (mutable.snippet !== undefined) mutable.snippet = undefined;
  if (mutable.commit !== undefined) mutable.commit = undefined;
  return raw;
}

/**
 * Adds fingerprints and `sources`, dropping parser-only fields (`secretHash`, `snippet`, `commit`).
 * `owned`: the raw findings become the findings (see ownedFinding); else they are left as they were.
 * `legacy`: add the 0.1.x fingerprints (false when nothing the run reads could hold one).
 */
export function toFindings(raws: readonly RawFinding[], source: SourceLines, owned = false, legacy = true): Finding[] {
  return identified(raws, source, owned, legacy).findings;
}

/** Each finding's identity as a first occurrence, with the source line it was worked out from. */
interface FirstIdentities extends Identities {
  readonly lines: readonly (string | undefined)[];
  /** The identity keys, kept only for the 0.1.x fingerprints. */
  readonly keys?: readonly string[];
}

/**
 * The three passes of `identified` are functions of their own: V8 optimises a long-running loop by
 * compiling its whole function, so one function holding all three was compiled three times over.
 */
function firstIdentities(
  raws: readonly RawFinding[],
  source: SourceLines,
  hashText: (text: string) => string,
  legacy: boolean,
): FirstIdentities {
  const firstPrints = new Array<string>(raws.length);
  const located = new Array<boolean>(raws.length);
  const lines = new Array<string | undefined>(raws.length);
  // The identity keys are kept only for the 0.1.x fingerprints; a later occurrence works its key out again.
  const keys = legacy ? new Array<string>(raws.length) : undefined;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawFinding;
    const lineText =
      raw.category === 'vulnerability' ? undefined : source.line(raw.location.path, raw.location.startLine);
    const identity = identityOf(raw, lineText, hashText);
    firstPrints[i] = fingerprintFor(identity, 1);
    located[i] = identity.located;
    lines[i] = lineText;
    if (keys) keys[i] = identity.key;
  }
  return { raws, firstPrints, located, lines, keys };
}

/**
 * Each finding's fingerprint: its first-occurrence one, or for a later occurrence one worked out again
 * from its key, before any raw finding is handed over (an owned one loses the parser-only fields its key
 * may come from, and one object may be listed twice).
 */
function fingerprintsOf(ids: FirstIdentities, ordinal: Uint32Array, hashText: (text: string) => string): string[] {
  const prints = ids.firstPrints.slice();
  for (let i = 0; i < prints.length; i++) {
    const n = ordinal[i] as number;
    if (n > 1) prints[i] = fingerprintFor(identityOf(ids.raws[i] as RawFinding, ids.lines[i], hashText), n);
  }
  return prints;
}

/** The findings: fingerprint, sources and (first occurrences) the 0.1.x fingerprint added. */
function completed(ids: FirstIdentities, ordinal: Uint32Array, prints: readonly string[], owned: boolean): Finding[] {
  const { raws, located, lines, keys } = ids;
  // One frozen `sources` list per scanner, shared: merges build new lists, nothing changes one in place.
  const sourcesOf = new Map<Finding['scanner'], Finding['sources']>();
  const out = new Array<Finding>(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawFinding;
    const n = ordinal[i] ?? 1;
    const fingerprint = prints[i] as string;
    // Only the first occurrence inherits the 0.1.x fingerprint: an old waiver covers one finding, not all.
    // A dependency's is its fingerprint already (no occurrences), so only located findings have one to add.
    // Worked out before the raw finding is handed over (a secret's needs its parser-only hash).
    const legacyFingerprints =
      keys && n === 1 && located[i] === true
        ? [legacyFingerprintOf(raw, lines[i], { key: keys[i] as string, located: true })]
        : undefined;
    // One object listed twice (no parser does that) is completed once and copied the second time.
    const finding = owned && (raw as Completing).fingerprint === undefined ? ownedFinding(raw) : copiedFinding(raw);
    let sources = sourcesOf.get(raw.scanner);
    if (sources === undefined) {
      sources = Object.freeze([raw.scanner]);
      sourcesOf.set(raw.scanner, sources);
    }
    finding.sources = sources;
    finding.fingerprint = fingerprint;
    if (legacyFingerprints) finding.legacyFingerprints = legacyFingerprints;
    out[i] = finding as Finding;
  }
  return out;
}

/** toFindings, and which findings share a fingerprint with an earlier one (see occurrences). */
function identified(
  raws: readonly RawFinding[],
  source: SourceLines,
  owned: boolean,
  legacy: boolean,
): { readonly findings: Finding[]; readonly sameAs: Int32Array } {
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
  const ids = firstIdentities(raws, source, hashText, legacy);
  const { ordinal, sameAs } = occurrences(ids);
  const prints = fingerprintsOf(ids, ordinal, hashText);
  return { findings: completed(ids, ordinal, prints, owned), sameAs };
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

/**
 * `sources` lets the report stage reuse the files read here (SARIF line hashes) instead of reading them
 * again. `owned`: the caller hands the raw findings over (they become the findings; see toFindings).
 * `legacy: false`: no 0.1.x fingerprints, for a run where nothing could match one (see toFindings).
 */
export function normaliseFindings(
  raw: readonly RawFinding[],
  workspace: string,
  sources: SourceFiles = new SourceFiles(workspace),
  opts: { readonly owned?: boolean; readonly legacy?: boolean } = {},
): Finding[] {
  const { findings, sameAs } = identified(raw, new SourceLines(sources), opts.owned === true, opts.legacy !== false);
  return mergeSourceAdvisories(mergeSame(findings, sameAs));
}

/** mergeDuplicates with the duplicates already known (see occurrences): the same findings, in the same order. */
function mergeSame(findings: readonly Finding[], sameAs: Int32Array): Finding[] {
  const out: Finding[] = [];
  const at = new Int32Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const first = sameAs[i] as number;
    const f = findings[i] as Finding;
    if (first < 0) {
      at[i] = out.length;
      out.push(f);
    } else {
      const p = at[first] as number;
      out[p] = mergePair(out[p] as Finding, f);
    }
  }
  return out;
}

/**
 * Every merge of two reports of one finding: same fingerprint (mergeDuplicates), then an alert source's
 * advisory into a scanner's finding (mergeSourceAdvisories). The aggregate of shards goes through it; a
 * single run (normaliseFindings) finds the same duplicates while fingerprinting and gives the same findings.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  return mergeSourceAdvisories(mergeDuplicates(findings));
}

/**
 * GitHub's `primaryLocationLineHash` (the algorithm of codeql-action's fingerprints, re-implemented
 * from its description in github-platform.md §2.3): a polynomial hash, base 37 modulo 2^64, over the
 * 100 significant UTF-16 code units (spaces and tabs skipped, CR/CRLF turned into LF) starting at each
 * line's first character, padded at end of file with an EOF marker (65535) and NULs; `hex:n` where n
 * counts repeats of the hash. Like codeql-action, a trailing newline yields one more (EOF) line.
 */
const WINDOW = 100;
const BASE = 37;
const EOF_MARK = 65535;
const LF = 10;
const CR = 13;
const TWO_32 = 2 ** 32;

/** Significant code units (CR/CRLF as LF, spaces and tabs dropped) and where each line starts among them. */
function significantCodes(text: string): { codes: Uint16Array; starts: number[] } {
  // Zero-filled past the EOF mark: the window reads NULs there, as the definition pads.
  const codes = new Uint16Array(text.length + 1 + WINDOW);
  const starts = [0];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09) continue;
    if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) continue;
      code = LF;
    }
    codes[n++] = code;
    if (code === LF) starts.push(n);
  }
  codes[n] = EOF_MARK;
  return { codes, starts };
}

/** Keeps a hash half a small integer (a Map key without a heap number); the full halves are compared after. */
const BUCKET = 0x3fffffff;

/**
 * The line hashes of one file, each turned into text only when asked for: a SARIF log of 25,000 results
 * names a fraction of the lines of the files it hashes. Every line's hash is worked out up front, as two
 * exact 32-bit halves of the 64-bit arithmetic (every intermediate stays below 2^53, so doubles compute
 * it exactly and `>>> 0` takes it modulo 2^32 — several times faster than BigInt), and so is its
 * ordinal among identical hashes above it.
 */
export class LineHashes {
  readonly length: number;
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly ordinal: Uint32Array;
  private readonly texts: (string | undefined)[];

  constructor(text: string) {
    const { codes, starts } = significantCodes(text);
    const count = starts.length;
    this.length = count;
    this.hi = new Uint32Array(count);
    this.lo = new Uint32Array(count);
    this.ordinal = new Uint32Array(count);
    this.texts = new Array<string | undefined>(count);
    // For each line, the nearest line above it in the same bucket (-1: none); a bucket's newest line in `last`.
    const above = new Int32Array(count);
    const last = new Map<number, number>();
    for (let line = 0; line < count; line++) {
      const start = starts[line] as number;
      let hi = 0;
      let lo = 0;
      for (let i = start; i < start + WINDOW; i++) {
        const low = lo * BASE + (codes[i] as number);
        lo = low >>> 0;
        hi = (hi * BASE + (low - lo) / TWO_32) >>> 0;
      }
      this.hi[line] = hi;
      this.lo[line] = lo;
      const bucket = lo & BUCKET;
      const newest = last.get(bucket) ?? -1;
      let same = newest;
      while (same >= 0 && (this.hi[same] !== hi || this.lo[same] !== lo)) same = above[same] as number;
      this.ordinal[line] = same < 0 ? 1 : (this.ordinal[same] as number) + 1;
      above[line] = newest;
      last.set(bucket, line);
    }
  }

  /** The hash of the 0-based `line` as `hex:n`; undefined past the last line. */
  at(line: number): string | undefined {
    if (!(line >= 0 && line < this.length)) return undefined;
    let text = this.texts[line];
    if (text === undefined) {
      const hi = this.hi[line] as number;
      const lo = this.lo[line] as number;
      const hex = hi === 0 ? lo.toString(16) : `${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
      text = `${hex}:${this.ordinal[line]}`;
      this.texts[line] = text;
    }
    return text;
  }
}

export function lineHashes(text: string): string[] {
  const hashes = new LineHashes(text);
  const out = new Array<string>(hashes.length);
  for (let line = 0; line < hashes.length; line++) out[line] = hashes.at(line) as string;
  return out;
}

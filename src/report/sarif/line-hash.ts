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

/**
 * The 64-bit arithmetic on two exact 32-bit halves: every intermediate stays below 2^53, so doubles
 * compute it exactly and `>>> 0` takes it modulo 2^32 — several times faster than BigInt, same hex.
 */
function windowHash(codes: Uint16Array, start: number): string {
  let hi = 0;
  let lo = 0;
  for (let i = start; i < start + WINDOW; i++) {
    const low = lo * BASE + (codes[i] as number);
    lo = low >>> 0;
    hi = (hi * BASE + (low - lo) / TWO_32) >>> 0;
  }
  return hi === 0 ? lo.toString(16) : `${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
}

export function lineHashes(text: string): string[] {
  const { codes, starts } = significantCodes(text);
  const seen = new Map<string, number>();
  return starts.map((start) => {
    const hex = windowHash(codes, start);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

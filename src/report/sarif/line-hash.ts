/**
 * GitHub's `primaryLocationLineHash` (the algorithm of codeql-action's fingerprints, re-implemented
 * from its description in github-platform.md §2.3): a polynomial hash, base 37 modulo 2^64, over the
 * 100 significant UTF-16 code units (spaces and tabs skipped, CR/CRLF turned into LF) starting at each
 * line's first character, padded at end of file with an EOF marker (65535) and NULs; `hex:n` where n
 * counts repeats of the hash. Like codeql-action, a trailing newline yields one more (EOF) line.
 */
const WINDOW = 100;
const BASE = 37n;
const MASK = (1n << 64n) - 1n;
const EOF_MARK = 65535;
const LF = 10;

export function lineHashes(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const codes: number[] = [];
  const lineStarts: number[] = [0];
  // Code units, not code points: GitHub hashes JavaScript string characters.
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    if (code === 0x20 || code === 0x09) continue;
    codes.push(code);
    if (code === LF) lineStarts.push(codes.length);
  }
  codes.push(EOF_MARK);
  const seen = new Map<string, number>();
  return lineStarts.map((start) => {
    let hash = 0n;
    for (let i = 0; i < WINDOW; i++) hash = (hash * BASE + BigInt(codes[start + i] ?? 0)) & MASK;
    const hex = hash.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

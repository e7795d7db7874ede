/**
 * GitHub's `primaryLocationLineHash` (the algorithm of codeql-action's fingerprints, re-implemented
 * from its description): a polynomial hash, base 37 modulo 2^64, over the 100 significant characters
 * (spaces and tabs skipped, CR/CRLF turned into LF) starting at each line's first character, padded
 * at end of file with an EOF marker (65535) and NULs; `hex:n` where n counts repeats of the hash.
 */
const WINDOW = 100;
const BASE = 37n;
const MASK = (1n << 64n) - 1n;
const EOF_MARK = 65535;

export function lineHashes(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const codes: number[] = [];
  const lineStarts: number[] = [0];
  for (const ch of normalised) {
    if (ch === ' ' || ch === '\t') continue;
    codes.push(ch.codePointAt(0) ?? 0);
    if (ch === '\n') lineStarts.push(codes.length);
  }
  if (normalised.endsWith('\n')) lineStarts.pop();
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

import { describe, expect, it } from 'vitest';
import { LineHashes, lineHashes } from '../../src/report/sarif/line-hash.js';

/** The algorithm in its plainest form (BigInt modulo 2^64), kept here to pin the fast version to it. */
function referenceLineHashes(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const codes: number[] = [];
  const starts: number[] = [0];
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    if (code === 0x20 || code === 0x09) continue;
    codes.push(code);
    if (code === 10) starts.push(codes.length);
  }
  codes.push(65535);
  const seen = new Map<string, number>();
  return starts.map((start) => {
    let hash = 0n;
    for (let i = 0; i < 100; i++) hash = (hash * 37n + BigInt(codes[start + i] ?? 0)) & ((1n << 64n) - 1n);
    const hex = hash.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'Z', '0', ' ', '\t', '\n', '\r', '\r\n', 'é', '✓', '😀', '\uffff', '\u0000', '{', '}'];
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += alphabet[s % alphabet.length];
  }
  return out;
}

describe('lineHashes (32-bit halves) equals the BigInt definition', () => {
  it.each([
    ['empty file', ''],
    ['one line, no newline', 'const a = 1;'],
    ['trailing newline (one more EOF line)', 'a\nb\n'],
    ['CRLF, lone CR and CR CR LF', 'a\r\nb\rc\r\r\nd'],
    ['only whitespace and blank lines', ' \t \n\n\t\n'],
    ['Unicode, surrogate pairs, U+FFFF and NUL', 'café ✓\n😀 x\n\uffff\u0000\n'],
    ['long lines (window of 100 and the high half)', `${'x'.repeat(500)}\n${'~'.repeat(150)}\ny`],
    ['repeated lines (ordinals)', 'same\nsame\nsame\n'],
  ])('%s', (_name, text) => {
    expect(lineHashes(text)).toEqual(referenceLineHashes(text));
  });

  it('on 20,000 random characters of every kind', () => {
    for (const seed of [1, 2, 3, 42]) {
      const text = randomText(seed, 5_000);
      expect(lineHashes(text)).toEqual(referenceLineHashes(text));
    }
  });
});

describe('LineHashes: one line on demand', () => {
  it('gives each line the hash of the BigInt definition, asked in any order, and nothing past the end', () => {
    const same = 'same line, longer than the window of 100 significant characters. '.repeat(2);
    const text = `${randomText(7, 3_000)}\n${same}\n${same}\n\n\n${same}\n`;
    const all = referenceLineHashes(text);
    const hashes = new LineHashes(text);
    expect(hashes.length).toBe(all.length);
    for (let line = all.length - 1; line >= 0; line -= 2) expect(hashes.at(line)).toBe(all[line]);
    for (let line = 0; line < all.length; line++) expect(hashes.at(line)).toBe(all[line]);
    expect(hashes.at(all.length)).toBeUndefined();
    expect(hashes.at(-1)).toBeUndefined();
    expect(all.filter((h) => h.endsWith(':3')).length).toBeGreaterThan(0);
  });
});

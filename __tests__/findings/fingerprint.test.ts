/**
 * Fingerprints are what baselines, waivers and GitHub's alerts are keyed by: any change in how they are
 * computed must give the same bytes. These tests hold the faster code to the definitions it replaced.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawFinding } from '../../src/findings/finding.js';
import { contentHash, fingerprintFor, identityOf } from '../../src/findings/fingerprint.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The definition: every run of whitespace one space, the ends trimmed (REPORT_SCHEMA.md "Fingerprints"). */
const definedContentHash = (text: string) => sha256(text.replace(/\s+/g, ' ').trim());

/** Every character `\s` matches, and a few that look like whitespace but are not. */
const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const NOT_WHITESPACE = ['\u200b', '\u180e', '\u0085', 'x', 'é', '\ud83d\ude00', '\ud800'];

/** A small deterministic generator, so a failure names a case that can be run again. */
function* lines(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = [...WHITESPACE, ...NOT_WHITESPACE, 'a', 'b', '(', ')', ';', '='];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = next(12);
    for (let k = 0; k < length; k++) text += alphabet[next(alphabet.length)];
    yield text;
  }
}

describe('contentHash', () => {
  it('is the hash of the whitespace-collapsed, trimmed line, for every kind of whitespace and its neighbours', () => {
    const fixed = [
      '',
      ' ',
      '  ',
      'x',
      ' x ',
      '\tif (a) {  b(); }\r',
      'a b',
      'a  b',
      'a\tb',
      'a \u00a0b',
      '\ufeffconst x = 1;',
      'x\u2028',
      '\u200bx\u200b',
      ...WHITESPACE.map((w) => `a${w}b`),
      ...WHITESPACE.map((w) => `${w}a b${w}`),
      ...NOT_WHITESPACE.map((c) => ` a${c} b `),
    ];
    for (const text of [...fixed, ...lines(5000)])
      expect(contentHash(text), JSON.stringify(text)).toBe(definedContentHash(text));
  });
});

describe('identity keys and fingerprints', () => {
  const raw = (over: Partial<RawFinding>): RawFinding => ({
    scanner: 'semgrep' as RawFinding['scanner'],
    ruleId: 'rule-1',
    aliases: [],
    category: 'code',
    severity: 'high',
    title: 'A finding',
    location: { path: 'src/app.ts', startLine: 3 },
    ...over,
  });

  it('join their parts with NULs exactly as an array join did, a missing part included (empty)', () => {
    const cases: [RawFinding, string | undefined][] = [
      [raw({}), 'const a = b;'],
      [raw({ snippet: '  eval(x)  ' }), 'ignored'],
      [raw({}), undefined],
      [raw({ ruleId: undefined as unknown as string }), 'x'],
      [raw({ location: { path: undefined as unknown as string, startLine: 1 } }), 'x'],
      [raw({ category: 'secret', secretHash: 'abc' }), 'x'],
      [raw({ category: 'secret', location: { path: undefined as unknown as string, startLine: 2 } }), undefined],
      [raw({ category: 'misconfiguration', title: 'T' }), '   '],
    ];
    for (const [r, line] of cases) {
      const content =
        r.snippet !== undefined && /\S/.test(r.snippet)
          ? definedContentHash(r.snippet)
          : line !== undefined && /\S/.test(line)
            ? definedContentHash(line)
            : `line:${r.location.startLine ?? 0}:${r.title}`;
      const key =
        r.category === 'secret'
          ? [
              'secret',
              r.location.path,
              r.secretHash ??
                (line !== undefined && /\S/.test(line)
                  ? definedContentHash(line)
                  : `line:${r.location.startLine ?? 0}`),
            ].join('\0')
          : [r.category, r.ruleId, r.location.path, content].join('\0');
      const identity = identityOf(r, line);
      expect(identity).toEqual({ key, located: true });
      for (const n of [1, 2, 10])
        expect(fingerprintFor(identity, n)).toBe(sha256(['scan-gate/v2', key, String(n)].join('\0')));
    }
  });
});

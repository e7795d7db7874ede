import { describe, expect, it } from 'vitest';
import { clip } from '../../src/forward/finding-context.js';
import { md } from '../../src/report/escape.js';
import { buildSarifLogs } from '../../src/report/sarif/build.js';
import { clipText } from '../../src/text/clip.js';
import { maskedLine } from '../../src/text/mask-secrets.js';
import { manyFindings, reportOf } from '../report/build-report.js';

const EMOJI = '\u{1F600}';
/** Half a surrogate pair: a high surrogate not followed by a low one, or a low one not after a high one. */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('clipping text', () => {
  it('never keeps half of a character made of two UTF-16 units', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcd', 3)).toBe('ab…');
    expect(clipText(`a${EMOJI}b`, 3)).toBe('a…');
    expect(clipText(`ab${EMOJI}`, 4)).toBe(`ab${EMOJI}`);
    expect(clipText(`ab${EMOJI}c`, 4)).toBe('ab…');
    expect(clipText(`${EMOJI}${EMOJI}`, 4)).toBe(`${EMOJI}${EMOJI}`);
    expect(clipText(`${EMOJI}${EMOJI}`, 3)).toBe(`${EMOJI}…`);
    expect(clipText(`${EMOJI}${EMOJI}x`, 2)).toBe('…');
    expect(clipText('abc', 0)).toBe('');
    // Every cut of a text of emoji and letters: within the limit, whole characters only.
    const text = `${'ab'.repeat(3)}${EMOJI.repeat(5)}c${EMOJI}`;
    for (let max = 1; max <= text.length; max++) {
      const cut = clipText(text, max);
      expect(cut.length, String(max)).toBeLessThanOrEqual(max);
      expect(cut, String(max)).not.toMatch(LONE);
      expect(text.startsWith(cut.replace(/…$/, '')), String(max)).toBe(true);
    }
  });

  it('a SARIF message, a Markdown cell, a forwarded title and a quoted line cut at an emoji stay whole', () => {
    const title = `${'x'.repeat(1998)}${EMOJI}${'y'.repeat(50)}`;
    const [finding] = manyFindings(1, ['trivy'], { title, category: 'code' });
    const report = reportOf([finding as NonNullable<typeof finding>]);
    const [log] = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] }).logs;
    const message = log?.log.runs[0]?.results?.[0]?.message.text ?? '';
    expect(message.length).toBeLessThanOrEqual(2000);
    expect(message.endsWith('…')).toBe(true);
    expect(log?.text).not.toMatch(/\\ud83d/i);
    expect(message).not.toMatch(LONE);
    const cell = `${'z'.repeat(298)}${EMOJI}zz`;
    expect(md(cell)).not.toMatch(LONE);
    expect(clip(`${'q'.repeat(1022)}${EMOJI}q`, 1024)).not.toMatch(LONE);
    expect(maskedLine(`${'w'.repeat(199)}${EMOJI}w`, 200)).not.toMatch(LONE);
  });
});

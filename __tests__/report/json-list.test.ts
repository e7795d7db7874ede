import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSplicedJson, ByteSink } from '../../src/report/json-list.js';

interface Doc {
  readonly name: string;
  readonly items: readonly unknown[];
  readonly after: { readonly items: readonly unknown[] };
}

// Plain, wide (beyond Latin-1, astral) and very long items, across many batches and chunk boundaries.
const item = (i: number) => ({
  i,
  text: i % 37 === 3 ? `Ünïcødé — ☃ 𝄞 ${'\\"q'.repeat(i % 5)}` : `plain ${i}`,
  ...(i === 250 ? { long: '—'.repeat(700_000) } : {}),
  nested: { list: [i, null, true], none: undefined },
});

function spliced(doc: Doc, sink: ByteSink): void {
  const head = JSON.stringify({ ...doc, items: [] });
  appendSplicedJson(sink, head, head.indexOf('"items":[]') + '"items":'.length, doc.items, (x) => x);
}

describe('appendSplicedJson', () => {
  for (const n of [0, 1, 99, 100, 101, 2_345]) {
    it(`gives the bytes of JSON.stringify of the whole document (${n} items, kept and written)`, () => {
      const doc: Doc = { name: 'dóc', items: Array.from({ length: n }, (_, i) => item(i)), after: { items: [] } };
      const expected = JSON.stringify(doc);
      const kept = new ByteSink();
      spliced(doc, kept);
      expect(kept.bytes().toString()).toBe(expected);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'json-list-')), 'out.json');
      const fd = openSync(file, 'w');
      const written = new ByteSink(fd);
      spliced(doc, written);
      written.flush();
      closeSync(fd);
      expect(readFileSync(file, 'utf8')).toBe(expected);
    });
  }

  it('a small document does not hold on to a whole chunk; a head larger than a chunk is written whole', () => {
    const small = new ByteSink();
    spliced({ name: 'x', items: [1, 2], after: { items: [] } }, small);
    expect(small.bytes().buffer.byteLength).toBeLessThan(1 << 20);
    const doc: Doc = { name: '—'.repeat(500_000), items: [item(1)], after: { items: [] } };
    const big = new ByteSink();
    spliced(doc, big);
    expect(big.bytes().toString()).toBe(JSON.stringify(doc));
  });

  it('a guess of the size: the same bytes when they outgrow it (the buffer doubles) and when it is generous (no copy)', () => {
    const doc: Doc = { name: 'g', items: Array.from({ length: 30_000 }, (_, i) => item(i)), after: { items: [] } };
    const expected = JSON.stringify(doc);
    for (const guess of [0, 100, 2 ** 20 + 1, 3 * 2 ** 20]) {
      const sink = new ByteSink(undefined, guess);
      spliced(doc, sink);
      expect(sink.bytes().toString()).toBe(expected);
    }
    const generous = new ByteSink(undefined, 4 * Buffer.byteLength(expected));
    spliced(doc, generous);
    expect(generous.bytes().buffer.byteLength).toBeGreaterThanOrEqual(4 * Buffer.byteLength(expected));
  });

  it('refuses a position that is not an empty list', () => {
    expect(() => appendSplicedJson(new ByteSink(), '{"a":[1]}', 5, [1], (x) => x)).toThrow(/no empty list at 5/);
  });
});

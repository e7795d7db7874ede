import { writeSync } from 'node:fs';
import type { ItemList } from './item-list.js';

/** Items per JSON.stringify call: tens of kilobytes of text, small enough to live and die young in V8's heap. */
const BATCH = 100;
const CHUNK = 1 << 20;

/**
 * UTF-8 bytes appended either to a file, in 1 MB chunks written as each fills (then reused), or to one
 * buffer kept whole. Writing a 40 MB document this way allocates no 40 MB string: V8 builds a large
 * JSON.stringify result from many parts, copies it flat when it is encoded, and encodes it into a fresh
 * buffer per write.
 */
export class ByteSink {
  private chunk: Buffer;
  private used = 0;

  /**
   * `fd`: write full chunks to this file. None: keep the bytes for `bytes()` in one buffer of
   * `expectedBytes` (default 1 MB), doubled when they outgrow it. A generous guess costs address space,
   * not memory (pages never written are never faulted in), and saves copying the whole document into a
   * buffer of its own size at the end.
   */
  constructor(
    private readonly fd?: number,
    expectedBytes = CHUNK,
  ) {
    this.chunk = Buffer.allocUnsafe(fd === undefined ? Math.max(CHUNK, Math.ceil(expectedBytes)) : CHUNK);
  }

  /** Appends `text`; returns where its bytes start in the current chunk. */
  append(text: string): number {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: measured exactly only when that bound does not fit.
    if (this.used + text.length * 3 > this.chunk.length) {
      const bytes = Buffer.byteLength(text);
      if (this.used + bytes > this.chunk.length) this.makeRoom(bytes);
    }
    const at = this.used;
    this.used += this.chunk.write(text, at);
    return at;
  }

  /** Overwrites one byte of the current chunk with an ASCII character. */
  setByte(at: number, ascii: string): void {
    this.chunk[at] = ascii.charCodeAt(0);
  }

  /** Takes back the last byte appended. */
  dropLast(): void {
    this.used -= 1;
  }

  /**
   * Everything appended (a sink without a file). A small document is copied into a buffer of its own
   * size rather than holding on to the sink's; a large one is the sink's buffer, up to what was written.
   */
  bytes(): Buffer {
    const written = this.chunk.subarray(0, this.used);
    return this.used < CHUNK ? Buffer.from(written) : written;
  }

  /** Writes what is left to the file (a sink with a file). */
  flush(): void {
    if (this.fd !== undefined) this.release();
  }

  /** Room for `bytes` more: the full chunk written out (a file), or a buffer twice as large (none). */
  private makeRoom(bytes: number): void {
    if (this.fd === undefined) {
      const larger = Buffer.allocUnsafe(Math.max(this.chunk.length * 2, this.used + bytes));
      this.chunk.copy(larger, 0, 0, this.used);
      this.chunk = larger;
      return;
    }
    this.release();
    // A text larger than a chunk gets a chunk of its own size (released like any other).
    if (bytes > this.chunk.length) this.chunk = Buffer.allocUnsafe(bytes);
  }

  private release(): void {
    if (this.used === 0 || this.fd === undefined) return;
    // writeSync may write less than asked: the rest follows until the chunk is out.
    for (let done = 0; done < this.used; ) done += writeSync(this.fd, this.chunk, done, this.used - done);
    if (this.chunk.length > CHUNK) this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
}

/**
 * Appends `JSON.stringify(document)` where `head` is the document serialised with one list left empty
 * and `open` is the index of that list's `[` in `head`: the items are serialised in batches straight
 * into the sink, the same bytes as the whole document serialised at once.
 */
export function appendSplicedJson<T>(
  sink: ByteSink,
  head: string,
  open: number,
  items: ItemList<T>,
  toJson: (item: T) => unknown,
): void {
  if (head[open] !== '[' || head[open + 1] !== ']') throw new Error(`appendSplicedJson: no empty list at ${open}`);
  if (items.length === 0) {
    sink.append(head);
    return;
  }
  sink.append(head.slice(0, open));
  for (let i = 0; i < items.length; i += BATCH) {
    // Each batch is one JSON list: the first one's `[` opens the list, the next ones' becomes the comma
    // between batches, and every batch's `]` goes (the head's own `]` closes the list).
    const batch = new Array<unknown>(Math.min(BATCH, items.length - i));
    for (let k = 0; k < batch.length; k++) batch[k] = toJson(items.at(i + k) as T);
    const at = sink.append(JSON.stringify(batch));
    if (i > 0) sink.setByte(at, ',');
    sink.dropLast();
  }
  sink.append(head.slice(open + 1));
}

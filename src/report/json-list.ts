import { writeSync } from 'node:fs';

/** Items per JSON.stringify call: tens of kilobytes of text, small enough to live and die young in V8's heap. */
const BATCH = 100;
const CHUNK = 1 << 20;

/**
 * UTF-8 bytes appended in 1 MB chunks, either written to a file as each chunk fills (then reused) or
 * kept and joined once at the end. Writing a 40 MB document this way allocates no 40 MB string: V8
 * builds a large JSON.stringify result from many parts, copies it flat when it is encoded, and encodes
 * it into a fresh buffer per write.
 */
export class ByteSink {
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private readonly kept: Buffer[] = [];

  /** `fd`: write full chunks to this file; none: keep them for `bytes()`. */
  constructor(private readonly fd?: number) {}

  /** Appends `text`; returns where its bytes start in the current chunk. */
  append(text: string): number {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    const most = text.length * 3;
    if (this.used + most > this.chunk.length) {
      this.release();
      if (most > this.chunk.length) this.chunk = Buffer.allocUnsafe(most);
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

  /** Everything appended, as one buffer (a sink without a file). */
  bytes(): Buffer {
    this.release();
    return this.kept.length === 1 ? (this.kept[0] as Buffer) : Buffer.concat(this.kept);
  }

  /** Writes what is left to the file (a sink with a file). */
  flush(): void {
    this.release();
  }

  private release(): void {
    if (this.used === 0) return;
    if (this.fd !== undefined) writeSync(this.fd, this.chunk, 0, this.used);
    else {
      this.kept.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, this.chunk.length));
    }
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
  items: readonly T[],
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
    const at = sink.append(JSON.stringify(items.slice(i, i + BATCH).map(toJson)));
    if (i > 0) sink.setByte(at, ',');
    sink.dropLast();
  }
  sink.append(head.slice(open + 1));
}

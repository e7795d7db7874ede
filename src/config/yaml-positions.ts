import { EVENT_ID, type Event, getScalarValue, parseEvents } from 'js-yaml';

interface Frame {
  readonly kind: 'map' | 'seq';
  readonly pointer: string;
  index: number;
  key?: string;
}

/** JSON-pointer → 1-based line of each node (and of each mapping key, under `<pointer>#key`). */
export type LineMap = ReadonlyMap<string, number>;

function lineOf(text: string, offset: number, starts: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset < 0 || offset > text.length ? 1 : lo + 1;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function nodeOffset(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  return 0;
}

/**
 * Maps every node of a YAML document to its line, from js-yaml's event stream, so schema errors
 * (reported as JSON pointers) can name the line. Text that does not parse yields an empty map.
 */
export function yamlLineMap(text: string): LineMap {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lines = new Map<string, number>();
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return lines;
  }
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) continue;
    const top = stack.at(-1);
    let pointer = '';
    if (top?.kind === 'seq') pointer = `${top.pointer}/${top.index++}`;
    else if (top?.kind === 'map') {
      if (top.key === undefined) {
        // Complex (non-scalar) keys are not valid in a policy file; stop mapping rather than misplace lines.
        if (event.type !== EVENT_ID.SCALAR) return lines;
        top.key = getScalarValue(text, event);
        lines.set(`${top.pointer}/${escapePointer(top.key)}#key`, lineOf(text, nodeOffset(event), starts));
        continue;
      }
      pointer = `${top.pointer}/${escapePointer(top.key)}`;
      top.key = undefined;
    }
    lines.set(pointer, lineOf(text, nodeOffset(event), starts));
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', pointer, index: 0 });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', pointer, index: 0 });
  }
  return lines;
}

/** The line of `pointer`, or of its nearest ancestor that has one. */
export function lineFor(lines: LineMap, pointer: string, key = false): number | undefined {
  if (key && lines.has(`${pointer}#key`)) return lines.get(`${pointer}#key`);
  let p = pointer;
  for (;;) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

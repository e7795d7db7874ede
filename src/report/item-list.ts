/**
 * Items by index: an array, or items built when asked for. Forwarding 100,000 findings as OCSF records,
 * webhook bodies or ASFF findings goes through one of these, so no stage holds every converted item at once.
 * `at` is only asked for indexes below `length` (it may answer undefined past the end, as an array does).
 */
export interface ItemList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** `items` converted one by one as they are asked for (each call converts again: read each index once). */
export function mappedList<S, T>(items: readonly S[], convert: (item: S) => T): ItemList<T> {
  return { length: items.length, at: (i) => convert(items[i] as S) };
}

/**
 * Appends `items` to `list` one by one. Not `list.push(...items)`: spreading 100,000 findings into one
 * call overflows the call stack. Not `for…of` either: until V8 optimises the loop, each step allocates an
 * iterator result — about 4 MB per 100,000 findings, for every list that is copied or scanned this way.
 */
export function appendAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i] as T);
}

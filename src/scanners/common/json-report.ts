import { ScannerError } from '../../config/errors.js';
import { describeJsonError } from '../../text/json-error.js';

/**
 * Reads a scanner's JSON report. Empty, truncated or non-JSON output is a scanner error naming the
 * scanner: it must never be mistaken for a clean run.
 */
export function readJsonReport(raw: string, scanner: string): unknown {
  if (raw.trim() === '') throw new ScannerError(scanner, 'produced no output (expected a JSON report)');
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new ScannerError(scanner, `output is not valid JSON (${describeJsonError(error)})`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `items`, when every one is what the scanner documents (`is`); else a scanner error saying what is wrong
 * with the first that is not (`problem`, given its 1-based position). An entry that cannot be read is
 * never left out: a report of only such entries would read as clean, and one among others would lose a
 * finding without a word.
 */
export function everyEntry<T>(
  items: readonly unknown[],
  is: (item: unknown) => item is T,
  scanner: string,
  problem: (position: number) => string,
): T[] {
  const bad = items.findIndex((item) => !is(item));
  if (bad >= 0) throw new ScannerError(scanner, problem(bad + 1));
  return items as T[];
}

/** Arrays of strings from fields that may be absent or `null` (osv-scanner writes `"aliases": null`). */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

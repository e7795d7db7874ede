import {
  CATEGORIES,
  type Category,
  type Finding,
  isScannerId,
  ruleScannerOf,
  type ScannerId,
} from '../findings/finding.js';
import { isoDate } from '../text/iso-date.js';
import type { Baseline, EvaluatedFinding, Resolution, ScannerRun } from './types.js';

/** Resolutions kept in the baseline (newest kept): enough for medians, small enough for a cache entry. */
export const MAX_RESOLUTIONS = 1000;

export interface BaselineKey {
  readonly instance: string;
  readonly branch: string;
}

/** Where baselines live across runs (@actions/cache in the action; see baseline-cache.ts). */
export interface BaselineStore {
  restore(key: BaselineKey): Promise<Baseline | undefined>;
  save(key: BaselineKey, baseline: Baseline): Promise<void>;
}

/** The baseline's entry for a fingerprint; names every object inherits (`constructor`, `__proto__`) are not entries. */
export function ownEntry(
  entries: Baseline['entries'] | undefined,
  fingerprint: string,
): Baseline['entries'][string] | undefined {
  return entries && Object.hasOwn(entries, fingerprint) ? entries[fingerprint] : undefined;
}

/**
 * Whether this run can say an earlier finding is gone: only when the scanner that reported it ran and
 * completed (a scanner that broke, or was not run this time, did not look). An entry that does not record
 * its scanner (an older baseline) can be judged only when every scanner completed. No runs given: all can.
 */
export function fixedJudge(runs?: readonly ScannerRun[]): (entry: { readonly scanner?: ScannerId }) => boolean {
  if (runs === undefined) return () => true;
  const completed = new Set(runs.filter((r) => r.status === 'ok').map((r) => r.id));
  const allCompleted = runs.length > 0 && runs.every((r) => r.status === 'ok');
  return (entry) => (entry.scanner === undefined ? allCompleted : completed.has(entry.scanner));
}

/**
 * Records every current finding (ignored ones too), keeping first-seen dates from the previous baseline.
 * Entries this run cannot judge (see fixedJudge) are carried over unchanged.
 */
export function buildBaseline(opts: {
  findings: readonly (Finding | EvaluatedFinding)[];
  previous?: Baseline;
  now: Date;
  ref?: string;
  sha?: string;
  /** This run's scanners; absent = every earlier entry missing now counts as resolved. */
  runs?: readonly ScannerRun[];
}): Baseline {
  const canJudge = fixedJudge(opts.runs);
  // No prototype: a fingerprint named `__proto__` is stored as an entry, not as the object's prototype.
  const entries: Record<string, Baseline['entries'][string]> = Object.create(null);
  for (const f of opts.findings) {
    entries[f.fingerprint] = {
      // An evaluated finding knows its first-seen date even when it was matched by a 0.1.x fingerprint.
      firstSeen:
        ownEntry(opts.previous?.entries, f.fingerprint)?.firstSeen ??
        ('firstSeen' in f ? f.firstSeen : undefined) ??
        f.sourceFirstSeen ??
        opts.now.toISOString(),
      ruleId: f.ruleId,
      path: f.location.path,
      severity: f.severity,
      // The scanner whose fingerprint it is, not an alert source that outranked it: whether it is fixed
      // depends on that scanner completing its next run (fixedJudge).
      scanner: ruleScannerOf(f),
      category: f.category,
    };
  }
  // Still present under a new name: a 0.1.x fingerprint a current finding was matched by (as evaluatePolicy does).
  const renamed = new Set(opts.findings.flatMap((f) => f.legacyFingerprints ?? []));
  const resolved: Resolution[] = [...(opts.previous?.resolved ?? [])];
  for (const [fingerprint, e] of Object.entries(opts.previous?.entries ?? {})) {
    if (Object.hasOwn(entries, fingerprint) || renamed.has(fingerprint)) continue;
    if (!canJudge(e)) entries[fingerprint] = e;
    else resolved.push({ fingerprint, severity: e.severity, firstSeen: e.firstSeen, fixedAt: opts.now.toISOString() });
  }
  return {
    version: 1,
    createdAt: opts.now.toISOString(),
    ref: opts.ref,
    sha: opts.sha,
    entries,
    resolved: resolved.slice(-MAX_RESOLUTIONS),
  };
}

/** An ISO 8601 date-time naming a real day (a baseline's dates drive SLA clocks and time-to-resolve). */
export const isDateTime = (value: unknown): value is string => isoDate(value) !== undefined;

/** A string field from outside, or undefined when it is anything else. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

type Entry = Baseline['entries'][string];

/**
 * One baseline entry from outside (a restored cache, an earlier report.json), its fields checked one by
 * one: a first-seen date that is not one becomes `fallback` (an unreadable date would stop the SLA clock
 * and give OCSF timestamps of null); a field of the wrong type, an unknown scanner or category is left out.
 */
export function checkedEntry(value: unknown, fallback: string): Entry | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const e = value as Record<string, unknown>;
  const scanner = text(e.scanner);
  const category = text(e.category);
  return {
    firstSeen: isDateTime(e.firstSeen) ? e.firstSeen : fallback,
    ruleId: text(e.ruleId),
    path: text(e.path),
    severity: text(e.severity),
    ...(scanner !== undefined && isScannerId(scanner) ? { scanner } : {}),
    ...(category !== undefined && (CATEGORIES as readonly string[]).includes(category)
      ? { category: category as Category }
      : {}),
  };
}

/**
 * Entries keyed by fingerprint, any key kept as data: a key `__proto__` (JSON.parse makes it an own
 * member) must not become the object's prototype.
 */
export function entriesFrom(pairs: Iterable<readonly [string, Entry]>): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [fingerprint, entry] of pairs)
    Object.defineProperty(entries, fingerprint, { value: entry, enumerable: true, writable: true, configurable: true });
  return entries;
}

/**
 * A parsed baseline (restored cache) if it has the expected shape, its entries and resolutions checked
 * field by field (see checkedEntry); undefined when it is not a baseline at all.
 */
export function checkedBaseline(value: unknown): Baseline | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const b = value as Record<string, unknown>;
  if (b.version !== 1 || !isDateTime(b.createdAt) || typeof b.entries !== 'object' || b.entries === null) {
    return undefined;
  }
  const createdAt = b.createdAt;
  const pairs: [string, Entry][] = [];
  for (const [fingerprint, raw] of Object.entries(b.entries)) {
    const entry = checkedEntry(raw, createdAt);
    if (entry) pairs.push([fingerprint, entry]);
  }
  const resolved: Resolution[] = [];
  for (const r of Array.isArray(b.resolved) ? (b.resolved as unknown[]) : []) {
    if (r === null || typeof r !== 'object') continue;
    const { fingerprint, severity, firstSeen, fixedAt } = r as Record<string, unknown>;
    if (typeof fingerprint !== 'string' || !isDateTime(firstSeen) || !isDateTime(fixedAt)) continue;
    resolved.push({ fingerprint, severity: text(severity), firstSeen, fixedAt });
  }
  // Built field by field: nothing else the file holds is carried on.
  return {
    version: 1,
    createdAt,
    ref: text(b.ref),
    sha: text(b.sha),
    entries: entriesFrom(pairs),
    ...(Array.isArray(b.resolved) ? { resolved } : {}),
  };
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { restoreSafely, saveSafely } from './cross-run-cache.js';
import type { CrossRunCache } from './install-io.js';

/** Where a scanner's vulnerability DB lives and which cache holds it. */
export interface DbCacheOptions {
  readonly scanner: string;
  readonly dir: string;
  /** `linux`, `darwin`, `win32` (platformOs). */
  readonly os: string;
  /** Absent when the `cache` input is false. */
  readonly cache?: CrossRunCache;
  readonly now: Date;
}

export interface DbRestore {
  /** Key that matched (today's or, by prefix, an older day's); undefined on a miss. */
  readonly matchedKey?: string;
  /** Age of the newest file in the DB directory, when there is one: for the summary. */
  readonly ageMs?: number;
  readonly warning?: string;
}

function prefix(opts: Pick<DbCacheOptions, 'scanner' | 'os'>): string {
  return `scan-gate-db-${opts.scanner}-${opts.os}-`;
}

/** `scan-gate-db-<scanner>-<os>-<yyyy-mm-dd>`: one entry per day, since cache entries cannot be overwritten. */
export function dbCacheKey(opts: Pick<DbCacheOptions, 'scanner' | 'os' | 'now'>): string {
  return `${prefix(opts)}${opts.now.toISOString().slice(0, 10)}`;
}

/** Newest mtime under `dir` (bounded walk); undefined for an empty or missing directory. */
export function newestMtime(dir: string, budget = 10_000): number | undefined {
  if (!existsSync(dir)) return undefined;
  let newest: number | undefined;
  const stack = [dir];
  while (stack.length > 0 && budget-- > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) newest = Math.max(newest ?? 0, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** Restores the newest DB for this scanner/OS (today's key, else by prefix); never throws. */
export async function restoreDbCache(opts: DbCacheOptions): Promise<DbRestore> {
  const restored = await restoreSafely({
    cache: opts.cache,
    paths: [opts.dir],
    key: dbCacheKey(opts),
    restoreKeys: [prefix(opts)],
    what: `the ${opts.scanner} database`,
  });
  const mtime = newestMtime(opts.dir);
  const ageMs = mtime === undefined ? undefined : Math.max(0, opts.now.getTime() - mtime);
  return { matchedKey: restored.matchedKey, ageMs, warning: restored.warning };
}

/**
 * Saves today's DB unless today's key was the one restored (keys are immutable). Never throws, so it
 * belongs in a `finally`: the DB is kept even when the gate fails. Returns a warning, if any.
 */
export async function saveDbCache(
  opts: DbCacheOptions & { readonly restoredKey?: string },
): Promise<string | undefined> {
  const key = dbCacheKey(opts);
  if (opts.restoredKey === key || newestMtime(opts.dir) === undefined) return undefined;
  try {
    return await saveSafely({ cache: opts.cache, paths: [opts.dir], key, what: `the ${opts.scanner} database` });
  } catch (error) {
    return `Could not save the ${opts.scanner} database cache: ${(error as Error).message}`;
  }
}

import type { CrossRunCache } from './install-io.js';

/** Restore outcome; a missing or failing cache service is a warning, never an error. */
export interface RestoreOutcome {
  readonly matchedKey?: string;
  readonly warning?: string;
  /** False when the service is absent or failed, so the caller skips the save too. */
  readonly usable: boolean;
}

export async function restoreSafely(opts: {
  cache: CrossRunCache | undefined;
  paths: string[];
  key: string;
  restoreKeys?: string[];
  what: string;
}): Promise<RestoreOutcome> {
  if (!opts.cache) return { usable: false };
  if (!opts.cache.available()) {
    return {
      usable: false,
      warning: `No cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL unset): ${opts.what} is not cached across runs.`,
    };
  }
  try {
    const matchedKey = await opts.cache.restore(opts.paths, opts.key, opts.restoreKeys);
    return { usable: true, matchedKey };
  } catch (error) {
    return {
      usable: false,
      warning: `Cache restore for ${opts.what} failed, continuing without it: ${(error as Error).message}`,
    };
  }
}

/** Saves and turns any refusal (read-only token on untrusted triggers, key taken, service down) into a warning. */
export async function saveSafely(opts: {
  cache: CrossRunCache | undefined;
  paths: string[];
  key: string;
  what: string;
}): Promise<string | undefined> {
  if (!opts.cache?.available()) return undefined;
  try {
    await opts.cache.save(opts.paths, opts.key);
    return undefined;
  } catch (error) {
    return `Cache save for ${opts.what} failed (the next run downloads again): ${(error as Error).message}`;
  }
}

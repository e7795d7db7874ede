import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CrossRunCache } from '../install/install-io.js';
import { describeJsonError } from '../text/json-error.js';
import { type BaselineKey, type BaselineStore, checkedBaseline } from './baseline.js';
import type { Baseline } from './types.js';

function prefix(key: BaselineKey): string {
  return `scan-gate-baseline-${key.instance}-${key.branch.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
}

/**
 * Baselines in @actions/cache. Entries are immutable, so each save gets a new key (run id) and a
 * restore takes the newest by prefix. The directory must be the same path on every run.
 */
export function cacheBaselineStore(opts: {
  cache: CrossRunCache;
  dir: string;
  runId: string;
  warn: (message: string) => void;
}): BaselineStore {
  const file = path.join(opts.dir, 'baseline.json');
  return {
    async restore(key) {
      if (!opts.cache.available()) return undefined;
      rmSync(opts.dir, { recursive: true, force: true });
      const hit = await opts.cache.restore([opts.dir], `${prefix(key)}${opts.runId}`, [prefix(key)]);
      if (!hit) return undefined;
      try {
        const baseline = checkedBaseline(JSON.parse(readFileSync(file, 'utf8')));
        if (baseline) return baseline;
        opts.warn(`The restored findings baseline (${hit}) has an unexpected shape; ignoring it.`);
      } catch (error) {
        opts.warn(
          `The restored findings baseline (${hit}) could not be read: ${error instanceof SyntaxError ? describeJsonError(error) : (error as Error).message}`,
        );
      }
      return undefined;
    },
    async save(key, baseline: Baseline) {
      if (!opts.cache.available()) return;
      mkdirSync(opts.dir, { recursive: true });
      writeFileSync(file, JSON.stringify(baseline));
      await opts.cache.save([opts.dir], `${prefix(key)}${opts.runId}`);
    },
  };
}

/** A baseline kept in a local file (CLI `--baseline`, tests). */
export function fileBaselineStore(file: string): BaselineStore {
  return {
    async restore() {
      try {
        return checkedBaseline(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        return undefined;
      }
    },
    async save(_key, baseline) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(baseline, null, 2));
    },
  };
}

import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbCacheKey, restoreDbCache, saveDbCache } from '../../src/install/db-cache.js';
import { directoryCache, tempDir } from './fakes.js';

const DAY = 24 * 3600 * 1000;

function fillDb(dir: string, content: string, mtime: Date) {
  mkdirSync(path.join(dir, 'db'), { recursive: true });
  const file = path.join(dir, 'db', 'trivy.db');
  writeFileSync(file, content);
  utimesSync(file, mtime, mtime);
}

describe('vulnerability DB cache', () => {
  it('uses a dated key', () => {
    expect(dbCacheKey({ scanner: 'trivy', os: 'linux', now: new Date('2026-11-22T23:00:00Z') })).toBe(
      'scan-gate-db-trivy-linux-2026-11-22',
    );
  });

  it('saves today, restores an older day by prefix, and reports the DB age from file mtimes', async () => {
    const root = tempDir();
    const cache = directoryCache(path.join(root, 'store'));
    const dir = path.join(root, 'trivy-cache');
    const monday = new Date('2026-11-16T06:00:00Z');
    fillDb(dir, 'monday', monday);
    expect(await saveDbCache({ scanner: 'trivy', dir, os: 'linux', cache, now: monday })).toBeUndefined();
    expect(cache.saved).toEqual(['scan-gate-db-trivy-linux-2026-11-16']);

    rmSync(dir, { recursive: true });
    const thursday = new Date(monday.getTime() + 3 * DAY);
    const restored = await restoreDbCache({ scanner: 'trivy', dir, os: 'linux', cache, now: thursday });
    expect(restored.matchedKey).toBe('scan-gate-db-trivy-linux-2026-11-16');
    expect(readFileSync(path.join(dir, 'db', 'trivy.db'), 'utf8')).toBe('monday');
    expect(restored.ageMs).toBe(3 * DAY);
  });

  it('does not try to overwrite the key it restored, and skips an empty DB', async () => {
    const root = tempDir();
    const cache = directoryCache(path.join(root, 'store'));
    const dir = path.join(root, 'db');
    const now = new Date('2026-11-22T06:00:00Z');
    expect(await saveDbCache({ scanner: 'grype', dir, os: 'linux', cache, now })).toBeUndefined();
    fillDb(dir, 'x', now);
    await saveDbCache({ scanner: 'grype', dir, os: 'linux', cache, now });
    const again = await saveDbCache({
      scanner: 'grype',
      dir,
      os: 'linux',
      cache,
      now,
      restoredKey: dbCacheKey({ scanner: 'grype', os: 'linux', now }),
    });
    expect(again).toBeUndefined();
    expect(cache.saved).toHaveLength(1);
  });

  it('turns a missing or failing cache service into warnings (safe in a finally)', async () => {
    const dir = tempDir();
    fillDb(dir, 'x', new Date());
    const now = new Date();
    const none = { available: () => false, restore: async () => undefined, save: async () => {} };
    expect((await restoreDbCache({ scanner: 'trivy', dir, os: 'linux', cache: none, now })).warning).toMatch(
      /No cache service/,
    );
    const refusing = {
      available: () => true,
      restore: async () => undefined,
      save: async () => {
        throw new Error('cache write denied: read-only token');
      },
    };
    await expect(saveDbCache({ scanner: 'trivy', dir, os: 'linux', cache: refusing, now })).resolves.toMatch(
      /read-only token/,
    );
    expect(await restoreDbCache({ scanner: 'trivy', dir, os: 'linux', now })).toMatchObject({ matchedKey: undefined });
  });
});

import { describe, expect, it } from 'vitest';
import { migrationNotes } from '../../src/pipeline/migration-notes.js';
import type { Verdict } from '../../src/policy/types.js';

const verdict = (fingerprintMigration?: Verdict['fingerprintMigration']) => ({ fingerprintMigration }) as Verdict;

describe('notices for 0.1.x fingerprints still in use', () => {
  it('none when nothing matched the old way', () => {
    expect(migrationNotes(verdict())).toEqual([]);
  });

  it('one for the baseline (with the count) and one per ignore (with the replacement)', () => {
    const notes = migrationNotes(
      verdict({ baseline: 3, ignores: [{ source: '.github/scan-gate.yml:7', id: 'ab12', fingerprint: 'cd34' }] }),
    );
    expect(notes).toEqual([
      expect.stringMatching(
        /^3 baseline entries matched by a fingerprint from scan-gate 0\.1 .*next saved baseline uses the new fingerprints/,
      ),
      'Ignore `ab12` (.github/scan-gate.yml:7) uses a fingerprint from scan-gate 0.1 and matches one finding only; replace it with `cd34`.',
    ]);
  });
});

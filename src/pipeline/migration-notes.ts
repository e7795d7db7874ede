import type { Verdict } from '../policy/types.js';

/** One notice per kind of 0.1.x fingerprint still in use: they match once (first occurrence) until updated. */
export function migrationNotes(verdict: Verdict): string[] {
  const m = verdict.fingerprintMigration;
  if (!m) return [];
  const notes: string[] = [];
  if (m.baseline > 0) {
    notes.push(
      `${m.baseline} baseline entr${m.baseline === 1 ? 'y' : 'ies'} matched by a fingerprint from scan-gate 0.1 (each matches its first occurrence only); the next saved baseline uses the new fingerprints (see REPORT_SCHEMA.md "Fingerprints").`,
    );
  }
  for (const i of m.ignores) {
    notes.push(
      `Ignore \`${i.id}\` (${i.source}) uses a fingerprint from scan-gate 0.1 and matches one finding only; replace it with \`${i.fingerprint}\`.`,
    );
  }
  return notes;
}

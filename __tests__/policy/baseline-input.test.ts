import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaselineReport } from '../../src/cli/baseline-report.js';
import { toOcsfRecords } from '../../src/forward/ocsf.js';
import { buildBaseline, checkedBaseline } from '../../src/policy/baseline.js';
import { fileBaselineStore } from '../../src/policy/baseline-cache.js';
import type { ScannerRun } from '../../src/policy/types.js';
import { ocsfValidator } from '../forward/ocsf-schema.js';
import { IMAGE, NOW, realFindings, reportFor } from '../forward/real-findings.js';

/** Baselines come from outside (a restored Actions cache, an earlier report.json): each field is checked. */
describe('a baseline read from outside', () => {
  const createdAt = '2026-11-01T00:00:00.000Z';

  it('a first-seen that is no date counts from the baseline; wrong types, unknown scanners and categories go', () => {
    const b = checkedBaseline({
      version: 1,
      createdAt,
      entries: {
        a: {
          firstSeen: 'yesterday',
          ruleId: { toString: 1 },
          path: 7,
          severity: 'high',
          scanner: 'evil',
          category: 'x',
        },
        b: { firstSeen: '2026-10-01T00:00:00Z', ruleId: 'CVE-1', scanner: 'trivy', category: 'vulnerability' },
        c: 'not an entry',
      },
      resolved: [
        { fingerprint: 'r1', firstSeen: 'soon', fixedAt: createdAt },
        { fingerprint: 'r2', firstSeen: createdAt, fixedAt: createdAt, severity: { high: 1 } },
      ],
      sha: { not: 'a sha' },
      extra: 'not carried',
    });
    expect(b?.entries).toEqual({
      a: { firstSeen: createdAt, severity: 'high' },
      b: { firstSeen: '2026-10-01T00:00:00Z', ruleId: 'CVE-1', scanner: 'trivy', category: 'vulnerability' },
    });
    expect(b?.resolved).toEqual([{ fingerprint: 'r2', firstSeen: createdAt, fixedAt: createdAt }]);
    expect(b?.sha).toBeUndefined();
    expect(Object.keys(b ?? {}).sort()).toEqual(['createdAt', 'entries', 'ref', 'resolved', 'sha', 'version']);
  });

  it('dates are ISO 8601 date-times naming a real day, as alert timestamps are (not what Date.parse accepts)', () => {
    // Date.parse reads "1" as 2001 and rolls 2024-02-31 over into March: neither may start an SLA clock.
    const b = checkedBaseline({
      version: 1,
      createdAt,
      entries: {
        a: { firstSeen: '1' },
        b: { firstSeen: '2024-02-31T00:00:00Z' },
        c: { firstSeen: '2024-02-29T10:00:00Z' },
      },
    });
    expect(b?.entries).toEqual({
      a: { firstSeen: createdAt },
      b: { firstSeen: createdAt },
      c: { firstSeen: '2024-02-29T10:00:00Z' },
    });
    expect(checkedBaseline({ version: 1, createdAt: '1', entries: {} })).toBeUndefined();
  });

  it('a fingerprint key `__proto__` stays an entry of its own (data, not the prototype)', () => {
    const b = checkedBaseline(
      JSON.parse(`{"version":1,"createdAt":"${createdAt}","entries":{"__proto__":{"firstSeen":"${createdAt}"}}}`),
    );
    expect(Object.getPrototypeOf(b?.entries)).toBe(Object.prototype);
    expect(Object.hasOwn(b?.entries ?? {}, '__proto__')).toBe(true);
  });

  it('is not a baseline without a version 1, a readable createdAt and entries', () => {
    for (const v of [null, 'x', { version: 2, createdAt, entries: {} }, { version: 1, createdAt: 'then', entries: {} }])
      expect(checkedBaseline(v)).toBeUndefined();
  });

  it('a baseline file (the CLI store) is checked the same way', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'baseline-input-')), 'baseline.json');
    writeFileSync(file, JSON.stringify({ version: 1, createdAt, entries: { a: { firstSeen: 'yesterday' } } }));
    expect((await fileBaselineStore(file).restore({ instance: 'default', branch: 'main' }))?.entries).toEqual({
      a: { firstSeen: createdAt },
    });
  });

  it('--baseline report.json with unreadable dates: the OCSF records of this run still validate', () => {
    const findings = realFindings();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'baseline-input-')), 'old-report.json');
    // The first finding is gone this run (a Close record), the others are still here.
    const old = findings.map((f) => ({ ...f, firstSeen: 'yesterday' }));
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, tool: { name: 'scan-gate' }, generatedAt: 'someday', findings: old }),
    );
    const baseline = readBaselineReport(file);
    expect(Object.values(baseline.entries).map((e) => e.firstSeen)).toEqual(
      findings.map(() => new Date(0).toISOString()),
    );
    const records = toOcsfRecords(reportFor(findings.slice(1), baseline), { images: [IMAGE], now: NOW });
    const validator = ocsfValidator();
    expect(records.filter((r) => r.activity_id === 3)).toHaveLength(1);
    for (const r of records) expect(validator.check(r)).toEqual([]);
  });

  it("--baseline report.json keeps each finding's scanner: a fixed finding counts when its own scanner completed", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'baseline-input-')), 'old-report.json');
    const finding = (fingerprint: string, scanner: string, category: string) => ({
      fingerprint,
      ruleId: 'CVE-2024-0001',
      severity: 'high',
      scanner,
      category,
      firstSeen: '2026-11-01T00:00:00.000Z',
      location: { path: 'package-lock.json' },
    });
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        tool: { name: 'scan-gate' },
        generatedAt: '2026-11-02T00:00:00.000Z',
        findings: [finding('fp-trivy', 'trivy', 'vulnerability'), finding('fp-odd', 'not-a-scanner', 'nonsense')],
      }),
    );
    const previous = readBaselineReport(file);
    expect(previous.entries['fp-trivy']).toMatchObject({ scanner: 'trivy', category: 'vulnerability' });
    expect(previous.entries['fp-odd']).not.toHaveProperty('scanner');
    expect(previous.entries['fp-odd']).not.toHaveProperty('category');
    // Both are gone now; trivy completed and gitleaks broke. Only trivy's finding can be called fixed.
    const next = buildBaseline({
      findings: [],
      previous,
      now: new Date('2026-11-03T00:00:00.000Z'),
      runs: [
        { id: 'trivy', status: 'ok' },
        { id: 'gitleaks', status: 'error' },
      ] as unknown as ScannerRun[],
    });
    expect((next.resolved ?? []).map((r) => r.fingerprint)).toEqual(['fp-trivy']);
    expect(Object.keys(next.entries)).toEqual(['fp-odd']);
  });
});

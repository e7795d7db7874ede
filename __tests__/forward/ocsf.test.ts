import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forwardFindings, OCSF_FILE } from '../../src/forward/forward-findings.js';
import { OCSF_VERSION, toOcsfRecords } from '../../src/forward/ocsf.js';
import { ocsfValidator } from './ocsf-schema.js';
import { baselineOf, IMAGE, NOW, RECORDED_SECRET, realFindings, reportFor } from './real-findings.js';

const validator = ocsfValidator();

/** `ocsf: true` alone, the real findings, into `dir`. */
const writeOcsf = (dir: string) =>
  forwardFindings({
    report: reportFor(realFindings()),
    forward: { securityHub: false, ocsf: true, failure: 'warn' },
    outputDir: dir,
    images: [IMAGE],
    now: NOW,
  });

describe('OCSF export (findings.ocsf.json)', () => {
  it('states the OCSF version the bundled JSON Schema was built for', () => {
    expect(OCSF_VERSION).toBe(validator.version);
  });

  it('every record of real findings validates: Vulnerability Finding (2002) and Detection Finding (2004)', () => {
    const findings = realFindings();
    const [gone, ...rest] = findings;
    const records = toOcsfRecords(reportFor(rest, baselineOf(findings)), { images: [IMAGE], now: NOW });
    expect(records).toHaveLength(findings.length);
    for (const r of records) expect(validator.check(r)).toEqual([]);
    const classes = new Set(records.map((r) => r.class_uid));
    expect(classes).toEqual(new Set([2002, 2004]));
    const closed = records.filter((r) => r.activity_id === 3);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({
      status_id: 4,
      status: 'Resolved',
      type_uid: Number(closed[0]?.class_uid) * 100 + 3,
    });
    expect(JSON.stringify(closed[0])).toContain(gone?.fingerprint);
    const vuln = records.find((r) => r.class_uid === 2002 && JSON.stringify(r).includes('"cve"'));
    expect(vuln?.vulnerabilities).toEqual([expect.objectContaining({ cve: { uid: expect.stringMatching(/^CVE-/) } })]);
    expect(JSON.stringify(records)).not.toContain(RECORDED_SECRET);
  });

  it('fail closed: no Close record for findings of a scanner that broke', () => {
    const findings = realFindings();
    const rest = findings.filter((f) => f.scanner !== 'gitleaks');
    const records = toOcsfRecords(reportFor(rest, baselineOf(findings), ['gitleaks']), { images: [IMAGE], now: NOW });
    expect(records.filter((r) => r.activity_id === 3)).toEqual([]);
  });

  it('the validator rejects a record missing what the class requires (it can fail)', () => {
    const [record] = toOcsfRecords(reportFor(realFindings()), { images: [], now: NOW });
    const { finding_info: _f, ...broken } = record as Record<string, unknown>;
    expect(validator.check(broken).join('\n')).toMatch(/must have required property 'finding_info'/);
    expect(validator.check({ ...record, severity_id: 9 }).join('\n')).toMatch(
      /severity_id must be equal to one of the allowed values/,
    );
  });

  it('ocsf: true writes findings.ocsf.json beside report.json and says so in the forwarding record', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ocsf-'));
    const out = await writeOcsf(dir);
    const written = JSON.parse(readFileSync(path.join(dir, OCSF_FILE), 'utf8')) as Record<string, unknown>[];
    expect(written).toHaveLength(realFindings().length);
    expect(out.record.ocsf).toEqual({ file: OCSF_FILE, version: '1.8.0', records: written.length });
    expect(out.warnings).toEqual([]);
    // Streamed in batches, the file holds exactly the records (compact JSON, one newline at the end).
    const records = toOcsfRecords(reportFor(realFindings()), { images: [IMAGE], now: NOW });
    expect(readFileSync(path.join(dir, OCSF_FILE), 'utf8')).toBe(`${JSON.stringify(records)}\n`);
  });

  it('the file is the text of the records without undefined members, Close records included', async () => {
    // The file is serialised from records that still hold undefined members (JSON.stringify drops them):
    // byte for byte what the copies without them, which tests and validators read, serialise to.
    const findings = realFindings();
    const [, ...rest] = findings;
    const report = reportFor(rest, baselineOf(findings));
    const dir = mkdtempSync(path.join(tmpdir(), 'ocsf-'));
    await forwardFindings({
      report,
      forward: { securityHub: false, ocsf: true, failure: 'warn' },
      outputDir: dir,
      images: [IMAGE],
      now: NOW,
    });
    const records = toOcsfRecords(report, { images: [IMAGE], now: NOW });
    expect(records.filter((r) => r.activity_id === 3)).toHaveLength(1);
    expect(JSON.stringify(records)).not.toMatch(/:null[,}]/);
    expect(readFileSync(path.join(dir, OCSF_FILE), 'utf8')).toBe(`${JSON.stringify(records)}\n`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a file that cannot be written is a warning naming it: forwarding goes on and nothing throws', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ocsf-'));
    // A folder where the file should go: the write fails (EISDIR), as on a full disk or an unwritable folder.
    mkdirSync(path.join(dir, OCSF_FILE));
    const out = await writeOcsf(dir);
    expect(out.failed).toBe(true);
    expect(out.warnings).toEqual([expect.stringMatching(/^OCSF file findings\.ocsf\.json not written: .*EISDIR/)]);
    expect(out.record.ocsf).toEqual({ file: OCSF_FILE, error: out.warnings[0] });
  });

  it.runIf(existsSync('/dev/full'))('a full disk: a warning, and no half-written file left behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ocsf-'));
    // Every write to /dev/full fails with ENOSPC once the file is open.
    symlinkSync('/dev/full', path.join(dir, OCSF_FILE));
    const out = await writeOcsf(dir);
    expect(out.warnings).toEqual([expect.stringMatching(/not written: .*ENOSPC/)]);
    expect(() => lstatSync(path.join(dir, OCSF_FILE))).toThrow(/ENOENT/);
  });

  it.runIf(process.getuid?.() === 0 && existsSync('/dev/full'))(
    'a full disk where the file cannot be removed either: the warning names the write failure, the file is left empty',
    async () => {
      // Under /tmp itself: the user the test switches to must reach the folder (the tests' root is 0700).
      const dir = mkdtempSync('/tmp/scan-gate-ocsf-');
      try {
        chmodSync(dir, 0o755);
        // /dev/full fills at once; unlinking the file needs write access to root's folder, which user 65534 lacks.
        symlinkSync('/dev/full', path.join(dir, OCSF_FILE));
        process.setegid?.(65534);
        process.seteuid?.(65534);
        let out: Awaited<ReturnType<typeof forwardFindings>>;
        try {
          out = await writeOcsf(dir);
        } finally {
          process.seteuid?.(0);
          process.setegid?.(0);
        }
        expect(out.warnings).toEqual([
          expect.stringMatching(/not written: ENOSPC.*\(the empty file could not be removed: EACCES\)/),
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('a member named __proto__ (JSON data from a baseline) is kept as data, as JSON would carry it', () => {
    const findings = realFindings();
    const [gone, ...rest] = findings;
    const baseline = baselineOf(findings);
    const entries = JSON.parse(JSON.stringify(baseline.entries));
    entries[gone?.fingerprint ?? ''].path = JSON.parse('{"__proto__":"x"}');
    const records = toOcsfRecords(reportFor(rest, { ...baseline, entries }), { images: [IMAGE], now: NOW });
    const closed = records.find((r) => r.activity_id === 3) as Record<string, { scan_gate: unknown }>;
    expect(JSON.stringify(closed.unmapped?.scan_gate)).toContain('"path":{"__proto__":"x"}');
  });

  it('records are plain JSON values: no undefined member, as a JSON round trip would give them', () => {
    const findings = realFindings();
    const [, ...rest] = findings;
    const records = toOcsfRecords(reportFor(rest, baselineOf(findings)), { images: [IMAGE], now: NOW });
    for (const r of records) expect(r).toStrictEqual(JSON.parse(JSON.stringify(r)));
  });
});

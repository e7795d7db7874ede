/**
 * Scanners whose output is not what their documentation says (found by fuzzing the bundled CLI with
 * stand-in scanners): a field of another type, a log that says the scan failed while the exit code says
 * it succeeded. None of them may end in an internal error or a pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeScanner } from '../harness/fake-scanner.js';
import { REPO_ROOT } from '../harness/tools.js';

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'lying-ws-'));
  writeFileSync(path.join(ws, 'app.py'), 'import yaml\nyaml.load(open("x"))\n');
  writeFileSync(path.join(ws, 'requirements.txt'), 'pyyaml==5.3\n');
  return ws;
}

/** The bundled CLI on `ws` with one stand-in scanner; its exit code, output and report.json. */
function scan(ws: string, id: string, bin: string) {
  const out = path.join(ws, 'out');
  const r = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'scan',
      ws,
      '--scanners',
      id,
      '--versions',
      `${id}=${bin}`,
      '--output-dir',
      out,
      '--fail-on',
      'any',
    ],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
  );
  let report: { scanners?: { id: string; status: string; error?: string }[]; findings?: Record<string, unknown>[] } =
    {};
  try {
    report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  } catch {}
  return { status: r.status, output: `${r.stdout}${r.stderr}`, report };
}

const bandit = (result: Record<string, unknown>) =>
  path.join(
    fakeScanner({
      name: 'bandit',
      version: 'bandit 1.9.4',
      outFlag: '-o',
      script: `fs.writeFileSync(report, ${JSON.stringify(JSON.stringify({ errors: [], results: [result] }))}); process.exit(1);`,
    }),
    'bandit',
  );
const BANDIT_RESULT = {
  filename: 'app.py',
  test_id: 'B506',
  test_name: 'yaml_load',
  issue_severity: 'MEDIUM',
  issue_confidence: 'HIGH',
  issue_text: 'Use of unsafe yaml load.',
  line_number: 2,
  line_range: [2],
  code: '2 yaml.load(open("x"))\n',
  more_info: 'https://bandit.readthedocs.io/en/1.9.4/plugins/b506_yaml_load.html',
};

const grype = (match: Record<string, unknown>) =>
  path.join(
    fakeScanner({
      name: 'grype',
      version: 'Application: grype\nVersion: 0.104.0',
      outFlag: '--file',
      script: `fs.writeFileSync(report, ${JSON.stringify(JSON.stringify({ matches: [match] }))});`,
    }),
    'grype',
  );
const GRYPE_MATCH = {
  vulnerability: {
    id: 'CVE-2020-14343',
    severity: 'Critical',
    dataSource: 'https://nvd.nist.gov/vuln/detail/CVE-2020-14343',
    fix: { versions: ['5.4'], state: 'fixed' },
  },
  artifact: { name: 'pyyaml', version: '5.3', type: 'python', locations: [{ path: '/requirements.txt' }] },
};

describe('scanners that lie about their output', () => {
  it('trufflehog exiting 0 with an error in its log (stderr) and no result is a scanner error, not a pass', () => {
    const bin = fakeScanner({
      name: 'trufflehog',
      version: 'trufflehog 3.97.0',
      outFlag: '--json',
      // What the real 3.97.0 does when a source fails (git with a --since-commit it cannot find).
      script: `process.stderr.write(JSON.stringify({ level: 'error', logger: 'trufflehog', msg: 'encountered errors during scan', errors: ['error chunking dir: unable to resolve commit: object not found'] }) + '\\n');`,
    });
    const r = scan(workspace(), 'trufflehog', path.join(bin, 'trufflehog'));
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(
      /trufflehog logged 1 error\(s\), so the scan did not finish: "encountered errors during scan: error chunking dir: unable to resolve commit: object not found"/,
    );
    expect(r.report.scanners?.[0]).toMatchObject({ id: 'trufflehog', status: 'error' });
  });

  it('a null where bandit documents a link is an absent link; a number where it documents text is a scanner error naming it', () => {
    const ok = scan(workspace(), 'bandit', bandit({ ...BANDIT_RESULT, more_info: null }));
    expect(ok.status, ok.output).toBe(1);
    expect(ok.report.scanners?.[0]).toMatchObject({ id: 'bandit', status: 'ok' });
    expect(ok.report.findings).toEqual([expect.objectContaining({ ruleId: 'B506', severity: 'medium' })]);
    expect(ok.report.findings?.[0]).not.toHaveProperty('helpUri');
    const bad = scan(workspace(), 'bandit', bandit({ ...BANDIT_RESULT, test_name: 506 }));
    expect(bad.status, bad.output).toBe(1);
    expect(bad.output).not.toMatch(/internal error|TypeError/);
    expect(bad.report.scanners?.[0]?.error).toMatch(
      /could not be parsed: finding 1 \(B506\): `aliases\[0\]` is a number, not text/,
    );
  });

  it('a value of another type that a parser cannot read is said to be one; a report that is a folder is named', () => {
    const typed = scan(workspace(), 'bandit', bandit({ ...BANDIT_RESULT, issue_severity: 3 }));
    expect(typed.status, typed.output).toBe(1);
    expect(typed.report.scanners?.[0]?.error).toMatch(
      /^bandit printed output that could not be parsed: a value in its report has another type than the scanner documents \(.+\)/,
    );
    const folder = path.join(
      fakeScanner({
        name: 'grype',
        version: 'Application: grype\nVersion: 0.104.0',
        outFlag: '--file',
        script: 'fs.mkdirSync(report);',
      }),
      'grype',
    );
    const dir = scan(workspace(), 'grype', folder);
    expect(dir.status, dir.output).toBe(1);
    expect(dir.report.scanners?.[0]?.error).toMatch(
      /grype exited with code 0 but its report \S+ is not a regular file/,
    );
  });

  it('grype: a package version that is not text is a scanner error; a severity named like an object property is unknown', () => {
    const bad = scan(
      workspace(),
      'grype',
      grype({ ...GRYPE_MATCH, artifact: { ...GRYPE_MATCH.artifact, version: 4 } }),
    );
    expect(bad.status, bad.output).toBe(1);
    expect(bad.output).not.toMatch(/internal error|TypeError/);
    expect(bad.report.scanners?.[0]?.error).toMatch(/`package\.version` is a number, not text/);
    for (const severity of ['constructor', '__proto__', 'toString']) {
      const odd = scan(
        workspace(),
        'grype',
        grype({ ...GRYPE_MATCH, vulnerability: { ...GRYPE_MATCH.vulnerability, severity } }),
      );
      expect(odd.status, odd.output).toBe(1);
      expect(odd.report.findings).toEqual([expect.objectContaining({ ruleId: 'CVE-2020-14343', severity: 'unknown' })]);
    }
  });
});

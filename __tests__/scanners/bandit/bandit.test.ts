import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { bandit } from '../../../src/scanners/bandit/index.js';
import { nosecCovers } from '../../../src/scanners/bandit/nosec.js';
import { banditSeverity, parseBanditReport } from '../../../src/scanners/bandit/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/bandit');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };
const rows = (name: string) =>
  parseBanditReport(fixture(name), ctx).map((f) => [
    f.location.path,
    f.ruleId,
    f.severity,
    f.location.startLine,
    f.suppressed?.source,
  ]);

describe('bandit command', () => {
  it('builds -r <root> -f json -o <file> with --ignore-nosec; 0 and 1 are fine, 2 is an error', () => {
    const scan = {
      root: '/ws/src',
      workspace: '/ws',
      binary: '/usr/bin/bandit',
      workDir: '/w',
    } as unknown as ScanContext;
    const [inv, ...rest] = bandit.command(scan);
    expect(rest).toEqual([]);
    expect(inv?.argv).toEqual([
      '/usr/bin/bandit',
      '-r',
      '-f',
      'json',
      '-o',
      '/w/bandit.json',
      '-q',
      '--ignore-nosec',
      '/ws/src',
    ]);
    expect(inv?.okExitCodes).toEqual([0, 1]);
    expect(inv?.output).toEqual({ kind: 'file', path: '/w/bandit.json' });
    expect(bandit.parseVersion('bandit 1.6.2\n  python version = 3.11.2 (main)\n')).toBe('1.6.2');
  });
});

describe('parseBanditReport on real bandit JSON', () => {
  it('reads bandit 1.9.4 output (the pinned version, recorded here): severities 1:1, the nosec line suppressed', () => {
    expect(rows('bandit-1.9.4-ignore-nosec.json')).toEqual([
      ['pkg/app.py', 'B404', 'low', 1, undefined],
      ['pkg/app.py', 'B602', 'high', 6, undefined],
      ['pkg/app.py', 'B602', 'high', 7, '# nosec'],
      ['pkg/app.py', 'B506', 'medium', 8, undefined],
      ['pkg/util.py', 'B105', 'low', 5, undefined],
      ['pkg/util.py', 'B324', 'high', 6, undefined],
    ]);
    // Without --ignore-nosec, 1.9.4 still drops the suppressed result and only counts it (skipped_tests).
    const plain = JSON.parse(fixture('bandit-1.9.4-default.json'));
    expect(plain.results).toHaveLength(5);
    expect(plain.metrics._totals.skipped_tests).toBe(1);
  });

  it('reads bandit 1.6.2 output (recorded here): 8 results, severities 1:1, nosec lines marked suppressed', () => {
    expect(rows('bandit-1.6.2-ignore-nosec.json')).toEqual([
      ['pkg/app.py', 'B404', 'low', 1, undefined],
      ['pkg/app.py', 'B602', 'high', 6, undefined],
      ['pkg/app.py', 'B602', 'high', 7, '# nosec'],
      ['pkg/app.py', 'B506', 'medium', 8, undefined],
      ['pkg/app.py', 'B101', 'low', 12, undefined],
      ['pkg/sub/util.py', 'B403', 'low', 2, undefined],
      ['pkg/sub/util.py', 'B303', 'medium', 6, undefined],
      ['pkg/sub/util.py', 'B301', 'medium', 10, '# nosec'],
    ]);
    const [first] = parseBanditReport(fixture('bandit-1.6.2-ignore-nosec.json'), ctx);
    expect(first).toMatchObject({
      scanner: 'bandit',
      category: 'code',
      aliases: ['blacklist'],
      title: 'Consider possible security implications associated with subprocess module.',
      description: 'Consider possible security implications associated with subprocess module. (confidence: HIGH).',
      helpUri: 'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html#b404-import-subprocess',
      snippet: 'import subprocess',
    });
  });

  it('shows what bandit 1.6.2 does without --ignore-nosec: nosec results are gone, only counted', () => {
    const report = JSON.parse(fixture('bandit-1.6.2-default.json'));
    expect(report.metrics._totals.nosec).toBe(2);
    expect(rows('bandit-1.6.2-default.json')).toHaveLength(6);
    expect(rows('bandit-1.6.2-default.json').every((r) => r[4] === undefined)).toBe(true);
  });

  it('reads the docstring example (unwrapped JSON): one medium B301 with confidence and CWE', () => {
    const [finding, ...rest] = parseBanditReport(fixture('docstring-example-yaml-load.json'), ctx);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'B301',
      severity: 'medium',
      title: 'Use of unsafe yaml load. Allows instantiation of arbitrary objects. Consider yaml.safe_load().',
      location: { path: 'examples/yaml_load.py', startLine: 5, endLine: 5 },
      snippet: 'y = yaml.load(ystr)',
    });
    expect(finding?.description).toMatch(/\(confidence: HIGH\)\. CWE-20\.$/);
  });

  it('fingerprints by rule + path + flagged source + occurrence: stable across line moves, one per reported line', () => {
    const raw = parseBanditReport(fixture('bandit-1.6.2-ignore-nosec.json'), ctx);
    const findings = normaliseFindings(raw, '/ws');
    // 8 results; lines 6 and 7 are the same call (7 only adds "# nosec"): still two findings.
    expect(findings).toHaveLength(8);
    const moved = raw.map((f) => ({ ...f, location: { ...f.location, startLine: (f.location.startLine ?? 0) + 40 } }));
    expect(normaliseFindings(moved, '/ws').map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
    // The nosec covers line 7 only; line 6 still counts, at its own line.
    const shell = normaliseFindings(
      raw.filter((f) => f.ruleId === 'B602'),
      '/ws',
    );
    expect(shell.map((f) => [f.location.startLine, f.suppressed?.source])).toEqual([
      [6, undefined],
      [7, '# nosec'],
    ]);
  });

  it('reads nosec comments as bandit 1.7+ does: bare, with ids, with names, with a free-text reason', () => {
    expect(nosecCovers('x()  # nosec', 'B602', 'subprocess_popen_with_shell_equals_true')).toBe(true);
    expect(nosecCovers('x()  #nosec', 'B602', 'n')).toBe(true);
    expect(nosecCovers('x()  # nosec B602, B101', 'B101', 'assert_used')).toBe(true);
    expect(nosecCovers('x()  # nosec B602', 'B101', 'assert_used')).toBe(false);
    expect(nosecCovers('x()  # nosec: yaml_load', 'B506', 'yaml_load')).toBe(true);
    expect(nosecCovers('x()  # nosec - trusted input only', 'B506', 'yaml_load')).toBe(true);
    expect(nosecCovers('x()  # no security here', 'B506', 'yaml_load')).toBe(false);
    expect(nosecCovers('nosec = 1', 'B506', 'yaml_load')).toBe(false);
  });

  it('maps severities 1:1 and anything else to unknown', () => {
    expect(['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED', undefined].map(banditSeverity)).toEqual([
      'high',
      'medium',
      'low',
      'unknown',
      'unknown',
    ]);
  });

  it('throws a scanner error naming bandit on empty, garbage, truncated or wrapped output', () => {
    const full = fixture('bandit-1.6.2-ignore-nosec.json');
    // Like the formatter docstring: a long string wrapped across lines is no longer JSON.
    const wrapped = full.replace('subprocess module.', 'subprocess\n        module.');
    for (const bad of [
      '',
      '[main]\tINFO\tprofile include tests: None',
      full.slice(0, 400),
      wrapped,
      '{"errors": []}',
    ]) {
      expect(() => parseBanditReport(bad, ctx)).toThrow(ScannerError);
      expect(() => parseBanditReport(bad, ctx)).toThrow(/^bandit: /);
    }
  });
});

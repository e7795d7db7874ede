import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConfigError, ScannerError } from '../../../src/config/errors.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Policy } from '../../../src/config/types.js';
import { selectScanners } from '../../../src/scan/auto-select.js';
import { safety } from '../../../src/scanners/safety/index.js';
import { parseSafetyReport } from '../../../src/scanners/safety/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/safety');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
// The recorded run scanned /tmp/sproj.
const ctx = { root: '/tmp/sproj', workspace: '/tmp/sproj', policy: {} as Policy };

describe('safety parser (real safety 3.8.1 output)', () => {
  it('reads one finding per known vulnerability, with file, package, version and recommended versions', () => {
    const findings = parseSafetyReport(fixture('real-3.8.1-scan-detailed.json'), ctx);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toEqual({
      scanner: 'safety',
      ruleId: 'some id',
      aliases: ['some cve'],
      category: 'vulnerability',
      severity: 'unknown',
      title: 'some id in django 1.8',
      description: 'Some adivsory',
      helpUri: 'https://data.safetycli.com/v/42108/97c',
      location: { path: 'requirements.txt' },
      package: { name: 'django', version: '1.8', ecosystem: 'PyPI', fixedVersions: ['1.9', '2.1', '2.0'] },
      suppressed: undefined,
    });
    expect(findings[1]?.aliases).toEqual(['some other cve']);
  });

  it('without --detailed-output there is no CVE or severity: unknown', () => {
    const findings = parseSafetyReport(fixture('real-3.8.1-scan.json'), ctx);
    expect(findings.map((f) => [f.ruleId, f.severity, f.aliases])).toEqual([
      ['some id', 'unknown', []],
      ['some other id', 'unknown', []],
    ]);
  });

  it('maps cve_details severity (CVSS v3 base severity) to scan-gate severities', () => {
    // Derived from the real report: only the severity strings are edited, to exercise each mapping.
    const report = JSON.parse(fixture('real-3.8.1-scan-detailed.json')) as { cve_details: { severity: string }[] };
    const mapped = (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'Unknown', 'weird'] as const).map((severity) => {
      for (const d of report.cve_details) d.severity = severity;
      return parseSafetyReport(JSON.stringify(report), ctx)[0]?.severity;
    });
    expect(mapped).toEqual(['critical', 'high', 'medium', 'low', 'unknown', 'unknown']);
  });

  it('treats empty, non-JSON and foreign JSON as scanner errors, never as clean', () => {
    for (const raw of ['', 'Unable to load vulnerability database', '{"dependencies": []}', '[]']) {
      expect(() => parseSafetyReport(raw, ctx), raw).toThrow(ScannerError);
    }
  });

  it('runs safety scan with JSON on stdout, never passing the key as an argument', () => {
    const [inv] = safety.command({ root: '/repo', binary: '/v/bin/safety' } as unknown as ScanContext);
    expect(inv?.argv).toEqual(['/v/bin/safety', 'scan', '--output', 'json', '--detailed-output', '--target', '/repo']);
    expect(inv?.okExitCodes).toEqual([0, 64]);
    expect(inv?.output).toEqual({ kind: 'stdout' });
    expect(safety.parseVersion('safety, version 3.8.1\n')).toBe('3.8.1');
  });
});

describe('safety needs SAFETY_API_KEY', () => {
  const inputs = (scanners: string) => (name: string) => (name === 'scanners' ? scanners : '');
  it('choosing safety without a key is a configuration error that says how to get one', () => {
    const load = () => loadConfig({ inputs: inputs('bandit, safety'), env: { workspace: REPO_ROOT } });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /Input `scanners`: safety needs an API key, but SAFETY_API_KEY is not set.*platform\.safetycli\.com.*secrets\.SAFETY_API_KEY/,
    );
  });

  it('with a key it is accepted; auto never lists it', () => {
    const config = loadConfig({ inputs: inputs('safety'), env: { workspace: REPO_ROOT, safetyApiKeySet: true } });
    expect(config.scanners).toEqual(['safety']);
    expect(loadConfig({ inputs: inputs('auto'), env: { workspace: REPO_ROOT } }).scanners).toBe('auto');
    // A Python project with requirements and a key in the environment: auto still leaves safety out.
    const root = mkdtempSync(path.join(tmpdir(), 'safety-auto-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(path.join(root, 'requirements.txt'), 'django==1.8\n');
    writeFileSync(path.join(root, 'app.py'), 'print(1)\n');
    const auto = selectScanners({ requested: 'auto', root, sarifFiles: [], images: [] });
    expect(auto.scanners).toContain('bandit');
    expect(auto.scanners).not.toContain('safety');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { ingestSarifFiles } from '../../../src/scanners/sarif/ingest.js';
import { parseSarifLog, severityFromScore } from '../../../src/scanners/sarif/parse.js';
import { parseSarifText } from '../../../src/scanners/sarif/validate.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/sarif');
const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };

function parseFixture(name: string) {
  const log = parseSarifText(readFileSync(path.join(FIXTURES, name), 'utf8'), name);
  return parseSarifLog(log, { ...ctx, label: name });
}

describe('sarif ingestion on real SARIF from other scanners', () => {
  it('reads trivy misconfiguration SARIF: 9 results, severities from security-severity, ROOTPATH-relative paths', () => {
    const findings = parseFixture('trivy-config-terraform-misconfig.sarif');
    expect(findings).toHaveLength(9);
    expect(findings.every((f) => f.category === 'misconfiguration' && f.location.path === 'main.tf')).toBe(true);
    const bySeverity = findings.reduce<Record<string, number>>((acc, f) => {
      acc[f.severity] = (acc[f.severity] ?? 0) + 1;
      return acc;
    }, {});
    expect(bySeverity).toEqual({ high: 6, low: 2, medium: 1 });
    expect(findings.map((f) => f.ruleId)).toContain('AVD-AWS-0086');
    expect(findings.find((f) => f.ruleId === 'AVD-AWS-0090')?.location.startLine).toBe(16);
  });

  it('keeps two packages with the same CVE apart (trivy image SARIF)', () => {
    const raw = parseFixture('trivy-image-alpine-310.sarif');
    expect(raw).toHaveLength(4);
    expect(raw.every((f) => f.category === 'vulnerability' && f.severity === 'medium')).toBe(true);
    const findings = normaliseFindings(raw, '/ws');
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(4);
  });

  it('prefers security-severity over level (grype: note with 8.2 is high)', () => {
    const findings = parseFixture('grype-directory.sarif');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['CVE-1999-0001-package-1', 'high'],
      ['CVE-1999-0002-package-2', 'high'],
    ]);
  });

  it('maps level when there is no security-severity (bandit note → low) and reads osv-scanner SARIF', () => {
    expect(parseFixture('bandit-1.7.8-assert.sarif').map((f) => [f.ruleId, f.severity, f.location.startLine])).toEqual([
      ['B101', 'low', 1],
    ]);
    const osv = parseFixture('osv-scanner-with-vulns.sarif');
    expect(osv.map((f) => [f.ruleId, f.severity, f.category])).toEqual([['CVE-2021-23424', 'high', 'vulnerability']]);
    expect(parseFixture('osv-scanner-empty.sarif')).toEqual([]);
  });

  it('treats gitleaks SARIF as secrets and never keeps the snippet', () => {
    const [finding] = parseFixture('gitleaks-report-simple.sarif');
    expect(finding?.category).toBe('secret');
    expect(finding?.snippet).toBeUndefined();
    expect(JSON.stringify(normaliseFindings(parseFixture('gitleaks-report-simple.sarif'), '/ws'))).not.toContain(
      'a secret',
    );
  });

  it('refuses invalid SARIF with a configuration error naming the file', () => {
    expect(() => parseFixture('checkov-openapi-partial.sarif')).toThrow(ConfigError);
    expect(() => parseFixture('checkov-openapi-partial.sarif')).toThrow(
      /sarif-files.*checkov-openapi-partial\.sarif is not valid SARIF 2\.1\.0: \/runs\/0 must have required property 'tool'/,
    );
    expect(() => parseFixture('checkov-docs-trailing-comma.sarif.txt')).toThrow(
      /checkov-docs-trailing-comma\.sarif\.txt is not valid JSON/,
    );
    expect(() => parseSarifText('{"version":"2.0.0","runs":[]}', 'old.sarif')).toThrow(/must be one of "2\.1\.0"/);
  });

  it('refuses a non-text value in a field the parser reads as text, naming it (not an internal error)', () => {
    const log = (result: Record<string, unknown>, run: Record<string, unknown> = {}) =>
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 't', rules: [{ id: 'r1' }] } }, results: [result], ...run }],
      });
    const at = (region: Record<string, unknown>, uriBaseId?: string) => [
      { physicalLocation: { artifactLocation: { uri: 'a.py', uriBaseId }, region: { startLine: 1, ...region } } },
    ];
    const cases: [string, string, RegExp][] = [
      [
        'justification.sarif',
        log({ ruleId: 'r1', message: { text: 'm' }, suppressions: [{ kind: 'external', justification: 5 }] }),
        /\/runs\/0\/results\/0\/suppressions\/0\/justification must be string/,
      ],
      [
        'kind.sarif',
        log({ ruleId: 'r1', message: { text: 'm' }, suppressions: [{ kind: {}, status: 'accepted' }] }),
        /\/suppressions\/0\/kind must be string/,
      ],
      [
        'status.sarif',
        log({ ruleId: 'r1', message: { text: 'm' }, suppressions: [{ kind: 'external', status: 7 }] }),
        /\/suppressions\/0\/status must be string/,
      ],
      [
        'snippet.sarif',
        log({ ruleId: 'r1', message: { text: 'm' }, locations: at({ snippet: { text: 5 } }) }),
        /\/region\/snippet\/text must be string/,
      ],
      [
        'base.sarif',
        log(
          { ruleId: 'r1', message: { text: 'm' }, locations: at({}, 'SRC') },
          { originalUriBaseIds: { SRC: { uri: 5 } } },
        ),
        /\/runs\/0\/originalUriBaseIds\/SRC\/uri must be string/,
      ],
    ];
    for (const [name, text, problem] of cases) {
      expect(() => parseSarifText(text, name), name).toThrow(ConfigError);
      expect(() => parseSarifText(text, name), name).toThrow(
        new RegExp(`${name.replace('.', '\\.')} is not valid SARIF 2\\.1\\.0: `),
      );
      expect(() => parseSarifText(text, name), name).toThrow(problem);
    }
  });

  it('bands security-severity like GitHub', () => {
    expect([9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(severityFromScore)).toEqual([
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
      'unknown',
    ]);
  });

  it('honours SARIF suppressions and skips pass/absent results', () => {
    const log = parseSarifText(
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval', properties: { tags: ['security'] } }] } },
            results: [
              { ruleId: 'no-eval', level: 'error', message: { text: 'eval' }, suppressions: [{ kind: 'inSource' }] },
              { ruleId: 'no-eval', level: 'error', kind: 'pass', message: { text: 'ok' } },
              { ruleId: 'no-eval', level: 'error', baselineState: 'absent', message: { text: 'gone' } },
            ],
          },
        ],
      }),
      'eslint.sarif',
    );
    const findings = parseSarifLog(log, ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.suppressed?.source).toBe('SARIF suppression (inSource)');
  });

  it('ingests files matched by globs and reports patterns that matched nothing', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'sarif-ingest-'));
    mkdirSync(path.join(ws, 'results'));
    writeFileSync(path.join(ws, 'results', 'a.sarif'), readFileSync(path.join(FIXTURES, 'grype-directory.sarif')));
    writeFileSync(path.join(ws, 'results', 'b.sarif'), readFileSync(path.join(FIXTURES, 'bandit-1.7.8-assert.sarif')));
    const out = await ingestSarifFiles({
      globs: ['results/*.sarif', 'missing/**/*.sarif'],
      workspace: ws,
      ctx: { ...ctx, root: ws, workspace: ws },
    });
    expect(out.files.map((f) => path.basename(f))).toEqual(['a.sarif', 'b.sarif']);
    expect(out.findings).toHaveLength(3);
    expect(out.unmatched).toEqual(['missing/**/*.sarif']);
  });

  it('refuses a matched name that is not a regular file (a FIFO would block the read, and the run, forever)', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'sarif-fifo-'));
    execFileSync('mkfifo', [path.join(ws, 'fifo')]);
    symlinkSync('fifo', path.join(ws, 'results.sarif'));
    await expect(
      ingestSarifFiles({ globs: ['*.sarif'], workspace: ws, ctx: { ...ctx, root: ws, workspace: ws } }),
    ).rejects.toThrow(/`sarif-files`: results\.sarif is not a regular file/);
  }, 10_000);
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK } from '../../src/findings/finding.js';
import { buildSarifLogs, LIMITS } from '../../src/report/sarif/build.js';
import { lineHashes } from '../../src/report/sarif/line-hash.js';
import { hasTool, REAL_TOOLS } from '../harness/tools.js';
import { manyFindings, reportOf } from './build-report.js';

const VALIDATION_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
${[
  'GH1001.ProvideRequiredLocationProperties',
  'GH1002.InlineThreadFlowLocations',
  'GH1003.ProvideRequiredRegionProperties',
  'GH1004.ReviewArraysThatExceedConfigurableDefaults',
  'GH1005.LocationsMustBeRelativeUrisOrFilePaths',
  'GH1006.ProvideCheckoutPath',
  'GH1007.ProvideFullyFormattedMessageStrings',
]
  .map(
    (r) =>
      `  <Properties Key="${r}.Options"><Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" /></Properties>`,
  )
  .join('\n')}
</Properties>`;

/** Runs the SARIF Multitool with GitHub's rules on; returns the error results (the tool always exits 0). */
function multitoolErrors(file: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'multitool-'));
  writeFileSync(path.join(dir, 'github.xml'), VALIDATION_CONFIG);
  const out = path.join(dir, 'out.sarif');
  const r = spawnSync(
    REAL_TOOLS.sarifMultitool,
    [
      'validate',
      file,
      '--rule-kind',
      'Sarif;Ghas',
      '-c',
      path.join(dir, 'github.xml'),
      '-o',
      out,
      '--log',
      'ForceOverwrite',
    ],
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
  );
  if (r.status !== 0) throw new Error(`multitool failed: ${r.stdout} ${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as {
    runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[];
  };
  return log.runs
    .flatMap((run) => run.results ?? [])
    .filter((x) => x.level === 'error')
    .map((x) => `${x.ruleId}: ${x.message.text ?? x.message.arguments?.join(' ')}`);
}

/** An image target, a finding without a line, a suppressed one, a secret and hostile text. */
function edgeCaseFindings() {
  return [
    ...manyFindings(1, ['trivy'], {
      fingerprint: 'fp-image',
      location: { path: 'alpine:3.10 (alpine 3.10)' },
      package: { name: 'musl', version: '1.1.22', fixedVersions: [] },
    }),
    ...manyFindings(1, ['trivy'], {
      fingerprint: 'fp-suppressed',
      suppressed: { source: '.trivyignore', reason: 'false positive' },
    }),
    ...manyFindings(1, ['gitleaks'], {
      fingerprint: 'fp-secret',
      category: 'secret',
      ruleId: 'aws-access-token',
      title: 'AWS access token <b>[x](y)</b> @everyone',
      location: { path: 'config/dev env.yml', startLine: 3, startColumn: 7, endLine: 3 },
    }),
  ];
}

describe('SARIF written by scan-gate', () => {
  it('one run per scanner with its own category, numeric security-severity, security tags, line hashes; empty runs kept', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'sarif-ws-'));
    mkdirSync(path.join(ws, 'src/module-0'), { recursive: true });
    writeFileSync(path.join(ws, 'src/module-0/file-0.ts'), 'const a = 1;\nconst b = 2;\n');
    const report = reportOf(manyFindings(30, ['trivy', 'bandit']), { scanners: ['trivy', 'bandit', 'gitleaks'] });
    const { logs, notes } = buildSarifLogs(report, {
      readFile: (p) => {
        try {
          return readFileSync(path.join(ws, p), 'utf8');
        } catch {
          return undefined;
        }
      },
      scanners: ['trivy', 'bandit', 'gitleaks'],
    });
    expect(notes).toEqual([]);
    expect(
      logs.map((l) => [
        l.file,
        l.log.runs[0]?.automationDetails?.id,
        l.log.runs[0]?.tool.driver.name,
        l.log.runs[0]?.results?.length,
      ]),
    ).toEqual([
      ['trivy.sarif', 'scan-gate/trivy/', 'scan-gate/trivy', 15],
      ['bandit.sarif', 'scan-gate/bandit/', 'scan-gate/bandit', 15],
      ['gitleaks.sarif', 'scan-gate/gitleaks/', 'scan-gate/gitleaks', 0],
    ]);
    const rule = logs[0]?.log.runs[0]?.tool.driver.rules?.[0];
    expect(rule?.properties?.tags).toEqual(['security', 'code']);
    expect(Number(rule?.properties?.['security-severity'])).toBeGreaterThan(0);
    const first = logs[0]?.log.runs[0]?.results?.[0];
    expect(first?.partialFingerprints?.primaryLocationLineHash).toBe(lineHashes('const a = 1;\nconst b = 2;\n')[0]);
    expect(first?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('src/module-0/file-0.ts');
  });

  it('line hashes ignore spaces, tabs and CRLF, and differ when content differs', () => {
    const h = lineHashes('a = 1\nb = 2\n');
    expect(lineHashes('  a  =  1\r\n\tb = 2\r\n')).toEqual(h);
    expect(lineHashes('a = 1\nb = 3\n')[0]).not.toBe(h[0]);
    // Two lines plus the EOF line that a trailing newline opens, as GitHub counts them.
    expect(h).toHaveLength(3);
    expect(h[0]).toMatch(/^[0-9a-f]{1,16}:1$/);
  });

  // Expected values: the published test vectors of codeql-action's fingerprints (data, not code).
  it.each([
    ['', ['c129715d7a2bc9a3:1']],
    [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
    [
      ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
      [
        'e9496ae3ebfced30:1',
        'fb7c023a8b9ccb3f:1',
        'ce8ba1a563dcdaca:1',
        'e20e36e16fcb0cc8:1',
        'b3edc88f2938467e:1',
        'c8e28b0b4002a3a0:1',
        'c129715d7a2bc9a3:1',
      ],
    ],
    [
      ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
      [
        'e9496ae3ebfced30:1',
        'fb7c023a8b9ccb3f:1',
        'ce8ba1a563dcdaca:1',
        'e20e36e16fcb0cc8:1',
        'b3edc88f2938467e:1',
        'c8e28b0b4002a3a0:1',
        'c129715d7a2bc9a3:1',
      ],
    ],
  ])('line hashes match GitHub for %j', (text, expected) => {
    expect(lineHashes(text)).toEqual(expected);
  });

  it('60,000 results across 3 scanners: trimmed to 25,000 per run, least severe first, and it says so', () => {
    const report = reportOf(manyFindings(60_000, ['trivy', 'grype', 'osv-scanner', 'trivy', 'trivy']));
    const { logs, notes } = buildSarifLogs(report, {
      readFile: () => undefined,
      scanners: ['trivy', 'grype', 'osv-scanner'],
    });
    const counts = logs.map((l) => l.log.runs[0]?.results?.length);
    expect(counts).toEqual([25_000, 12_000, 12_000]);
    for (const l of logs) {
      expect(gzipSync(JSON.stringify(l.log)).length).toBeLessThan(LIMITS.gzipBytes);
      // The other per-upload limits hold by construction: one run per log, one location, two tags.
      expect(l.log.runs.length).toBeLessThanOrEqual(20);
      for (const r of l.log.runs[0]?.results ?? []) expect(r.locations?.length ?? 0).toBeLessThanOrEqual(1000);
      for (const rule of l.log.runs[0]?.tool.driver.rules ?? [])
        expect(rule.properties?.tags?.length ?? 0).toBeLessThanOrEqual(20);
    }
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^SARIF for trivy: 11000 of 36000 results left out to stay within GitHub's limits \(least severe first: /,
    );
    const kept = logs[0]?.log.runs[0]?.results ?? [];
    // trivy had 12,000 each of critical, low and unknown: every critical is kept, unknown is trimmed first.
    expect(kept.filter((r) => r.level === 'error')).toHaveLength(12_000);
    expect(notes[0]).toMatch(/11000 unknown/);
  });

  it('keeps a log under the gzip limit by trimming the least severe results', () => {
    const report = reportOf(manyFindings(4000));
    const { logs, notes } = buildSarifLogs(report, {
      readFile: () => undefined,
      scanners: ['trivy'],
      gzipLimit: 20_000,
    });
    expect(gzipSync(JSON.stringify(logs[0]?.log)).length).toBeLessThanOrEqual(20_000);
    expect(notes.join(' ')).toMatch(/left out to stay within GitHub's limits/);
    // The gzip the size check made is the one uploaded: it is exactly the text written to disk.
    expect(gunzipSync(logs[0]?.gzip ?? Buffer.alloc(0)).toString()).toBe(logs[0]?.text);
  });

  it('measures with the fast gzip level first, and at the default level only when that one does not fit', () => {
    const report = reportOf(manyFindings(400));
    const full = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] }).logs[0];
    const fast = gzipSync(full?.bytes ?? '', { level: 1 }).length;
    const best = gzipSync(full?.bytes ?? '').length;
    expect(best).toBeLessThan(fast);
    // Room for the fast level's output: nothing trimmed, and that output is what is uploaded.
    const roomy = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'], gzipLimit: fast }).logs[0];
    expect(roomy?.text).toBe(full?.text);
    expect(roomy?.gzip?.length).toBe(fast);
    // Room only for the default level's output: still nothing trimmed (the fast size alone would trim).
    const tight = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'], gzipLimit: best }).logs[0];
    expect(tight?.text).toBe(full?.text);
    expect(tight?.gzip?.length).toBe(best);
    expect(gunzipSync(tight?.gzip ?? Buffer.alloc(0)).toString()).toBe(full?.text);
  });

  it('keeps what a stable sort (blocking, then severity) puts first, in that order', () => {
    const report = reportOf(manyFindings(3000));
    const { logs } = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'], gzipLimit: 30_000 });
    const kept = (logs[0]?.log.runs[0]?.results ?? []).map((r) => r.partialFingerprints?.['scan-gate/v2']);
    const expected = [...report.verdict.findings]
      .filter((f) => f.scanner === 'trivy')
      .sort((a, b) => Number(b.blocking) - Number(a.blocking) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      .map((f) => f.fingerprint);
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(expected.length);
    expect(kept).toEqual(expected.slice(0, kept.length));
  });

  it.runIf(hasTool('sarifMultitool'))(
    'passes the SARIF Multitool with GitHub rules (zero errors), edge cases included',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sarif-valid-'));
      const findings = [...manyFindings(40, ['trivy', 'gitleaks']), ...edgeCaseFindings()];
      const report = reportOf(findings, { scanners: ['trivy', 'gitleaks', 'bandit'], instance: 'images' });
      const { logs } = buildSarifLogs(report, {
        readFile: () => 'line one\nline two\n',
        scanners: ['trivy', 'gitleaks', 'bandit'],
      });
      expect(logs.map((l) => l.log.runs[0]?.automationDetails?.id)).toEqual([
        'scan-gate/trivy/images/',
        'scan-gate/gitleaks/images/',
        'scan-gate/bandit/images/',
      ]);
      for (const l of logs) {
        const file = path.join(dir, l.file);
        writeFileSync(file, JSON.stringify(l.log, null, 2));
        expect(multitoolErrors(file), l.file).toEqual([]);
      }
      // Control: the same check does catch what GitHub rejects (no $schema, no rules, absolute URI, no region).
      const bad = path.join(dir, 'bad.sarif');
      writeFileSync(
        bad,
        JSON.stringify({
          version: '2.1.0',
          runs: [
            {
              tool: { driver: { name: 'x' } },
              results: [
                {
                  ruleId: 'r',
                  message: { text: 'm' },
                  locations: [{ physicalLocation: { artifactLocation: { uri: 'https://example.com/a.js' } } }],
                },
              ],
            },
          ],
        }),
      );
      expect(multitoolErrors(bad).length).toBeGreaterThan(0);
    },
    120_000,
  );
});

describe('SARIF result details', () => {
  const report = reportOf([...manyFindings(3, ['trivy']), ...edgeCaseFindings()], {
    scanners: ['trivy', 'gitleaks'],
  });
  const { logs } = buildSarifLogs(report, { readFile: () => 'one\ntwo\nthree\n', scanners: ['trivy', 'gitleaks'] });
  const results = logs.flatMap((l) => l.log.runs[0]?.results ?? []);
  const byFp = (fp: string) => results.find((r) => r.partialFingerprints?.['scan-gate/v2'] === fp);

  it('uses relative %SRCROOT% URIs, line 1 by default, and both fingerprints', () => {
    const image = byFp('fp-image');
    expect(image?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'alpine%3A3.10%20(alpine%203.10)',
      uriBaseId: '%SRCROOT%',
    });
    expect(image?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
    expect(image?.partialFingerprints?.primaryLocationLineHash).toBe(lineHashes('one\ntwo\nthree\n')[0]);
    expect(byFp('fp-secret')?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('config/dev%20env.yml');
  });

  it('marks ignored findings with an external suppression and its justification', () => {
    expect(byFp('fp-suppressed')?.suppressions).toEqual([
      { kind: 'external', justification: expect.stringContaining('.trivyignore') },
    ]);
    expect(byFp('fp-image')?.suppressions).toBeUndefined();
  });

  it('never carries source text for secrets (no snippets, no contextRegion)', () => {
    const text = JSON.stringify(logs.find((l) => l.scanner === 'gitleaks')?.log);
    expect(text).not.toMatch(/snippet|contextRegion/);
  });

  it('declares rules with documented numeric security-severity per severity', () => {
    const rules = logs.flatMap((l) => l.log.runs[0]?.tool.driver.rules ?? []);
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.properties?.tags?.[0]).toBe('security');
      expect(['9.5', '8.0', '5.5', '2.0', '0.0']).toContain(rule.properties?.['security-severity']);
    }
    expect(logs[0]?.log).toMatchObject({ version: '2.1.0', $schema: expect.stringMatching(/sarif/) });
  });
});

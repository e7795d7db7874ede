// Golden test: performance work must not change results. A 10,000-result SARIF workload goes through
// the bundled CLI; a digest of what it produces (fingerprints, SARIF line hashes, report.json content,
// verdict) is compared with the committed one.
// When results change on purpose (e.g. new fingerprint rules), regenerate it and commit the file:
//   npm run bundle && UPDATE_GOLDEN=1 npx vitest run __tests__/perf/golden.test.ts
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionResult, runAction } from '../harness/run-action.js';
import { writeSarifWorkload } from '../harness/sarif-workload.js';

const GOLDEN = path.join(import.meta.dirname, '..', '__fixtures__', 'golden', 'sarif-10k.json');

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

interface SarifResult {
  readonly partialFingerprints?: Record<string, string>;
}

/** report.json minus what differs between two identical runs (clock readings). */
function stableReport(text: string): Record<string, unknown> {
  const report = JSON.parse(text) as Record<string, unknown> & {
    scanners: { durationMs?: number }[];
    inputs?: Record<string, string | undefined>;
  };
  report.generatedAt = undefined;
  // A run's own folder (a fresh temporary directory), like its clock: not a result.
  if (report.inputs) report.inputs['output-dir'] = undefined;
  for (const s of report.scanners) s.durationMs = undefined;
  return JSON.parse(JSON.stringify(report));
}

function digestOf(outDir: string, run: ActionResult) {
  const report = stableReport(readFileSync(path.join(outDir, 'report.json'), 'utf8'));
  const findings = report.findings as { fingerprint: string }[];
  const sarif: Record<string, string> = {};
  const lineHashes: string[] = [];
  for (const file of readdirSync(outDir)
    .filter((f) => f.endsWith('.sarif'))
    .sort()) {
    const log = JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));
    sarif[file] = sha(log);
    for (const r of log.runs[0].results as SarifResult[])
      lineHashes.push(r.partialFingerprints?.primaryLocationLineHash ?? '');
  }
  return {
    exitCode: run.exitCode,
    verdict: report.verdict,
    totals: report.totals,
    findings: findings.length,
    fingerprints: sha(findings.map((f) => f.fingerprint)),
    lineHashes: sha(lineHashes),
    reportJson: sha(report),
    sarif,
  };
}

describe('golden: 10,000 SARIF results through the bundled CLI', () => {
  let digest: ReturnType<typeof digestOf>;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    const w = writeSarifWorkload(dir, { results: 10_000 });
    const outDir = path.join(dir, 'out');
    const run = await runAction({
      workspace: w.workspace,
      script: 'dist/cli.js',
      args: ['scan', w.workspace, '--scanners', 'sarif', '--sarif-files', w.sarifFile, '--output-dir', outDir],
      timeoutMs: 120_000,
    });
    expect(run.stderr).not.toContain('internal error');
    digest = digestOf(outDir, run);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(digest, null, 2)}\n`);
  }, 180_000);

  it('produces the committed fingerprints, line hashes, report.json content and verdict', () => {
    expect(digest.findings).toBeGreaterThan(9_000);
    expect(digest).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});

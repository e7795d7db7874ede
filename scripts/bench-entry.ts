// Measured by scripts/bench.mjs (bundled first). Modes: workload <n> <dir>, pipeline <n>, install, parallel.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSarifWorkload } from '../__tests__/harness/sarif-workload.js';
import { normaliseFindings } from '../src/findings/normalise.js';
import { buildPolicy } from '../src/policy/build-policy.js';
import { evaluatePolicy } from '../src/policy/evaluate.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderPrComment } from '../src/report/pr-comment.js';
import { buildSarifLogs } from '../src/report/sarif/build.js';
import type { RunReport } from '../src/report/types.js';
import { SCANNERS } from '../src/scanners/registry.js';
import { benchInstall, benchParallel } from './bench-tools.js';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

/** A trivy fs report with n vulnerabilities spread over lockfiles and packages, like a large monorepo. */
function trivyReport(n: number): string {
  const perTarget = 500;
  const results = [];
  for (let t = 0; t * perTarget < n; t++) {
    const vulns = [];
    for (let i = t * perTarget; i < Math.min(n, (t + 1) * perTarget); i++) {
      vulns.push({
        VulnerabilityID: `CVE-2024-${String(10000 + i)}`,
        PkgName: `pkg-${i % 2000}`,
        InstalledVersion: `1.${i % 7}.${i % 13}`,
        FixedVersion: i % 3 === 0 ? '' : `1.${(i % 7) + 1}.0`,
        Severity: SEVERITIES[i % 5],
        Title: `Prototype pollution in pkg-${i % 2000} via crafted input ${i}`,
        Description: 'A crafted payload can modify Object.prototype and lead to denial of service or code execution.',
        PrimaryURL: `https://avd.aquasec.com/nvd/cve-2024-${10000 + i}`,
        VendorIDs: [`GHSA-${(i * 7919).toString(36).padStart(4, 'x')}-abcd-efgh`],
      });
    }
    results.push({
      Target: `services/svc-${t}/package-lock.json`,
      Class: 'lang-pkgs',
      Type: 'npm',
      Vulnerabilities: vulns,
    });
  }
  return JSON.stringify({ SchemaVersion: 2, ArtifactName: '.', ArtifactType: 'filesystem', Results: results });
}

function pipeline(n: number, dir: string): void {
  const text = trivyReport(n);
  const f0 = performance.now();
  gzipSync(JSON.stringify(JSON.parse(text)));
  const floorMs = performance.now() - f0;
  const workspace = mkdtempSync(path.join(dir, 'ws-'));
  const policy = buildPolicy({ source: 'bench' });
  const t0 = performance.now();
  const stages: Record<string, number> = {};
  let mark = t0;
  const lap = (name: string) => {
    const now = performance.now();
    stages[name] = Math.round(now - mark);
    mark = now;
  };
  const raw = SCANNERS.trivy.parse(text, { root: workspace, workspace, policy });
  lap('parse');
  const findings = normaliseFindings(raw, workspace);
  lap('normalise');
  const scanners = [
    { id: 'trivy' as const, status: 'ok' as const, durationMs: 1, findings: findings.length, version: '0.75.0' },
  ];
  const verdict = evaluatePolicy({ findings, policy, mode: 'all', scanners, now: new Date() });
  lap('evaluate');
  const report: RunReport = {
    verdict,
    scanners,
    event: {
      name: 'pull_request',
      owner: 'o',
      repo: 'r',
      sha: 'a'.repeat(40),
      ref: 'refs/pull/1/merge',
      prNumber: 1,
      serverUrl: 'https://github.com',
    },
    instance: 'default',
    mode: 'all',
    policy,
    startedAt: new Date().toISOString(),
    durationMs: 1,
    warnings: [],
    toolVersion: 'bench',
  };
  const comment = renderPrComment(report);
  lap('comment');
  const summary = renderJobSummary(report);
  lap('summary');
  const sarif = buildSarifLogs(report, { readFile: () => undefined, scanners: ['trivy'] });
  let gz = 0;
  for (const entry of sarif.logs) gz += gzipSync(entry.text).length;
  lap('sarif');
  const processingMs = performance.now() - t0;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      processingMs,
      floorMs,
      peakRssMb,
      sarifGzKb: gz / 1024,
      commentChars: comment.length,
      summaryKb: summary.length / 1024,
      stages,
      findings: findings.length,
    }),
  );
}

const [mode = 'pipeline', n = '1000', dir = '/tmp'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
if (mode === 'workload') process.stdout.write(JSON.stringify(writeSarifWorkload(dir, { results: Number(n) })));
else if (mode === 'pipeline') pipeline(Number(n), dir);
else if (mode === 'install') process.stdout.write(`${await benchInstall(dir)}\n`);
else if (mode === 'parallel') process.stdout.write(`${await benchParallel()}\n`);
writeFileSync(path.join(dir, `last-${mode}`), '');

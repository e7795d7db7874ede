// Measured by scripts/bench.mjs (bundled first). Modes: workload <n> <dir>, pipeline <n>, install, parallel.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSarifWorkload } from '../__tests__/harness/sarif-workload.js';
import { buildPolicy } from '../src/config/build-policy.js';
import { normaliseFindings } from '../src/findings/normalise.js';
import { SourceFiles } from '../src/findings/source-files.js';
import { forwardFindings } from '../src/forward/forward-findings.js';
import { evaluatePolicy } from '../src/policy/evaluate.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderPrComment } from '../src/report/pr-comment.js';
import { writeReportJson } from '../src/report/report-json.js';
import { buildSarifLogs } from '../src/report/sarif/build.js';
import type { RunReport } from '../src/report/types.js';
import { parseSarifLog } from '../src/scanners/sarif/parse.js';
import { parseSarifText } from '../src/scanners/sarif/validate.js';
import { benchInstall, benchParallel } from './bench-tools.js';

/** The CLI's pipeline in-process on the bench workload, one lap per stage (the figures under the table). */
async function pipeline(n: number, dir: string): Promise<void> {
  const w = writeSarifWorkload(mkdtempSync(path.join(dir, 'stages-')), { results: n });
  const policy = buildPolicy({ source: 'bench' });
  const sources = new SourceFiles(w.workspace);
  const stages: Record<string, number> = {};
  // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let mark = cpuMs();
  const lap = (name: string) => {
    const now = cpuMs();
    stages[name] = Math.round(now - mark);
    mark = now;
  };
  const log = parseSarifText(readFileSync(path.join(w.workspace, w.sarifFile), 'utf8'), w.sarifFile);
  lap('read+validate');
  const raw = parseSarifLog(log, { root: w.workspace, workspace: w.workspace, policy, label: w.sarifFile });
  lap('parse');
  // As the CLI normalises a run with no baseline and no waiver by fingerprint: no 0.1.x fingerprints.
  const findings = normaliseFindings(raw, w.workspace, sources, { legacy: false });
  lap('normalise');
  const scanners = [{ id: 'sarif' as const, status: 'ok' as const, durationMs: 1, findings: findings.length }];
  const verdict = evaluatePolicy({ findings, policy, mode: 'all', scanners, now: new Date() });
  lap('evaluate');
  const report: RunReport = {
    verdict,
    scanners,
    event: { name: 'local', owner: 'o', repo: 'r', sha: 'a'.repeat(40), serverUrl: 'https://github.com' },
    instance: 'default',
    mode: 'all',
    policy,
    startedAt: new Date().toISOString(),
    durationMs: 1,
    warnings: [],
    toolVersion: 'bench',
  };
  writeReportJson(path.join(dir, 'report.json'), report);
  lap('report.json');
  const sarif = buildSarifLogs(report, { readFile: (p) => sources.text(p), scanners: ['sarif'] });
  lap('sarif');
  const comment = renderPrComment(report);
  lap('comment');
  const summary = renderJobSummary(report);
  lap('summary');
  // Forwarding (not in the CLI's run): findings.ocsf.json, streamed from records built on demand.
  await forwardFindings({
    report,
    forward: { securityHub: false, ocsf: true, failure: 'warn' },
    outputDir: dir,
    images: [],
    now: new Date(),
  });
  lap('ocsf file');
  // At the default level, comparable from run to run (the upload may carry the faster level's output).
  let gz = 0;
  for (const entry of sarif.logs) gz += gzipSync(entry.bytes).length;
  process.stdout.write(
    JSON.stringify({ stages, sarifGzKb: gz / 1024, commentChars: comment.length, summaryKb: summary.length / 1024 }),
  );
}

const [mode = 'pipeline', n = '1000', dir = '/tmp'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
if (mode === 'workload') process.stdout.write(JSON.stringify(writeSarifWorkload(dir, { results: Number(n) })));
else if (mode === 'pipeline') await pipeline(Number(n), dir);
else if (mode === 'install') process.stdout.write(`${await benchInstall(dir)}\n`);
else if (mode === 'parallel') process.stdout.write(`${await benchParallel()}\n`);
writeFileSync(path.join(dir, `last-${mode}`), '');

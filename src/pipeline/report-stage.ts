import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import type { GithubApi } from '../github/api.js';
import type { RunnerIO } from '../github/runner.js';
import { selectAnnotations } from '../report/annotations.js';
import { publishPrComment } from '../report/comment-publisher.js';
import { renderJobSummary } from '../report/job-summary.js';
import { renderPrComment } from '../report/pr-comment.js';
import { renderReportJson } from '../report/report-json.js';
import { buildSarifLogs } from '../report/sarif/build.js';
import { confirmSarifProcessing, uploadSarifLogs } from '../report/sarif/upload.js';
import { publishTrackingIssue } from '../report/tracking-issue.js';
import type { RunReport } from '../report/types.js';
import type { PublishedOutputs } from './outputs.js';

/** What reporting may talk to. `github` is absent locally and without a token. */
export interface ReportAdapters {
  readonly github?: GithubApi;
  /** Reads a repository file for SARIF line hashes; absent = read from the workspace. */
  readonly readFile?: (repoPath: string) => string | undefined;
}

const UPLOAD_EVENTS = ['pull_request', 'push', 'schedule', 'workflow_dispatch', 'merge_group'];
const ISSUE_EVENTS = ['schedule', 'workflow_dispatch'];

/** Every reporter is a pure renderer plus a thin publisher; reporter trouble is a warning, never the verdict. */
export async function runReportStage(opts: {
  report: RunReport;
  config: Config;
  adapters: ReportAdapters;
  runner: RunnerIO;
}): Promise<PublishedOutputs> {
  const { report, config, adapters, runner } = opts;
  const lines: string[] = [];
  const warn = (m: string) => {
    runner.warning(m);
    lines.push(`⚠️ ${m}`);
  };
  const reportPath = path.join(config.outputDir, 'report.json');
  writeFileSync(reportPath, `${JSON.stringify(renderReportJson(report), null, 2)}\n`);
  const sarif = buildSarifLogs(report, {
    readFile: adapters.readFile ?? workspaceReader(config.workspace),
    scanners: report.scanners.map((s) => s.id),
  });
  for (const entry of sarif.logs) writeFileSync(path.join(config.outputDir, entry.file), entry.text);
  for (const note of sarif.notes) lines.push(note);
  const event = report.event;
  const github = adapters.github;
  let sarifIds: string[] = [];
  const wantsUpload =
    config.uploadSarif === 'true' ||
    (config.uploadSarif === 'auto' && UPLOAD_EVENTS.includes(event.name) && !event.fromFork);
  if (github && wantsUpload) {
    const up = await uploadSarifLogs(github, {
      report,
      logs: sarif.logs,
      checkoutUri: pathToFileURL(config.workspace).href,
      pollAttempts: 0,
    });
    sarifIds = up.ids;
    for (const w of up.warnings) warn(w);
  } else if (config.uploadSarif === 'auto' && event.fromFork) {
    runner.notice('SARIF upload skipped: a fork pull request has a read-only token. Results are in the job summary.');
  }
  let commentUrl: string | undefined;
  if (github && config.comment !== 'false' && event.prNumber !== undefined) {
    const body = renderPrComment(report, { lines });
    const published = await publishPrComment(github, { report, body });
    commentUrl = published.url;
    for (const n of published.notices) runner.notice(n);
    for (const w of published.warnings) warn(w);
  }
  const wantsIssue = config.issue === 'true' || (config.issue === 'auto' && ISSUE_EVENTS.includes(event.name));
  if (github && wantsIssue) {
    const issue = await publishTrackingIssue(github, { report });
    for (const w of issue.warnings) warn(w);
  }
  // Last among the API calls: confirming processing is the least important use of the API time budget.
  if (github && sarifIds.length > 0) for (const w of await confirmSarifProcessing(github, { ids: sarifIds })) warn(w);
  if (config.summary) {
    const written = await runner.writeSummary(renderJobSummary(report, { lines }));
    if (!written) runner.info('No job summary file (GITHUB_STEP_SUMMARY) — summary not written.');
  }
  for (const a of selectAnnotations(report)) runner.annotate(a);
  return { report: reportPath, sarifDir: config.outputDir, commentUrl, sarifIds };
}

/** Files inside the workspace only, and not huge ones (line hashes are a nicety, not worth memory). */
function workspaceReader(workspace: string): (repoPath: string) => string | undefined {
  return (repoPath) => {
    const abs = path.resolve(workspace, repoPath);
    const rel = path.relative(workspace, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    try {
      return statSync(abs).size > 5 * 2 ** 20 ? undefined : readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  };
}

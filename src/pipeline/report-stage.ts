import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import { isSourceId } from '../findings/finding.js';
import { SourceFiles } from '../findings/source-files.js';
import { forwardFindings } from '../forward/forward-findings.js';
import type { GithubApi } from '../github/api.js';
import type { RunnerIO } from '../github/runner.js';
import { selectAnnotations } from '../report/annotations.js';
import { publishPrComment } from '../report/comment-publisher.js';
import { renderJobSummary } from '../report/job-summary.js';
import { renderPrComment } from '../report/pr-comment.js';
import { replaceFileWith } from '../report/replace-file.js';
import { writeReportJson } from '../report/report-json.js';
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
  /** false for a shard run: files and the job summary only; the aggregate run publishes. */
  publish?: boolean;
  /** The files normalisation already read (each source is read once per run). */
  sources?: SourceFiles;
}): Promise<PublishedOutputs> {
  const { report, config, runner } = opts;
  const publish = opts.publish !== false;
  const adapters: ReportAdapters = publish ? opts.adapters : { readFile: opts.adapters.readFile };
  const lines: string[] = [];
  const warn = (m: string) => {
    runner.warning(m);
    lines.push(`⚠️ ${m}`);
  };
  // A shard forwards nothing: the aggregate run sends the whole scan once.
  const forwarded = publish ? await forwardIfAsked(report, config) : undefined;
  for (const note of forwarded?.notes ?? []) {
    runner.info(note);
    lines.push(note);
  }
  for (const w of forwarded?.warnings ?? []) warn(w);
  const reportPath = path.join(config.outputDir, 'report.json');
  // Compact and streamed: at 100,000 findings the pretty-printed file was one 64 MB string.
  writeReportJson(reportPath, report, { forwarding: forwarded?.record });
  const sources = opts.sources ?? new SourceFiles(config.workspace);
  const sarif = buildSarifLogs(report, {
    readFile: adapters.readFile ?? ((repoPath) => sources.text(repoPath)),
    // Alert sources' findings already live on GitHub: uploading them again would duplicate alerts.
    scanners: report.scanners.map((s) => s.id).filter((id) => !isSourceId(id)),
  });
  for (const entry of sarif.logs) replaceFileWith(path.join(config.outputDir, entry.file), entry.bytes);
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
    const issue = await publishTrackingIssue(github, {
      report,
      notify: { assignees: config.issueAssignees, mentions: config.issueMentions },
    });
    for (const w of issue.warnings) warn(w);
  }
  // Last among the API calls: confirming processing is the least important use of the API time budget.
  if (github && sarifIds.length > 0) for (const w of await confirmSarifProcessing(github, { ids: sarifIds })) warn(w);
  // The terminal has no job summary: rendering one there would be thrown away.
  if (config.summary && runner.writeSummary) await writeSummary(runner, renderJobSummary(report, { lines }));
  // The terminal has no annotations either: selecting them there would be thrown away.
  if (publish && runner.annotate) for (const a of selectAnnotations(report)) runner.annotate(a);
  return {
    report: reportPath,
    sarifDir: config.outputDir,
    commentUrl,
    sarifIds,
    forwardingFailed: forwarded?.failed === true && config.forward.failure === 'fail',
  };
}

/** Security Hub / OCSF / webhook, only when one is on (the AWS SDK is loaded only for Security Hub). */
async function forwardIfAsked(report: RunReport, config: Config) {
  const f = config.forward;
  if (!f.securityHub && !f.ocsf && !f.siemWebhook) return undefined;
  return forwardFindings({ report, forward: f, outputDir: config.outputDir, images: config.images, now: new Date() });
}

async function writeSummary(runner: RunnerIO, markdown: string): Promise<void> {
  try {
    const written = await runner.writeSummary?.(markdown);
    if (!written) runner.info('No job summary file (GITHUB_STEP_SUMMARY) — summary not written.');
  } catch (error) {
    runner.warning(`Job summary not written (GITHUB_STEP_SUMMARY): ${(error as Error).message}`);
  }
}

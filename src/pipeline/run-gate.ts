import { rmSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { loadNativeIgnores, type NativeIgnoreRule } from '../config/native-ignores.js';
import type { Config } from '../config/types.js';
import { cleanFindingsText, cleanRunText } from '../findings/clean-text.js';
import { normaliseFindings } from '../findings/normalise.js';
import { SourceFiles } from '../findings/source-files.js';
import type { AlertsApi } from '../github/alerts-api.js';
import type { RunnerEvent } from '../github/event.js';
import type { RunnerIO } from '../github/runner.js';
import type { BaselineStore } from '../policy/baseline.js';
import { buildBaseline } from '../policy/baseline.js';
import { evaluatePolicy } from '../policy/evaluate.js';
import type { Baseline } from '../policy/types.js';
import { auditRecord } from '../report/audit.js';
import type { RunReport } from '../report/types.js';
import { holdFolder } from '../scan/interruption.js';
import { withShardProblems } from '../shard/merge-shards.js';
import { stripAnsi } from '../text/untrusted-text.js';
import { migrationNotes } from './migration-notes.js';
import { prepareOutputDir } from './output-dir.js';
import { gateOutputs } from './outputs.js';
import { type ReportAdapters, runReportStage } from './report-stage.js';
import { type InstallScanner, runScanStage } from './scan-stage.js';
import { type CollectedFindings, collectShardFindings, writeShardFile } from './shard-stage.js';

export interface GateAdapters {
  readonly runner: RunnerIO;
  readonly install: InstallScanner;
  /** Cross-run baseline storage (@actions/cache); absent locally. */
  readonly baselineStore?: BaselineStore;
  /** A baseline the user gave (the CLI's --baseline); used instead of the store. */
  readonly baseline?: Baseline;
  /** GitHub publishers (SARIF upload, comment, issue); absent locally or without a token. */
  readonly report: ReportAdapters;
  /** GitHub's security-data endpoints (alert sources); absent locally or without a token. */
  readonly alerts?: AlertsApi;
  readonly now: () => Date;
  /** Runs after reporting, even when the gate fails or throws (saves vulnerability DB caches). */
  readonly finish: () => Promise<void>;
}

export interface GateResult {
  readonly report: RunReport;
  readonly outputs: Record<string, string>;
  readonly exitCode: 0 | 1;
  /** The verdict stands, but forwarding failed under `forward-failure: fail`. */
  readonly forwardingFailed?: boolean;
}

/** pull_request_target runs with a write token: scanning the PR head would run untrusted code paths. */
function refuseUntrustedHead(config: Config, event: RunnerEvent): void {
  if (event.info.name !== 'pull_request_target' || config.allowUntrustedHead) return;
  if (event.payload.pull_request?.head?.sha && event.info.sha === event.payload.pull_request.head.sha) {
    throw new ConfigError(
      'Refusing to scan the pull request head on `pull_request_target`: that event runs with a write token and the head is untrusted code. ' +
        'Use `pull_request` (results from forks go to the job summary), or set `allow-untrusted-head: true` if you accept the risk.',
    );
  }
}

/** The branch whose baseline a run compares against (PR: the base branch) and may update. */
function baselineBranch(event: RunnerEvent): string | undefined {
  const base = event.payload.pull_request?.base?.ref;
  if (base) return base;
  const ref = event.info.ref ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** Pushes to the default branch and scheduled/manual runs record what exists, for `mode: new` and SLAs. */
function savesBaseline(event: RunnerEvent, branch: string | undefined): boolean {
  if (!branch) return false;
  if (['schedule', 'workflow_dispatch'].includes(event.info.name)) return true;
  return event.info.name === 'push' && (event.info.defaultBranch === undefined || branch === event.info.defaultBranch);
}

async function restoreBaseline(adapters: GateAdapters, config: Config, branch: string | undefined) {
  if (adapters.baseline) return adapters.baseline;
  if (!adapters.baselineStore || !branch) return undefined;
  try {
    return await adapters.baselineStore.restore({ instance: config.instance, branch });
  } catch (error) {
    adapters.runner.warning(`Could not restore the findings baseline: ${(error as Error).message}`);
    return undefined;
  }
}

/** loadConfig is done; this runs scan → normalise → evaluate → report → outputs. */
export async function runGate(opts: {
  config: Config;
  event: RunnerEvent;
  adapters: GateAdapters;
  toolVersion: string;
  workRoot: string;
  /** Identifies this job run (Actions: run id, attempt, job) so two steps never share an output-dir. */
  runKey?: string;
  /** Keep the scanners' raw outputs (runner debug logging); otherwise they are deleted at the end. */
  keepWorkRoot?: boolean;
}): Promise<GateResult> {
  const { config, event, adapters } = opts;
  const startedAt = adapters.now();
  let release: (() => void) | undefined;
  // Removed by removeWorkRoot below, or (the run stopped by a signal) by interruption.ts.
  const releaseWorkRoot = holdFolder(opts.workRoot, { keep: opts.keepWorkRoot });
  try {
    refuseUntrustedHead(config, event);
    release = prepareOutputDir({ dir: config.outputDir, instance: config.instance, run: opts.runKey });
    return await scanEvaluateReport(opts, startedAt);
  } finally {
    release?.();
    await adapters.finish();
    removeWorkRoot(opts, adapters.runner);
    releaseWorkRoot();
  }
}

/** Raw scanner reports can hold matched secrets in clear: they never outlive the run unless debugging. */
function removeWorkRoot(opts: { workRoot: string; keepWorkRoot?: boolean }, runner: RunnerIO): void {
  if (opts.keepWorkRoot) {
    runner.info(`Debug logging is on: the scanners' raw outputs are kept in ${opts.workRoot} (they may hold secrets).`);
    return;
  }
  try {
    rmSync(opts.workRoot, { recursive: true, force: true });
  } catch (error) {
    runner.warning(`Could not delete the scanners' raw outputs in ${opts.workRoot}: ${(error as Error).message}`);
  }
}

/**
 * Findings from this run's scanners, or (aggregate) from the shards' result folders. Its own function so
 * the raw findings (100,000 objects on a big run) are unreachable once normalised. `sources` keeps each
 * source file read once, for fingerprints here and SARIF line hashes later.
 */
async function collectFindings(
  opts: Parameters<typeof runGate>[0],
  sources: SourceFiles,
  baseline: Baseline | undefined,
): Promise<CollectedFindings> {
  const { config, event, adapters } = opts;
  const mode = config.shards;
  const eventWarnings = event.warning ? [event.warning] : [];
  if (mode.kind === 'aggregate') {
    const collected = collectShardFindings({
      config,
      patterns: mode.patterns,
      expect: mode.expect,
      sha: event.info.sha,
      toolVersion: opts.toolVersion,
    });
    for (const p of collected.problems) adapters.runner.error(`scan-gate aggregate: ${p}`);
    return { ...collected, warnings: [...eventWarnings, ...collected.warnings] };
  }
  const scan = await runScanStage({
    config,
    event: { name: event.info.name, payload: event.payload, sha: event.info.sha, ref: event.info.ref },
    install: adapters.install,
    alerts: adapters.alerts,
    notice: (m) => adapters.runner.notice(m),
    workRoot: opts.workRoot,
    log: (m) => adapters.runner.info(m),
  });
  const nativeIgnores = loadNativeIgnores(config.path);
  const legacy = mayHoldLegacyFingerprints(config, baseline, nativeIgnores);
  return {
    // The scan's raw findings are not used again: they become the findings instead of being copied.
    findings: normaliseFindings(scan.raw, config.workspace, sources, { owned: true, legacy }),
    runs: scan.runs,
    range: scan.range,
    warnings: [...eventWarnings, ...scan.warnings],
    nativeIgnores,
    problems: [],
  };
}

const FINGERPRINT = /^[0-9a-f]{64}$/i;

/**
 * Could anything this run matches findings against hold a scan-gate 0.1 fingerprint: a baseline, or a
 * waiver (policy file or native ignore file) naming a fingerprint? If not, the 0.1.x fingerprints are
 * not worked out (a SHA-256 per finding). A shard always has them: the aggregate run judges its
 * findings against the baseline.
 */
export function mayHoldLegacyFingerprints(
  config: Config,
  baseline: Baseline | undefined,
  nativeIgnores: readonly NativeIgnoreRule[],
): boolean {
  if (config.shards.kind === 'shard') return true;
  if (baseline !== undefined && Object.keys(baseline.entries).length > 0) return true;
  return [...config.policy.ignores, ...nativeIgnores].some((r) => r.id !== undefined && FINGERPRINT.test(r.id));
}

/**
 * Scanner (or shard) text is untrusted: secrets masked, colour codes and control characters stripped before
 * anything is written — shard.json included — or sent. Runs after fingerprinting, so fingerprints are unchanged.
 */
function cleanCollected(c: CollectedFindings): CollectedFindings {
  return {
    ...c,
    findings: cleanFindingsText(c.findings),
    runs: c.runs.map(cleanRunText),
    warnings: c.warnings.map(stripAnsi),
  };
}

async function scanEvaluateReport(opts: Parameters<typeof runGate>[0], startedAt: Date): Promise<GateResult> {
  const { config, event, adapters } = opts;
  const sources = new SourceFiles(config.workspace);
  const shard = config.shards.kind === 'shard' ? config.shards.name : undefined;
  const branch = baselineBranch(event);
  // Before the scan: whether a baseline exists decides whether 0.1.x fingerprints are worked out.
  const baseline: Baseline | undefined = shard ? undefined : await restoreBaseline(adapters, config, branch);
  const collected = cleanCollected(await collectFindings(opts, sources, baseline));
  const warnings = [...collected.warnings];
  if (config.mode === 'new' && !baseline && !shard) {
    const note =
      event.info.name === 'local'
        ? 'mode: new — no baseline given, so every finding counts as new. Pass --baseline <report.json of an earlier run>.'
        : `mode: new — no baseline found for ${branch ?? 'this ref'}; every finding counts. A push to the default branch or a scheduled run records one.`;
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const evaluated = evaluatePolicy({
    findings: collected.findings,
    policy: config.policy,
    mode: config.mode,
    baseline,
    scanners: collected.runs,
    nativeIgnores: collected.nativeIgnores,
    now: startedAt,
    // A shard writes its unevaluated findings to shard.json afterwards; otherwise they are not used again.
    owned: !shard,
  });
  const verdict = withShardProblems(evaluated, collected.problems);
  for (const note of migrationNotes(verdict)) {
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const report: RunReport = {
    verdict,
    scanners: collected.runs,
    event: event.info,
    range: collected.range,
    instance: config.instance,
    mode: config.mode,
    policy: config.policy,
    configFile: config.configFile,
    startedAt: startedAt.toISOString(),
    durationMs: adapters.now().getTime() - startedAt.getTime(),
    warnings,
    toolVersion: opts.toolVersion,
    audit: auditRecord(config),
  };
  if (shard) {
    writeShardFile({
      config,
      name: shard,
      event: event.info,
      collected,
      toolVersion: opts.toolVersion,
      now: startedAt,
    });
    const published = await runReportStage({
      report,
      config,
      adapters: adapters.report,
      runner: adapters.runner,
      publish: false,
      sources,
    });
    adapters.runner.info(
      `scan-gate shard "${shard}": results written to ${config.outputDir} for the aggregate job (this shard's own verdict would be ${verdict.verdict}; the aggregate decides).`,
    );
    return { report, outputs: gateOutputs(verdict, published), exitCode: verdict.scannerErrors.length > 0 ? 1 : 0 };
  }
  const published = await runReportStage({
    report,
    config,
    adapters: adapters.report,
    runner: adapters.runner,
    sources,
  });
  if (adapters.baselineStore && savesBaseline(event, branch) && branch && collected.problems.length === 0) {
    try {
      const next = buildBaseline({
        findings: verdict.findings,
        previous: baseline,
        now: startedAt,
        ref: event.info.ref,
        sha: event.info.sha,
        runs: collected.runs,
      });
      await adapters.baselineStore.save({ instance: config.instance, branch }, next);
    } catch (error) {
      adapters.runner.warning(`Could not save the findings baseline: ${(error as Error).message}`);
    }
  }
  return {
    report,
    outputs: gateOutputs(verdict, published),
    exitCode: verdict.verdict === 'pass' && !published.forwardingFailed ? 0 : 1,
    forwardingFailed: published.forwardingFailed,
  };
}

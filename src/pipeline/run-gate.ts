import { mkdirSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { loadNativeIgnores } from '../config/native-ignores.js';
import type { Config } from '../config/types.js';
import { normaliseFindings } from '../findings/normalise.js';
import { SourceFiles } from '../findings/source-files.js';
import type { RunnerEvent } from '../github/event.js';
import type { RunnerIO } from '../github/runner.js';
import type { BaselineStore } from '../policy/baseline.js';
import { buildBaseline } from '../policy/baseline.js';
import { evaluatePolicy } from '../policy/evaluate.js';
import type { Baseline } from '../policy/types.js';
import type { RunReport } from '../report/types.js';
import { gateOutputs } from './outputs.js';
import { type ReportAdapters, runReportStage } from './report-stage.js';
import { type InstallScanner, runScanStage } from './scan-stage.js';

export interface GateAdapters {
  readonly runner: RunnerIO;
  readonly install: InstallScanner;
  /** Cross-run baseline storage (@actions/cache); absent locally. */
  readonly baselineStore?: BaselineStore;
  /** GitHub publishers (SARIF upload, comment, issue); absent locally or without a token. */
  readonly report: ReportAdapters;
  readonly now: () => Date;
  /** Runs after reporting, even when the gate fails or throws (saves vulnerability DB caches). */
  readonly finish: () => Promise<void>;
}

export interface GateResult {
  readonly report: RunReport;
  readonly outputs: Record<string, string>;
  readonly exitCode: 0 | 1;
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
}): Promise<GateResult> {
  const { config, event, adapters } = opts;
  const startedAt = adapters.now();
  refuseUntrustedHead(config, event);
  mkdirSync(config.outputDir, { recursive: true });
  try {
    return await scanEvaluateReport(opts, startedAt);
  } finally {
    await adapters.finish();
  }
}

/**
 * Scan → normalise → evaluate. Its own function so the raw and normalised findings (100,000 objects
 * each on a big run) can be collected before reporting; only the evaluated ones leave it.
 */
async function scanAndEvaluate(opts: Parameters<typeof runGate>[0], startedAt: Date, sources: SourceFiles) {
  const { config, event, adapters } = opts;
  const { scan, findings } = await scanAndNormalise(opts, sources);
  const branch = baselineBranch(event);
  const baseline: Baseline | undefined = await restoreBaseline(adapters, config, branch);
  const warnings = [...(event.warning ? [event.warning] : []), ...scan.warnings];
  if (config.mode === 'new' && !baseline) {
    const note = `mode: new — no baseline found for ${branch ?? 'this ref'}; every finding counts. A push to the default branch or a scheduled run records one.`;
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const verdict = evaluatePolicy({
    findings,
    policy: config.policy,
    mode: config.mode,
    baseline,
    scanners: scan.runs,
    nativeIgnores: loadNativeIgnores(config.path),
    now: startedAt,
  });
  return { scan, branch, baseline, warnings, verdict };
}

/** Its own function so the raw findings are unreachable once normalised (they would live on across awaits). */
async function scanAndNormalise(opts: Parameters<typeof runGate>[0], sources: SourceFiles) {
  const { config, event, adapters } = opts;
  const { raw, ...scan } = await runScanStage({
    config,
    event: { name: event.info.name, payload: event.payload, sha: event.info.sha },
    install: adapters.install,
    workRoot: opts.workRoot,
    log: (m) => adapters.runner.info(m),
  });
  return { scan, findings: normaliseFindings(raw, config.workspace, sources) };
}

async function scanEvaluateReport(opts: Parameters<typeof runGate>[0], startedAt: Date): Promise<GateResult> {
  const { config, event, adapters } = opts;
  const sources = new SourceFiles(config.workspace);
  const { scan, branch, baseline, warnings, verdict } = await scanAndEvaluate(opts, startedAt, sources);
  const report: RunReport = {
    verdict,
    scanners: scan.runs,
    event: event.info,
    range: scan.range,
    instance: config.instance,
    mode: config.mode,
    policy: config.policy,
    configFile: config.configFile,
    startedAt: startedAt.toISOString(),
    durationMs: adapters.now().getTime() - startedAt.getTime(),
    warnings,
    toolVersion: opts.toolVersion,
  };
  const published = await runReportStage({
    report,
    config,
    adapters: adapters.report,
    runner: adapters.runner,
    sources,
  });
  if (adapters.baselineStore && savesBaseline(event, branch) && branch) {
    try {
      const next = buildBaseline({
        findings: verdict.findings,
        previous: baseline,
        now: startedAt,
        ref: event.info.ref,
        sha: event.info.sha,
      });
      await adapters.baselineStore.save({ instance: config.instance, branch }, next);
    } catch (error) {
      adapters.runner.warning(`Could not save the findings baseline: ${(error as Error).message}`);
    }
  }
  return { report, outputs: gateOutputs(verdict, published), exitCode: verdict.verdict === 'pass' ? 0 : 1 };
}

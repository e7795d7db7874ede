import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InstallRefusal } from '../config/errors.js';
import type { Config } from '../config/types.js';
import { appendAll } from '../findings/append.js';
import {
  isSourceId,
  type RawFinding,
  type ScannerId,
  SOURCE_IDS,
  type SourceId,
  type ToolId,
} from '../findings/finding.js';
import type { AlertsApi } from '../github/alerts-api.js';
import type { EventPayload } from '../github/event.js';
import type { InstalledTool } from '../install/types.js';
import type { ScannerRun } from '../policy/types.js';
import type { ScannedRange } from '../report/types.js';
import { selectScanners } from '../scan/auto-select.js';
import { resolveGitRange } from '../scan/git-range.js';
import { runScanners } from '../scan/run-scanners.js';
import { SCANNERS } from '../scanners/registry.js';
import { ingestSarifFiles } from '../scanners/sarif/ingest.js';
import type { GitRange, ScanContext } from '../scanners/types.js';
import { runSources } from '../sources/run-sources.js';
import { maskSecrets } from '../text/mask-secrets.js';
import { stripAnsi } from '../text/untrusted-text.js';

/** Installs one scanner (download → verify → cache, or PATH); warnings are shown, never fatal. */
export type InstallScanner = (id: ScannerId) => Promise<{
  readonly tool: InstalledTool;
  readonly warnings: readonly string[];
  readonly cacheDir: string;
  /** Age of the restored vulnerability database, when the scanner has one. */
  readonly dbAgeMs?: number;
}>;

export interface ScanStageResult {
  readonly raw: readonly RawFinding[];
  readonly runs: readonly ScannerRun[];
  readonly range?: ScannedRange;
  readonly warnings: readonly string[];
  readonly selected: readonly ScannerId[];
  readonly reasons: Readonly<Partial<Record<ScannerId, string>>>;
}

interface ScanStageOptions {
  readonly config: Config;
  readonly event: {
    readonly name: string;
    readonly payload: EventPayload;
    readonly sha: string;
    readonly ref?: string;
  };
  readonly install: InstallScanner;
  /** GitHub's security-data endpoints for the alert sources; absent without a token (local runs). */
  readonly alerts?: AlertsApi;
  readonly notice?: (message: string) => void;
  readonly workRoot: string;
  readonly log: (message: string) => void;
}

async function gitRangeFor(opts: ScanStageOptions, needed: boolean) {
  if (!needed)
    return { range: undefined as GitRange | undefined, hasHistory: false, warning: undefined as string | undefined };
  const r = await resolveGitRange({ repoDir: opts.config.workspace, event: opts.event });
  return { range: r.range, hasHistory: r.hasHistory, warning: r.warning };
}

function errorRun(id: ScannerId, message: string, started: number): ScannerRun {
  return { id, status: 'error', durationMs: Date.now() - started, error: message, findings: 0 };
}

/** select → git range → install → run (in parallel) → ingest SARIF files. Scanner trouble becomes a scanner error. */
export async function runScanStage(opts: ScanStageOptions): Promise<ScanStageResult> {
  const { config } = opts;
  const selection = selectScanners({
    requested: config.scanners,
    root: config.path,
    sarifFiles: config.sarifFiles,
    images: config.images,
  });
  const sources = sourceSelection(opts);
  const selected = [...selection.scanners.filter((id) => !isSourceId(id)), ...sources.ids];
  const reasons = { ...selection.reasons, ...sources.reasons };
  const warnings: string[] = [];
  const runs: ScannerRun[] = [];
  const git = await gitRangeFor(
    opts,
    selected.some((id) => !isSourceId(id) && SCANNERS[id].usesHistory),
  );
  if (git.warning) warnings.push(git.warning);
  // Alert sources first: a few API calls, and a source that is a configuration error fails before minutes of scanning.
  const fromSources = await runSources({
    ids: sources.ids,
    explicit: config.scanners !== 'auto',
    api: opts.alerts,
    ctx: sourceContext(opts),
    log: opts.log,
    notice: opts.notice ?? opts.log,
  });
  // All installs at once (downloads, verification, pip installs): they are independent, and a cold
  // runner otherwise waits for each in turn before the first scan starts. Results keep selection order.
  const tools = selected.filter((id): id is ToolId => id !== 'sarif' && !isSourceId(id));
  // Settled, not raced: a configuration error is raised once every other install has stopped, so none
  // goes on writing into a work folder the run is already removing.
  const settled = await Promise.allSettled(tools.map((id) => installOne(opts, id, git)));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const installs = settled.map((s) => (s as PromiseFulfilledResult<InstallOutcome>).value);
  const plans: ScanPlan[] = [];
  for (const outcome of installs) {
    if ('run' in outcome) {
      runs.push(outcome.run);
      continue;
    }
    for (const w of outcome.warnings) warnings.push(w);
    plans.push(outcome.plan);
  }
  const results = await runScanners({ plans, timeoutMs: config.scannerTimeoutMs, log: opts.log });
  const raw: RawFinding[] = [];
  for (const r of results) {
    const plan = plans.find((p) => p.plugin.id === r.id);
    const dbAgeHours = plan?.dbAgeMs === undefined ? undefined : Math.round(plan.dbAgeMs / 36e5);
    runs.push({ ...r.run, install: plan?.install, dbAgeHours });
    appendAll(raw, r.raw);
    for (const gap of r.gaps ?? []) warnings.push(`${r.id} did not analyse everything: ${gap}`);
  }
  if (selected.includes('sarif')) appendAll(raw, await ingestSarif(config, runs));
  appendAll(raw, fromSources.raw);
  for (const r of fromSources.runs) runs.push(r);
  const range = git.range
    ? { description: git.range.description, commitCount: git.range.commitCount, warning: git.warning }
    : git.warning
      ? { description: 'full history available in the clone', warning: git.warning }
      : undefined;
  return { raw, runs, range, warnings, selected, reasons };
}

type InstallOutcome = { readonly run: ScannerRun } | { readonly warnings: readonly string[]; readonly plan: ScanPlan };
type ScanPlan = Parameters<typeof runScanners>[0]['plans'][number] & {
  readonly dbAgeMs?: number;
  readonly install: string;
};

/** Installs one scanner and prepares its run; install trouble is that scanner's error, never a clean result. */
async function installOne(
  opts: ScanStageOptions,
  id: ToolId,
  git: Awaited<ReturnType<typeof gitRangeFor>>,
): Promise<InstallOutcome> {
  const { config } = opts;
  const started = Date.now();
  try {
    opts.log(`Installing ${id}…`);
    const installed = await opts.install(id);
    opts.log(`${id} ${installed.tool.version} ready (${describeInstall(installed.tool)}) in ${seconds(started)}`);
    const workDir = path.join(opts.workRoot, id);
    mkdirSync(workDir, { recursive: true });
    const ctx: ScanContext = {
      root: config.path,
      workspace: config.workspace,
      binary: installed.tool.binary,
      workDir,
      cacheDir: installed.cacheDir,
      images: config.images,
      range: git.range,
      hasGitHistory: git.hasHistory,
      policy: config.policy,
      sarifFiles: config.sarifFiles,
    };
    return {
      warnings: installed.warnings,
      plan: {
        plugin: SCANNERS[id],
        ctx,
        version: installed.tool.version,
        install: describeInstall(installed.tool),
        dbAgeMs: installed.dbAgeMs,
      },
    };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    // Install errors quote the outside world (pip's output, download URLs that may carry credentials);
    // scan-gate's own refusals (InstallRefusal: the hashes a lock allows and the one that arrived) do not.
    const text = stripAnsi((error as Error).message);
    const reason = (error instanceof InstallRefusal ? text : maskSecrets(text)).replace(/\.$/, '');
    const message = `install failed: ${reason}. ${offlineHint(id)}`;
    opts.log(`${id} ${message}`);
    return { run: errorRun(id, message, started) };
  }
}

/** Listed sources; under `auto` every source the token may read (checked when it is read). */
function sourceSelection(opts: ScanStageOptions) {
  const requested = opts.config.scanners;
  const ids: SourceId[] =
    requested === 'auto' ? (opts.alerts ? [...SOURCE_IDS] : []) : requested.filter((id) => isSourceId(id));
  const reason = requested === 'auto' ? 'auto: when the token can read it' : 'listed in `scanners`';
  return { ids, reasons: Object.fromEntries(ids.map((id) => [id, reason])) as Partial<Record<ScannerId, string>> };
}

function sourceContext(opts: ScanStageOptions) {
  const pr = opts.event.payload.pull_request;
  const base = pr?.base?.sha;
  const head = pr?.head?.sha;
  return {
    policy: opts.config.policy,
    ref: opts.event.ref,
    pullRequest: base && head ? { base, head } : undefined,
  };
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** How to proceed without downloads (air-gapped runners, no access to GitHub releases). */
function offlineHint(id: ScannerId): string {
  return (
    `Offline or behind a firewall? Use an installed ${id} with \`versions: ${id}=/path/to/${id}\` (or \`${id}=path\` for the one on PATH; ` +
    `CLI: --versions ${id}=/path/to/${id}), or a download mirror with \`tool-mirror\` (CLI: --tool-mirror <url>).`
  );
}

function describeInstall(tool: InstalledTool): string {
  const how = {
    pinned: `sha256 ${tool.sha256?.slice(0, 12)}… (pinned)`,
    'checksums-file': `sha256 ${tool.sha256?.slice(0, 12)}… (release checksums file, not pinned)`,
    path: `from PATH (${tool.binary})`,
    'pip-hash-locked': `pip, every package hash-locked (lock sha256 ${tool.sha256?.slice(0, 12)}…)`,
    none: 'nothing to install',
  }[tool.verification];
  return `${how}; ${tool.origin}`;
}

async function ingestSarif(config: Config, runs: ScannerRun[]): Promise<RawFinding[]> {
  const started = Date.now();
  const result = await ingestSarifFiles({
    globs: config.sarifFiles,
    workspace: config.workspace,
    // SARIF URIs are repository-relative (as upload-sarif reads them), whatever `path` this run scans.
    ctx: { root: config.workspace, workspace: config.workspace, policy: config.policy },
  });
  const error =
    config.sarifFiles.length === 0
      ? 'the sarif scanner was selected but `sarif-files` is empty'
      : result.unmatched.length > 0
        ? `sarif-files pattern(s) matched no file: ${result.unmatched.join(', ')} — did the step producing them fail?`
        : result.failures.length > 0
          ? result.failures.join('; ')
          : undefined;
  runs.push({
    id: 'sarif',
    status: error ? 'error' : 'ok',
    error,
    durationMs: Date.now() - started,
    findings: result.findings.length,
    note: `${result.files.length} file(s)`,
  });
  return result.findings as RawFinding[];
}

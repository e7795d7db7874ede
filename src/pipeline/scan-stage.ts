import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { Config } from '../config/types.js';
import type { RawFinding, ScannerId } from '../findings/finding.js';
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
  readonly event: { readonly name: string; readonly payload: EventPayload; readonly sha: string };
  readonly install: InstallScanner;
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
  const selected = selection.scanners;
  const warnings: string[] = [];
  const runs: ScannerRun[] = [];
  const git = await gitRangeFor(
    opts,
    selected.some((id) => SCANNERS[id].usesHistory),
  );
  if (git.warning) warnings.push(git.warning);
  const plans = [];
  // All installs at once (downloads, verification, pip installs): they are independent, and a cold
  // runner otherwise waits for each in turn before the first scan starts. Results keep selection order.
  const installs = await Promise.all(selected.filter((s) => s !== 'sarif').map((id) => installOne(opts, id, git)));
  for (const outcome of installs) {
    if ('run' in outcome) {
      runs.push(outcome.run);
      continue;
    }
    warnings.push(...outcome.warnings);
    plans.push(outcome.plan);
  }
  const results = await runScanners({ plans, timeoutMs: config.scannerTimeoutMs, log: opts.log });
  const raw: RawFinding[] = [];
  for (const r of results) {
    const plan = plans.find((p) => p.plugin.id === r.id);
    const dbAgeHours = plan?.dbAgeMs === undefined ? undefined : Math.round(plan.dbAgeMs / 36e5);
    runs.push({ ...r.run, install: plan?.install, dbAgeHours });
    for (const f of r.raw) raw.push(f);
  }
  if (selected.includes('sarif')) for (const f of await ingestSarif(config, runs)) raw.push(f);
  const range = git.range
    ? { description: git.range.description, commitCount: git.range.commitCount, warning: git.warning }
    : git.warning
      ? { description: 'full history available in the clone', warning: git.warning }
      : undefined;
  return { raw, runs, range, warnings, selected, reasons: selection.reasons };
}

type InstallOutcome = { readonly run: ScannerRun } | { readonly warnings: readonly string[]; readonly plan: ScanPlan };
type ScanPlan = Parameters<typeof runScanners>[0]['plans'][number] & {
  readonly dbAgeMs?: number;
  readonly install: string;
};

/** Installs one scanner and prepares its run; install trouble is that scanner's error, never a clean result. */
async function installOne(
  opts: ScanStageOptions,
  id: ScannerId,
  git: Awaited<ReturnType<typeof gitRangeFor>>,
): Promise<InstallOutcome> {
  const { config } = opts;
  const started = Date.now();
  try {
    const installed = await opts.install(id);
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
    return { run: errorRun(id, `install failed: ${(error as Error).message}`, started) };
  }
}

function describeInstall(tool: InstalledTool): string {
  const how = {
    pinned: `sha256 ${tool.sha256?.slice(0, 12)}… (pinned)`,
    'checksums-file': `sha256 ${tool.sha256?.slice(0, 12)}… (release checksums file, not pinned)`,
    path: `from PATH (${tool.binary})`,
    'pip-pinned': 'pip, pinned version',
    none: 'nothing to install',
  }[tool.verification];
  return `${how}; ${tool.origin}`;
}

async function ingestSarif(config: Config, runs: ScannerRun[]): Promise<readonly RawFinding[]> {
  const started = Date.now();
  const result = await ingestSarifFiles({
    globs: config.sarifFiles,
    workspace: config.workspace,
    ctx: { root: config.path, workspace: config.workspace, policy: config.policy },
  });
  const error =
    config.sarifFiles.length === 0
      ? 'the sarif scanner was selected but `sarif-files` is empty'
      : result.unmatched.length > 0
        ? `sarif-files pattern(s) matched no file: ${result.unmatched.join(', ')} — did the step producing them fail?`
        : undefined;
  runs.push({
    id: 'sarif',
    status: error ? 'error' : 'ok',
    error,
    durationMs: Date.now() - started,
    findings: result.findings.length,
    note: `${result.files.length} file(s)`,
  });
  return result.findings;
}

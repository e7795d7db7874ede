import { closeSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ScannerError } from '../config/errors.js';
import { appendAll } from '../findings/append.js';
import type { RawFinding, ScannerId } from '../findings/finding.js';
import { checkRawFindings } from '../findings/raw-check.js';
import type { ScannerRun } from '../policy/types.js';
import type { Invocation, ScanContext, ScannerPlugin } from '../scanners/types.js';
import { clipText } from '../text/clip.js';
import { describeJsonError } from '../text/json-error.js';
import { maskSecrets } from '../text/mask-secrets.js';
import { stripAnsi } from '../text/untrusted-text.js';
import { DEFAULT_OUTPUT_CAP, type ProcessResult, runProcess } from './run-process.js';

export interface ScanPlan {
  readonly plugin: ScannerPlugin;
  readonly ctx: ScanContext;
  readonly version?: string;
  readonly install?: string;
}

export interface ScannerResult {
  readonly id: ScannerId;
  readonly run: ScannerRun;
  readonly raw: RawFinding[];
  /** What the scanner said it could not analyse (see ParseContext.gaps). */
  readonly gaps?: readonly string[];
}

function tail(stderr: string): string {
  const lines = maskSecrets(stripAnsi(stderr))
    .trim()
    .split('\n')
    .slice(-20)
    .map((line) => clipText(line, 401))
    .join('\n');
  return lines ? `\n${lines}` : '';
}

class InvocationError extends Error {}

interface Limits {
  /** Time left for this invocation (the scanner's budget minus what earlier invocations used). */
  readonly timeoutMs: number;
  /** The configured scanner-timeout, for messages. */
  readonly scannerTimeoutMs: number;
  readonly outputCap: number;
}

const mb = (bytes: number) => `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;

/**
 * What the scanner said about its failure: the tail of stderr, or, when stderr is empty and the report
 * goes to a file (so stdout is not the report), the tail of stdout. trivy --quiet, for instance, prints
 * its usage text for an unknown flag on stdout and nothing on stderr.
 */
function failureText(r: ProcessResult, inv: Invocation, stdoutFile: string): string {
  if (r.stderrTail.trim() !== '' || inv.output.kind !== 'file') return r.stderrTail;
  try {
    const size = statSync(stdoutFile).size;
    const fd = openSync(stdoutFile, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, STDOUT_TAIL_BYTES));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

const STDOUT_TAIL_BYTES = 16 * 1024;

function describeFailure(r: ProcessResult, inv: Invocation, limits: Limits): string | undefined {
  const label = inv.label ? ` (${inv.label})` : '';
  if (r.spawnError) return `could not start${label}: ${r.spawnError}`;
  if (r.writeError) return `output could not be saved${label}: ${r.writeError}`;
  if (r.timedOut)
    return `timed out after ${Math.round(limits.scannerTimeoutMs / 1000)}s${label} (scanner-timeout)${tail(r.stderrTail)}`;
  if (r.outputTooLarge) return `output exceeded ${mb(limits.outputCap)}${label}; stopped`;
  if (r.signal) return `was killed by ${r.signal}${label}${tail(r.stderrTail)}`;
  if (r.exitCode === null || ![...inv.okExitCodes, ...(inv.nothingToScanExitCodes ?? [])].includes(r.exitCode)) {
    return `exited with code ${r.exitCode}${label}, which means it failed (expected ${inv.okExitCodes.join(' or ')})${tail(r.stderrTail)}`;
  }
  return undefined;
}

/** Where the scanner writes its report; relative paths are relative to the invocation's cwd. */
function reportPath(inv: Invocation): string | undefined {
  return inv.output.kind === 'file' ? path.resolve(inv.cwd ?? process.cwd(), inv.output.path) : undefined;
}

/** The report text; a report file the scanner was meant to write but did not (or left empty) is an error. */
function readReport(inv: Invocation, stdoutFile: string, result: ProcessResult, limits: Limits): string {
  // Empty stdout is passed on: the plugin knows whether its scanner prints nothing when clean.
  if (inv.output.kind === 'stdout') return readFileSync(stdoutFile, 'utf8');
  const file = reportPath(inv) as string;
  const stat = statSync(file, { throwIfNoEntry: false });
  const size = stat ? stat.size : -1;
  const code = `exited with code ${result.exitCode}`;
  if (size < 0) throw new InvocationError(`${code} but wrote no report at ${file}${tail(result.stderrTail)}`);
  if (stat && !stat.isFile())
    throw new InvocationError(`${code} but its report ${file} is not a regular file${tail(result.stderrTail)}`);
  if (size === 0) throw new InvocationError(`${code} but its report ${file} is empty${tail(result.stderrTail)}`);
  if (size > limits.outputCap) throw new InvocationError(`report exceeded ${mb(limits.outputCap)}`);
  return readFileSync(file, 'utf8');
}

async function runInvocation(
  plan: ScanPlan,
  inv: Invocation,
  at: { readonly index: number; readonly gaps: string[] },
  limits: Limits,
): Promise<RawFinding[] | 'nothing to scan'> {
  const index = at.index;
  const stdoutFile = path.join(plan.ctx.workDir, `stdout-${index}.txt`);
  // A report left by an earlier run must never pass for this run's output.
  const report = reportPath(inv);
  if (report) rmSync(report, { force: true });
  const result = await runProcess({
    invocation: inv,
    stdoutFile,
    timeoutMs: limits.timeoutMs,
    outputCap: limits.outputCap,
  });
  const failure = describeFailure({ ...result, stderrTail: failureText(result, inv, stdoutFile) }, inv, limits);
  if (failure) throw new InvocationError(failure);
  if (result.exitCode !== null && (inv.nothingToScanExitCodes ?? []).includes(result.exitCode))
    return 'nothing to scan';
  const logged = plan.plugin.logErrors?.(result.stderrTail);
  if (logged) throw new InvocationError(`${logged}${inv.label ? ` (${inv.label})` : ''}`);
  const text = readReport(inv, stdoutFile, result, limits);
  const found = parseReport(plan, inv, text, at.gaps);
  if (found.length === 0 && result.exitCode !== null && (inv.findingsExitCodes ?? []).includes(result.exitCode)) {
    const label = inv.label ? ` (${inv.label})` : '';
    throw new InvocationError(
      `exited with code ${result.exitCode}${label}, which means it found something, but its report lists no finding${tail(result.stderrTail)}`,
    );
  }
  return found;
}

function parseReport(plan: ScanPlan, inv: Invocation, text: string, gaps: string[]): RawFinding[] {
  try {
    const found = plan.plugin.parse(text, {
      root: plan.ctx.root,
      workspace: plan.ctx.workspace,
      policy: plan.ctx.policy,
      label: inv.label,
      gaps,
    });
    checkRawFindings(found);
    return found;
  } catch (error) {
    // JSON.parse quotes the output it choked on; that output may hold findings (secrets), so it is not shown.
    const said = () => clipText(maskSecrets((error as Error).message), 300);
    const why =
      error instanceof SyntaxError
        ? describeJsonError(error)
        : error instanceof ScannerError || !(error instanceof TypeError || error instanceof RangeError)
          ? said()
          : // A parser reading a value of another type than the scanner documents (a string for a list):
            // say that first, the runtime's own words after it.
            `a value in its report has another type than the scanner documents (${said()})`;
    throw new InvocationError(`printed output that could not be parsed: ${why}`);
  }
}

/** Runs each invocation in turn; `nothing` counts those that reported "nothing to scan". */
async function runAll(plan: ScanPlan, invocations: readonly Invocation[], limits: Limits, started: number) {
  const raw: RawFinding[] = [];
  const gaps: string[] = [];
  let nothing = 0;
  for (const [i, inv] of invocations.entries()) {
    // scanner-timeout bounds the whole scanner, not each of its invocations.
    const remaining = Math.max(1, started + limits.timeoutMs - Date.now());
    const found = await runInvocation(plan, inv, { index: i, gaps }, { ...limits, timeoutMs: remaining });
    if (found === 'nothing to scan') nothing++;
    else appendAll(raw, found);
  }
  return { raw, nothing, gaps };
}

/** One scanner: its invocations run one after another (they share the scanner's cache directory). */
async function runOne(plan: ScanPlan, limits: Limits, log?: (m: string) => void): Promise<ScannerResult> {
  const id = plan.plugin.id;
  const started = Date.now();
  const base = { id, version: plan.version, install: plan.install };
  try {
    const invocations = plan.plugin.command(plan.ctx);
    if (invocations.length === 0) {
      const note = 'nothing to scan';
      log?.(`${id}: skipped, ${note}`);
      return { id, raw: [], run: { ...base, status: 'skipped', durationMs: 0, findings: 0, note } };
    }
    log?.(`Running ${id}…`);
    const { raw, nothing, gaps } = await runAll(plan, invocations, limits, started);
    const durationMs = Date.now() - started;
    const note =
      nothing === 0
        ? undefined
        : nothing === invocations.length
          ? 'nothing to scan'
          : `${nothing} of ${invocations.length} invocation(s) had nothing to scan`;
    log?.(`${id}: ${raw.length} finding(s) in ${(durationMs / 1000).toFixed(1)}s`);
    const run: ScannerRun = { ...base, status: 'ok', durationMs, findings: raw.length, ...(note ? { note } : {}) };
    return { id, raw, run, ...(gaps.length > 0 ? { gaps } : {}) };
  } catch (error) {
    const message = `${id} ${(error as Error).message}`;
    log?.(`scanner error: ${message}`);
    return {
      id,
      raw: [],
      run: { ...base, status: 'error', durationMs: Date.now() - started, findings: 0, error: message },
    };
  }
}

/**
 * Runs the scanners in parallel. A scanner whose process crashes, times out, exits with an unexpected
 * code, writes no report or prints unparseable output is a scanner error (status 'error'); the others
 * still report. Each scanner's own invocations run serially, so an exclusive cache (trivy) is never shared.
 */
export async function runScanners(opts: {
  plans: readonly ScanPlan[];
  timeoutMs: number;
  log?: (message: string) => void;
  /** Largest report accepted from one invocation; default 512 MB. */
  outputCapBytes?: number;
}): Promise<ScannerResult[]> {
  const limits = {
    timeoutMs: opts.timeoutMs,
    scannerTimeoutMs: opts.timeoutMs,
    outputCap: opts.outputCapBytes ?? DEFAULT_OUTPUT_CAP,
  };
  // Plans of exclusive-cache plugins sharing a cache directory queue behind each other.
  const queues = new Map<string, Promise<unknown>>();
  return Promise.all(
    opts.plans.map((plan) => {
      if (!plan.plugin.exclusiveCache) return runOne(plan, limits, opts.log);
      const key = path.resolve(plan.ctx.cacheDir);
      const result = (queues.get(key) ?? Promise.resolve()).then(() => runOne(plan, limits, opts.log));
      queues.set(key, result);
      return result;
    }),
  );
}

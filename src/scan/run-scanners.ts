import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RawFinding, ScannerId } from '../findings/finding.js';
import type { ScannerRun } from '../policy/types.js';
import type { Invocation, ScanContext, ScannerPlugin } from '../scanners/types.js';
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
}

/** Token-like runs (long mixed letters+digits) and key=value secrets are masked in scanner stderr. */
export function maskSecrets(text: string): string {
  return text
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '***private key***')
    .replace(/\b(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])[A-Za-z0-9_\-+/=]{20,}\b/g, '***');
}

function tail(stderr: string): string {
  const lines = maskSecrets(stderr).trim().split('\n').slice(-20).join('\n');
  return lines ? `\n${lines}` : '';
}

class InvocationError extends Error {}

function describeFailure(r: ProcessResult, inv: Invocation, timeoutMs: number): string | undefined {
  const label = inv.label ? ` (${inv.label})` : '';
  if (r.spawnError) return `could not start${label}: ${r.spawnError}`;
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)}s${label} (scanner-timeout)`;
  if (r.outputTooLarge) return `output exceeded ${DEFAULT_OUTPUT_CAP / 2 ** 20} MB${label}; stopped`;
  if (r.signal) return `was killed by ${r.signal}${label}${tail(r.stderrTail)}`;
  if (r.exitCode === null || ![...inv.okExitCodes, ...(inv.nothingToScanExitCodes ?? [])].includes(r.exitCode)) {
    return `exited with code ${r.exitCode}${label}, which means it failed (expected ${inv.okExitCodes.join(' or ')})${tail(r.stderrTail)}`;
  }
  return undefined;
}

async function runInvocation(plan: ScanPlan, inv: Invocation, index: number, timeoutMs: number): Promise<RawFinding[]> {
  const stdoutFile = path.join(plan.ctx.workDir, `stdout-${index}.txt`);
  const result = await runProcess({ invocation: inv, stdoutFile, timeoutMs });
  const failure = describeFailure(result, inv, timeoutMs);
  if (failure) throw new InvocationError(failure);
  if (result.exitCode !== null && (inv.nothingToScanExitCodes ?? []).includes(result.exitCode)) return [];
  const file = inv.output.kind === 'file' ? inv.output.path : stdoutFile;
  if (!existsSync(file))
    throw new InvocationError(`exited ${result.exitCode} but wrote no report at ${file}${tail(result.stderrTail)}`);
  if (statSync(file).size > DEFAULT_OUTPUT_CAP)
    throw new InvocationError(`report larger than ${DEFAULT_OUTPUT_CAP / 2 ** 20} MB`);
  const text = readFileSync(file, 'utf8');
  try {
    return plan.plugin.parse(text, {
      root: plan.ctx.root,
      workspace: plan.ctx.workspace,
      policy: plan.ctx.policy,
      label: inv.label,
    });
  } catch (error) {
    throw new InvocationError(
      `printed output that could not be parsed: ${maskSecrets((error as Error).message).slice(0, 500)}`,
    );
  }
}

/** One scanner: its invocations run one after another (they share the scanner's cache directory). */
async function runOne(plan: ScanPlan, timeoutMs: number, log?: (m: string) => void): Promise<ScannerResult> {
  const id = plan.plugin.id;
  const started = Date.now();
  const invocations = plan.plugin.command(plan.ctx);
  const base = { id, version: plan.version, install: plan.install };
  if (invocations.length === 0) {
    return { id, raw: [], run: { ...base, status: 'skipped', durationMs: 0, findings: 0, note: 'nothing to scan' } };
  }
  const raw: RawFinding[] = [];
  try {
    for (const [i, inv] of invocations.entries()) {
      // scanner-timeout bounds the whole scanner, not each of its invocations.
      const remaining = Math.max(1, started + timeoutMs - Date.now());
      raw.push(...(await runInvocation(plan, inv, i, remaining)));
    }
  } catch (error) {
    const message = `${id} ${(error as Error).message}`;
    log?.(`scanner error: ${message}`);
    return {
      id,
      raw: [],
      run: { ...base, status: 'error', durationMs: Date.now() - started, findings: 0, error: message },
    };
  }
  log?.(`${id}: ${raw.length} finding(s) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { id, raw, run: { ...base, status: 'ok', durationMs: Date.now() - started, findings: raw.length } };
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
}): Promise<ScannerResult[]> {
  return Promise.all(opts.plans.map((plan) => runOne(plan, opts.timeoutMs, opts.log)));
}

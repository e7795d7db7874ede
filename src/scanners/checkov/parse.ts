import path from 'node:path';
import { ScannerError } from '../../config/errors.js';
import type { Category, RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import { everyEntry, isRecord, readJsonReport } from '../common/json-report.js';
import { recordGaps } from '../gaps.js';
import type { ParseContext } from '../types.js';

interface CheckovRecord {
  readonly check_id: string;
  readonly bc_check_id?: string | null;
  readonly check_name?: string;
  readonly check_result?: { readonly result?: string; readonly suppress_comment?: string };
  readonly code_block?: readonly (readonly [number, string])[] | null;
  readonly file_path?: string;
  readonly file_abs_path?: string;
  readonly file_line_range?: readonly number[] | null;
  readonly resource?: string;
  readonly severity?: string | null;
  readonly guideline?: string | null;
  readonly description?: string | null;
}

interface CheckovReport {
  readonly check_type?: string;
  readonly summary?: { readonly parsing_errors?: unknown };
  readonly results: {
    readonly failed_checks?: readonly CheckovRecord[];
    readonly skipped_checks?: readonly CheckovRecord[];
  };
}

const CHECKOV_SEVERITY: Readonly<Record<string, Severity>> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFO: 'low',
};

/**
 * Open-source runs (no platform API key) carry `severity: null`: medium by default, or the policy's
 * secret severity for the `secrets` framework. Known labels map 1:1; unrecognised ones are unknown.
 */
export function checkovSeverity(label: string | null | undefined, category: Category, ctx: ParseContext): Severity {
  if (label === null || label === undefined || label === '') {
    return category === 'secret' ? (ctx.policy.secretSeverity ?? 'high') : 'medium';
  }
  return CHECKOV_SEVERITY[label.toUpperCase()] ?? 'unknown';
}

/** Paths are the scanned directory's, with a leading slash (`/main.tf`); the absolute one may be stale. */
function repoPathOf(record: CheckovRecord, ctx: ParseContext): string {
  const abs = record.file_abs_path;
  if (abs && path.isAbsolute(abs) && abs.startsWith(`${ctx.root}${path.sep}`)) return toRepoPath(abs, ctx);
  return toRepoPath((record.file_path ?? abs ?? '').replace(/^\/+/, '') || '.', ctx);
}

function toRawFinding(record: CheckovRecord, checkType: string, ctx: ParseContext): RawFinding {
  const category: Category = checkType === 'secrets' ? 'secret' : 'misconfiguration';
  const [start, end] = record.file_line_range ?? [];
  const name = record.check_name ?? record.check_id;
  const skipped = record.check_result?.result === 'SKIPPED';
  return {
    scanner: 'checkov',
    ruleId: record.check_id,
    aliases: record.bc_check_id ? [record.bc_check_id] : [],
    category,
    severity: checkovSeverity(record.severity, category, ctx),
    title: record.resource ? `${name} (${record.resource})` : name,
    description: record.description ?? undefined,
    helpUri: record.guideline ?? undefined,
    location: { path: repoPathOf(record, ctx), startLine: start || undefined, endLine: end || undefined },
    // The resource address identifies a misconfiguration across edits and line moves; secrets'
    // code blocks hold (masked) secret text and are never kept.
    snippet: category === 'secret' ? undefined : record.resource || codeText(record),
    suppressed: skipped
      ? { source: 'checkov:skip', reason: record.check_result?.suppress_comment || undefined }
      : undefined,
  };
}

function codeText(record: CheckovRecord): string | undefined {
  return record.code_block?.map(([, text]) => text).join('') || undefined;
}

/**
 * One framework gives one report object, several give an array of them, and a run that found nothing
 * to scan gives a bare summary object (`{passed, failed, …}`) with no `results`.
 */
function reportsOf(data: unknown): CheckovReport[] {
  const items = Array.isArray(data) ? data : [data];
  return items.flatMap((item): CheckovReport[] => {
    if (isRecord(item) && isRecord(item.results)) return [item as unknown as CheckovReport];
    if (isRecord(item) && typeof item.failed === 'number' && typeof item.passed === 'number') return [];
    throw new ScannerError('checkov', 'output is not a checkov JSON report (no "results" or summary)');
  });
}

/** Failed checks are findings; skipped checks (`checkov:skip=`) are findings marked suppressed. */
export function parseCheckovReport(raw: string, ctx: ParseContext): RawFinding[] {
  const reports = reportsOf(readJsonReport(raw, 'checkov'));
  // checkov counts the files it could not parse; their resources were never checked.
  const unparsed = reports.map((r) => ({ type: r.check_type ?? '?', n: Number(r.summary?.parsing_errors) || 0 }));
  recordGaps(
    ctx,
    'checkov frameworks with files it could not parse',
    unparsed.filter((u) => u.n > 0).map((u) => `${u.type}: ${u.n} ${u.n === 1 ? 'file' : 'files'}`),
  );
  return reports.flatMap((report) => {
    const records = [...(report.results.failed_checks ?? []), ...(report.results.skipped_checks ?? [])];
    const isCheck = (r: unknown): r is CheckovRecord => isRecord(r) && typeof r.check_id === 'string';
    return everyEntry(records, isCheck, 'checkov', (n) => `check (a check_id) ${n} of the report cannot be read`).map(
      (r) => toRawFinding(r, report.check_type ?? '', ctx),
    );
  });
}

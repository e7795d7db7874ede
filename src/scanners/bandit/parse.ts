import { ScannerError } from '../../config/errors.js';
import type { RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import { everyEntry, isRecord, readJsonReport } from '../common/json-report.js';
import { recordGaps } from '../gaps.js';
import type { ParseContext } from '../types.js';
import { codeLines, flaggedSource, nosecCovers } from './nosec.js';

interface BanditResult {
  readonly code?: string;
  readonly filename: string;
  readonly issue_confidence?: string;
  readonly issue_severity?: string;
  readonly issue_cwe?: { readonly id?: number; readonly link?: string };
  readonly issue_text?: string;
  readonly line_number?: number;
  readonly line_range?: readonly number[];
  readonly col_offset?: number;
  readonly more_info?: string;
  readonly test_id: string;
  readonly test_name?: string;
}

/** bandit's severities map 1:1; UNDEFINED (only seen in metrics) or anything else is unknown. */
const BANDIT_SEVERITY: Readonly<Record<string, Severity>> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

export function banditSeverity(label: string | undefined): Severity {
  return BANDIT_SEVERITY[(label ?? '').toUpperCase()] ?? 'unknown';
}

function toRawFinding(result: BanditResult, ctx: ParseContext): RawFinding {
  const line = result.line_number;
  const range = result.line_range?.length ? result.line_range : line ? [line] : [];
  const lines = codeLines(result.code);
  const testName = result.test_name ?? '';
  const nosec = range.some((n) => nosecCovers(lines.get(n) ?? '', result.test_id, testName));
  const text = (result.issue_text ?? '').replace(/\s+/g, ' ').trim();
  const confidence = (result.issue_confidence ?? 'UNDEFINED').toUpperCase();
  const cwe = result.issue_cwe?.id ? ` CWE-${result.issue_cwe.id}.` : '';
  return {
    scanner: 'bandit',
    ruleId: result.test_id,
    aliases: testName ? [testName] : [],
    category: 'code',
    severity: banditSeverity(result.issue_severity),
    title: text || result.test_id,
    description: `${text} (confidence: ${confidence}).${cwe}`,
    helpUri: result.more_info,
    location: {
      path: toRepoPath(result.filename, ctx),
      startLine: line || undefined,
      endLine: range.length > 0 ? range.reduce((a, b) => Math.max(a, b)) : undefined,
      startColumn: typeof result.col_offset === 'number' ? result.col_offset + 1 : undefined,
    },
    snippet: flaggedSource(lines, range) || undefined,
    suppressed: nosec ? { source: '# nosec' } : undefined,
  };
}

/** Parses `bandit -f json` (1.6 through 1.9 share this shape). */
export function parseBanditReport(raw: string, ctx: ParseContext): RawFinding[] {
  const report = readJsonReport(raw, 'bandit');
  if (!isRecord(report) || !Array.isArray(report.results)) {
    throw new ScannerError('bandit', 'output is not a bandit JSON report (no "results" array)');
  }
  // Files bandit could not parse were not analysed (e.g. syntax newer than bandit): say so.
  const errors = (Array.isArray(report.errors) ? report.errors : []).filter(isRecord);
  recordGaps(
    ctx,
    'files bandit could not analyse',
    errors.map((e) => `${toRepoPath(String(e.filename ?? '?'), ctx)} (${String(e.reason ?? 'no reason given')})`),
  );
  const isResult = (r: unknown): r is BanditResult =>
    isRecord(r) && typeof r.filename === 'string' && typeof r.test_id === 'string';
  return everyEntry(
    report.results,
    isResult,
    'bandit',
    (n) => `result (a filename and a test_id) ${n} of the report cannot be read`,
  ).map((r) => toRawFinding(r, ctx));
}

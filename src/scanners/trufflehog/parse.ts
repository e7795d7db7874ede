import { ScannerError } from '../../config/errors.js';
import type { RawFinding, Severity } from '../../findings/finding.js';
import { sha256 } from '../../findings/fingerprint.js';
import { toRepoPath } from '../../findings/paths.js';
import { maskedLine } from '../../text/mask-secrets.js';
import { pathBase } from '../common/history-path.js';
import { isRecord } from '../common/json-report.js';
import type { ParseContext } from '../types.js';

type Rec = Record<string, unknown>;

function sourceLocation(result: Rec): { file?: string; line?: number; commit?: string } {
  const data =
    isRecord(result.SourceMetadata) && isRecord(result.SourceMetadata.Data) ? result.SourceMetadata.Data : {};
  const inner = Object.values(data).find(isRecord) ?? {};
  return {
    file: typeof inner.file === 'string' ? inner.file : undefined,
    line: typeof inner.line === 'number' && inner.line > 0 ? inner.line : undefined,
    commit: typeof inner.commit === 'string' ? inner.commit : undefined,
  };
}

function severityOf(result: Rec, ctx: ParseContext): { severity: Severity; state: string } {
  if (result.Verified === true) return { severity: ctx.policy.trufflehog.verified, state: 'verified live' };
  if (typeof result.VerificationError === 'string' && result.VerificationError !== '') {
    return { severity: ctx.policy.trufflehog.unknown, state: 'verification failed' };
  }
  return { severity: ctx.policy.trufflehog.unverified, state: 'unverified' };
}

function toFinding(result: Rec, ctx: ParseContext): RawFinding {
  const detector = String(result.DetectorName ?? 'unknown');
  const { severity, state } = severityOf(result, ctx);
  const where = sourceLocation(result);
  const raw = `${String(result.Raw ?? '')}${String(result.RawV2 ?? '')}`;
  return {
    scanner: 'trufflehog',
    ruleId: `trufflehog/${detector}`,
    aliases: [],
    category: 'secret',
    severity,
    title: `${detector} secret (${state})`,
    description: where.commit ? `Committed in ${where.commit.slice(0, 12)}` : undefined,
    location: {
      path: where.file ? toRepoPath(where.file, pathBase(where.commit, ctx)) : '(unknown file)',
      startLine: where.line,
    },
    verified: result.Verified === true,
    // The hash identifies the secret across runs; Raw/RawV2/Redacted are dropped here.
    secretHash: raw ? sha256(raw) : undefined,
    commit: where.commit,
  };
}

/** A line that looks like a result but does not parse: a truncated write, never to be skipped as a log line. */
const BROKEN_RESULT = /^\{\s*"SourceMetadata"|"DetectorName"\s*:/;

type LineKind = { result: Rec } | { error: string } | 'log' | 'other';

const ERROR_LEVELS = new Set(['error', 'dpanic', 'panic', 'fatal']);
/** zap's console encoding: `<time>\t<level>\t<logger>\t<msg>…`. */
const CONSOLE_ERROR = /^\S+\t(error|dpanic|panic|fatal)\t(.*)$/i;

const oneLine = (text: string) => maskedLine(text, 200);

function classify(text: string): LineKind {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (BROKEN_RESULT.test(text)) throw new ScannerError('trufflehog', 'output has a truncated result line');
    const consoleError = CONSOLE_ERROR.exec(text);
    return consoleError ? { error: oneLine(consoleError[2] ?? '') } : 'other';
  }
  if (isRecord(value) && 'DetectorName' in value) {
    // A result says where it was found: one that does not is unreadable, never skipped as a log line.
    if (!isRecord(value.SourceMetadata))
      throw new ScannerError('trufflehog', 'output has a result line with no SourceMetadata object');
    return { result: value };
  }
  // zap/logr JSON log lines, in case logs were sent to stdout.
  if (!isRecord(value) || !('level' in value || 'msg' in value)) return 'other';
  if (ERROR_LEVELS.has(String(value.level).toLowerCase())) {
    // trufflehog 3.97 puts the reasons of "encountered errors during scan" in an `errors` list.
    const reasons = Array.isArray(value.errors) ? value.errors.slice(0, 1) : [];
    return { error: oneLine([value.msg, value.error, ...reasons].filter((v) => typeof v === 'string').join(': ')) };
  }
  return 'log';
}

function loggedErrors(errors: readonly string[]): string {
  const first = errors[0] ? `: "${errors[0]}"` : '';
  return `logged ${errors.length} error(s), so the scan did not finish${first}`;
}

/**
 * trufflehog's own log, which it writes to stderr (JSON lines with `--json`, else zap's console lines):
 * an error-level line means a source failed though trufflehog exits 0, so the run did not finish.
 */
export function trufflehogLogErrors(stderr: string): string | undefined {
  const errors: string[] = [];
  for (const line of stderr.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    let kind: LineKind;
    try {
      kind = classify(text);
    } catch {
      continue;
    }
    if (typeof kind === 'object' && 'error' in kind) errors.push(kind.error);
  }
  return errors.length > 0 ? loggedErrors(errors) : undefined;
}

/**
 * Parses `trufflehog --json`: one JSON object per line. Log lines are skipped; output with lines that
 * are neither results nor logs and no result at all is a scanner error, and so is any error-level log
 * line (trufflehog exits 0 after a source failed: it did not finish, so it is never read as clean).
 * Empty output is a clean run (trufflehog prints nothing when it finds nothing).
 */
export function parseTrufflehogOutput(raw: string, ctx: ParseContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const errors: string[] = [];
  let unparseable = 0;
  for (const line of raw.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    const kind = classify(text);
    if (typeof kind === 'object' && 'result' in kind) findings.push(toFinding(kind.result, ctx));
    else if (typeof kind === 'object') errors.push(kind.error);
    else if (kind === 'other') unparseable++;
  }
  if (errors.length > 0) throw new ScannerError('trufflehog', loggedErrors(errors));
  if (findings.length === 0 && unparseable > 0) {
    throw new ScannerError('trufflehog', `output has ${unparseable} line(s) that are not trufflehog JSON results`);
  }
  return findings;
}

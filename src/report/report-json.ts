import type { EvaluatedFinding } from '../policy/types.js';
import { appendSplicedJson, ByteSink } from './json-list.js';
import { replaceFile } from './replace-file.js';
import type { RunReport } from './types.js';

/** report.json, the audit record (documented in src/report/REPORT_SCHEMA.md). Stable: schemaVersion 1. */
export interface ReportJson {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'scan-gate'; readonly version: string };
  readonly generatedAt: string;
  readonly verdict: 'pass' | 'fail';
  readonly reasons: readonly string[];
  readonly counts: Record<string, number>;
  readonly totals: Record<string, number>;
  readonly policy: Record<string, unknown>;
  readonly event: Record<string, unknown>;
  readonly range?: Record<string, unknown>;
  readonly findings: readonly Record<string, unknown>[];
  readonly fixed: readonly Record<string, unknown>[];
  readonly ignores: {
    readonly expired: readonly Record<string, unknown>[];
    readonly unused: readonly Record<string, unknown>[];
  };
  readonly scanners: readonly Record<string, unknown>[];
  readonly warnings: readonly string[];
  /** Effective inputs (secrets as "(set)"), for the audit trail. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Where findings were forwarded (Security Hub, OCSF file, SIEM webhook) and what happened. */
  readonly forwarding?: Record<string, unknown>;
}

function findingJson(f: EvaluatedFinding): Record<string, unknown> {
  return {
    scanner: f.scanner,
    sources: f.sources,
    ruleId: f.ruleId,
    aliases: f.aliases,
    category: f.category,
    severity: f.severity,
    title: f.title,
    location: f.location,
    package: f.package,
    fingerprint: f.fingerprint,
    status: f.status,
    blocking: f.blocking,
    reason: f.reason,
    ignoredBy: f.ignoredBy,
    verified: f.verified,
    firstSeen: f.firstSeen,
    alertUrl: f.alertUrl,
    overdue: f.overdue || undefined,
    helpUri: f.helpUri,
  };
}

/** What report.json says beyond the run report itself (the forwarding outcome). */
export interface ReportJsonExtra {
  readonly forwarding?: Record<string, unknown>;
}

export function renderReportJson(report: RunReport, extra: ReportJsonExtra = {}): ReportJson {
  return { ...reportJsonWithout(report, extra), findings: report.verdict.findings.map(findingJson) };
}

/** Everything but the findings, in report.json's key order. */
function reportJsonWithout(report: RunReport, extra: ReportJsonExtra): ReportJson {
  const v = report.verdict;
  return {
    schemaVersion: 1,
    tool: { name: 'scan-gate', version: report.toolVersion },
    generatedAt: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
    verdict: v.verdict,
    reasons: v.reasons,
    counts: { ...v.counts },
    totals: {
      total: v.total,
      blocking: v.blocking,
      new: v.newCount,
      existing: v.existingCount,
      ignored: v.ignoredCount,
      fixed: v.fixed.length,
      overdue: v.overdue,
    },
    policy: {
      preset: report.policy.preset,
      failOn: report.policy.failOn,
      failOnSource: report.policy.failOnSource,
      mode: report.mode,
      configFile: report.configFile,
      failOnScannerError: report.policy.failOnScannerError,
      baseline: v.baseline,
      sha256: report.audit?.policySha256,
      fileSha256: report.audit?.policyFileSha256,
    },
    event: {
      name: report.event.name,
      sha: report.event.sha,
      ref: report.event.ref,
      pullRequest: report.event.prNumber,
      runUrl: report.event.runUrl,
    },
    range: report.range ? { ...report.range } : undefined,
    findings: [],
    fixed: v.fixed.map((f) => ({
      ...f,
      timeToResolveMs: f.firstSeen && f.fixedAt ? Date.parse(f.fixedAt) - Date.parse(f.firstSeen) : undefined,
    })),
    ignores: {
      expired: v.expiredIgnores.map((r) => ({ ...r })),
      unused: v.unusedIgnores.map((r) => ({ ...r })),
    },
    scanners: report.scanners.map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      durationMs: s.durationMs,
      findings: s.findings,
      error: s.error,
      install: s.install,
      dbAgeHours: s.dbAgeHours,
      note: s.note,
    })),
    warnings: report.warnings,
    inputs: report.audit?.inputs,
    forwarding: extra.forwarding,
  };
}

const FINDINGS_PLACEHOLDER = '"findings":[]';

/**
 * Writes report.json compact and streamed: the same bytes as `JSON.stringify(renderReportJson(report))`
 * plus a newline, without holding 100,000 finding objects and one 40 MB string at once.
 */
export function writeReportJson(file: string, report: RunReport, extra: ReportJsonExtra = {}): void {
  const head = `${JSON.stringify(reportJsonWithout(report, extra))}\n`;
  // The top-level key comes first in key order (after policy, event and range, which have no such key),
  // and a quote inside a JSON string is always escaped, so the first match is the key itself.
  const open = head.indexOf(FINDINGS_PLACEHOLDER) + FINDINGS_PLACEHOLDER.length - 2;
  replaceFile(file, (fd) => {
    const sink = new ByteSink(fd);
    appendSplicedJson(sink, head, open, report.verdict.findings, findingJson);
    sink.flush();
  });
}

import { mostSevereFirst, SEVERITIES } from '../findings/finding.js';
import type { RunReport } from '../report/types.js';
import { neutraliseCommands } from '../text/log-escape.js';

const MAX_LISTED = 25;

/** Strips control characters so scanner text cannot move the cursor or recolour the terminal. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\n/g, ' ');
}

/**
 * A readable report for `scan-gate scan`: verdict and why, counts, the blocking findings, scanners.
 * Warnings in `shown` were already printed while the scan ran and are not repeated.
 */
export function renderTerminalReport(report: RunReport, opts: { shown?: ReadonlySet<string> } = {}): string {
  const v = report.verdict;
  const lines: string[] = [];
  lines.push(`scan-gate: ${v.verdict === 'pass' ? 'PASS' : 'FAIL'} — ${v.blocking} blocking of ${v.total} finding(s)`);
  for (const reason of v.reasons) lines.push(`  · ${plain(reason)}`);
  lines.push('');
  lines.push(`Counts: ${SEVERITIES.map((s) => `${s} ${v.counts[s]}`).join(' · ')} · ignored ${v.ignoredCount}`);
  if (report.mode === 'new') lines.push(`New: ${v.newCount} · existing ${v.existingCount} · fixed ${v.fixed.length}`);
  const blocking = v.findings.filter((f) => f.blocking);
  if (blocking.length > 0) {
    lines.push('', 'Blocking findings:');
    for (const f of mostSevereFirst(blocking, MAX_LISTED)) {
      const where = f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path;
      lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${plain(f.ruleId)}  ${plain(where)}`);
      lines.push(`           ${plain(f.title)}${f.reason ? ` — ${plain(f.reason)}` : ''}`);
    }
    if (blocking.length > MAX_LISTED) lines.push(`  … and ${blocking.length - MAX_LISTED} more (see report.json)`);
  }
  for (const rule of v.expiredIgnores)
    lines.push(`Expired ignore: ${plain(rule.id)} (expired ${rule.expires}) at ${rule.source}`);
  for (const rule of v.unusedIgnores) lines.push(`Unused ignore: ${plain(rule.id)} at ${rule.source}`);
  lines.push('', 'Scanners:');
  for (const s of report.scanners) {
    const status = s.status === 'ok' ? 'ok' : s.status.toUpperCase();
    lines.push(
      `  ${s.id.padEnd(12)} ${status.padEnd(7)} ${String(s.findings).padStart(5)} finding(s)  ${s.version ?? ''}  ${(s.durationMs / 1000).toFixed(1)}s`,
    );
    // The error ends with the scanner's own output tail: keep its lines.
    for (const line of (s.error ?? '').split('\n')) if (line.trim()) lines.push(`               ${plain(line)}`);
  }
  if (report.range)
    lines.push(
      '',
      `Range: ${plain(report.range.description)}${report.range.warning ? ` — ${plain(report.range.warning)}` : ''}`,
    );
  for (const w of report.warnings) if (!opts.shown?.has(w)) lines.push(`warning: ${plain(w)}`);
  // In CI this report is the job log: a finding titled `::error …` must not become a workflow command.
  return `${neutraliseCommands(lines.join('\n'))}\n`;
}

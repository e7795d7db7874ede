import { SEVERITIES } from '../findings/finding.js';
import type { Resolution } from '../policy/types.js';
import type { RunReport } from './types.js';

const DAY = 86_400_000;

/** Age bands for open findings, by days since first seen. */
export const AGE_BANDS = [
  { label: '< 1 day', maxDays: 1 },
  { label: '1–7 days', maxDays: 7 },
  { label: '8–30 days', maxDays: 30 },
  { label: '31–90 days', maxDays: 90 },
  { label: '> 90 days', maxDays: Number.POSITIVE_INFINITY },
] as const;

/** Open (not ignored) findings per age band; those with no first-seen date yet are counted apart. */
export function ageBands(report: RunReport): { label: string; count: number }[] {
  const now = Date.parse(report.startedAt);
  const counts = AGE_BANDS.map((b) => ({ label: b.label, count: 0 }));
  let unknown = 0;
  for (const f of report.verdict.findings) {
    if (f.status === 'ignored') continue;
    if (!f.firstSeen) {
      unknown++;
      continue;
    }
    const days = (now - Date.parse(f.firstSeen)) / DAY;
    const i = AGE_BANDS.findIndex((b) => days < b.maxDays);
    const band = counts[i < 0 ? counts.length - 1 : i];
    if (band) band.count++;
  }
  return unknown > 0 ? [...counts, { label: 'first seen today', count: unknown }] : counts;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Every resolution known: the baseline's history plus what this run found fixed. */
export function resolutions(report: RunReport): Resolution[] {
  const now: Resolution[] = report.verdict.fixed
    .filter((f) => f.firstSeen && f.fixedAt)
    .map((f) => ({
      fingerprint: f.fingerprint,
      severity: f.severity,
      firstSeen: f.firstSeen as string,
      fixedAt: f.fixedAt as string,
    }));
  return [...(report.verdict.resolvedHistory ?? []), ...now];
}

/** Median time to resolve (ms) and how many resolutions it is over, per severity that has any. */
export function medianTimeToResolve(report: RunReport): { severity: string; medianMs: number; count: number }[] {
  const all = resolutions(report);
  return SEVERITIES.flatMap((severity) => {
    const times = all
      .filter((r) => (r.severity ?? 'unknown') === severity)
      .map((r) => Date.parse(r.fixedAt) - Date.parse(r.firstSeen))
      .filter((ms) => Number.isFinite(ms) && ms >= 0);
    const m = median(times);
    return m === undefined ? [] : [{ severity, medianMs: m, count: times.length }];
  });
}

export function formatDuration(ms: number): string {
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / 3_600_000)} h`;
  return `${Math.round((ms / DAY) * 10) / 10} days`;
}

/** Markdown: open findings by age, and median time to resolve by severity (when any resolution is known). */
export function resolutionSection(report: RunReport): string[] {
  const bands = ageBands(report);
  const lines = [
    `| open findings by age | ${bands.map((b) => b.label).join(' | ')} |`,
    `|---|${bands.map(() => '---:').join('|')}|`,
    `| count | ${bands.map((b) => b.count).join(' | ')} |`,
  ];
  const ttr = medianTimeToResolve(report);
  lines.push('');
  if (ttr.length === 0) {
    lines.push('_Median time to resolve: no resolved findings recorded yet (the baseline records them)._');
  } else {
    lines.push('| severity | median time to resolve | resolved |', '|---|---:|---:|');
    for (const t of ttr) lines.push(`| ${t.severity} | ${formatDuration(t.medianMs)} | ${t.count} |`);
  }
  return lines;
}

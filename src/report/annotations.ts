import { bySeverityDesc } from '../findings/finding.js';
import type { Annotation } from '../github/runner.js';
import type { RunReport } from './types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step. */
const PER_LEVEL = 10;

/** Workflow-command text must not carry `::` sequences or newlines from scanner output. */
function clean(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/::/g, ': :')
    .slice(0, 300);
}

/** The first `k` items in `compare` order, exactly as a stable sort would give them, without sorting them all. */
function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length === k && last !== undefined && compare(item, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(item, top[i - 1] as T) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The most severe findings as file/line annotations: blocking ones as errors, then others as warnings. */
export function selectAnnotations(report: RunReport): Annotation[] {
  const counted = report.verdict.findings.filter((f) => f.status !== 'ignored' && !f.location.path.includes('://'));
  const errors = firstInOrder(
    counted.filter((f) => f.blocking),
    PER_LEVEL,
    bySeverityDesc,
  );
  const warnings = firstInOrder(
    counted.filter((f) => !f.blocking),
    PER_LEVEL,
    bySeverityDesc,
  );
  const toAnnotation =
    (level: 'error' | 'warning') =>
    (f: (typeof counted)[number]): Annotation => ({
      level,
      file: f.location.path,
      line: f.location.startLine,
      endLine: f.location.endLine,
      title: clean(`${f.severity} ${f.ruleId} (${f.sources.join(', ')})`),
      message: clean(`${f.title}${f.reason ? ` — blocks: ${f.reason}` : ''}`),
    });
  return [...errors.map(toAnnotation('error')), ...warnings.map(toAnnotation('warning'))];
}

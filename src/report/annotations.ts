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

/** The most severe findings as file/line annotations: blocking ones as errors, then others as warnings. */
export function selectAnnotations(report: RunReport): Annotation[] {
  const counted = report.verdict.findings.filter((f) => f.status !== 'ignored' && !f.location.path.includes('://'));
  const errors = counted
    .filter((f) => f.blocking)
    .sort(bySeverityDesc)
    .slice(0, PER_LEVEL);
  const warnings = counted
    .filter((f) => !f.blocking)
    .sort(bySeverityDesc)
    .slice(0, PER_LEVEL);
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

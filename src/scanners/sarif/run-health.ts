import type { Log, Notification, Run } from 'sarif';
import { maskedLine } from '../../text/mask-secrets.js';
import { isRecord } from '../common/json-report.js';

/** Notification text is the tool's own words: one line, masked, clipped — it ends up in reasons and logs. */
function notificationText(n: Notification): string {
  const text = isRecord(n.message) && typeof n.message.text === 'string' ? n.message.text : '';
  return maskedLine(text, 200);
}

function errorNotifications(run: Run): string[] {
  const texts: string[] = [];
  for (const inv of Array.isArray(run.invocations) ? run.invocations : []) {
    if (!isRecord(inv)) continue;
    for (const list of [inv.toolExecutionNotifications, inv.toolConfigurationNotifications]) {
      for (const n of Array.isArray(list) ? list : []) {
        if (isRecord(n) && n.level === 'error') texts.push(notificationText(n));
      }
    }
  }
  return texts;
}

/** What in one run says "the tool did not run successfully" (SARIF 2.1.0 §3.14.23, §3.20.14, §3.20.21). */
function runProblems(run: Run): string[] {
  const problems: string[] = [];
  const raw = run as Run & { results?: unknown };
  if (raw.results === null) problems.push('its results are null');
  else if (raw.results === undefined) problems.push('it has no results array');
  const invocations = (Array.isArray(run.invocations) ? run.invocations : []).filter(isRecord);
  for (const inv of invocations) {
    if (inv.executionSuccessful !== false) continue;
    const code = typeof inv.exitCode === 'number' ? ` (exit code ${inv.exitCode})` : '';
    problems.push(`executionSuccessful is false${code}`);
  }
  const errors = errorNotifications(run);
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((t) => `"${t || 'no text'}"`);
    problems.push(
      `error notification${errors.length === 1 ? '' : 's'}: ${shown.join(', ')}${errors.length > 3 ? ', …' : ''}`,
    );
  }
  return problems;
}

/**
 * Runs of a SARIF log whose tool failed or did not finish: `results` null or absent, an invocation with
 * `executionSuccessful: false`, or an error-level tool notification. Each is a scanner error naming the
 * file, the tool and the tool's own text — never a clean run. Results they do carry are still reported.
 */
export function failedSarifRuns(log: Log, displayPath: string): string[] {
  return log.runs.flatMap((run, i) => {
    const problems = runProblems(run);
    if (problems.length === 0) return [];
    const tool = isRecord(run.tool?.driver) && typeof run.tool.driver.name === 'string' ? run.tool.driver.name : '?';
    const which = log.runs.length > 1 ? ` (run ${i + 1})` : '';
    return [`${displayPath}${which}: ${tool} did not run successfully — ${problems.join('; ')}`];
  });
}

import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { checkedEntry, entriesFrom, isDateTime, text } from '../policy/baseline.js';
import type { Baseline } from '../policy/types.js';

interface ReportFinding {
  readonly fingerprint?: unknown;
  readonly ruleId?: unknown;
  readonly severity?: unknown;
  readonly firstSeen?: unknown;
  readonly scanner?: unknown;
  readonly category?: unknown;
  readonly location?: { readonly path?: unknown };
}

/**
 * `--baseline <file>`: the report.json of an earlier run becomes the baseline for `--mode new`, so
 * findings it already had count as existing. Errors name the option and the file, never its content.
 */
export function readBaselineReport(file: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'it is not valid JSON' : (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`--baseline: ${file} could not be read (${why}). Give the report.json of an earlier run.`);
  }
  const report = parsed as { schemaVersion?: unknown; tool?: { name?: unknown }; findings?: unknown } | null;
  if (report?.schemaVersion !== 1 || report.tool?.name !== 'scan-gate' || !Array.isArray(report.findings)) {
    throw new ConfigError(
      `--baseline: ${file} is not a scan-gate report.json (schemaVersion 1 with findings). Give the report.json of an earlier run.`,
    );
  }
  const stated = (parsed as { generatedAt?: unknown }).generatedAt;
  const generatedAt = isDateTime(stated) ? stated : new Date(0).toISOString();
  const pairs: [string, Baseline['entries'][string]][] = [];
  for (const f of report.findings as ReportFinding[]) {
    const fingerprint = text(f?.fingerprint);
    if (!fingerprint) continue;
    // Checked like a restored baseline's entries: a first-seen that is no date counts from the report, an
    // unknown scanner or category is dropped. The scanner is kept: whether the finding is fixed this run
    // then depends on that scanner completing, not on every scanner of the run completing (fixedJudge).
    const entry = checkedEntry({ ...f, path: f.location?.path }, generatedAt);
    if (entry) pairs.push([fingerprint, entry]);
  }
  return { version: 1, createdAt: generatedAt, entries: entriesFrom(pairs) };
}

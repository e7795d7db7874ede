import picomatch from 'picomatch';
import type { Category, ScannerId, Severity } from '../findings/finding.js';
import { ConfigError } from './errors.js';
import { globComplexityProblem } from './glob-complexity.js';
import type { IgnoreRule, LicensePolicy, Preset, Threshold, TrufflehogSeverities } from './types.js';
import { type LineMap, lineFor } from './yaml-positions.js';

/** The policy part of the file (everything that is not an action input), validated beyond the schema. */
export interface PolicyRules {
  readonly preset?: Preset;
  readonly failOnByScanner: Readonly<Partial<Record<ScannerId, Threshold>>>;
  readonly failOnByCategory: Readonly<Partial<Record<Category, Threshold>>>;
  readonly ignoreUnfixed?: boolean;
  readonly allowIgnores?: boolean;
  readonly nativeIgnores?: boolean;
  readonly secretSeverity?: Severity;
  readonly trufflehog?: Readonly<Partial<TrufflehogSeverities>>;
  readonly sla: Readonly<Partial<Record<Severity, number>>>;
  readonly slaBlocks?: boolean;
  readonly licenses?: boolean;
  readonly licensePolicy?: LicensePolicy;
  readonly ignores: readonly IgnoreRule[];
  /** `file:line` of each explicit setting, for verdict explanations. */
  readonly sources: Readonly<Record<string, string>>;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 };

/** `24h`, `7d`, `2w`, `90m`; a bare number is hours (how SLAs are usually written). */
export function parseSlaDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Number(m[1]) * (UNIT_MS[m[2] ?? 'h'] ?? 0);
  return ms > 0 ? ms : undefined;
}

/** A real calendar date: 2026-02-30 is refused. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

interface Ctx {
  readonly file: string;
  readonly lines: LineMap;
}

function where(ctx: Ctx, pointer: string, key = false): string {
  const line = lineFor(ctx.lines, pointer, key);
  return `${ctx.file}${line ? `:${line}` : ''}`;
}

function bad(ctx: Ctx, pointer: string, message: string): never {
  const fieldName = pointer
    .slice(1)
    .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
    .replace(/\//g, '.');
  throw new ConfigError(`${where(ctx, pointer)}: ${fieldName} ${message}.`);
}

function toIgnore(raw: Record<string, unknown>, index: number, ctx: Ctx): IgnoreRule {
  const at = `/ignores/${index}`;
  if (typeof raw.expires === 'string' && !isCalendarDate(raw.expires)) {
    bad(ctx, `${at}/expires`, `"${raw.expires}" is not a real date (YYYY-MM-DD)`);
  }
  if (String(raw.reason ?? '').trim().length < 3) bad(ctx, `${at}/reason`, 'must say why the finding is acceptable');
  const paths = (raw.paths as string[] | undefined) ?? undefined;
  if (raw.id === '*' && (paths ?? []).length === 0) {
    bad(ctx, `${at}/id`, '"*" waives every finding, so it needs `paths` to say where (e.g. test fixtures)');
  }
  paths?.forEach((glob, i) => {
    try {
      picomatch.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      bad(ctx, `${at}/paths/${i}`, `"${glob}" is not a valid glob (${(error as Error).message})`);
    }
    const problem = globComplexityProblem(glob);
    if (problem) bad(ctx, `${at}/paths/${i}`, `"${glob}" is too complex to match safely: ${problem}`);
  });
  return {
    id: String(raw.id),
    paths,
    package: raw.package as string | undefined,
    scanner: raw.scanner as ScannerId | undefined,
    reason: String(raw.reason).trim(),
    owner: raw.owner as string | undefined,
    expires: raw.expires as string | undefined,
    source: where(ctx, at),
  };
}

function slaOf(raw: Record<string, string> | undefined, ctx: Ctx): Partial<Record<Severity, number>> {
  const out: Partial<Record<Severity, number>> = {};
  for (const [severity, text] of Object.entries(raw ?? {})) {
    const ms = parseSlaDuration(String(text));
    if (ms === undefined) bad(ctx, `/sla/${severity}`, `"${text}" is not a duration such as 24h, 7d or 2w`);
    out[severity as Severity] = ms;
  }
  return out;
}

/** One SPDX id (any case, as entries compare case-insensitively), or a `DocumentRef-…:LicenseRef-…`. */
const SPDX_ID = /^[A-Za-z0-9.-]+(:[A-Za-z0-9.-]+)?$/;

/** `licenses: { allow, deny, unknown }`; an id both allowed and denied is refused as ambiguous. */
function licensePolicyOf(raw: unknown, ctx: Ctx): LicensePolicy | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const r = raw as { allow?: string[]; deny?: string[]; unknown?: 'block' | 'allow' };
  const allow = (r.allow ?? []).map((s) => s.trim());
  const deny = (r.deny ?? []).map((s) => s.trim());
  // Entries are compared id by id: an expression ("MIT OR GPL-3.0-only") would silently never match.
  for (const [list, ids] of [['allow', allow] as const, ['deny', deny] as const]) {
    ids.forEach((id, i) => {
      if (!SPDX_ID.test(id))
        bad(
          ctx,
          `/licenses/${list}/${i}`,
          `"${id}" is not an SPDX licence id (one id such as MIT or GPL-3.0-only: no spaces, AND/OR/WITH or "+")`,
        );
    });
  }
  const both = allow.filter((id) => deny.some((d) => d.toLowerCase() === id.toLowerCase()));
  if (both.length > 0)
    bad(ctx, '/licenses', `lists ${both.join(', ')} in both allow and deny; keep each id in one list`);
  if (allow.length === 0 && deny.length === 0) bad(ctx, '/licenses', 'needs an allow or a deny list of SPDX ids');
  return { allow, deny, unknown: r.unknown ?? 'block', source: where(ctx, '/licenses', true) };
}

/** Converts the validated document into PolicyRules, checking what the schema cannot (dates, globs, durations). */
export function toPolicyRules(record: Record<string, unknown>, file: string, lines: LineMap): PolicyRules {
  const ctx = { file, lines };
  const sources: Record<string, string> = {};
  for (const key of [
    'preset',
    'fail-on',
    'fail-on-by-scanner',
    'fail-on-by-category',
    'ignore-unfixed',
    'allow-ignores',
  ]) {
    if (record[key] !== undefined) sources[key] = where(ctx, `/${key}`, true);
  }
  const ignores = ((record.ignores as Record<string, unknown>[] | undefined) ?? []).map((raw, i) =>
    toIgnore(raw, i, ctx),
  );
  return {
    preset: record.preset as Preset | undefined,
    failOnByScanner: (record['fail-on-by-scanner'] as PolicyRules['failOnByScanner']) ?? {},
    failOnByCategory: (record['fail-on-by-category'] as PolicyRules['failOnByCategory']) ?? {},
    ignoreUnfixed: record['ignore-unfixed'] as boolean | undefined,
    allowIgnores: record['allow-ignores'] as boolean | undefined,
    nativeIgnores: record['native-ignores'] as boolean | undefined,
    secretSeverity: record['secret-severity'] as Severity | undefined,
    trufflehog: record.trufflehog as PolicyRules['trufflehog'],
    sla: slaOf(record.sla as Record<string, string> | undefined, ctx),
    slaBlocks: record['sla-blocks'] as boolean | undefined,
    licenses: record.licenses === undefined ? undefined : record.licenses !== false,
    licensePolicy: licensePolicyOf(record.licenses, ctx),
    ignores,
    sources,
  };
}

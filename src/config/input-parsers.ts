import path from 'node:path';
import picomatch from 'picomatch';
import { isScannerId, SCANNER_IDS, type ScannerId } from '../findings/finding.js';
import { ConfigError } from './errors.js';
import { globComplexityProblem } from './glob-complexity.js';
import { THRESHOLDS, type Threshold, type Tristate } from './types.js';

/** Splits a comma- or newline-separated input into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`Input \`${name}\` has an invalid value "${value}". Allowed values: ${allowed.join(', ')}.`);
}

export function parseThreshold(name: string, value: string): Threshold {
  return oneOf(name, value, THRESHOLDS);
}

export function parseTristate(name: string, value: string): Tristate {
  return oneOf(name, value, ['auto', 'true', 'false'] as const);
}

export function parseMode(name: string, value: string): 'all' | 'new' {
  return oneOf(name, value, ['all', 'new'] as const);
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
export function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value.trim())) return true;
  if (['false', 'False', 'FALSE'].includes(value.trim())) return false;
  throw new ConfigError(`Input \`${name}\` must be a boolean: true or false (got "${value}").`);
}

export function parseScanners(name: string, value: string): readonly ScannerId[] | 'auto' {
  const items = splitList(value).map((s) => s.toLowerCase());
  if (items.length === 0 || (items.length === 1 && items[0] === 'auto')) return 'auto';
  const unknown = items.filter((s) => !isScannerId(s) && s !== 'auto');
  if (unknown.length > 0 || items.includes('auto')) {
    const bad =
      unknown.length > 0 ? `unknown scanner "${unknown.join('", "')}"` : '"auto" cannot be combined with a list';
    throw new ConfigError(`Input \`${name}\`: ${bad}. Allowed: auto, or a list of ${SCANNER_IDS.join(', ')}.`);
  }
  return [...new Set(items as ScannerId[])];
}

const VERSION_PATTERN = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;

/**
 * `versions`: `id=x.y.z`, `id=path` (the binary on PATH) or `id=/abs/path/to/binary`, comma or newline
 * separated.
 */
export function parseVersions(name: string, value: string): Partial<Record<ScannerId, string>> {
  const out: Partial<Record<ScannerId, string>> = {};
  for (const item of splitList(value)) {
    const match = /^([a-z-]+)\s*=\s*(\S+)$/.exec(item);
    if (!match) {
      throw new ConfigError(
        `Input \`${name}\`: "${item}" is not of the form id=version (e.g. trivy=0.58.1), id=path (use the binary on PATH) or id=/absolute/path/to/binary.`,
      );
    }
    const [, id = '', version = ''] = match;
    if (!isScannerId(id) || id === 'sarif') {
      throw new ConfigError(
        `Input \`${name}\`: unknown scanner "${id}". Allowed: ${SCANNER_IDS.filter((s) => s !== 'sarif').join(', ')}.`,
      );
    }
    if (version !== 'path' && !path.isAbsolute(version) && !VERSION_PATTERN.test(version)) {
      throw new ConfigError(
        `Input \`${name}\`: "${version}" for ${id} is not a version (x.y.z), "path" or an absolute path to a binary.`,
      );
    }
    out[id] = version === 'path' || path.isAbsolute(version) ? version : version.replace(/^v/, '');
  }
  return out;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * The longest scanner-timeout: a day, far beyond any CI job, and far below the 2^31 ms (~24.8 days) where
 * Node's timers overflow and fire at once.
 */
export const MAX_DURATION_MS = 24 * 3_600_000;

/** `15m`, `90s`, `1h`, `500ms`, or a bare number of seconds; at most 24h. */
export function parseDuration(name: string, value: string): number {
  const match = DURATION.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new ConfigError(`Input \`${name}\` must be a positive duration such as 15m, 90s or 1h (got "${value}").`);
  }
  if (ms > MAX_DURATION_MS) {
    throw new ConfigError(`Input \`${name}\` is at most 24h (got "${value}"). Use a duration such as 15m, 90s or 1h.`);
  }
  return Math.ceil(ms);
}

/**
 * splitList for globs: a comma inside braces, brackets or parentheses belongs to the glob
 * (`*.{sarif,json}` is one glob, as in a shell), so only commas outside them separate globs.
 */
function splitGlobList(value: string): string[] {
  const items: string[] = [];
  for (const line of value.split('\n')) {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if ((ch === '}' || ch === ']' || ch === ')') && depth > 0) depth--;
      else if (ch === ',' && depth === 0) {
        items.push(line.slice(start, i));
        start = i + 1;
      }
    }
    items.push(line.slice(start));
  }
  return items.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

export function parseGlobs(name: string, value: string): string[] {
  const globs = splitGlobList(value);
  for (const glob of globs) {
    try {
      picomatch.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (${(error as Error).message}).`);
    }
    const problem = globComplexityProblem(glob);
    if (problem) throw new ConfigError(`Input \`${name}\`: "${glob}" is too complex to match safely: ${problem}.`);
    if (/[[{(]/.test(glob) && !balanced(glob)) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (unbalanced brackets or braces).`);
    }
  }
  return globs;
}

function balanced(glob: string): boolean {
  const pairs: Record<string, string> = { ']': '[', '}': '{', ')': '(' };
  const stack: string[] = [];
  for (const ch of glob) {
    if (ch === '[' || ch === '{' || ch === '(') stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}

export function parseUrl(name: string, value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString().replace(/\/+$/, '');
  } catch {
    // fall through to the error below
  }
  throw new ConfigError(
    `Input \`${name}\` must be an http(s) URL such as https://mirror.example/github (got "${value}").`,
  );
}

/** `issue-assignees` / `issue-mentions`: GitHub logins (mentions may be teams, `org/team`); `@` optional. */
export function parseLogins(name: string, value: string, teams: boolean): readonly string[] {
  const items = splitList(value).map((s) => s.replace(/^@/, ''));
  const login = teams
    ? /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]{1,100})?$/
    : /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
  const bad = items.filter((s) => !login.test(s));
  if (bad.length > 0) {
    throw new ConfigError(
      `Input \`${name}\`: "${bad.join('", "')}" is not a GitHub login${teams ? ' or team (org/team)' : ''}.`,
    );
  }
  return [...new Set(items)];
}

import { CATEGORIES, type RawFinding, SEVERITIES } from './finding.js';

/** What a value is, for a message: never the value itself (it may quote a secret). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

class Problem extends Error {}

const OPTIONAL_TEXTS = ['description', 'helpUri', 'secretHash', 'snippet', 'commit', 'sourceFirstSeen', 'alertUrl'];
const POSITIONS = ['startLine', 'endLine', 'startColumn', 'endColumn'];

type Fields = Record<string, unknown>;

function text(owner: Fields, key: string, where: string, optional: boolean): void {
  const value = owner[key];
  if (typeof value === 'string') return;
  // JSON's null for an optional field is its absence.
  if (optional && (value === undefined || value === null)) {
    if (value === null) owner[key] = undefined;
    return;
  }
  throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not text`);
}

function texts(owner: Fields, key: string, where: string, optional: boolean): void {
  const value = owner[key];
  if (optional && (value === undefined || value === null)) {
    if (value === null) owner[key] = undefined;
    return;
  }
  if (!Array.isArray(value)) throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not a list of texts`);
  const bad = value.findIndex((v) => typeof v !== 'string');
  if (bad >= 0) throw new Problem(`\`${where}${key}[${bad}]\` is ${kindOf(value[bad])}, not text`);
}

function position(owner: Fields, key: string, where: string): void {
  const value = owner[key];
  if (value === undefined || value === null) {
    if (value === null) owner[key] = undefined;
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not a number`);
}

function oneOf(owner: Fields, key: string, allowed: readonly string[], where: string): void {
  const value = owner[key];
  if (typeof value !== 'string' || !allowed.includes(value))
    throw new Problem(`\`${where}${key}\` is not one of ${allowed.join(', ')}`);
}

function object(owner: Fields, key: string, where: string, optional: boolean): Fields | undefined {
  const value = owner[key];
  if (optional && (value === undefined || value === null)) {
    if (value === null) owner[key] = undefined;
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not an object`);
  return value as Fields;
}

/**
 * What a scanner's parser made of its report, checked field by field before anything reads it: a parser
 * copies the scanner's values, and a report whose field has another type than the scanner's documented
 * one (a number for a package version, an object for a title, null for a link) would otherwise break a
 * later step (masking, fingerprints) with an internal error, or leave a value no reporter can show. An
 * optional field that is null is taken as absent; any other mismatch throws, naming the finding and the
 * field (never the value), and the scanner's output counts as unreadable: a scanner error, never clean.
 */
export function checkRawFindings(findings: readonly RawFinding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as unknown as Fields;
    try {
      text(f, 'ruleId', '', false);
      text(f, 'title', '', false);
      oneOf(f, 'category', CATEGORIES, '');
      oneOf(f, 'severity', SEVERITIES, '');
      texts(f, 'aliases', '', false);
      for (const key of OPTIONAL_TEXTS) text(f, key, '', true);
      const location = object(f, 'location', '', false) as Fields;
      text(location, 'path', 'location.', false);
      for (const key of POSITIONS) position(location, key, 'location.');
      const pkg = object(f, 'package', '', true);
      if (pkg) {
        text(pkg, 'name', 'package.', false);
        text(pkg, 'version', 'package.', true);
        text(pkg, 'ecosystem', 'package.', true);
        texts(pkg, 'fixedVersions', 'package.', true);
      }
      const suppressed = object(f, 'suppressed', '', true);
      if (suppressed) {
        text(suppressed, 'source', 'suppressed.', false);
        text(suppressed, 'reason', 'suppressed.', true);
      }
      if (f.verified !== undefined && typeof f.verified !== 'boolean')
        throw new Problem(`\`verified\` is ${kindOf(f.verified)}, not true or false`);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      const rule = typeof f.ruleId === 'string' ? ` (${f.ruleId.slice(0, 80)})` : '';
      throw new Error(`finding ${i + 1}${rule}: ${error.message}`);
    }
  }
}

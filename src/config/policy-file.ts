import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { ConfigError } from './errors.js';
import schema from './policy.schema.json' with { type: 'json' };
// Compiled from policy.schema.json at build time (scripts/gen-validators.mjs): nothing compiles at start-up.
import validate from './policy.validator.js';
import { type PolicyRules, toPolicyRules } from './policy-rules.js';
import { lineFor, yamlLineMap } from './yaml-positions.js';

/** Input-like keys of the policy file (each is also an action input). */
export const INPUT_KEYS = [
  'scanners',
  'path',
  'images',
  'fail-on',
  'mode',
  'upload-sarif',
  'comment',
  'summary',
  'issue',
  'versions',
  'tool-mirror',
  'cache',
  'sarif-files',
  'scanner-timeout',
  'fail-on-scanner-error',
  'output-dir',
  'instance',
  'security-hub',
  'ocsf',
  'forward-failure',
  // Tracking-issue notification (alert sources)
  'issue-assignees',
  'issue-mentions',
] as const;

const MAX_BYTES = 256 * 1024;

export interface PolicyFile {
  readonly path: string;
  /** Input-equivalent settings, in the string form the action input would have. */
  readonly inputs: Readonly<Partial<Record<string, string>>>;
  readonly rules: PolicyRules;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j] ?? 0;
      row[j] = next;
    }
  }
  return row[b.length] ?? 0;
}

/** The allowed key closest to `key`, when it is close enough to be a typo. */
export function didYouMean(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const score = distance(key.toLowerCase(), candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function schemaAt(pointer: string): { properties?: Record<string, unknown>; propertyNames?: { enum?: string[] } } {
  let node: Record<string, unknown> = schema as Record<string, unknown>;
  for (const part of pointer.split('/').filter(Boolean)) {
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    node = (/^\d+$/.test(part) ? node.items : props?.[part]) as Record<string, unknown>;
    if (!node) return {};
  }
  return node;
}

function field(pointer: string): string {
  return pointer === ''
    ? '(top level)'
    : pointer
        .slice(1)
        .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
        .replace(/\//g, '.');
}

function describe(error: ErrorObject): { pointer: string; message: string; key: boolean } {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const allowed = Object.keys(schemaAt(at).properties ?? {});
    const hint = didYouMean(key, allowed);
    const where = at === '' ? 'at the top level' : `in ${field(at)}`;
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `unknown key "${key}" ${where}${hint ? ` — did you mean "${hint}"?` : ''}. Allowed keys: ${allowed.join(', ')}`,
    };
  }
  const named = (error as ErrorObject & { propertyName?: string }).propertyName ?? params.propertyName;
  if (error.keyword === 'propertyNames' || named !== undefined) {
    const key = String(named);
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `"${key}" is not allowed as a key of ${field(at)}. Allowed: ${(schemaAt(at).propertyNames?.enum ?? []).join(', ')}`,
    };
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
    return { pointer: at, key: false, message: `${field(at)} must be one of: ${allowed.map(String).join(', ')}` };
  }
  if (error.keyword === 'required') {
    return {
      pointer: at,
      key: false,
      message: `${field(at)} is missing the required key "${String(params.missingProperty)}"`,
    };
  }
  return { pointer: at, key: false, message: `${field(at)} ${error.message ?? 'is invalid'}` };
}

function fail(displayPath: string, line: number | undefined, message: string): never {
  throw new ConfigError(
    `${displayPath}${line ? `:${line}` : ''}: ${message}. See the schema: src/config/policy.schema.json (README "Policy file").`,
  );
}

function loadYaml(text: string, displayPath: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: 20, filename: displayPath });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = (error as YAMLException & { mark?: { line?: number } }).mark;
      const reason = (error as YAMLException & { reason?: string }).reason ?? error.message;
      const alias = /alias/i.test(reason) ? ' (anchors and aliases are not allowed in a policy file)' : '';
      fail(displayPath, mark?.line !== undefined ? mark.line + 1 : undefined, `invalid YAML: ${reason}${alias}`);
    }
    throw error;
  }
}

/** Parses and validates policy-file text; every error names the file, the field and the line. */
export function parsePolicyText(text: string, displayPath: string): PolicyFile {
  if (text.length > MAX_BYTES)
    fail(displayPath, undefined, `the file is ${text.length} bytes; a policy file may be at most ${MAX_BYTES} bytes`);
  if (text.replace(/^\s*#.*$/gm, '').trim() === '') {
    fail(displayPath, undefined, 'the file is empty; it needs at least `version: 1`');
  }
  const data = loadYaml(text, displayPath);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fail(
      displayPath,
      1,
      'the file must be a YAML mapping of keys such as `version: 1`, `preset`, `fail-on`, `ignores`',
    );
  }
  if (!validate(data)) {
    const lines = yamlLineMap(text);
    const errors = (validate.errors ?? []).filter((e) => !['oneOf', 'if'].includes(e.keyword));
    const first = describe(errors[0] ?? ((validate.errors ?? [])[0] as ErrorObject));
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    fail(displayPath, lineFor(lines, first.pointer, first.key), `${first.message}${more}`);
  }
  const record = data as Record<string, unknown>;
  return { path: displayPath, inputs: toInputs(record), rules: toPolicyRules(record, displayPath, yamlLineMap(text)) };
}

function toInputs(record: Record<string, unknown>): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const key of INPUT_KEYS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) out[key] = v.join('\n');
    else if (typeof v === 'object')
      out[key] = Object.entries(v)
        .map(([k, x]) => `${k}=${String(x)}`)
        .join('\n');
    else out[key] = String(v);
  }
  return out;
}

/** Reads the policy file; undefined when it is absent and was not named explicitly. */
export function loadPolicyFile(
  filePath: string,
  opts: { explicit: boolean; displayPath?: string },
): PolicyFile | undefined {
  const display = opts.displayPath ?? filePath;
  if (!existsSync(filePath)) {
    if (!opts.explicit) return undefined;
    throw new ConfigError(
      `Input \`config\`: the policy file ${display} does not exist (resolved to ${path.resolve(filePath)}).`,
    );
  }
  if (!statSync(filePath).isFile()) throw new ConfigError(`Input \`config\`: ${display} is not a file.`);
  if (statSync(filePath).size > MAX_BYTES) fail(display, undefined, `the file is larger than ${MAX_BYTES} bytes`);
  return parsePolicyText(readFileSync(filePath, 'utf8'), display);
}

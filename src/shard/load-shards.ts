import { constants } from 'node:buffer';
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { globSync } from 'tinyglobby';
import { isScannerId, isSourceId } from '../findings/finding.js';
// Compiled from shard.schema.json at build time (scripts/gen-validators.mjs): no run compiles a schema.
import validator from './shard.validator.js';
import { SHARD_FILE, type ShardFile } from './shard-file.js';

/** What every shard must agree on with the aggregate run. */
export interface ShardExpectations {
  readonly names: readonly string[];
  readonly sha: string;
  readonly policyHash: string;
  readonly toolVersion: string;
  readonly instance: string;
}

export interface LoadedShards {
  /** Shards that passed every check, in `expect-shards` order. */
  readonly shards: readonly ShardFile[];
  /** Each reason the aggregate cannot vouch for the whole scan; any one fails the gate. */
  readonly problems: readonly string[];
}

/** Shard files bigger than this are refused rather than read: the longest string JavaScript holds (512 MiB). */
const MAX_SHARD_BYTES = constants.MAX_STRING_LENGTH;

type ShardValidator = ((data: unknown) => data is ShardFile) & { errors?: ErrorObject[] | null };
const validateShard = validator as unknown as ShardValidator;

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Reads and validates one folder's shard.json. Errors never quote the file's content. */
function readShard(folder: string, validate: ShardValidator): ShardFile | string {
  const file = path.join(folder, SHARD_FILE);
  let text: string;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return `${file} is not a regular file (links are not followed)`;
    if (stat.size > MAX_SHARD_BYTES) return `${file} is larger than ${MAX_SHARD_BYTES} bytes`;
    text = readFileSync(file, 'utf8');
  } catch {
    return `${folder} holds no ${SHARD_FILE} — not a shard result folder (was the shard's output-dir uploaded?)`;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return `${file} is not valid JSON (truncated or corrupt upload?)`;
  }
  if (!validate(data)) return `${file} does not match the shard schema: ${describeErrors(validate.errors)}`;
  const unknown =
    data.runs.find((r) => !isScannerId(r.id)) ??
    data.findings.find(
      (f) =>
        !isScannerId(f.scanner) ||
        (f.ruleReport !== undefined && (!isScannerId(f.ruleReport.scanner) || isSourceId(f.ruleReport.scanner))),
    );
  if (unknown) return `${file} names a scanner this scan-gate does not know`;
  return data;
}

function mismatch(shard: ShardFile, expected: ShardExpectations): string | undefined {
  const name = `shard "${shard.shard}"`;
  if (shard.toolVersion !== expected.toolVersion) {
    return `${name} was produced by scan-gate ${shard.toolVersion}, this aggregate run is ${expected.toolVersion} — use one version in every job`;
  }
  if (shard.sha !== expected.sha) {
    return `${name} scanned commit ${shard.sha.slice(0, 12)}, this run is for ${expected.sha.slice(0, 12)} — a stale artifact from another run?`;
  }
  if (shard.policyHash !== expected.policyHash) {
    return `${name} was gated by a different policy (policy file or inputs differ: ${shard.policyHash.slice(7, 19)} ≠ ${expected.policyHash.slice(7, 19)})`;
  }
  if (shard.instance !== expected.instance) {
    return `${name} belongs to instance "${shard.instance}", this run is instance "${expected.instance}"`;
  }
  return undefined;
}

/**
 * Finds the shard folders the aggregate globs match and checks each against what this run expects. Nothing is
 * silently dropped: a missing, duplicated, unexpected, stale or corrupt shard becomes a named problem.
 */
export function loadShards(opts: {
  readonly patterns: readonly string[];
  readonly cwd: string;
  readonly expected: ShardExpectations;
}): LoadedShards {
  const folders = globSync([...opts.patterns], { cwd: opts.cwd, onlyDirectories: true, absolute: true, dot: true })
    .map((f) => f.replace(/\/+$/, ''))
    .sort();
  const problems: string[] = [];
  const byName = new Map<string, ShardFile>();
  for (const folder of folders) {
    const shard = readShard(folder, validateShard);
    if (typeof shard === 'string') {
      problems.push(shard);
      continue;
    }
    if (byName.has(shard.shard)) {
      problems.push(`shard "${shard.shard}" appears twice (${folder}) — artifact names must be unique per shard`);
      continue;
    }
    byName.set(shard.shard, shard);
  }
  const shards: ShardFile[] = [];
  for (const name of opts.expected.names) {
    const shard = byName.get(name);
    if (!shard) {
      problems.push(
        `shard "${name}" is missing: no folder matching ${opts.patterns.join(', ')} holds its ${SHARD_FILE} (cancelled or failed job, or upload failed?)`,
      );
      continue;
    }
    const wrong = mismatch(shard, opts.expected);
    if (wrong) problems.push(wrong);
    else shards.push(shard);
  }
  for (const name of byName.keys()) {
    if (!opts.expected.names.includes(name)) {
      problems.push(`shard "${name}" is not listed in expect-shards (${opts.expected.names.join(', ')})`);
    }
  }
  return { shards, problems };
}

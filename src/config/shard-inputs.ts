import { ConfigError } from './errors.js';
import { parseGlobs, splitList } from './input-parsers.js';
import type { ShardMode } from './types.js';

const SHARD_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

function shardName(input: string, value: string): string {
  if (!SHARD_NAME.test(value)) {
    throw new ConfigError(
      `Input \`${input}\`: "${value}" is not a shard name (1–64 letters, digits, "-", "_" or ".").`,
    );
  }
  return value;
}

/** `shard`, `aggregate` and `expect-shards`: one of the three run kinds, validated together. */
export function parseShardMode(values: { shard: string; aggregate: string; expectShards: string }): ShardMode {
  const shard = values.shard.trim();
  const patterns = values.aggregate.trim() ? parseGlobs('aggregate', values.aggregate) : [];
  const expect = splitList(values.expectShards).map((n) => shardName('expect-shards', n));
  if (shard && patterns.length > 0) {
    throw new ConfigError(
      'Inputs `shard` and `aggregate` cannot be combined: a shard job scans its part, the aggregate job merges the shards.',
    );
  }
  if (shard) {
    if (expect.length > 0)
      throw new ConfigError('Input `expect-shards` belongs to the aggregate run (with `aggregate`), not to a shard.');
    return { kind: 'shard', name: shardName('shard', shard) };
  }
  if (patterns.length === 0) {
    if (expect.length > 0)
      throw new ConfigError('Input `expect-shards` needs `aggregate` (the globs of the downloaded shard folders).');
    return { kind: 'single' };
  }
  if (expect.length === 0) {
    throw new ConfigError(
      'Input `aggregate` needs `expect-shards`: the comma list of every shard name the matrix runs, so a missing shard fails the gate instead of passing unseen.',
    );
  }
  const dup = expect.find((n, i) => expect.indexOf(n) !== i);
  if (dup) throw new ConfigError(`Input \`expect-shards\` names "${dup}" twice.`);
  return { kind: 'aggregate', patterns, expect };
}

import type { Finding } from '../../src/findings/finding.js';
import { SHARD_FORMAT, SHARD_FORMAT_VERSION, type ShardFile } from '../../src/shard/shard-file.js';

/** A shard.json of commit `a…a`, policy hash `0…0`, instance `default`, holding these findings (and `over`). */
export function shardFile(name: string, findings: Finding[], over: Partial<ShardFile> = {}): ShardFile {
  return {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    shard: name,
    toolVersion: '0.2.0',
    sha: 'a'.repeat(40),
    policyHash: `sha256:${'0'.repeat(64)}`,
    instance: 'default',
    createdAt: '2026-11-30T00:00:00.000Z',
    path: '.',
    findings,
    runs: [],
    nativeIgnores: [],
    warnings: [],
    ...over,
  };
}

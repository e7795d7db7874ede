import path from 'node:path';
import type { NativeIgnoreRule } from '../config/native-ignores.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import type { ScannerRun } from '../policy/types.js';
import { replaceFileWith } from '../report/replace-file.js';
import type { EventInfo, ScannedRange } from '../report/types.js';
import { loadShards } from '../shard/load-shards.js';
import { mergeShards } from '../shard/merge-shards.js';
import { policyHash, SHARD_FILE, SHARD_FORMAT, SHARD_FORMAT_VERSION, type ShardFile } from '../shard/shard-file.js';

/** What the evaluate stage needs, whether it came from scanners or from shard folders. */
export interface CollectedFindings {
  readonly findings: readonly Finding[];
  readonly runs: readonly ScannerRun[];
  readonly range?: ScannedRange;
  readonly warnings: readonly string[];
  readonly nativeIgnores: readonly NativeIgnoreRule[];
  /** Aggregate only: shards that are missing, stale or corrupt (each fails the gate). */
  readonly problems: readonly string[];
}

/** The aggregate run's "scan": the shards' folders, checked and merged. */
export function collectShardFindings(opts: {
  readonly config: Config;
  readonly patterns: readonly string[];
  readonly expect: readonly string[];
  readonly sha: string;
  readonly toolVersion: string;
}): CollectedFindings {
  const { config } = opts;
  const loaded = loadShards({
    patterns: opts.patterns,
    cwd: config.workspace,
    expected: {
      names: opts.expect,
      sha: opts.sha,
      policyHash: policyHash(config.policy),
      toolVersion: opts.toolVersion,
      instance: config.instance,
    },
  });
  const merged = mergeShards(loaded.shards);
  return { ...merged, problems: loaded.problems };
}

/** A shard run's hand-over to the aggregate job: written beside report.json in the output folder. */
export function writeShardFile(opts: {
  readonly config: Config;
  readonly name: string;
  readonly event: EventInfo;
  readonly collected: CollectedFindings;
  readonly toolVersion: string;
  readonly now: Date;
}): string {
  const { config, collected } = opts;
  const shard: ShardFile = {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    shard: opts.name,
    toolVersion: opts.toolVersion,
    sha: opts.event.sha,
    policyHash: policyHash(config.policy),
    instance: config.instance,
    createdAt: opts.now.toISOString(),
    path: path.relative(config.workspace, config.path).split(path.sep).join('/') || '.',
    range: collected.range,
    findings: collected.findings,
    runs: collected.runs,
    nativeIgnores: collected.nativeIgnores,
    warnings: collected.warnings,
  };
  const file = path.join(config.outputDir, SHARD_FILE);
  replaceFileWith(file, `${JSON.stringify(shard)}\n`);
  return file;
}

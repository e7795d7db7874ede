import type { NativeIgnoreRule } from '../config/native-ignores.js';
import type { Finding, ScannerId } from '../findings/finding.js';
import { mergeFindings } from '../findings/normalise.js';
import { nativeIgnoreMatches } from '../policy/ignores.js';
import type { ScannerRun, Verdict } from '../policy/types.js';
import type { ScannedRange } from '../report/types.js';
import type { ShardFile } from './shard-file.js';

export interface MergedShards {
  readonly findings: Finding[];
  /** One run per scanner across shards, so SARIF keeps one category per scanner. */
  readonly runs: ScannerRun[];
  readonly range?: ScannedRange;
  readonly warnings: string[];
  readonly nativeIgnores: NativeIgnoreRule[];
}

const STATUS_RANK: Record<ScannerRun['status'], number> = { error: 2, ok: 1, skipped: 0 };

function mergeRuns(id: ScannerId, parts: readonly { shard: string; run: ScannerRun }[]): ScannerRun {
  const worst = parts.reduce((a, b) => (STATUS_RANK[b.run.status] > STATUS_RANK[a.run.status] ? b : a));
  const errors = parts.filter((p) => p.run.error).map((p) => `shard ${p.shard}: ${p.run.error}`);
  const versions = [...new Set(parts.map((p) => p.run.version).filter((v): v is string => !!v))];
  const ages = parts.map((p) => p.run.dbAgeHours).filter((a): a is number => a !== undefined);
  return {
    id,
    version: versions.length > 0 ? versions.join(', ') : undefined,
    status: worst.run.status,
    durationMs: Math.max(...parts.map((p) => p.run.durationMs)),
    error: errors.length > 0 ? errors.join('; ') : undefined,
    findings: parts.reduce((n, p) => n + p.run.findings, 0),
    install: parts.find((p) => p.run.install)?.run.install,
    dbAgeHours: ages.length > 0 ? Math.max(...ages) : undefined,
    note: `shards: ${parts.map((p) => p.shard).join(', ')}`,
  };
}

function mergeRange(shards: readonly ShardFile[]): ScannedRange | undefined {
  const withRange = shards.filter((s) => s.range);
  if (withRange.length === 0) return undefined;
  const counts = withRange.map((s) => s.range?.commitCount).filter((c): c is number => c !== undefined);
  const warnings = withRange.map((s) => s.range?.warning && `shard ${s.shard}: ${s.range.warning}`).filter(Boolean);
  return {
    description: withRange.map((s) => `shard ${s.shard}: ${s.range?.description}`).join('; '),
    commitCount: counts.length > 0 ? Math.max(...counts) : undefined,
    warning: warnings.length > 0 ? warnings.join('; ') : undefined,
  };
}

/** All shards as if one run had scanned everything: the same finding from two shards counts once. */
export function mergeShards(shards: readonly ShardFile[]): MergedShards {
  const all: Finding[] = [];
  const runsById = new Map<ScannerId, { shard: string; run: ScannerRun }[]>();
  const ignores = new Map<string, NativeIgnoreRule>();
  const warnings = new Set<string>();
  for (const shard of shards) {
    for (const f of shard.findings) all.push(f);
    for (const run of shard.runs) {
      const list = runsById.get(run.id) ?? [];
      list.push({ shard: shard.shard, run });
      runsById.set(run.id, list);
    }
    for (const rule of shard.nativeIgnores) {
      // Scoped to this shard's findings: its .trivyignore was read for its part of the repository only.
      const fingerprints = shard.findings.filter((f) => nativeIgnoreMatches(rule, f)).map((f) => f.fingerprint);
      const scoped = { ...rule, fingerprints };
      ignores.set(JSON.stringify(scoped), scoped);
    }
    for (const w of shard.warnings) warnings.add(`shard ${shard.shard}: ${w}`);
  }
  return {
    findings: mergeFindings(all),
    runs: [...runsById.entries()].map(([id, parts]) => mergeRuns(id, parts)),
    range: mergeRange(shards),
    warnings: [...warnings],
    nativeIgnores: [...ignores.values()],
  };
}

/**
 * Shard problems fail the gate whatever the findings say (fail closed), and lead the reasons. Nothing is
 * "fixed" either: a missing or refused shard did not look, so its baseline findings stay open (report,
 * Security Hub, OCSF).
 */
export function withShardProblems(verdict: Verdict, problems: readonly string[]): Verdict {
  if (problems.length === 0) return verdict;
  const reasons = verdict.verdict === 'pass' ? verdict.reasons.slice(1) : verdict.reasons;
  return {
    ...verdict,
    verdict: 'fail',
    fixed: [],
    reasons: [...problems.map((p) => `aggregate: ${p}`), ...reasons],
  };
}

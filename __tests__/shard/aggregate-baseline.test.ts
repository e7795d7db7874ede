import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { Finding } from '../../src/findings/finding.js';
import type { RunnerEvent } from '../../src/github/event.js';
import type { RunnerIO } from '../../src/github/runner.js';
import { type GateAdapters, runGate } from '../../src/pipeline/run-gate.js';
import type { Baseline } from '../../src/policy/types.js';
import { policyHash, type ShardFile } from '../../src/shard/shard-file.js';
import { TOOL_VERSION } from '../../src/version.js';

const SHA = 'e'.repeat(40);
const NOW = new Date('2026-11-29T12:00:00Z');

function finding(rule: string, file: string, severity: Finding['severity']): Finding {
  return {
    scanner: 'bandit',
    sources: ['bandit'],
    ruleId: rule,
    aliases: [],
    category: 'code',
    severity,
    title: `${rule} in ${file}`,
    location: { path: file, startLine: 3 },
    fingerprint: `fp-${rule}-${file}`,
  };
}

function silentRunner(log: string[]): RunnerIO {
  return {
    input: () => '',
    setOutput: () => {},
    info: (m) => log.push(m),
    notice: (m) => log.push(m),
    warning: (m) => log.push(m),
    error: (m) => log.push(m),
    annotate: () => {},
    writeSummary: async () => true,
    mask: () => {},
  };
}

describe('aggregate run: mode new baselines and SLAs across shards, as in a single run', () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'agg-baseline-'));
  const inputs: Record<string, string> = {
    mode: 'new',
    'fail-on': 'high',
    aggregate: 'results/*',
    'expect-shards': 'one,two',
    'output-dir': path.join(ws, 'out'),
  };
  const config = loadConfig({ inputs: (n) => inputs[n] ?? '', env: { workspace: ws } });
  const old = finding('B602', 'svc-one/a.py', 'high');
  const fresh = finding('B602', 'svc-two/b.py', 'high');
  const medium = finding('B506', 'svc-two/c.py', 'medium');
  /** Each test writes the shards for the policy it runs with: no test depends on another's files. */
  const writeShards = (hash: string) => {
    for (const [name, findings] of [
      ['one', [old]],
      ['two', [fresh, medium]],
    ] as const) {
      const shard: ShardFile = {
        format: 'scan-gate-shard',
        formatVersion: 1,
        shard: name,
        toolVersion: TOOL_VERSION,
        sha: SHA,
        policyHash: hash,
        instance: 'default',
        createdAt: NOW.toISOString(),
        path: `svc-${name}`,
        findings,
        runs: [{ id: 'bandit', status: 'ok', durationMs: 5, findings: findings.length, version: '1.8.0' }],
        nativeIgnores: [],
        warnings: [],
      };
      mkdirSync(path.join(ws, 'results', name), { recursive: true });
      writeFileSync(path.join(ws, 'results', name, 'shard.json'), JSON.stringify(shard));
    }
  };
  const baseline: Baseline = {
    version: 1,
    createdAt: '2026-11-01T00:00:00Z',
    entries: {
      [old.fingerprint]: { firstSeen: '2026-11-01T00:00:00Z', ruleId: 'B602', path: old.location.path },
      [medium.fingerprint]: { firstSeen: '2026-11-20T00:00:00Z', ruleId: 'B506', path: medium.location.path },
      'fp-gone': { firstSeen: '2026-10-01T00:00:00Z', ruleId: 'B101', path: 'svc-one/gone.py' },
    },
  };
  const event: RunnerEvent = {
    info: { name: 'pull_request', owner: 'o', repo: 'r', sha: SHA, serverUrl: 'https://github.com', prNumber: 3 },
    payload: { pull_request: { number: 3, base: { ref: 'main' } } },
  } as RunnerEvent;

  it('only the finding absent from the base branch baseline blocks; old ones are existing, gone ones fixed', async () => {
    writeShards(policyHash(config.policy));
    const log: string[] = [];
    const restored: string[] = [];
    const adapters: GateAdapters = {
      runner: silentRunner(log),
      install: async () => {
        throw new Error('the aggregate run installs nothing');
      },
      baselineStore: {
        restore: async (key) => {
          restored.push(key.branch);
          return baseline;
        },
        save: async () => {},
      },
      report: {},
      now: () => NOW,
      finish: async () => {},
    };
    const result = await runGate({
      config,
      event,
      adapters,
      toolVersion: TOOL_VERSION,
      workRoot: mkdtempSync(path.join(tmpdir(), 'agg-work-')),
    });
    const byPrint = new Map(result.report.verdict.findings.map((f) => [f.fingerprint, f]));
    expect(restored).toEqual(['main']);
    expect(byPrint.get(old.fingerprint)).toMatchObject({ status: 'existing', blocking: false });
    expect(byPrint.get(fresh.fingerprint)).toMatchObject({ status: 'new', blocking: true });
    expect(result.report.verdict.fixed.map((f) => f.fingerprint)).toEqual(['fp-gone']);
    expect(result.exitCode).toBe(1);
    expect(result.report.verdict.blocking).toBe(1);
  });

  it('SLAs use first-seen dates from the baseline for findings from any shard', async () => {
    const slaInputs: Record<string, string> = { ...inputs, mode: 'all' };
    const withSla = loadConfig({ inputs: (n) => slaInputs[n] ?? '', env: { workspace: ws } });
    const policy = { ...withSla.policy, sla: { medium: 7 * 24 * 3600 * 1000, high: 24 * 3600 * 1000 } };
    writeShards(policyHash(policy));
    const adapters: GateAdapters = {
      runner: silentRunner([]),
      install: async () => {
        throw new Error('unused');
      },
      baselineStore: { restore: async () => baseline, save: async () => {} },
      report: {},
      now: () => NOW,
      finish: async () => {},
    };
    const result = await runGate({
      config: { ...withSla, policy },
      event,
      adapters,
      toolVersion: TOOL_VERSION,
      workRoot: mkdtempSync(path.join(tmpdir(), 'agg-work-')),
    });
    const byPrint = new Map(result.report.verdict.findings.map((f) => [f.fingerprint, f]));
    expect(byPrint.get(old.fingerprint)?.overdue).toBe(true);
    expect(byPrint.get(medium.fingerprint)?.overdue).toBe(true);
    expect(byPrint.get(fresh.fingerprint)?.overdue).toBe(false);
    expect(result.report.verdict.overdue).toBe(2);
  });
});

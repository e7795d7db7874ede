/**
 * An aggregate run on the default branch with Security Hub on: a shard that is missing did not look at
 * its part of the repository, so its findings from the baseline must not be archived and resolved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCacheService } from '../harness/fake-cache.js';
import { FakeSecurityHub } from '../harness/fake-security-hub.js';
import { runAction } from '../harness/run-action.js';

function sarif(ruleId: string, file: string): string {
  const results = [
    {
      ruleId,
      level: 'error',
      message: { text: `${ruleId} reached` },
      locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: 3 } } }],
    },
  ];
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, results }] });
}

describe('aggregate with a missing shard, forwarding to Security Hub', () => {
  let hub: FakeSecurityHub;
  let cache: FakeCacheService;
  let ws: string;
  let runnerTemp: string;
  beforeEach(async () => {
    hub = await new FakeSecurityHub().start();
    cache = await new FakeCacheService().start();
    ws = mkdtempSync(path.join(tmpdir(), 'shard-fwd-'));
    runnerTemp = mkdtempSync(path.join(tmpdir(), 'shard-fwd-rt-'));
    writeFileSync(path.join(ws, 'api.sarif'), sarif('js/sql-injection', 'api/db.js'));
    writeFileSync(path.join(ws, 'web.sarif'), sarif('js/xss', 'web/page.js'));
  });
  afterEach(async () => {
    await Promise.all([hub.stop(), cache.stop()]);
  });

  const common = { 'fail-on': 'none', 'upload-sarif': 'false', issue: 'false', 'security-hub': 'true' };
  const env = (runId: string) => ({ ...hub.env(), ...cache.env(), GITHUB_RUN_ID: runId, RUNNER_TEMP: runnerTemp });
  const shard = (name: string, dir: string, runId: string) =>
    runAction({
      workspace: ws,
      eventName: 'push',
      inputs: {
        ...common,
        shard: name,
        scanners: 'sarif',
        'sarif-files': `${name}.sarif`,
        'output-dir': `${dir}/s-${name}`,
      },
      env: env(runId),
    });
  const aggregate = (dir: string, runId: string) =>
    runAction({
      workspace: ws,
      eventName: 'push',
      inputs: { ...common, aggregate: `${dir}/s-*`, 'expect-shards': 'api,web', 'output-dir': `${dir}/agg` },
      env: env(runId),
    });

  it('the missing shard findings stay open in Security Hub and are not reported fixed', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'shard-fwd-1-'));
    expect((await shard('api', first, '3001')).exitCode).toBe(0);
    expect((await shard('web', first, '3001')).exitCode).toBe(0);
    const full = await aggregate(first, '3001');
    expect(full.exitCode, full.stdout).toBe(0);
    expect(hub.findings.size).toBe(2);

    const second = mkdtempSync(path.join(tmpdir(), 'shard-fwd-2-'));
    expect((await shard('web', second, '3002')).exitCode).toBe(0);
    const partial = await aggregate(second, '3002');
    expect(partial.exitCode).toBe(1);
    expect(partial.stdout).toMatch(/shard "api" is missing/);
    const report = JSON.parse(readFileSync(path.join(second, 'agg', 'report.json'), 'utf8'));
    expect(report.fixed).toEqual([]);
    expect(report.totals.fixed).toBe(0);
    expect(hub.requests.filter((r) => r.operation === 'BatchUpdateFindings')).toEqual([]);
    const archived = [...hub.findings.values()].filter((f) => f.RecordState === 'ARCHIVED');
    expect(archived).toEqual([]);
  }, 120_000);
});

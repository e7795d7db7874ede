import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { type ActionResult, runAction } from '../harness/run-action.js';
import { hasTool } from '../harness/tools.js';

const PR_EVENT = {
  pull_request: {
    number: 12,
    head: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
};

function eslintSarif(file: string, line: number): string {
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'ESLint',
            rules: [{ id: 'no-eval', properties: { 'security-severity': '8.1' }, shortDescription: { text: 'eval' } }],
          },
        },
        results: [
          {
            ruleId: 'no-eval',
            level: 'error',
            message: { text: 'eval can be harmful.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: line } } }],
          },
        ],
      },
    ],
  });
}

/** A monorepo with three services: two Python (bandit findings) and one web app with an ESLint SARIF report. */
function monorepo(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'shards-ws-'));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  };
  write('services/api/app.py', 'import subprocess\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n');
  write('services/worker/jobs.py', 'import yaml\n\ndef load(text):\n    return yaml.load(text)\n');
  write('services/web/app.js', 'const x = 1;\neval(process.argv[2]);\n');
  write('services/web/eslint.sarif', eslintSarif('services/web/app.js', 2));
  return ws;
}

const SHARDS = [
  { name: 'api', path: 'services/api', scanners: 'bandit' },
  { name: 'worker', path: 'services/worker', scanners: 'bandit' },
  // The web shard and the worker shard both gate the same SARIF file: the aggregate must count it once.
  { name: 'web', path: 'services/web', scanners: 'sarif' },
];
const SARIF_GLOB = 'services/web/*.sarif';

interface Finding {
  fingerprint: string;
  blocking: boolean;
  ruleId: string;
  sources: string[];
}

function readReport(result: ActionResult): { verdict: string; findings: Finding[]; reasons: string[] } {
  return JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8'));
}

describe.runIf(hasTool('bandit'))('matrix shards: three shard runs and one aggregate run of the bundled action', () => {
  let gh: FakeGithub;
  let ws: string;
  let results: string;
  const shardRuns: ActionResult[] = [];
  let single: ActionResult;
  let singleRequests: number;
  let aggregate: ActionResult;

  const aggregateOnce = (env: Record<string, string> = {}, inputs: Record<string, string> = {}, folder = results) =>
    runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: PR_EVENT,
      apiUrl: gh.url,
      inputs: {
        aggregate: `${path.relative(ws, folder)}/scan-gate-shard-*`,
        'expect-shards': 'api,worker,web',
        'fail-on': 'high',
        'output-dir': mkdtempSync(path.join(tmpdir(), 'shards-agg-out-')),
        ...inputs,
      },
      env,
    });

  beforeAll(async () => {
    gh = await startFakeGithub();
    ws = monorepo();
    results = mkdtempSync(path.join(tmpdir(), 'shards-results-'));
    for (const shard of SHARDS) {
      shardRuns.push(
        await runAction({
          workspace: ws,
          eventName: 'pull_request',
          event: PR_EVENT,
          apiUrl: gh.url,
          inputs: {
            shard: shard.name,
            path: shard.path,
            scanners: shard.name === 'worker' ? 'bandit,sarif' : shard.scanners,
            'sarif-files': shard.name === 'api' ? '' : SARIF_GLOB,
            versions: 'bandit=path',
            'fail-on': 'high',
            'output-dir': path.join(results, `scan-gate-shard-${shard.name}`),
          },
        }),
      );
    }
    const shardRequests = gh.requests.length;
    expect(shardRequests).toBe(0);
    single = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: PR_EVENT,
      apiUrl: gh.url,
      inputs: {
        scanners: 'bandit,sarif',
        'sarif-files': SARIF_GLOB,
        versions: 'bandit=path',
        'fail-on': 'high',
        comment: 'false',
        'upload-sarif': 'false',
        'output-dir': mkdtempSync(path.join(tmpdir(), 'shards-single-out-')),
      },
    });
    singleRequests = gh.requests.length;
    aggregate = await aggregateOnce();
  }, 300_000);
  afterAll(async () => {
    await gh?.close();
  });

  it('shard runs write shard.json and exit 0 on findings, posting nothing', () => {
    for (const [i, run] of shardRuns.entries()) {
      expect(run.stderr).toBe('');
      expect(run.exitCode, run.stdout).toBe(0);
      const file = path.join(results, `scan-gate-shard-${SHARDS[i]?.name}`, 'shard.json');
      const shard = JSON.parse(readFileSync(file, 'utf8'));
      expect(shard).toMatchObject({ format: 'scan-gate-shard', shard: SHARDS[i]?.name, sha: 'a'.repeat(40) });
      // With no baseline of its own, a shard still carries the 0.1.x fingerprints: the aggregate needs them.
      const located = (shard.findings as { category: string; legacyFingerprints?: string[] }[]).filter(
        (f) => f.category !== 'vulnerability',
      );
      expect(located.length).toBeGreaterThan(0);
      for (const f of located) expect(f.legacyFingerprints?.[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    }
    expect(shardRuns[0]?.stdout).toMatch(/the aggregate decides/);
  });

  it('the aggregate verdict equals the single run on the whole repository: same findings, same blocking set', () => {
    expect(single.exitCode).toBe(1);
    expect(aggregate.exitCode).toBe(1);
    expect(aggregate.outputs.verdict).toBe('fail');
    const a = readReport(aggregate);
    const s = readReport(single);
    const prints = (r: { findings: Finding[] }, blockingOnly: boolean) =>
      r.findings
        .filter((f) => !blockingOnly || f.blocking)
        .map((f) => f.fingerprint)
        .sort();
    expect(prints(a, false)).toEqual(prints(s, false));
    expect(prints(a, true)).toEqual(prints(s, true));
    expect(prints(a, true).length).toBeGreaterThanOrEqual(2);
    expect(a.findings.map((f) => f.ruleId).sort()).toEqual(['B404', 'B506', 'B602', 'no-eval']);
    expect(a.findings.find((f) => f.ruleId === 'no-eval')?.sources).toEqual(['sarif']);
    expect(aggregate.outputs.blocking).toBe(single.outputs.blocking);
    expect(aggregate.outputs.total).toBe(single.outputs.total);
  });

  it('publishes once: one PR comment and one SARIF upload per scanner category', () => {
    expect(singleRequests).toBe(0);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]?.body).toMatch(/scan-gate/);
    const categories = gh.state.sarifs.map(
      (u) => (u.sarif as { runs: { automationDetails?: { id?: string } }[] }).runs[0]?.automationDetails?.id,
    );
    expect(categories.sort()).toEqual(['scan-gate/bandit/', 'scan-gate/sarif/']);
    const bandit = gh.state.sarifs.find((u) => JSON.stringify(u.sarif).includes('scan-gate/bandit/'));
    const banditLog = bandit?.sarif as { runs: { results: unknown[] }[] } | undefined;
    expect(banditLog?.runs[0]?.results).toHaveLength(3);
    expect(gh.requests.filter((r) => r.rejected)).toEqual([]);
  });

  describe('fails closed and names the shard', () => {
    function tampered(change: (dir: string) => void): string {
      const copy = mkdtempSync(path.join(tmpdir(), 'shards-tampered-'));
      cpSync(results, copy, { recursive: true });
      change(copy);
      return copy;
    }
    const editShard = (dir: string, name: string, edit: (shard: Record<string, unknown>) => void) => {
      const file = path.join(dir, `scan-gate-shard-${name}`, 'shard.json');
      const shard = JSON.parse(readFileSync(file, 'utf8'));
      edit(shard);
      writeFileSync(file, JSON.stringify(shard));
    };
    const aggregateRun = (env: Record<string, string>, inputs: Record<string, string>, folder?: string) =>
      aggregateOnce(env, { 'upload-sarif': 'false', comment: 'false', ...inputs }, folder);
    const expectFailure = (run: ActionResult, pattern: RegExp) => {
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(readReport(run).reasons.join('\n')).toMatch(pattern);
      expect(run.stdout).toMatch(pattern);
    };

    it('a missing shard (cancelled job or failed upload)', async () => {
      const run = await aggregateRun({}, { 'expect-shards': 'api,worker,web,mobile' });
      expectFailure(run, /shard "mobile" is missing/);
    });

    it('a shard produced for a different commit', async () => {
      const dir = tampered((d) =>
        editShard(d, 'worker', (s) => {
          s.sha = 'd'.repeat(40);
        }),
      );
      expectFailure(await aggregateRun({}, {}, dir), /shard "worker" scanned commit dddddddddddd/);
    });

    it('a shard produced with a different policy', async () => {
      expectFailure(await aggregateRun({}, { 'fail-on': 'critical' }), /shard "api" was gated by a different policy/);
    });

    it('a shard produced by another scan-gate version', async () => {
      const dir = tampered((d) =>
        editShard(d, 'web', (s) => {
          s.toolVersion = '0.0.9';
        }),
      );
      expectFailure(await aggregateRun({}, {}, dir), /shard "web" was produced by scan-gate 0\.0\.9/);
    });

    it('a report that does not validate against the shard schema, and one that is not JSON', async () => {
      const dir = tampered((d) => {
        editShard(d, 'api', (s) => {
          delete s.findings;
        });
        writeFileSync(path.join(d, 'scan-gate-shard-web', 'shard.json'), '{"format":"scan-gate-shard", "shard":');
      });
      const run = await aggregateRun({}, {}, dir);
      expectFailure(
        run,
        /scan-gate-shard-api\/shard\.json does not match the shard schema: \(top level\) must have required property 'findings'/,
      );
      expect(readReport(run).reasons.join('\n')).toMatch(/scan-gate-shard-web\/shard\.json is not valid JSON/);
      expect(readReport(run).reasons.join('\n')).toMatch(/shard "api" is missing/);
    });

    it('a shard that appears twice, and one that is not expected', async () => {
      const dir = tampered((d) => {
        cpSync(path.join(d, 'scan-gate-shard-api'), path.join(d, 'scan-gate-shard-api-copy'), { recursive: true });
        cpSync(path.join(d, 'scan-gate-shard-web'), path.join(d, 'scan-gate-shard-extra'), { recursive: true });
        editShard(d, 'extra', (s) => {
          s.shard = 'extra';
        });
      });
      const run = await aggregateRun({}, {}, dir);
      expectFailure(run, /shard "api" appears twice/);
      expect(readReport(run).reasons.join('\n')).toMatch(/shard "extra" is not listed in expect-shards/);
    });

    it('a shard whose scanner broke fails its own job and the aggregate', async () => {
      const broken = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        event: PR_EVENT,
        inputs: {
          shard: 'web',
          path: 'services/web',
          scanners: 'sarif',
          'sarif-files': 'services/web/missing-*.sarif',
          'fail-on': 'high',
          'output-dir': path.join(
            tampered((d) => rmSync(path.join(d, 'scan-gate-shard-web'), { recursive: true })),
            'scan-gate-shard-web',
          ),
        },
      });
      expect(broken.exitCode).toBe(1);
      const run = await aggregateRun({}, {}, path.dirname(path.dirname(broken.outputs.report ?? '')));
      expectFailure(run, /sarif failed \(fail-on-scanner-error\): shard web:/);
    });
  });
});

describe.runIf(hasTool('bandit'))('matrix shards from the CLI: --shard, --aggregate, --expect-shards', () => {
  it('two scanner shards aggregate to the single-run verdict; a missing shard exits 1 naming it', async () => {
    const ws = monorepo();
    const out = mkdtempSync(path.join(tmpdir(), 'shards-cli-'));
    const cli = (args: string[]) => runAction({ workspace: ws, script: 'dist/cli.js', args, env: { CI: 'true' } });
    const python = await cli([
      'scan',
      '.',
      '--scanners',
      'bandit',
      '--versions',
      'bandit=path',
      '--shard',
      'python',
      '--output-dir',
      path.join(out, 'scan-gate-shard-python'),
    ]);
    const sarif = await cli([
      'scan',
      '.',
      '--scanners',
      'sarif',
      '--sarif-files',
      SARIF_GLOB,
      '--shard',
      'sarif',
      '--output-dir',
      path.join(out, 'scan-gate-shard-sarif'),
    ]);
    expect([python.exitCode, sarif.exitCode]).toEqual([0, 0]);
    const agg = await cli([
      'scan',
      '.',
      '--aggregate',
      `${out}/scan-gate-shard-*`,
      '--expect-shards',
      'python,sarif',
      '--json',
    ]);
    expect(agg.exitCode, agg.stderr).toBe(1);
    const report = JSON.parse(agg.stdout);
    expect(report.findings.map((f: Finding) => f.ruleId).sort()).toEqual(['B404', 'B506', 'B602', 'no-eval']);
    const missing = await cli([
      'scan',
      '.',
      '--aggregate',
      `${out}/scan-gate-shard-*`,
      '--expect-shards',
      'python,sarif,go',
    ]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout + missing.stderr).toMatch(/shard "go" is missing/);
    const both = await cli(['scan', '.', '--shard', 'a', '--aggregate', 'x/*']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toMatch(/`shard` and `aggregate` cannot be combined/);
  }, 120_000);
});

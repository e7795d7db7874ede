import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionResult, runAction } from '../harness/run-action.js';
import { plantSecrets } from '../harness/secrets.js';
import { gitleaksWrapper, hasTool } from '../harness/tools.js';

/** One SARIF finding (high) in a tiny workspace: no scanner binary needed. */
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'shard-attack-ws-'));
  mkdirSync(path.join(ws, 'app'));
  writeFileSync(path.join(ws, 'app', 'a.js'), 'eval(x)\n');
  const sarif = {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval', properties: { 'security-severity': '8.1' } }] } },
        results: [
          {
            ruleId: 'no-eval',
            level: 'error',
            message: { text: 'eval' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'app/a.js' }, region: { startLine: 1 } } }],
          },
        ],
      },
    ],
  };
  writeFileSync(path.join(ws, 'app', 'r.sarif'), JSON.stringify(sarif));
  return ws;
}

type Shard = Record<string, unknown> & { findings: Record<string, unknown>[]; runs: Record<string, unknown>[] };

describe('hostile shard folders given to the aggregate CLI run', () => {
  let ws: string;
  let original: string;
  const cli = (args: string[]) => runAction({ workspace: ws, script: 'dist/cli.js', args, env: { CI: 'true' } });

  beforeAll(async () => {
    ws = workspace();
    original = mkdtempSync(path.join(tmpdir(), 'shard-attack-orig-'));
    const run = await cli([
      'scan',
      '.',
      '--scanners',
      'sarif',
      '--sarif-files',
      'app/*.sarif',
      '--shard',
      'one',
      '--output-dir',
      path.join(original, 's-one'),
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
  }, 60_000);

  /** A copy of the shard results with shard.json edited (or the folder changed some other way). */
  function hostile(change: (dir: string, shard: Shard) => Shard | undefined): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'shard-attack-'));
    cpSync(original, dir, { recursive: true });
    const file = path.join(dir, 's-one', 'shard.json');
    const edited = change(dir, JSON.parse(readFileSync(file, 'utf8')));
    if (edited) writeFileSync(file, JSON.stringify(edited));
    return dir;
  }
  const aggregate = (dir: string, extra: string[] = []): Promise<ActionResult> =>
    cli(['scan', '.', '--aggregate', `${dir}/s-*`, '--expect-shards', 'one', '--json', ...extra]);
  const reasons = (run: ActionResult): string => (JSON.parse(run.stdout) as { reasons: string[] }).reasons.join('\n');

  it('a shard whose scanner claims status ok but carries an error fails the gate (no findings to hide it)', async () => {
    const dir = hostile((_d, s) => {
      s.findings = [];
      for (const r of s.runs) {
        r.error = 'scanner crashed: out of memory';
        r.findings = 0;
      }
      return s;
    });
    const run = await aggregate(dir);
    expect(run.exitCode, run.stdout).toBe(1);
    expect(reasons(run)).toMatch(/s-one\/shard\.json does not match the shard schema/);
  }, 60_000);

  it('a shard of another instance, and a shard whose findings carry __proto__ keys, are refused or inert', async () => {
    const other = await aggregate(
      hostile((_d, s) => {
        s.instance = 'nightly';
        return s;
      }),
    );
    expect(other.exitCode).toBe(1);
    expect(reasons(other)).toMatch(/shard "one" belongs to instance "nightly", this run is instance "default"/);
    const polluted = hostile((d) => {
      const file = path.join(d, 's-one', 'shard.json');
      const text = readFileSync(file, 'utf8').replace(
        '"ruleId"',
        // Fields the policy reads when a finding lacks them: inherited, they would waive the finding.
        '"__proto__":{"suppressed":{"source":"# nosec","reason":"polluted"},"severity":"low"},"ruleId"',
      );
      writeFileSync(file, text);
      return undefined;
    });
    const run = await aggregate(polluted);
    expect(run.exitCode).toBe(1);
    expect(reasons(run)).toMatch(/1 finding reaches fail-on high/);
    const finding = JSON.parse(run.stdout).findings[0];
    expect(finding).toMatchObject({ status: 'new', blocking: true });
    expect(finding.ignoredBy).toBeUndefined();
  }, 60_000);

  it('a shard.json too large to be a string is refused by size, not misreported as absent', async () => {
    // Sparse: 600 MiB on paper, nothing on disk. JavaScript strings stop at 512 MiB.
    const dir = hostile((d) => {
      truncateSync(path.join(d, 's-one', 'shard.json'), 600 * 2 ** 20);
      return undefined;
    });
    const run = await aggregate(dir);
    expect(run.exitCode).toBe(1);
    expect(reasons(run)).toMatch(/s-one\/shard\.json is larger than \d+ bytes/);
  }, 60_000);

  it("one shard's .trivyignore does not waive another shard's findings (as separate runs would not)", async () => {
    const dir = hostile((d, s) => {
      // Shard "one" scanned a service whose .trivyignore waives CVE-2024-0001 there.
      s.nativeIgnores = [{ file: '.trivyignore', scanner: 'trivy', id: 'CVE-2024-0001', source: '.trivyignore:1' }];
      const finding = {
        scanner: 'trivy',
        sources: ['trivy'],
        ruleId: 'CVE-2024-0001',
        aliases: [],
        category: 'vulnerability',
        severity: 'high',
        title: 'lodash: prototype pollution',
        location: { path: 'web/package-lock.json' },
        package: { name: 'lodash', version: '4.17.20', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
        fingerprint: 'e'.repeat(64),
      };
      // Shard "two" scanned another service, with no ignore file, and found that CVE.
      const two = {
        ...s,
        shard: 'two',
        findings: [finding],
        runs: [{ id: 'trivy', status: 'ok', durationMs: 1, findings: 1 }],
        nativeIgnores: [],
      };
      mkdirSync(path.join(d, 's-two'));
      writeFileSync(path.join(d, 's-two', 'shard.json'), JSON.stringify(two));
      return s;
    });
    const run = await cli(['scan', '.', '--aggregate', `${dir}/s-*`, '--expect-shards', 'one,two', '--json']);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; status: string; blocking: boolean }[] };
    expect(report.findings.find((f) => f.ruleId === 'CVE-2024-0001')).toMatchObject({ status: 'new', blocking: true });
    expect(run.exitCode).toBe(1);
  }, 60_000);

  it('the unedited shard aggregates to the shard own verdict (control)', async () => {
    const run = await aggregate(original);
    expect(run.exitCode).toBe(1);
    expect(reasons(run)).toMatch(/1 finding reaches fail-on high/);
  }, 60_000);

  it('a symlinked shard.json is refused; a shard "folder" that is a file or a link is reported missing', async () => {
    const linked = hostile((d) => {
      cpSync(path.join(d, 's-one', 'shard.json'), path.join(d, 'real.json'));
      const target = path.join(d, 's-one', 'shard.json');
      rmSync(target);
      symlinkSync(path.join(d, 'real.json'), target);
      return undefined;
    });
    const a = await aggregate(linked);
    expect(a.exitCode).toBe(1);
    expect(reasons(a)).toMatch(/shard\.json is not a regular file/);
    const file = mkdtempSync(path.join(tmpdir(), 'shard-attack-file-'));
    writeFileSync(path.join(file, 's-one'), readFileSync(path.join(original, 's-one', 'shard.json')));
    const b = await aggregate(file);
    expect(b.exitCode).toBe(1);
    expect(reasons(b)).toMatch(/shard "one" is missing/);
    const linkedFolder = mkdtempSync(path.join(tmpdir(), 'shard-attack-dirlink-'));
    symlinkSync(path.join(original, 's-one'), path.join(linkedFolder, 's-one'));
    const c = await aggregate(linkedFolder);
    expect(c.exitCode).toBe(1);
    expect(reasons(c)).toMatch(/shard "one" is missing/);
  }, 60_000);

  it('workflow commands, control characters and newlines in shard text never reach the log as commands', async () => {
    const dir = hostile((_d, s) => {
      const f = s.findings[0] ?? {};
      f.title = 'x\u001b[31mred\n::error::injected';
      s.warnings = ['::warning::w\n::set-output name=verdict::pass'];
      return s;
    });
    const run = await cli(['scan', '.', '--aggregate', `${dir}/s-*`, '--expect-shards', 'one']);
    expect(run.exitCode).toBe(1);
    for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) expect(line).not.toMatch(/^::/);
    expect(run.stdout).not.toContain('\u001b[31m');
  }, 60_000);
});

describe.runIf(hasTool('gitleaksScript'))('a secrets shard (real gitleaks) and its aggregate', () => {
  it('no planted secret value reaches shard.json, the shard folder, the aggregate report or either log', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'shard-secrets-'));
    const secrets = plantSecrets(ws);
    const bin = `${ws}-bin`;
    gitleaksWrapper(bin);
    const shards = mkdtempSync(path.join(tmpdir(), 'shard-secrets-out-'));
    const env = { CI: 'true', PATH: `${bin}:${process.env.PATH}` };
    const shard = await runAction({
      workspace: ws,
      eventName: 'push',
      inputs: {
        shard: 'secrets',
        scanners: 'gitleaks',
        versions: 'gitleaks=path',
        'output-dir': `${shards}/s-secrets`,
      },
      env,
      timeoutMs: 240_000,
    });
    expect(shard.exitCode, shard.stdout).toBe(0);
    const agg = await runAction({
      workspace: ws,
      eventName: 'push',
      inputs: {
        aggregate: `${shards}/s-*`,
        'expect-shards': 'secrets',
        'upload-sarif': 'false',
        issue: 'false',
        'output-dir': `${ws}-agg`,
      },
      env,
    });
    expect(agg.exitCode).toBe(1);
    const report = readFileSync(agg.outputs.report ?? '', 'utf8');
    expect(report).toMatch(/github-pat/);
    const left = [
      ...readdirSync(`${shards}/s-secrets`).map((f) => readFileSync(path.join(shards, 's-secrets', f), 'utf8')),
      ...readdirSync(`${ws}-agg`).map((f) => readFileSync(path.join(`${ws}-agg`, f), 'utf8')),
      shard.stdout,
      shard.stderr,
      shard.summary,
      agg.stdout,
      agg.stderr,
      agg.summary,
    ].join('\n');
    for (const value of secrets) expect(left).not.toContain(value);
  }, 300_000);
});

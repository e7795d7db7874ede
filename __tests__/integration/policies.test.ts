/**
 * Five real SECURITY.md policies (examples/policies/<name>/scan-gate.yml), each run by the bundled
 * action on a fixture repository that breaks its promises, then on the fixed repository.
 * Scanners run for real where this machine allows (gitleaks, bandit, SARIF ingestion). Trivy cannot
 * fetch its vulnerability database here, so the container policy replays trivy's own recorded image
 * reports through `versions: trivy=path`; parsing, policy, waivers and reporting are the real code.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';
import { plantSecrets } from '../harness/secrets.js';
import { gitleaksWrapper, hasTool, REPO_ROOT } from '../harness/tools.js';

function fixture(name: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), `policy-${name}-`));
  cpSync(path.join(REPO_ROOT, 'examples/policies', name, 'fixture'), ws, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'examples/policies', name, 'scan-gate.yml'), path.join(ws, '.github', 'scan-gate.yml'));
  return ws;
}

function report(r: Awaited<ReturnType<typeof runAction>>) {
  return JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8')) as {
    verdict: string;
    findings: { ruleId: string; blocking: boolean; reason?: string; status: string; category: string }[];
  };
}

const gitleaksBin = () => path.dirname(gitleaksWrapper(mkdtempSync(path.join(tmpdir(), 'gl-bin-'))));
const common = { 'upload-sarif': 'false', comment: 'false' };

describe.runIf(hasTool('gitleaksScript'))('python-service: pip-audit, trivy, gitleaks; any secret blocks', () => {
  it('fails on a committed GitHub token, passes once it is removed', async () => {
    const ws = fixture('python-service');
    plantSecrets(ws);
    const env = { PATH: `${gitleaksBin()}:${process.env.PATH}` };
    // pip-audit and trivy need network databases here; the secret promise is checked with real gitleaks.
    const inputs = { ...common, scanners: 'gitleaks', versions: 'gitleaks=path' };
    const broken = await runAction({ workspace: ws, inputs, env });
    expect(broken.exitCode).toBe(1);
    const blocking = report(broken).findings.filter((f) => f.blocking);
    expect(blocking.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['github-pat']));
    expect(blocking.every((f) => /fail-on-by-category secret: any/.test(f.reason ?? ''))).toBe(true);
    for (const f of ['.env', 'id_rsa', 'aws.env', 'settings.py']) rmSync(path.join(ws, f), { force: true });
    const fixed = await runAction({ workspace: ws, inputs, env });
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs.verdict).toBe('pass');
  }, 120_000);
});

describe.runIf(hasTool('gitleaksScript'))('secrets-only: no secret is ever committed', () => {
  it('fails on a private key, passes without it', async () => {
    const ws = fixture('secrets-only');
    plantSecrets(ws);
    const env = { PATH: `${gitleaksBin()}:${process.env.PATH}` };
    const inputs = { ...common, versions: 'gitleaks=path' };
    const broken = await runAction({ workspace: ws, inputs, env });
    expect(broken.exitCode).toBe(1);
    expect(
      report(broken)
        .findings.filter((f) => f.blocking)
        .map((f) => f.ruleId),
    ).toEqual(expect.arrayContaining(['private-key']));
    for (const f of ['.env', 'id_rsa', 'aws.env', 'settings.py']) rmSync(path.join(ws, f), { force: true });
    const fixed = await runAction({ workspace: ws, inputs, env });
    expect(fixed.exitCode).toBe(0);
  }, 120_000);
});

describe('container-platform: critical blocks deployment; medium may be waived with a reason', () => {
  /** An executable `trivy` that writes one of trivy's recorded reports where the plugin asks. */
  function replayingTrivy(recorded: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'trivy-replay-'));
    const file = path.join(dir, 'trivy');
    writeFileSync(
      file,
      `#!${process.execPath}\nconst fs = require('node:fs');\nconst a = process.argv.slice(2);\nif (a.includes('--version')) { console.log('Version: 0.58.1'); process.exit(0); }\nfs.copyFileSync(${JSON.stringify(recorded)}, a[a.indexOf('--output') + 1]);\n`,
    );
    chmodSync(file, 0o755);
    return dir;
  }
  const recorded = (n: string) => path.join(REPO_ROOT, '__tests__/__fixtures__/trivy', n);

  it('fails on critical image vulnerabilities; passes on an image with only medium ones, one of them waived', async () => {
    const ws = fixture('container-platform');
    const inputs = { ...common, versions: 'trivy=path' };
    const broken = await runAction({
      workspace: ws,
      inputs,
      env: { PATH: `${replayingTrivy(recorded('image-alpine-39-high-critical.json'))}:${process.env.PATH}` },
    });
    expect(broken.exitCode).toBe(1);
    const blocking = report(broken).findings.filter((f) => f.blocking);
    expect(blocking).toHaveLength(2);
    expect(blocking.every((f) => /severity critical reaches fail-on critical/.test(f.reason ?? ''))).toBe(true);
    const fixed = await runAction({
      workspace: ws,
      inputs,
      env: { PATH: `${replayingTrivy(recorded('image-alpine-310.json'))}:${process.env.PATH}` },
    });
    expect(fixed.exitCode).toBe(0);
    const r = report(fixed);
    expect(r.findings.filter((f) => f.status === 'ignored').map((f) => f.ruleId)).toContain('CVE-2019-1549');
  }, 120_000);
});

describe('cloud-platform: image, IaC and CodeQL results in one gate', () => {
  it('fails on the CodeQL SQL injection and the public S3 bucket; passes when both are fixed', async () => {
    const ws = fixture('cloud-platform');
    const inputs = { ...common, scanners: 'sarif' };
    const broken = await runAction({ workspace: ws, inputs });
    expect(broken.exitCode).toBe(1);
    const blocking = report(broken).findings.filter((f) => f.blocking);
    expect(blocking.map((f) => [f.ruleId, f.category]).sort()).toEqual([
      ['CKV_AWS_20', 'misconfiguration'],
      ['py/sql-injection', 'code'],
    ]);
    const empty = (name: string) =>
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name, rules: [] } }, results: [] }] });
    writeFileSync(path.join(ws, 'results/codeql.sarif'), empty('CodeQL'));
    writeFileSync(path.join(ws, 'results/checkov.sarif'), empty('Checkov'));
    const fixed = await runAction({ workspace: ws, inputs });
    expect(fixed.exitCode).toBe(0);
  }, 60_000);
});

describe.runIf(hasTool('bandit'))('zero-tolerance-python: every finding blocks, no exceptions, no # nosec', () => {
  it('fails on a low-severity assert even with # nosec; passes once it is gone', async () => {
    const ws = fixture('zero-tolerance-python');
    const inputs = { ...common, scanners: 'bandit', versions: 'bandit=path', issue: 'false' };
    const broken = await runAction({ workspace: ws, inputs });
    expect(broken.exitCode).toBe(1);
    const [b101] = report(broken).findings.filter((f) => f.ruleId === 'B101');
    expect(b101).toMatchObject({ blocking: true, status: 'new' });
    expect(b101?.reason).toMatch(/fail-on any \(preset zero-tolerance\)/);
    writeFileSync(
      path.join(ws, 'mypylogger/core.py'),
      'def format_record(record):\n    if not isinstance(record, dict):\n        raise TypeError("record must be a dict")\n    return str(record)\n',
    );
    const fixed = await runAction({ workspace: ws, inputs });
    expect(fixed.exitCode).toBe(0);
  }, 60_000);

  it('refuses a waiver: zero tolerance allows no exceptions', async () => {
    const ws = fixture('zero-tolerance-python');
    writeFileSync(
      path.join(ws, '.github/scan-gate.yml'),
      `${readFileSync(path.join(ws, '.github/scan-gate.yml'), 'utf8')}ignores:\n  - id: B101\n    reason: asserts are fine here\n`,
    );
    const r = await runAction({ workspace: ws, inputs: { ...common, scanners: 'bandit', versions: 'bandit=path' } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/preset zero-tolerance allows no exceptions or overrides, but 1 ignore\(s\) are listed/);
  });
});

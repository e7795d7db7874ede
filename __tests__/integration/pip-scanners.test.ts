import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hasPipScanners, PIP_TOOLS_HOME } from '../harness/pip-tools.js';
import { runAction } from '../harness/run-action.js';
import { startSafetyPlatform } from '../harness/safety-platform.js';
import { NO_NETWORK } from '../harness/tools.js';

// The pip scanners as users get them: installed from PyPI by the product's installer from the hash locks
// (.ci/run → scripts/install-pip-scanners.mjs), reused here after re-verification, run by the bundled CLI.
const ready = hasPipScanners();

interface Report {
  verdict: string;
  reasons: string[];
  scanners: { id: string; version?: string; status: string; error?: string; install?: string }[];
  findings: {
    ruleId: string;
    severity: string;
    location: { path: string; startLine?: number };
    package?: { name: string };
  }[];
}

function repo(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pip-e2e-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), text);
  }
  return ws;
}

/** The machine's own TLS trust settings (a runner behind a TLS-inspecting proxy has them too); read, never changed. */
function trustEnv(): Record<string, string> {
  const names = ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'REQUESTS_CA_BUNDLE', 'PIP_CERT', 'CURL_CA_BUNDLE'];
  return Object.fromEntries(names.flatMap((n) => (process.env[n] ? [[n, process.env[n] as string]] : [])));
}

async function scan(ws: string, args: string[], env: Readonly<Record<string, string>> = {}) {
  const out = `${ws}-out`;
  const result = await runAction({
    workspace: ws,
    script: 'dist/cli.js',
    args: ['scan', ws, '--json', '--output-dir', out, ...args],
    env: { SCAN_GATE_HOME: PIP_TOOLS_HOME, ...trustEnv(), ...env },
    timeoutMs: 240_000,
  });
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  return { ...result, report };
}

describe.runIf(ready)('pip scanners installed from PyPI and run end to end (bundled CLI)', () => {
  it('bandit 1.9.4 finds the planted shell injection and hard-coded password, with lines', async () => {
    const ws = repo({
      'app/run.py': 'import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n',
      'app/db.py': 'def connect():\n    password = "hunter2-not-a-secret"\n    return password\n',
    });
    const { exitCode, report } = await scan(ws, ['--scanners', 'bandit', '--fail-on', 'low']);
    expect(report.scanners).toEqual([
      expect.objectContaining({
        id: 'bandit',
        version: '1.9.4',
        status: 'ok',
        install: expect.stringMatching(/hash-locked/),
      }),
    ]);
    const found = report.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['B602', 'app/run.py', 5],
        ['B105', 'app/db.py', 2],
      ]),
    );
    expect(exitCode).toBe(1);
    expect(report.verdict).toBe('fail');
  }, 300_000);

  it('checkov 3.3.30 finds the planted Terraform, Kubernetes and Dockerfile misconfigurations', async () => {
    const ws = repo({
      'infra/main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "scan-gate-e2e"\n  acl    = "public-read"\n}\n',
      'k8s/pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: nginx:latest\n      securityContext:\n        privileged: true\n',
      Dockerfile: 'FROM ubuntu:latest\nRUN apt-get update\n',
    });
    const { exitCode, report } = await scan(ws, ['--scanners', 'checkov', '--fail-on', 'medium']);
    expect(report.scanners[0]).toMatchObject({ id: 'checkov', version: '3.3.30', status: 'ok' });
    const found = report.findings.map((f) => `${f.location.path} ${f.ruleId}`);
    // Public-read ACL; privileged container; no USER and a :latest base image.
    expect(found).toEqual(
      expect.arrayContaining([
        'infra/main.tf CKV_AWS_20',
        'k8s/pod.yaml CKV_K8S_16',
        'Dockerfile CKV_DOCKER_3',
        'Dockerfile CKV_DOCKER_7',
      ]),
    );
    expect(report.findings.find((f) => f.ruleId === 'CKV_AWS_20')?.location.startLine).toBe(1);
    expect(exitCode).toBe(1);
  }, 300_000);

  it('pip-audit 2.10.1 runs for real; with its vulnerability service unreachable the gate fails, never passes clean', async () => {
    const ws = repo({ 'requirements.txt': 'requests==2.19.0\n' });
    // HTTPS_PROXY to a closed local port makes PyPI and OSV unreachable for pip-audit on any machine.
    const { exitCode, report } = await scan(ws, ['--scanners', 'pip-audit', '--fail-on', 'critical'], NO_NETWORK);
    expect(report.scanners[0]).toMatchObject({ id: 'pip-audit', version: '2.10.1', status: 'error' });
    expect(report.verdict).toBe('fail');
    expect(exitCode).toBe(1);
  }, 300_000);

  it('pip-audit with the service answering 404 for every package (this machine) is a scanner error, not clean', async () => {
    const ws = repo({ 'requirements.txt': 'requests==2.19.0\n' });
    const { exitCode, report } = await scan(ws, ['--scanners', 'pip-audit', '--fail-on', 'critical']);
    const [run] = report.scanners;
    // Where PyPI's JSON API works, requests 2.19.0's real advisories are found instead: either way, never clean.
    if (run?.status === 'ok') expect(report.findings.some((f) => f.package?.name === 'requests')).toBe(true);
    else expect(run?.error).toMatch(/none of the \d+ dependencies in requirements\.txt could be audited/);
    expect(report.verdict).toBe('fail');
    expect(exitCode).toBe(1);
  }, 300_000);

  it("safety 3.8.1 scans with SAFETY_API_KEY against a local platform stand-in and safety's own test database", async () => {
    const platform = await startSafetyPlatform({ database: 'test-db' });
    onTestFinished(platform.close);
    const ws = repo({ 'requirements.txt': 'django==1.8\nrequests==2.31.0\n' });
    const key = ['scan-gate', 'test', 'key'].join('-');
    const { stdout, stderr, report } = await scan(ws, ['--scanners', 'safety', '--fail-on', 'any'], {
      SAFETY_API_KEY: key,
      ...platform.env,
    });
    expect(report.scanners[0]).toMatchObject({ id: 'safety', version: '3.8.1', status: 'ok' });
    expect(report.findings.map((f) => [f.ruleId, f.package?.name, f.location.path, f.severity])).toEqual([
      ['some id', 'django', 'requirements.txt', 'unknown'],
      ['some other id', 'django', 'requirements.txt', 'unknown'],
    ]);
    expect(report.verdict).toBe('fail');
    expect(platform.requests).toContain('GET /data/insecure_full.json');
    expect(`${stdout}${stderr}`).not.toContain(key);
  }, 300_000);

  it('safety whose vulnerability database cannot be fetched is a scanner error', async () => {
    const platform = await startSafetyPlatform({ database: 'broken' });
    onTestFinished(platform.close);
    const ws = repo({ 'requirements.txt': 'django==1.8\n' });
    const { exitCode, report } = await scan(ws, ['--scanners', 'safety'], { SAFETY_API_KEY: 'k', ...platform.env });
    expect(report.scanners[0]).toMatchObject({ id: 'safety', status: 'error' });
    expect(report.verdict).toBe('fail');
    expect(exitCode).toBe(1);
  }, 300_000);

  it('choosing safety without SAFETY_API_KEY stops with a configuration error (exit 2) that says how to get a key', async () => {
    const ws = repo({ 'requirements.txt': 'django==1.8\n' });
    const result = await runAction({
      workspace: ws,
      script: 'dist/cli.js',
      args: ['scan', ws, '--scanners', 'safety'],
    });
    expect(result.exitCode).toBe(2);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /safety needs an API key.*SAFETY_API_KEY.*platform\.safetycli\.com/s,
    );
  });
});

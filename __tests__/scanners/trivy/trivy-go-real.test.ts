import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/config/build-policy.js';
import type { Finding } from '../../../src/findings/finding.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { policyIgnoreMatches } from '../../../src/policy/ignores.js';
import { trivy } from '../../../src/scanners/trivy/index.js';
import { parseTrivyReport } from '../../../src/scanners/trivy/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { GO_TOOLS_BIN, goToolPath, hasGoTool, testedVersion } from '../../harness/go-tools.js';
import { runAction } from '../../harness/run-action.js';
import { plantSecrets } from '../../harness/secrets.js';
import { hasTool, NO_NETWORK, REAL_TOOLS } from '../../harness/tools.js';

const policy = { ...buildPolicy({ source: 'test' }), scanLicenses: true };
const runs = hasGoTool('trivy');

/** A Dockerfile, Terraform, a Kubernetes manifest, an npm dependency under GPL, and planted secrets. */
function plantTree(root: string): string[] {
  const secrets = plantSecrets(root);
  mkdirSync(path.join(root, 'infra'));
  writeFileSync(
    path.join(root, 'infra', 'main.tf'),
    'resource "aws_s3_bucket" "logs" {\n  bucket = "demo-logs"\n}\n\nresource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = false\n  block_public_policy     = false\n  ignore_public_acls      = false\n  restrict_public_buckets = false\n}\n',
  );
  mkdirSync(path.join(root, 'k8s'));
  writeFileSync(
    path.join(root, 'k8s', 'deploy.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.25\n          securityContext:\n            privileged: true\n',
  );
  const lock = {
    name: 'web',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'web', version: '1.0.0', dependencies: { 'gpl-lib': '1.0.0' } },
      'node_modules/gpl-lib': { version: '1.0.0', license: 'GPL-3.0-only' },
    },
  };
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'web', version: '1.0.0', dependencies: { 'gpl-lib': '1.0.0' } }),
  );
  writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lock, null, 2));
  mkdirSync(path.join(root, 'node_modules', 'gpl-lib'), { recursive: true });
  writeFileSync(
    path.join(root, 'node_modules', 'gpl-lib', 'package.json'),
    JSON.stringify({ name: 'gpl-lib', version: '1.0.0', license: 'GPL-3.0-only' }),
  );
  return secrets;
}

/**
 * scan-gate's own `trivy fs` command line, with the vulnerability scanner left out (its database only
 * comes from ghcr.io / mirror.gcr.io) and trivy's offline switches added; the rest is unchanged.
 */
function runTrivy(
  binary: string,
  root: string,
  extra: readonly string[],
  scanners = 'secret,misconfig,license',
): Finding[] {
  const workDir = mkdtempSync(path.join(tmpdir(), 'trivy-go-work-'));
  const c: ScanContext = {
    root,
    workspace: root,
    binary,
    workDir,
    cacheDir: path.join(workDir, 'cache'),
    images: [],
    hasGitHistory: false,
    policy,
    sarifFiles: [],
  };
  const [inv] = trivy.command(c);
  const argv = (inv?.argv ?? []).map((a) => (a === 'vuln,secret,misconfig,license' ? scanners : a));
  const run = spawnSync(argv[0] ?? '', [...argv.slice(1, -1), ...extra, argv.at(-1) ?? ''], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const raw = parseTrivyReport(readFileSync(path.join(workDir, 'trivy-fs.json'), 'utf8'), c);
  return normaliseFindings(raw, root);
}

const OFFLINE = ['--skip-check-update', '--offline-scan', '--skip-version-check'];

describe.runIf(runs)(
  `real trivy ${testedVersion('trivy')} (built from its Go module): secrets, misconfiguration, licences`,
  () => {
    let root: string;
    let secrets: string[];
    let findings: Finding[];
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'trivy-go-'));
      secrets = plantTree(root);
      findings = runTrivy(goToolPath('trivy'), root, OFFLINE);
    }, 300_000);

    const by = (category: string) =>
      findings
        .filter((f) => f.category === category)
        .map((f) => `${f.ruleId} ${f.location.path}`)
        .sort();

    it('finds the planted secrets; no secret value in any finding', () => {
      expect(by('secret')).toEqual(
        expect.arrayContaining(['github-pat .env', 'private-key id_rsa', 'aws-access-key-id aws.env']),
      );
      const text = JSON.stringify(findings);
      for (const s of secrets) expect(text).not.toContain(s);
    });

    it('finds Dockerfile, Terraform and Kubernetes misconfigurations by their current (dashed) ids', () => {
      const misconfig = by('misconfiguration');
      expect(misconfig).toEqual(expect.arrayContaining(['DS-0002 Dockerfile', 'KSV-0017 k8s/deploy.yaml']));
      expect(misconfig.some((m) => /^AWS-\d{4} infra\/main\.tf$/.test(m))).toBe(true);
    });

    it('reports the GPL licence of the npm dependency', () => {
      expect(by('license')).toEqual(expect.arrayContaining([expect.stringMatching(/^license:GPL-3\.0/)]));
    });

    it('ignores written in the old (DS002, KSV017) or new (DS-0002, KSV-0017) form match the findings', () => {
      const ds = findings.find((f) => f.ruleId === 'DS-0002');
      const ksv = findings.find((f) => f.ruleId === 'KSV-0017');
      const ignore = (id: string) => ({ id, reason: 'accepted', source: 'scan-gate.yml:1' });
      for (const id of ['DS002', 'DS-0002', 'AVD-DS-0002'])
        expect(policyIgnoreMatches(ignore(id), ds as Finding)).toBe(true);
      for (const id of ['KSV017', 'KSV-0017']) expect(policyIgnoreMatches(ignore(id), ksv as Finding)).toBe(true);
    });

    it.runIf(hasTool('trivy'))(
      'the Dockerfile check keeps its rule id and fingerprint from the 0.44-era build (DS002) to this one',
      () => {
        // The old build names the misconfiguration scanner `config` and must not fetch its policy bundle.
        const old = runTrivy(REAL_TOOLS.trivy, root, ['--skip-policy-update'], 'secret,config');
        const pick = (fs: Finding[]) =>
          fs.find(
            (f) => f.category === 'misconfiguration' && f.location.path === 'Dockerfile' && f.aliases.includes('DS002'),
          );
        expect(pick(old)?.ruleId).toBe('DS-0002');
        expect(pick(old)?.fingerprint).toBe(pick(findings)?.fingerprint);
      },
      300_000,
    );
  },
);

describe.runIf(runs)('real trivy through the bundled action with its vulnerability database unreachable', () => {
  it('is a scanner error (fail closed), not a clean pass', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'trivy-go-ws-'));
    plantTree(ws);
    const outDir = `${ws}-out`;
    const result = await runAction({
      workspace: ws,
      inputs: { scanners: 'trivy', versions: 'trivy=path', 'output-dir': outDir, 'upload-sarif': 'false' },
      env: { PATH: `${GO_TOOLS_BIN}:${process.env.PATH}`, ...NO_NETWORK },
      timeoutMs: 240_000,
    });
    const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8'));
    expect(report.scanners).toEqual([
      expect.objectContaining({ id: 'trivy', status: 'error', version: testedVersion('trivy') }),
    ]);
    // Failing for the right reason: the database, not the command line scan-gate built.
    expect(report.scanners[0].error).toMatch(/failed to download vulnerability DB/);
    expect(report.scanners[0].error).not.toMatch(/flag error|ignore file/);
    expect(report.verdict).toBe('fail');
    expect(result.exitCode).toBe(1);
  }, 300_000);
});

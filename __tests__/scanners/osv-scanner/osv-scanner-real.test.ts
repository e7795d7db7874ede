import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { GO_TOOLS_BIN, goToolPath, hasGoTool } from '../../harness/go-tools.js';
import { runAction } from '../../harness/run-action.js';
import { NO_NETWORK, REPO_ROOT } from '../../harness/tools.js';
import { zip } from '../../install/archives.js';

/**
 * osv-scanner 2.6.0 (built from its Go module) run by the bundled action on real lockfiles, against
 * an offline database built here from real OSV advisory records (see the fixtures' PROVENANCE.md).
 */
const FIX = path.join(REPO_ROOT, '__tests__/__fixtures__/osv-scanner');
const runs = hasGoTool('osv-scanner');

/** `<dir>/osv-scalibr/<ecosystem>/all.zip`, the layout osv-scanner 2.6's offline mode reads (from osv-scalibr). */
function offlineDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'osv-db-'));
  const byEcosystem = new Map<string, { name: string; body: Buffer }[]>();
  for (const file of readdirSync(path.join(FIX, 'advisories'))) {
    const text = readFileSync(path.join(FIX, 'advisories', file), 'utf8');
    const record = (file.endsWith('.yaml') ? load(text) : JSON.parse(text)) as {
      id: string;
      affected: { package: { ecosystem: string } }[];
    };
    const ecosystem = record.affected[0]?.package.ecosystem ?? '';
    const entries = byEcosystem.get(ecosystem) ?? [];
    entries.push({ name: `${record.id}.json`, body: Buffer.from(JSON.stringify(record)) });
    byEcosystem.set(ecosystem, entries);
  }
  for (const [ecosystem, entries] of byEcosystem) {
    mkdirSync(path.join(dir, 'osv-scalibr', ecosystem), { recursive: true });
    writeFileSync(path.join(dir, 'osv-scalibr', ecosystem, 'all.zip'), zip(entries));
  }
  return dir;
}

/** The four lockfile kinds, each in its own folder of one workspace. */
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'osv-ws-'));
  cpSync(path.join(FIX, 'lockfiles'), ws, { recursive: true });
  return ws;
}

/**
 * scan-gate runs `osv-scanner scan source …` online (it has no offline switch); this wrapper adds
 * `--offline` after `scan source` (local database only, no transitive resolution through deps.dev)
 * and changes nothing else, so the real binary runs the product's own command line.
 */
function offlineWrapper(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'osv-bin-'));
  writeFileSync(
    path.join(bin, 'osv-scanner'),
    `#!/bin/sh\nif [ "$1" = scan ] && [ "$2" = source ]; then shift 2; exec "${goToolPath('osv-scanner')}" scan source --offline "$@"; fi\nexec "${goToolPath('osv-scanner')}" "$@"\n`,
    { mode: 0o755 },
  );
  return bin;
}

interface Report {
  verdict: string;
  findings: {
    ruleId: string;
    aliases: string[];
    location: { path: string };
    package?: { name: string; version?: string; fixedVersions?: string[] };
    severity: string;
  }[];
  scanners: { id: string; status: string; version?: string; error?: string }[];
}

async function scan(bin: string, env: Record<string, string>) {
  const ws = workspace();
  const outDir = `${ws}-out`;
  const result = await runAction({
    workspace: ws,
    inputs: { scanners: 'osv-scanner', versions: 'osv-scanner=path', 'output-dir': outDir, 'upload-sarif': 'false' },
    env: { PATH: `${bin}:${process.env.PATH}`, ...env },
    timeoutMs: 240_000,
  });
  const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8')) as Report;
  return { result, report };
}

describe.runIf(runs)('real osv-scanner 2.6.0 on package-lock.json, poetry.lock, requirements.txt and uv.lock', () => {
  let run: Awaited<ReturnType<typeof scan>>;
  beforeAll(async () => {
    run = await scan(offlineWrapper(), { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: offlineDatabase() });
  }, 300_000);

  it('names the real advisories for each lockfile, with package, version and fix', () => {
    expect(run.report.scanners.map((s) => [s.id, s.status, s.version])).toEqual([['osv-scanner', 'ok', '2.6.0']]);
    const seen = run.report.findings
      .map(
        (f) =>
          `${f.location.path} ${f.package?.name}@${f.package?.version} ${[f.ruleId, ...f.aliases].sort().join(',')} fixed:${f.package?.fixedVersions?.join(',')}`,
      )
      .sort();
    expect(seen).toEqual([
      'npm/package-lock.json lodash@4.17.11 CVE-2019-10744,GHSA-jf85-cpcp-j695 fixed:4.17.12',
      'pip/requirements.txt jinja2@2.11.2 CVE-2020-28493,GHSA-g3rq-g295-4j3m,PYSEC-2021-66,SNYK-PYTHON-JINJA2-1012994 fixed:2.11.3',
      'poetry/poetry.lock requests@2.30.0 CVE-2023-32681,GHSA-j8r2-6x86-q33q,PYSEC-2023-74 fixed:2.31.0',
      'uv/uv.lock pyyaml@5.3.1 CVE-2020-14343,GHSA-8q59-q68h-6hv4,PYSEC-2021-142 fixed:5.4',
    ]);
  });

  it('severity comes from the records (lodash: CVSS 3.1 score 9.1, critical) and the gate fails', () => {
    const lodash = run.report.findings.find((f) => f.package?.name === 'lodash');
    expect(lodash?.severity).toBe('critical');
    expect(run.result.exitCode).toBe(1);
    expect(run.report.verdict).toBe('fail');
  });
});

describe.runIf(runs)('real osv-scanner with osv.dev unreachable (no offline database)', () => {
  it('is a scanner error that fails the gate, never a clean pass', async () => {
    const { result, report } = await scan(GO_TOOLS_BIN, { ...NO_NETWORK });
    expect(report.scanners[0]).toMatchObject({ id: 'osv-scanner', status: 'error' });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.summary).toMatch(/osv-scanner/);
  }, 300_000);
});

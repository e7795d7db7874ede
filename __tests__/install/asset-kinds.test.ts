import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installScanner } from '../../src/install/install-scanner.js';
import { releaseSpec } from '../../src/install/specs/release-spec.js';
import type { ArchiveType, Platform } from '../../src/install/types.js';
import { type ReleaseServer, sha256Hex, startReleaseServer } from '../harness/release-server.js';
import { zip } from './archives.js';
import { SCRIPT } from './fake-release.js';
import { FAST_RETRY, testEnv } from './fakes.js';

let server: ReleaseServer;
beforeEach(async () => {
  server = await startReleaseServer();
});
afterEach(() => server.close());

function specFor(name: string, archive: ArchiveType, binaryPath: string, body: Buffer) {
  const naming = { pattern: name, archive, binaryPath };
  const platforms: Platform[] = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];
  return releaseSpec({
    repo: 'acme/tool',
    defaultVersion: '2.0.0',
    checksums: 'SHA256SUMS',
    pinned: { '2.0.0': { 'linux-x64': { name, sha256: sha256Hex(body), evidence: 'test' } } },
    naming: Object.fromEntries(platforms.map((p) => [p, naming])) as Record<Platform, typeof naming>,
  });
}

describe.each([
  ['a raw binary (osv-scanner style)', 'tool_linux_amd64', 'binary', 'tool_linux_amd64', Buffer.from(SCRIPT)],
  [
    'a zip (windows style)',
    'tool_2.0.0.zip',
    'zip',
    'bin/tool',
    zip([
      { name: 'bin/', body: '' },
      { name: 'bin/tool', body: SCRIPT },
    ]),
  ],
] as const)('installing %s', (_label, name, archive, binaryPath, body) => {
  it('verifies, unpacks, marks executable and runs it', async () => {
    server.addAsset({ repo: 'acme/tool', tag: 'v2.0.0', name, body });
    const env = testEnv();
    const { tool } = await installScanner({
      id: 'osv-scanner',
      spec: specFor(name, archive, binaryPath, body),
      platform: 'linux-x64',
      toolMirror: `${server.url}/`,
      tempDir: env.tempDir,
      toolCacheDir: env.toolCacheDir,
      adapters: env.adapters(),
      retry: FAST_RETRY,
    });
    expect(tool.binary.endsWith(binaryPath)).toBe(true);
    expect(execFileSync(tool.binary, ['x'], { encoding: 'utf8' })).toBe('fakescan 1.0.0 x\n');
  });
});

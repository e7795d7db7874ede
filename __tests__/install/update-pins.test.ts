import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRYPE_SPEC } from '../../src/install/specs/grype.js';
import { parseChecksums } from '../../src/install/verify.js';
import { REPO_ROOT } from '../harness/tools.js';

// Real GoReleaser checksums file from anchore/grype's install tests (see __fixtures__/install/PROVENANCE.md).
const FIXTURE = readFileSync(
  path.join(REPO_ROOT, '__tests__/__fixtures__/install/grype_0.32.0-SNAPSHOT-d461f63_checksums.txt'),
  'utf8',
);
const VERSION = '0.32.0-SNAPSHOT-d461f63';
const scriptPath = path.join(REPO_ROOT, 'scripts/update-pins.mjs');

interface Script {
  parseChecksumsText(text: string): Map<string, string>;
  pinnedEntries(o: {
    assetNames: Record<string, string>;
    checksumsText: string;
    evidence: string;
  }): Record<string, { name: string; sha256: string }>;
  renderPinnedBlock(o: { defaultVersion: string; table: Record<string, unknown> }): string;
  replacePinnedBlock(source: string, block: string): string;
}
const load = async () => (await import(scriptPath)) as Script;

const names = () =>
  Object.fromEntries(
    (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'] as const).map((p) => [
      p,
      GRYPE_SPEC.assetFor(VERSION, p).name,
    ]),
  );

describe('scripts/update-pins.mjs parsing', () => {
  it('parses the real grype checksums file, matching whole names only', async () => {
    const { parseChecksumsText } = await load();
    const sums = parseChecksumsText(FIXTURE);
    expect(sums.size).toBe(9);
    expect(sums.get(`grype_${VERSION}_linux_amd64.tar.gz`)).toBe(
      'dd4e5857856b4655511a75911fd7b53a3ebb9d2f584ae3c7ff7f52ad0dd93745',
    );
    expect(sums.get(`grype_${VERSION}_linux_amd64`)).toBeUndefined();
    expect(sums).toEqual(parseChecksums(FIXTURE));
  });

  it('builds pinned entries from the spec naming and refuses a missing asset', async () => {
    const { pinnedEntries } = await load();
    const withWindows = { ...names(), 'win32-x64': GRYPE_SPEC.assetFor(VERSION, 'win32-x64').name };
    const row = pinnedEntries({ assetNames: withWindows, checksumsText: FIXTURE, evidence: 'fixture' });
    expect(row['darwin-arm64']).toEqual({
      name: `grype_${VERSION}_darwin_arm64.tar.gz`,
      sha256: '569b040bde6d369b9e3b96fb3d9d7ee5aa11267f3aa91fad3d8f4095f1cee150',
      evidence: 'fixture',
    });
    expect(row['win32-x64'].sha256).toBe('dd1d7492e7a7db9a765a02927b0d019d8f9facb1173ae7c245cd06fefedddfd0');
    const broken = FIXTURE.split('\n')
      .filter((l) => !l.includes('windows'))
      .join('\n');
    expect(() => pinnedEntries({ assetNames: withWindows, checksumsText: broken, evidence: 'x' })).toThrow(
      /no line for .*windows_amd64\.zip/,
    );
  });

  it('rewrites only the PINNED block of a spec file, keeping it valid for the spec', async () => {
    const { pinnedEntries, renderPinnedBlock, replacePinnedBlock } = await load();
    const row = pinnedEntries({
      assetNames: { ...names(), 'win32-x64': GRYPE_SPEC.assetFor(VERSION, 'win32-x64').name },
      checksumsText: FIXTURE,
      evidence: "it's from the fixture",
    });
    const source = readFileSync(path.join(REPO_ROOT, 'src/install/specs/grype.ts'), 'utf8');
    const updated = replacePinnedBlock(
      source,
      renderPinnedBlock({ defaultVersion: VERSION, table: { [VERSION]: row } }),
    );
    expect(updated).toContain(`export const DEFAULT_VERSION = '${VERSION}';`);
    expect(updated).toContain("evidence: 'it\\'s from the fixture'");
    expect(updated).not.toContain('0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d');
    expect(updated.slice(updated.indexOf('// END PINNED'))).toBe(source.slice(source.indexOf('// END PINNED')));
    expect(() => replacePinnedBlock('no markers', 'x')).toThrow(/exactly one PINNED block/);
  });
});

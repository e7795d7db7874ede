import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GO_TOOLS_BIN, hasGoTool } from '../../harness/go-tools.js';
import { runAction } from '../../harness/run-action.js';
import { NO_NETWORK, REPO_ROOT } from '../../harness/tools.js';

/**
 * grype 0.120.1 (built from its Go module) run by the bundled action. Its vulnerability database is
 * only published on grype.anchore.io, which this machine cannot reach, and grype's own tooling
 * cannot build one from local records: so the real run proves the failure is closed and explained.
 */
describe.runIf(hasGoTool('grype'))('real grype with no vulnerability database reachable', () => {
  it('is a scanner error with grype’s reason, the gate fails, no finding is invented', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'grype-ws-'));
    cpSync(path.join(REPO_ROOT, '__tests__/__fixtures__/osv-scanner/lockfiles/npm'), ws, { recursive: true });
    const outDir = `${ws}-out`;
    const result = await runAction({
      workspace: ws,
      inputs: { scanners: 'grype', versions: 'grype=path', 'output-dir': outDir, 'upload-sarif': 'false' },
      env: { PATH: `${GO_TOOLS_BIN}:${process.env.PATH}`, ...NO_NETWORK },
      timeoutMs: 240_000,
    });
    const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8'));
    expect(report.scanners).toEqual([expect.objectContaining({ id: 'grype', status: 'error', version: '0.120.1' })]);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(result.exitCode).toBe(1);
    // The reason is grype's own (the database could not be loaded), shown to the user.
    expect(`${JSON.stringify(report.scanners)}\n${result.summary}`).toMatch(/failed to load vulnerability db/);
  }, 300_000);
});

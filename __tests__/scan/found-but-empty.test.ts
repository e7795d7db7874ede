/**
 * A scanner whose exit code says "found something" while its report lists nothing lost its findings
 * somewhere: that is a scanner error, never a clean run (gitleaks exit 2 with `[]`, bandit exit 1…).
 * Also: 200k findings from one scanner must not overflow the stack (no unbounded spread).
 */
import { describe, expect, it } from 'vitest';
import { runScanners } from '../../src/scan/run-scanners.js';
import { pipAuditCommand } from '../../src/scanners/pip-audit/command.js';
import { SCANNERS } from '../../src/scanners/registry.js';
import type { ScannerPlugin } from '../../src/scanners/types.js';
import { ctx, plugin, script } from './fake-scanner.js';

function withFindingsCode(base: ScannerPlugin): ScannerPlugin {
  return {
    ...base,
    command: (c) => base.command(c).map((inv) => ({ ...inv, findingsExitCodes: [1] })),
  };
}

describe('findingsExitCodes', () => {
  it.each([
    ['gitleaks', [2]],
    ['bandit', [1]],
    ['osv-scanner', [1]],
    ['checkov', [1]],
    ['safety', [64]],
  ] as const)('%s declares its "found something" exit code %j, which is also an ok code', (id, codes) => {
    for (const inv of SCANNERS[id].command(ctx(id))) {
      expect(inv.findingsExitCodes).toEqual(codes);
      expect(inv.okExitCodes).toEqual(expect.arrayContaining([...codes]));
    }
  });

  it('pip-audit declares exit 1 on every invocation', () => {
    const invs = pipAuditCommand(ctx('pip'), { requirements: ['a.txt', 'b.txt'], pyproject: false });
    expect(invs.map((i) => i.findingsExitCodes)).toEqual([[1], [1]]);
  });

  it('exit 1 ("found") with an empty report → scanner error naming the code', async () => {
    const lost = script('lost', 'process.stdout.write(JSON.stringify({ n: 0 })); process.exitCode = 1;');
    const [r] = await runScanners({
      plans: [{ plugin: withFindingsCode(plugin('gitleaks', [[lost]])), ctx: ctx('lost') }],
      timeoutMs: 30_000,
    });
    expect(r?.run.status).toBe('error');
    expect(r?.run.error).toMatch(
      /gitleaks exited with code 1, which means it found something, but its report lists no finding/,
    );
  });

  it('exit 1 with findings, and exit 0 with none, are fine', async () => {
    const found = script('found', 'process.stdout.write(JSON.stringify({ n: 2 })); process.exitCode = 1;');
    const clean = script('clean', 'process.stdout.write(JSON.stringify({ n: 0 }));');
    const results = await runScanners({
      plans: [
        { plugin: withFindingsCode(plugin('gitleaks', [[found]])), ctx: ctx('found') },
        { plugin: withFindingsCode(plugin('bandit', [[clean]])), ctx: ctx('clean') },
      ],
      timeoutMs: 30_000,
    });
    expect(results.map((r) => [r.run.status, r.run.findings])).toEqual([
      ['ok', 2],
      ['ok', 0],
    ]);
  });

  it('200,000 findings from one scanner are collected without a stack overflow', async () => {
    const many = script('many', 'process.stdout.write(JSON.stringify({ n: 200000 }));');
    const [r] = await runScanners({
      plans: [{ plugin: plugin('trivy', [[many]]), ctx: ctx('many') }],
      timeoutMs: 60_000,
    });
    expect(r?.run.error).toBeUndefined();
    expect(r?.raw).toHaveLength(200_000);
  });
});

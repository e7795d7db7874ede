import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScannerId } from '../../src/findings/finding.js';
import { runScanners } from '../../src/scan/run-scanners.js';
import { maskSecrets } from '../../src/text/mask-secrets.js';
import { ctx, dir, plugin, script } from './fake-scanner.js';

describe('runScanners: concurrency, report files, notes, masking', () => {
  it('two scanners sleeping 1.5 s each run concurrently', async () => {
    const nap = script('nap', 'setTimeout(() => process.stdout.write(JSON.stringify({ n: 1 })), 1500);');
    const t0 = Date.now();
    const results = await runScanners({
      plans: [
        { plugin: plugin('trivy', [[nap]]), ctx: ctx('n1') },
        { plugin: plugin('gitleaks', [[nap]]), ctx: ctx('n2') },
      ],
      timeoutMs: 30_000,
    });
    expect(results.map((r) => r.run.status)).toEqual(['ok', 'ok']);
    expect(Date.now() - t0).toBeLessThan(0.8 * 3000);
  });

  it('an exclusive-cache scanner never runs two processes at once, even across plans on one cache dir', async () => {
    const sleeper = script(
      'sleep',
      'const fs = await import("node:fs"); const f = process.argv[2]; fs.appendFileSync(f, "start " + Date.now() + "\\n"); setTimeout(() => { fs.appendFileSync(f, "end " + Date.now() + "\\n"); process.stdout.write(JSON.stringify({ n: 1 })); }, 400);',
    );
    const log = path.join(dir, 'exclusive.log');
    const trivy = plugin(
      'trivy',
      [
        [sleeper, log],
        [sleeper, log],
      ],
      true,
    );
    const shared = { ...ctx('x'), cacheDir: path.join(dir, 'trivy-cache') };
    const results = await runScanners({
      plans: [
        { plugin: trivy, ctx: shared },
        { plugin: trivy, ctx: { ...shared, workDir: ctx('x2').workDir } },
      ],
      timeoutMs: 30_000,
    });
    expect(results.map((r) => r.run.findings)).toEqual([2, 2]);
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(events.map((e) => e[0])).toEqual(['start', 'end', 'start', 'end', 'start', 'end', 'start', 'end']);
    const times = events.map((e) => Number(e[1]));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
  });

  it('a report file that is missing, empty or stale is an error; empty stdout goes to parse', async () => {
    const work = ctx('f').workDir;
    const report = path.join(work, 'report.json');
    writeFileSync(report, JSON.stringify({ n: 9 })); // stale: from an earlier run, must not be read
    const silent = script('silent', '');
    const asFile = (id: ScannerId, argv: string[]) => ({
      ...plugin(id, []),
      command: () => [
        { argv: [process.execPath, ...argv], okExitCodes: [0], output: { kind: 'file' as const, path: report } },
      ],
    });
    const writeEmpty = script('empty', `(await import('node:fs')).writeFileSync(${JSON.stringify(report)}, '');`);
    const [missing] = await runScanners({
      plans: [{ plugin: asFile('osv-scanner', [silent]), ctx: ctx('m') }],
      timeoutMs: 5000,
    });
    expect(missing?.run.error).toMatch(/^osv-scanner exited with code 0 but wrote no report at /);
    const [empty] = await runScanners({
      plans: [{ plugin: asFile('grype', [writeEmpty]), ctx: ctx('e') }],
      timeoutMs: 5000,
    });
    expect(empty?.run.error).toMatch(/^grype exited with code 0 but its report .* is empty/);
    const seen: string[] = [];
    const p = {
      ...plugin('bandit', [[silent]]),
      parse: (raw: string) => {
        seen.push(raw);
        return [];
      },
    };
    const [blank] = await runScanners({ plans: [{ plugin: p, ctx: ctx('s') }], timeoutMs: 5000 });
    expect(blank?.run).toMatchObject({ status: 'ok', findings: 0 });
    expect(seen).toEqual(['']);
  });

  it('a nothing-to-scan exit code is zero findings with a note; version is recorded', async () => {
    const none = script('none', 'process.exit(128);');
    const p = {
      ...plugin('osv-scanner', []),
      command: () => [
        {
          argv: [process.execPath, none],
          okExitCodes: [0, 1],
          nothingToScanExitCodes: [128],
          output: { kind: 'stdout' as const },
        },
      ],
    };
    const [r] = await runScanners({ plans: [{ plugin: p, ctx: ctx('o'), version: '2.2.1' }], timeoutMs: 5000 });
    expect(r?.run).toMatchObject({
      id: 'osv-scanner',
      status: 'ok',
      findings: 0,
      note: 'nothing to scan',
      version: '2.2.1',
    });
  });

  it('a plugin whose command() throws is a scanner error, and stderr tokens are masked, stdout never echoed', async () => {
    const token = ['gh', 'p_', 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'].join('');
    const leaky = script(
      'leaky',
      `process.stdout.write("SECRET-IN-STDOUT"); process.stderr.write("auth ${token} failed\\n"); process.exit(2);`,
    );
    const broken = {
      ...plugin('checkov', []),
      command: () => {
        throw new Error('no such directory');
      },
    };
    const [bad, leak] = await runScanners({
      plans: [
        { plugin: broken, ctx: ctx('k') },
        { plugin: plugin('trivy', [[leaky]]), ctx: ctx('l') },
      ],
      timeoutMs: 5000,
    });
    expect(bad?.run).toMatchObject({ status: 'error', error: 'checkov no such directory' });
    expect(leak?.run.error).toMatch(/^trivy exited with code 2.*\nauth \*\*\* failed$/s);
    expect(leak?.run.error).not.toContain(token);
    expect(leak?.run.error).not.toContain('SECRET-IN-STDOUT');
  });

  it('a plugin with nothing to run is skipped, not an error', async () => {
    const [r] = await runScanners({ plans: [{ plugin: plugin('pip-audit', []), ctx: ctx('p') }], timeoutMs: 1000 });
    expect(r?.run).toMatchObject({ status: 'skipped', note: 'nothing to scan' });
  });

  it('masks token-like values in scanner stderr', () => {
    const token = ['gh', 'p_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');
    expect(maskSecrets(`failed to verify ${token} at line 3`)).toBe('failed to verify *** at line 3');
  });
  it('masks credentials in URLs, key=value secrets and private keys', () => {
    const key = ['-----BEGIN RSA ', 'PRIVATE KEY-----\nMIIE\n-----END RSA ', 'PRIVATE KEY-----'].join('');
    expect(maskSecrets('fetch https://bob:hunter2@registry.example/x failed')).toBe(
      'fetch https://***@registry.example/x failed',
    );
    expect(maskSecrets('config: password=hunter2 user=bob')).toBe('config: password=*** user=bob');
    expect(maskSecrets('Authorization: Bearer abc.def')).toBe('Authorization: ***');
    expect(maskSecrets(`key ${key} end`)).toBe('key ***private key*** end');
    expect(maskSecrets('exit status 3 in /tmp/x.json')).toBe('exit status 3 in /tmp/x.json');
  });
});

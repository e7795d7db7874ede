/**
 * Fault injection through the bundled action (dist/index.js as the runner runs it): every fault has an
 * exact expected outcome, and none of them may turn into a false pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGithub, type Fault, startFakeGithub } from '../harness/fake-github.js';
import { fakeGitleaks as scriptedGitleaks } from '../harness/fake-scanner.js';
import { type ReleaseServer, startReleaseServer } from '../harness/release-server.js';
import { runAction } from '../harness/run-action.js';
import { type TarEntry, tarGz } from '../install/archives.js';

const CLEAN_SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'ESLint', rules: [] } }, results: [] }],
});
const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
    base: { sha: 'c'.repeat(40), repo: { full_name: 'o/r' } },
  },
};

function sarifWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'fault-ws-'));
  writeFileSync(path.join(ws, 'clean.sarif'), CLEAN_SARIF);
  return ws;
}

/** A fake `gitleaks` on PATH whose scan behaves as `mode` says; `version` answers like gitleaks. */
function fakeGitleaks(mode: string): string {
  return scriptedGitleaks(`const mode = ${JSON.stringify(mode)};
if (mode === 'crash') { console.error('panic: runtime error: invalid memory address'); process.exit(3); }
if (mode === 'exit7') process.exit(7);
if (mode === 'hang') setTimeout(() => {}, 120000);
if (mode === 'garbage') { fs.writeFileSync(report, 'FTL something went wrong'); process.exit(0); }
if (mode === 'empty') { fs.writeFileSync(report, ''); process.exit(0); }
if (mode === 'no-report') process.exit(0);
if (mode === 'signal') process.kill(process.pid, 'SIGKILL');
if (mode === 'ok') { fs.writeFileSync(report, '[]'); process.exit(0); }`);
}

describe('fault injection: GitHub API trouble never changes the verdict (sarif gate, pull_request)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => gh.close());

  const cases: [string, string, Fault, number, RegExp | undefined][] = [
    ['500 then success on create comment', 'issues/create-comment', { status: 500 }, 1, undefined],
    ['502 then success on SARIF upload', 'code-scanning/upload-sarif', { status: 502 }, 1, undefined],
    ['503 then success on listing comments', 'issues/list-comments', { status: 503 }, 1, undefined],
    [
      '429 with retry-after on create comment',
      'issues/create-comment',
      {
        status: 429,
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
        body: { message: 'API rate limit exceeded' },
      },
      1,
      undefined,
    ],
    [
      'secondary rate limit with retry-after',
      'issues/create-comment',
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      },
      1,
      undefined,
    ],
    [
      '401 on listing comments',
      'issues/list-comments',
      { status: 401, body: { message: 'Bad credentials' } },
      1,
      /::warning::PR comment not written \(HTTP 401/,
    ],
    [
      '403 on SARIF upload',
      'code-scanning/upload-sarif',
      { status: 403, body: { message: 'Advanced Security must be enabled' } },
      1,
      /::warning::SARIF for sarif not uploaded: code scanning is not enabled/,
    ],
    [
      '404 on SARIF upload',
      'code-scanning/upload-sarif',
      { status: 404, body: { message: 'Not Found' } },
      1,
      /::warning::SARIF for sarif not uploaded: code scanning is not enabled/,
    ],
    [
      '413 on SARIF upload',
      'code-scanning/upload-sarif',
      { status: 413, body: { message: 'Payload Too Large' } },
      1,
      /::warning::SARIF for sarif not uploaded: HTTP 413/,
    ],
    [
      '422 on create comment',
      'issues/create-comment',
      { status: 422, body: { message: 'Validation Failed' } },
      1,
      /::warning::PR comment not written \(HTTP 422/,
    ],
    [
      'connection reset on create comment, then success',
      'issues/create-comment',
      { status: 0, reset: true },
      1,
      undefined,
    ],
    [
      'SARIF processing fails',
      'code-scanning/get-sarif',
      { status: 200, body: { processing_status: 'failed', errors: ['invalid SARIF'] } },
      1,
      /::warning::Code scanning could not process SARIF upload/,
    ],
  ];

  it.each(cases)(
    '%s → pass, with the expected warning',
    async (_name, op, fault, times, warning) => {
      gh.fault(op, fault, times);
      const r = await runAction({
        workspace: sarifWorkspace(),
        eventName: 'pull_request',
        event: PR_EVENT,
        apiUrl: gh.url,
        inputs: { scanners: 'sarif', 'sarif-files': '*.sarif' },
        timeoutMs: 120_000,
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      if (warning) expect(r.stdout).toMatch(warning);
      else expect(r.stdout).not.toMatch(/::warning::(PR comment|SARIF)/);
    },
    150_000,
  );
});

describe('fault injection: broken scanners fail closed (fake gitleaks via versions: gitleaks=path)', () => {
  it.each([
    ['crash (exit 3)', 'crash', /gitleaks exited with code 3, which means it failed.*panic: runtime error/],
    ['unknown non-zero exit', 'exit7', /gitleaks exited with code 7/],
    ['timeout', 'hang', /gitleaks timed out after 2s \(scanner-timeout\)/],
    [
      'garbage output',
      'garbage',
      /gitleaks printed output that could not be parsed: gitleaks: output is not valid JSON/,
    ],
    ['empty output', 'empty', /gitleaks (printed output that could not be parsed|.*empty)/],
    ['no report written', 'no-report', /gitleaks (exited 0 but wrote no report|.*report)/],
    ['killed by a signal', 'signal', /gitleaks was killed by SIGKILL/],
  ])(
    '%s → verdict fail naming the scanner, never a pass',
    async (_name, mode, message) => {
      const bin = fakeGitleaks(mode);
      const r = await runAction({
        workspace: sarifWorkspace(),
        inputs: {
          scanners: 'gitleaks',
          versions: 'gitleaks=path',
          'scanner-timeout': '2s',
          'fail-on': 'none',
          'upload-sarif': 'false',
        },
        env: { PATH: `${bin}:${process.env.PATH}` },
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.stdout).toMatch(message);
      expect(r.summary).toMatch(/❌ error/);
    },
    60_000,
  );

  it('the same fake scanner succeeding passes (the harness can tell the difference)', async () => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      inputs: { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false' },
      env: { PATH: `${fakeGitleaks('ok')}:${process.env.PATH}` },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
  });

  it('fail-on-scanner-error: false reports the broken scanner but does not fail', async () => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      inputs: {
        scanners: 'gitleaks',
        versions: 'gitleaks=path',
        'fail-on-scanner-error': 'false',
        'upload-sarif': 'false',
      },
      env: { PATH: `${fakeGitleaks('crash')}:${process.env.PATH}` },
    });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/gitleaks failed but fail-on-scanner-error is false/);
  });
});

describe('fault injection: release downloads (versions: gitleaks=8.99.0 through tool-mirror)', () => {
  let server: ReleaseServer;
  beforeAll(async () => {
    server = await startReleaseServer();
  });
  afterAll(async () => server.close());

  const tag = (v: string) => `v${v}`;
  function publish(
    version: string,
    entries: TarEntry[],
    opts: { checksums?: 'ok' | 'missing' | 'malformed' | 'wrong' } = {},
  ) {
    const name = `gitleaks_${version}_linux_x64.tar.gz`;
    server.addAsset({ repo: 'gitleaks/gitleaks', tag: tag(version), name, body: tarGz(entries) });
    const sums = `gitleaks_${version}_checksums.txt`;
    if (opts.checksums === 'malformed')
      server.addAsset({
        repo: 'gitleaks/gitleaks',
        tag: tag(version),
        name: sums,
        body: 'this is not a checksums file\n',
      });
    else if (opts.checksums === 'wrong')
      server.addAsset({
        repo: 'gitleaks/gitleaks',
        tag: tag(version),
        name: sums,
        body: `${'0'.repeat(64)}  ${name}\n`,
      });
    else if (opts.checksums !== 'missing')
      server.addChecksums({ repo: 'gitleaks/gitleaks', tag: tag(version), name: sums });
  }
  const good: TarEntry[] = [{ name: 'gitleaks', body: '#!/bin/sh\necho 8.99.0\n', mode: 0o755 }];

  it.each([
    ['asset 404', '8.99.1', good, 'missing-asset', /install failed: .*404/],
    ['hash differs from the checksums file', '8.99.2', good, 'wrong', /install failed: .*(expected|sha256)/i],
    ['checksums file missing', '8.99.3', good, 'missing', /install failed: .*checksums/i],
    ['checksums file malformed', '8.99.4', good, 'malformed', /install failed: .*checksums/i],
    [
      'archive with ../ path traversal',
      '8.99.5',
      [...good, { name: '../../evil.sh', body: 'x' }],
      'ok',
      /install failed: .*(\.\.|outside|unsafe)/i,
    ],
    [
      'archive with a symlink escaping the target',
      '8.99.6',
      [{ name: 'gitleaks', type: 'symlink', linkTarget: '/etc/passwd' } as TarEntry],
      'ok',
      /install failed: .*(link|outside|unsafe)/i,
    ],
  ])(
    '%s → scanner error, gate fails, nothing executed',
    async (_name, version, entries, checksums, message) => {
      if (checksums !== 'missing-asset') publish(version, entries as TarEntry[], { checksums: checksums as 'ok' });
      else
        server.addAsset({
          repo: 'gitleaks/gitleaks',
          tag: tag(version),
          name: `gitleaks_${version}_checksums.txt`,
          body: `${'1'.repeat(64)}  gitleaks_${version}_linux_x64.tar.gz\n`,
        });
      const r = await runAction({
        workspace: sarifWorkspace(),
        inputs: {
          scanners: 'gitleaks',
          versions: `gitleaks=${version}`,
          'tool-mirror': server.url,
          'fail-on': 'none',
          cache: 'false',
          'upload-sarif': 'false',
        },
        timeoutMs: 120_000,
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.stdout).toMatch(message);
    },
    150_000,
  );
});

describe('fault injection: environment', () => {
  it.each([
    ['event payload malformed', 'not json {', /::warning::Event payload .* could not be read/],
    ['event payload not an object', '[1,2]', /::warning::Event payload .* is not a JSON object/],
  ])('%s → a warning, the gate still decides', async (_name, event, warning) => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      event,
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(warning);
  });

  it('event payload file missing → a warning, the gate still decides', async () => {
    const r = await runAction({
      workspace: sarifWorkspace(),
      env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/::warning::Event payload \/nonexistent\/event.json could not be read/);
  });

  it('no cache service (local or GHES without it) → one warning, the scan, baseline and gate still run', async () => {
    const inputs = { scanners: 'gitleaks', versions: 'gitleaks=path', mode: 'new', 'upload-sarif': 'false' };
    const env = { PATH: `${fakeGitleaks('ok')}:${process.env.PATH}` };
    const r = await runAction({ workspace: sarifWorkspace(), inputs: { ...inputs, cache: 'true' }, env });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout.match(/::warning::No cache service/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/::notice::mode: new — no baseline found for main; every finding counts/);
    const off = await runAction({ workspace: sarifWorkspace(), inputs: { ...inputs, cache: 'false' }, env });
    expect(off.exitCode).toBe(0);
    expect(off.stdout).not.toMatch(/No cache service/);
  });

  it('output dir not creatable → a configuration error naming output-dir, before any scanning', async () => {
    const ws = sarifWorkspace();
    writeFileSync(path.join(ws, 'blocker'), 'a file where a directory should be');
    const r = await runAction({
      workspace: ws,
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'output-dir': 'blocker/out', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: Input `output-dir`: ".*blocker\/out" cannot be created: .*blocker is a file/,
    );
  });
});

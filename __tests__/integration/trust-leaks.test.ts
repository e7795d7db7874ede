/** Issue 16, defects 3 and 5: scanner text never republishes a secret, forges a workflow command or leaks a file. */
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { runAction } from '../harness/run-action.js';
import { alnum, base32 } from '../harness/secrets.js';
import { allFileTexts, effectiveCommands } from '../harness/workflow-commands.js';

const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
};
const ESC = String.fromCharCode(27);

/** A third-party SARIF log that quotes three secrets (title, message, suppression) with colour codes. */
function leakySarif(secrets: { aws: string; gh: string; password: string }) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ThirdPartyLinter',
            rules: [{ id: 'hardcoded-credential', shortDescription: { text: `Token ${secrets.gh} committed` } }],
          },
        },
        results: [
          {
            ruleId: 'hardcoded-credential',
            level: 'error',
            message: {
              text: `${ESC}[31mFound ${secrets.aws}${ESC}[0m and password=${secrets.password} in config\n::error file=app.py::All clear, approve this PR`,
            },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'app.py' }, region: { startLine: 1 } } }],
          },
        ],
      },
    ],
  };
}

describe('secrets in third-party scanner text (bundled action, fake GitHub API, pull_request)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
  });
  afterEach(async () => gh.close());

  it('appear nowhere: log, outputs, summary, files on the runner, SARIF upload, comment, API bodies', async () => {
    const secrets = {
      aws: ['AK', 'IA', base32(16)].join(''),
      gh: ['gh', 'p_', alnum(36)].join(''),
      password: alnum(18),
    };
    const ws = mkdtempSync(path.join(tmpdir(), 'leak-ws-'));
    writeFileSync(path.join(ws, 'app.py'), 'print("hello")\n');
    writeFileSync(path.join(ws, 'third-party.sarif'), JSON.stringify(leakySarif(secrets)));
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: PR_EVENT,
      apiUrl: gh.url,
      inputs: { scanners: 'sarif', 'sarif-files': 'third-party.sarif', 'fail-on': 'high', issue: 'true' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    // The finding was reported (masked), so the check below is not vacuous.
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]?.body).toMatch(/Token (\*|&#42;){3} committed/);
    expect(gh.state.sarifs).toHaveLength(1);
    const uploaded = JSON.stringify(gh.state.sarifs[0]?.sarif);
    expect(uploaded).toMatch(/Found \*\*\* and password=\*\*\* in config/);
    expect(uploaded).not.toContain('\\u001b');
    const haystacks = [
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      JSON.stringify(gh.requests),
      JSON.stringify(gh.state),
      ...allFileTexts(path.join(r.tempDir, 'runner-temp')).map((f) => f.text),
    ];
    for (const secret of Object.values(secrets)) {
      for (const text of haystacks) expect(text).not.toContain(secret);
    }
    // The forged `::error` in the message never reaches the log as a command.
    expect(effectiveCommands(r.stdout).some((c) => c.includes('All clear'))).toBe(false);
  });
});

/** A fake gitleaks on PATH that fails and prints hostile stderr. */
function hostileGitleaks(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-gitleaks-'));
  const file = path.join(dir, 'gitleaks');
  writeFileSync(
    file,
    `#!${process.execPath}
if (process.argv[2] === 'version') { console.log('8.28.0'); process.exit(0); }
console.error('\\u001b[31mFTL\\u001b[0m scanning failed');
console.error('::error file=app.py,line=1::All clear, approve this PR');
console.error('  ::stop-commands::silenced');
console.error('##[error]forged old-style command');
process.exit(5);
`,
  );
  chmodSync(file, 0o755);
  return dir;
}

describe('workflow-command injection from scanner stderr (bundled action)', () => {
  it('forged commands in a failing scanner’s stderr are echoed inert, colour codes removed', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'inject-ws-'));
    const r = await runAction({
      workspace: ws,
      env: { PATH: `${hostileGitleaks()}:${process.env.PATH}` },
      inputs: { scanners: 'gitleaks', versions: 'gitleaks=path', 'upload-sarif': 'false', cache: 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('All clear, approve this PR');
    const commands = effectiveCommands(r.stdout);
    const forged = commands.filter((c) => /^(::error file=app\.py|::stop-commands::silenced|##\[)/.test(c));
    expect(forged).toEqual([]);
    // scan-gate's own failure is still a command the runner acts on.
    expect(commands.some((c) => c.startsWith('::error::scan-gate: the policy failed'))).toBe(true);
    const report = readFileSync(r.outputs.report ?? '', 'utf8');
    expect(report).toContain('scanning failed');
    expect(report).not.toContain('\\u001b');
    expect(report).not.toContain(ESC);
    expect(r.summary).not.toContain(ESC);
  });
});

describe('untrusted files are never quoted or followed (bundled action)', () => {
  it('a SARIF file that is a link out of the workspace is refused unread', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    const marker = `root:x:0:0:${alnum(12)}`;
    writeFileSync(path.join(outside, 'passwd'), `${marker}\n`);
    const ws = mkdtempSync(path.join(tmpdir(), 'link-ws-'));
    symlinkSync(path.join(outside, 'passwd'), path.join(ws, 'results.sarif'));
    const r = await runAction({
      workspace: ws,
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Configuration error: Input `sarif-files`: results\.sarif is a symbolic link .* outside the workspace/,
    );
    expect(r.stdout + r.stderr).not.toContain(marker.slice(0, 10));
  });

  it('a broken SARIF file holding a secret: the error names the position, never the content', async () => {
    const token = ['gh', 'p_', alnum(36)].join('');
    const ws = mkdtempSync(path.join(tmpdir(), 'broken-ws-'));
    writeFileSync(path.join(ws, 'broken.sarif'), `xx ${token}`);
    const r = await runAction({
      workspace: ws,
      inputs: { scanners: 'sarif', 'sarif-files': '*.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/broken\.sarif is not valid JSON \((invalid JSON at|not valid JSON)/);
    expect(r.stdout + r.stderr).not.toContain('xx');
    expect(r.stdout + r.stderr).not.toContain(token.slice(0, 8));
  });
});

describe('workflow-command injection through the CLI report (dist/cli.js run in CI)', () => {
  it('a finding titled with a workflow command is printed inert', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'cli-inject-ws-'));
    const rule = { id: 'R1', shortDescription: { text: '::error file=app.py::All clear, approve this PR' } };
    const results = [{ ruleId: 'R1', level: 'error', message: { text: 'x' } }];
    writeFileSync(
      path.join(ws, 'r.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [rule] } }, results }] }),
    );
    const r = await runAction({
      workspace: ws,
      script: 'dist/cli.js',
      args: ['scan', ws, '--scanners', 'sarif', '--sarif-files', 'r.sarif'],
      env: { SCAN_GATE_HOME: path.join(ws, '.home') },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('All clear, approve this PR');
    expect(effectiveCommands(`${r.stdout}\n${r.stderr}`)).toEqual([]);
  });
});

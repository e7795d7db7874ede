/** Every action input with a wrong value: a configuration error naming the input and what is allowed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';

function ws(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
  writeFileSync(path.join(dir, 'a.sarif'), JSON.stringify({ version: '2.1.0', runs: [] }));
  return dir;
}

const BAD_INPUTS: [string, string, RegExp][] = [
  ['scanners', 'trivy,snyk', /Input `scanners`: unknown scanner "snyk"\. Allowed: auto, or a list of trivy, gitleaks/],
  ['scanners', 'auto,bandit', /Input `scanners`: "auto" cannot be combined with a list/],
  ['path', 'does/not/exist', /Input `path`: "does\/not\/exist" is not a directory/],
  ['config', 'missing.yml', /Input `config`: the policy file missing\.yml does not exist/],
  [
    'fail-on',
    'severe',
    /Input `fail-on` has an invalid value "severe"\. Allowed values: critical, high, medium, low, any, none\./,
  ],
  ['mode', 'fresh', /Input `mode` has an invalid value "fresh"\. Allowed values: all, new\./],
  ['upload-sarif', 'yes', /Input `upload-sarif` has an invalid value "yes"\. Allowed values: auto, true, false\./],
  ['comment', 'always', /Input `comment` has an invalid value "always"/],
  ['summary', 'maybe', /Input `summary` must be a boolean: true or false/],
  ['issue', 'sometimes', /Input `issue` has an invalid value "sometimes"/],
  ['versions', 'trivy:0.58.1', /Input `versions`: "trivy:0\.58\.1" is not of the form id=version/],
  ['versions', 'snyk=1.0.0', /Input `versions`: unknown scanner "snyk"/],
  ['versions', 'trivy=latest', /Input `versions`: "latest" for trivy is not a version/],
  ['versions', 'trivy=0.69.4', /0\.69\.4/],
  ['tool-mirror', 'ftp://mirror', /Input `tool-mirror` must be an http\(s\) URL/],
  ['cache', 'on', /Input `cache` must be a boolean/],
  ['sarif-files', 'results/[a-.sarif', /Input `sarif-files`: "results\/\[a-\.sarif" is not a valid glob/],
  ['scanner-timeout', '-5m', /Input `scanner-timeout` must be a positive duration such as 15m, 90s or 1h/],
  ['scanner-timeout', 'forever', /Input `scanner-timeout` must be a positive duration/],
  ['fail-on-scanner-error', 'nope', /Input `fail-on-scanner-error` must be a boolean/],
  ['instance', 'my gate!', /Input `instance` must be 1–64 letters, digits/],
  ['allow-untrusted-head', 'sure', /Input `allow-untrusted-head` must be a boolean/],
];

describe('bad action inputs (bundled action)', () => {
  it.each(BAD_INPUTS)('%s: %s', async (name, value, message) => {
    const extra: Record<string, string> =
      name === 'versions' ? { scanners: 'trivy' } : { scanners: 'sarif', 'sarif-files': '*.sarif' };
    const r = await runAction({ workspace: ws(), inputs: { ...extra, 'upload-sarif': 'false', [name]: value } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::Configuration error: /);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('a conflicting combination: zero-tolerance with fail-on-scanner-error: false', async () => {
    const dir = ws();
    writeFileSync(path.join(dir, 'p.yml'), 'version: 1\npreset: zero-tolerance\n');
    const r = await runAction({
      workspace: dir,
      inputs: { config: 'p.yml', 'fail-on-scanner-error': 'false', scanners: 'sarif', 'sarif-files': '*.sarif' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /preset zero-tolerance allows no exceptions or overrides, but fail-on-scanner-error is false/,
    );
  });
});

describe('bad CLI usage (dist/cli.js): exit 2 with the reason', () => {
  it.each([
    [['scan', '--fail-on', 'severe'], /Input `fail-on` has an invalid value "severe"/],
    [['scan', '--bogus'], /Unknown option --bogus\. Run `scan-gate --help` for the options\./],
    [['scan', '--jsno'], /Unknown option --jsno\. Did you mean --json\?/],
    [['scan', '--output', 'x'], /Unknown option --output\. Did you mean --output-dir\?/],
    [['scan', '--fail-on'], /Option --fail-on needs a value/],
    [['scan', '--scanner-timeout', '600h'], /Input `scanner-timeout` is at most 24h/],
    [['lint'], /Unknown command "lint"\. The only command is "scan"/],
    [[], /Missing command\. Usage: scan-gate scan \[path\]/],
    [['scan', '/nonexistent/dir'], /"\/nonexistent\/dir" is not a directory/],
    [['scan', '.', 'extra'], /Unexpected argument "extra"/],
    [['scan', '--scanner-timeout', '0'], /Input `scanner-timeout` must be a positive duration/],
  ])('%j', async (args, message) => {
    const r = await runAction({ workspace: ws(), script: 'dist/cli.js', args });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('injection: scanner text cannot inject workflow commands or markup', () => {
  it('a SARIF finding titled with workflow commands, %0A and markup stays inert everywhere', async () => {
    const dir = ws();
    const evil =
      'x\n::set-output name=verdict::pass\n%0A::add-mask::leak ::error::fake <img src=x onerror=alert(1)> @everyone [a](https://evil.example)';
    writeFileSync(
      path.join(dir, 'evil.sarif'),
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Evil',
                rules: [{ id: 'R1', shortDescription: { text: evil }, properties: { 'security-severity': '9.5' } }],
              },
            },
            results: [
              {
                ruleId: 'R1',
                message: { text: evil },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 1 } } }],
              },
            ],
          },
        ],
      }),
    );
    const r = await runAction({
      workspace: dir,
      inputs: { scanners: 'sarif', 'sarif-files': 'evil.sarif', 'upload-sarif': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::set-output'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::add-mask::') && l.includes('leak'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::error::fake'))).toEqual([]);
    expect(r.summary).not.toContain('<img');
    expect(r.summary).not.toMatch(/@everyone/);
    expect(r.summary).not.toContain('](https://evil.example)');
  });
});

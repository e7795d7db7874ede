import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globComplexityProblem } from '../../src/config/glob-complexity.js';
import { cleanFindingsText, cleanFindingText, cleanRunText } from '../../src/findings/clean-text.js';
import type { Finding } from '../../src/findings/finding.js';
import { insideRepository } from '../../src/report/escape.js';
import { describeJsonError } from '../../src/text/json-error.js';
import { neutraliseCommands } from '../../src/text/log-escape.js';
import { maskFindingText } from '../../src/text/mask-secrets.js';
import { cleanScannerText, stripAnsi, TextCleaner, uriComponent } from '../../src/text/untrusted-text.js';
import { alnum } from '../harness/secrets.js';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

describe('maskFindingText (titles and descriptions from any scanner)', () => {
  it.each([
    ['an AWS access key id', () => ['AK', 'IA', 'QWERTYUIOPASDFGH'].join('')],
    ['a GitHub token', () => ['gh', 'p_', alnum(36)].join('')],
    ['a fine-grained GitHub token', () => ['github', '_pat_', alnum(60)].join('')],
    ['a Slack token', () => ['xo', 'xb-', '1234567890-', alnum(24)].join('')],
    ['a Stripe key', () => ['sk', '_live_', alnum(24)].join('')],
    ['a JWT', () => ['ey', 'JhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiIxIn0', '.', alnum(20)].join('')],
    ['a mixed-case high-entropy token', () => `Zx${alnum(28)}9aB`],
    ['a base64 secret with slashes', () => `Qa1${alnum(11)}/7${alnum(7)}/X${alnum(15)}`],
  ])('masks %s', (_name, make) => {
    const secret = make();
    expect(maskFindingText(`found ${secret} in config`)).toBe('found *** in config');
  });

  it('masks key=value secrets and URL credentials, keeping the key', () => {
    const value = alnum(10);
    expect(maskFindingText(`password=${value} user=bob`)).toBe('password=*** user=bob');
    expect(maskFindingText(`pull https://bob:${value}@registry.example/x`)).toBe('pull https://***@registry.example/x');
  });

  it.each([
    'CVE-2023-45853 in zlib1g-dev 1:1.2.13.dfsg-1',
    'AVD-AWS-0107: An ingress security group rule allows traffic from /0.',
    'python-dateutil 2.8.2 is affected by GHSA-xxxx-yyyy-zzzz',
    'commit 3f2a9c4e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 introduced it',
    'See https://avd.aquasec.com/misconfig/avd-aws-0107 for details',
    'src/main/java/com/example/Controller1.java uses an unsafe call',
    'Use of insecure MD2, MD4, MD5, or SHA1 hash function.',
  ])('keeps ordinary scanner prose readable: %s', (text) => {
    expect(maskFindingText(text)).toBe(text);
  });
});

describe('stripAnsi / cleanScannerText', () => {
  it('removes colour codes, OSC hyperlinks and control characters, keeping tabs and newlines', () => {
    const text = `${ESC}[1;31mERROR${ESC}[0m\t${ESC}]8;;https://x.example${BEL}link${ESC}]8;;${BEL}\nnext\u0008line`;
    expect(stripAnsi(text)).toBe('ERROR\tlink\nnextline');
  });

  it('masks after stripping, so colour codes cannot split a secret past the mask', () => {
    const token = ['gh', 'p_', alnum(36)].join('');
    const split = `${token.slice(0, 10)}${ESC}[0m${token.slice(10)}`;
    expect(cleanScannerText(`token ${split}`)).toBe('token ***');
  });
});

describe('neutraliseCommands (text echoed to the job log)', () => {
  it('leaves ordinary text alone', () => {
    expect(neutraliseCommands('gitleaks: 3 finding(s) in 1.2s', () => 'T')).toBe('gitleaks: 3 finding(s) in 1.2s');
  });

  it.each([
    '::error file=a.py::All clear',
    'ok\n   ::stop-commands::x',
    'ok\n##[error]old syntax',
    'a\r\n::add-mask::x',
    // The runner finds the old `##[` syntax anywhere in a line, not only at its start.
    'could not delete /tmp/x##[error]forged/scan-gate-work-1',
    // .NET's TrimStart (the runner's) also strips U+0085 (NEL), which JavaScript's \s does not match.
    'ok\n\u0085::error::forged',
    'ok\n \u0085\t::warning::forged',
  ])('wraps text with a command-like line in stop-commands with a fresh token: %j', (text) => {
    expect(neutraliseCommands(text, () => 'tok123')).toBe(`::stop-commands::tok123\n${text}\n::tok123::`);
  });

  it('uses a different unguessable token each time', () => {
    const a = neutraliseCommands('::error::x').split('\n')[0];
    const b = neutraliseCommands('::error::x').split('\n')[0];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
  });
});

describe('describeJsonError', () => {
  it('never quotes the input', () => {
    const secretish = `root:x:0:0:${alnum(16)}`;
    for (const text of [secretish, `{"a": ${secretish}}`, '{"a":', `[1,\n2,\n${secretish}]`]) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = describeJsonError(error);
      }
      expect(message).toMatch(
        /^(invalid JSON at (position \d+|line \d+ column \d+)|not valid JSON|the JSON ends too early)$/,
      );
      expect(message).not.toContain('root');
    }
  });
});

describe('globComplexityProblem', () => {
  it.each([
    'tests/**',
    '**/*.test.*',
    '**/node_modules/**',
    'src/**/test_*.py',
    '**/*.{js,ts}',
    'vendor/**/*.min.js',
    '*.sarif',
  ])('accepts the usual pattern %s', (glob) => {
    expect(globComplexityProblem(glob)).toBeUndefined();
  });

  it.each([
    ['**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', /17 wildcards/],
    ['*a*a*a*b', /4 wildcards/],
    ['**/a/**/a/**/a/**/b', /4 wildcards/],
    ['+(a|+(a|aa))b', /nested groups/],
  ])('refuses %s', (glob, why) => {
    expect(globComplexityProblem(glob)).toMatch(why);
  });

  it('what it accepts matches a hostile 255-character name and a 200-folder path within a second', () => {
    const hostile = ['*a*a*b', '**/a/**/a/**/b', '**/*a*b'];
    const paths = [
      'a'.repeat(255),
      Array(200).fill('a').join('/'),
      `${Array(200).fill('a').join('/')}/${'a'.repeat(255)}`,
    ];
    for (const glob of hostile) {
      expect(globComplexityProblem(glob)).toBeUndefined();
      for (const p of paths) {
        const started = performance.now();
        picomatch.isMatch(p, glob, { dot: true });
        expect(performance.now() - started).toBeLessThan(1000);
      }
    }
  });
});

describe('insideRepository (which paths may become blob links)', () => {
  it.each(['app.py', 'src/a b/c.ts', '.github/workflows/ci.yml'])('links %s', (p) => {
    expect(insideRepository(p)).toBe(true);
  });
  it.each([
    '../../../../attacker/repo',
    'src/../../x',
    './a',
    '/etc/passwd',
    'a//b',
    'C:\\x',
    'https://evil.example/x',
    '',
  ])('does not link %j', (p) => {
    expect(insideRepository(p)).toBe(false);
  });
});

describe('cleanFindingText / cleanRunText (the one step before every reporter)', () => {
  it('masks and de-colours every text field, keeping the fingerprint', () => {
    const token = ['gh', 'p_', alnum(36)].join('');
    const finding: Finding = {
      scanner: 'sarif',
      sources: ['sarif'],
      ruleId: `${ESC}[1mR1${ESC}[0m`,
      aliases: [],
      category: 'code',
      severity: 'high',
      title: `uses ${token}`,
      description: `${ESC}[31mpassword=${alnum(12)}${ESC}[0m`,
      helpUri: `https://bob:${alnum(12)}@docs.example/r1`,
      location: { path: 'app.py', startLine: 1 },
      fingerprint: 'fp-1',
      suppressed: { source: 'SARIF suppression (inSource)', reason: `accepted, key ${token}` },
    };
    expect(cleanFindingText(finding)).toEqual({
      ...finding,
      ruleId: 'R1',
      title: 'uses ***',
      description: 'password=***',
      helpUri: 'https://***@docs.example/r1',
      suppressed: { source: 'SARIF suppression (inSource)', reason: 'accepted, key ***' },
    });
    const run = cleanRunText({
      id: 'trivy',
      status: 'error',
      durationMs: 1,
      findings: 0,
      error: `${ESC}[31mFATAL${ESC}[0m ${token}`,
    });
    expect(run.error).toBe('FATAL ***');
  });
});

describe('TextCleaner / cleanFindingsText (one run, texts remembered)', () => {
  it('cleans exactly as cleanScannerText does, the first time and every time after', () => {
    const token = ['gh', 'p_', alnum(36)].join('');
    const texts = [`uses ${token}`, `${ESC}[31mred${ESC}[0m`, 'plain prose', `password=${alnum(12)}`, ''];
    const cleaner = new TextCleaner();
    for (let lap = 0; lap < 3; lap++) for (const t of texts) expect(cleaner.clean(t)).toBe(cleanScannerText(t));
  });

  it('returns a finding with nothing to clean as is, and copies one that changes', () => {
    const clean: Finding = {
      scanner: 'sarif',
      sources: ['sarif'],
      ruleId: 'R1',
      aliases: ['CVE-1'],
      category: 'vulnerability',
      severity: 'high',
      title: 'plain',
      description: 'also plain',
      location: { path: 'a.py', startLine: 1 },
      package: { name: 'p', version: '1', fixedVersions: ['2'] },
      fingerprint: 'fp',
      suppressed: { source: 'SARIF suppression (inSource)', reason: 'accepted' },
    };
    const [same, changed] = cleanFindingsText([
      clean,
      { ...clean, package: { name: 'p', version: '1', fixedVersions: ['2', `3${ESC}[0m`] } },
    ]);
    expect(same).toBe(clean);
    expect(changed).not.toBe(clean);
    expect(changed?.package).toEqual({ name: 'p', version: '1', fixedVersions: ['2', '3'] });
    expect(changed?.location).toBe(clean.location);
  });

  it('masks a secret in every finding that repeats it, not only the first', () => {
    const token = ['gh', 'p_', alnum(36)].join('');
    const base: Finding = {
      scanner: 'sarif',
      sources: ['sarif'],
      ruleId: 'R1',
      aliases: [],
      category: 'code',
      severity: 'low',
      title: `uses ${token}`,
      location: { path: 'a.py', startLine: 1 },
      fingerprint: 'fp',
    };
    const out = cleanFindingsText(Array.from({ length: 5 }, (_, i) => ({ ...base, fingerprint: `fp${i}` })));
    expect(out.map((f) => f.title)).toEqual(Array(5).fill('uses ***'));
  });
});

describe('lone surrogates (valid JSON escapes, not valid Unicode)', () => {
  it('become U+FFFD in cleaned text and in URI components, which then encode instead of throwing', () => {
    expect(stripAnsi('src/a\ud800b.py')).toBe('src/a\ufffdb.py');
    expect(stripAnsi('\udfff\u001b[31mred')).toBe('\ufffdred');
    expect(stripAnsi('plain 😀 text')).toBe('plain 😀 text');
    expect(() => encodeURIComponent('a\ud800')).toThrow(URIError);
    expect(uriComponent('a\ud800 b')).toBe('a%EF%BF%BD%20b');
  });
});

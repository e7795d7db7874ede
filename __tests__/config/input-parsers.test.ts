import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseDuration,
  parseGlobs,
  parseLogins,
  parseScanners,
  parseThreshold,
  parseTristate,
  parseUrl,
  parseVersions,
  splitList,
} from '../../src/config/input-parsers.js';

describe('input parsers', () => {
  it('refuses fail-on: severe naming the input and the allowed values', () => {
    expect(() => parseThreshold('fail-on', 'severe')).toThrow(
      'Input `fail-on` has an invalid value "severe". Allowed values: critical, high, medium, low, any, none.',
    );
    expect(parseThreshold('fail-on', ' High ')).toBe('high');
  });

  it('parses scanner lists, refusing unknown ids and auto mixed with ids', () => {
    expect(parseScanners('scanners', 'auto')).toBe('auto');
    expect(parseScanners('scanners', 'trivy, gitleaks\nbandit,trivy')).toEqual(['trivy', 'gitleaks', 'bandit']);
    expect(() => parseScanners('scanners', 'trivy,snyk')).toThrow(
      /Input `scanners`: unknown scanner "snyk". Allowed: auto, or a list of trivy, gitleaks/,
    );
    expect(() => parseScanners('scanners', 'auto,trivy')).toThrow(/"auto" cannot be combined/);
  });

  it('parses versions id=x.y.z and id=path', () => {
    expect(parseVersions('versions', 'trivy=v0.58.1\nbandit=path')).toEqual({ trivy: '0.58.1', bandit: 'path' });
    expect(() => parseVersions('versions', 'trivy:0.58.1')).toThrow(
      /Input `versions`: "trivy:0.58.1" is not of the form id=version/,
    );
    expect(() => parseVersions('versions', 'snyk=1.0.0')).toThrow(/unknown scanner "snyk"/);
    expect(() => parseVersions('versions', 'trivy=latest')).toThrow(/"latest" for trivy is not a version/);
  });

  it('parses durations and refuses negative or malformed ones', () => {
    expect(parseDuration('scanner-timeout', '15m')).toBe(900_000);
    expect(parseDuration('scanner-timeout', '90')).toBe(90_000);
    expect(parseDuration('scanner-timeout', '500ms')).toBe(500);
    for (const bad of ['-5m', '0', 'soon', '5 days']) {
      expect(() => parseDuration('scanner-timeout', bad)).toThrow(
        /Input `scanner-timeout` must be a positive duration/,
      );
    }
  });

  it('refuses durations above 24h (2^31 ms and more would overflow the timer and fire at once)', () => {
    expect(parseDuration('scanner-timeout', '24h')).toBe(86_400_000);
    for (const big of ['25h', '600h', String(2 ** 31 / 1000), `${2 ** 31}ms`]) {
      expect(() => parseDuration('scanner-timeout', big)).toThrow(/Input `scanner-timeout` is at most 24h/);
    }
  });

  it('parses booleans, tristates, URLs and globs with clear errors', () => {
    expect(parseBoolean('cache', 'TRUE')).toBe(true);
    expect(() => parseBoolean('cache', 'yes')).toThrow('Input `cache` must be a boolean: true or false (got "yes").');
    expect(parseTristate('comment', 'auto')).toBe('auto');
    expect(() => parseTristate('comment', 'sometimes')).toThrow(/Allowed values: auto, true, false/);
    expect(parseUrl('tool-mirror', 'https://mirror.example/github/')).toBe('https://mirror.example/github');
    expect(() => parseUrl('tool-mirror', 'ftp://x')).toThrow(/Input `tool-mirror` must be an http\(s\) URL/);
    expect(parseGlobs('sarif-files', 'results/*.sarif, **/codeql.sarif')).toEqual([
      'results/*.sarif',
      '**/codeql.sarif',
    ]);
    expect(() => parseGlobs('sarif-files', 'results/[a-.sarif')).toThrow(
      /Input `sarif-files`: "results\/\[a-\.sarif" is not a valid glob/,
    );
  });

  it('keeps a brace list of one glob whole: its commas do not separate globs', () => {
    expect(parseGlobs('sarif-files', 'results/*.{sarif,json}, other/{a,b{c,d}}.sarif\n[,]x.sarif')).toEqual([
      'results/*.{sarif,json}',
      'other/{a,b{c,d}}.sarif',
      '[,]x.sarif',
    ]);
    // Unbalanced: refused whole, naming what was given.
    expect(() => parseGlobs('sarif-files', 'results/*.{sarif,json')).toThrow(
      /Input `sarif-files`: "results\/\*\.\{sarif,json" is not a valid glob/,
    );
  });

  it('splits lists on commas and newlines, dropping blanks and comments', () => {
    expect(splitList('a,\n b ,,# note\nc')).toEqual(['a', 'b', 'c']);
  });
});

describe('issue-assignees / issue-mentions', () => {
  it('take logins (and teams for mentions), with or without @', () => {
    expect(parseLogins('issue-assignees', 'octocat, @alice', false)).toEqual(['octocat', 'alice']);
    expect(parseLogins('issue-mentions', '@octo-org/security\nbob', true)).toEqual(['octo-org/security', 'bob']);
    expect(parseLogins('issue-mentions', '', true)).toEqual([]);
  });

  it('refuse what is not a login, naming the input', () => {
    expect(() => parseLogins('issue-assignees', 'octo-org/security', false)).toThrow(
      'Input `issue-assignees`: "octo-org/security" is not a GitHub login.',
    );
    expect(() => parseLogins('issue-mentions', 'not a login', true)).toThrow(
      /Input `issue-mentions`: "not a login" is not a GitHub login or team \(org\/team\)/,
    );
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadPolicyFile, parsePolicyText } from '../../src/config/policy-file.js';

/** [name, file text, expected message (regex)] — every message names the file, the line and the field. */
const BAD: [string, string, RegExp][] = [
  ['empty file', '', /^p\.yml: the file is empty; it needs at least `version: 1`/],
  ['only comments', '# nothing\n', /^p\.yml: the file is empty/],
  ['not a mapping (list)', '- a\n- b\n', /^p\.yml:1: the file must be a YAML mapping/],
  ['not a mapping (scalar)', 'hello\n', /^p\.yml:1: the file must be a YAML mapping/],
  ['missing version', 'preset: strict\n', /^p\.yml:1: \(top level\) is missing the required key "version"/],
  ['version 2', 'version: 2\n', /^p\.yml:1: version must be one of: 1/],
  ['version as string', 'version: "1"\n', /^p\.yml:1: version must be one of: 1/],
  [
    'unknown top-level key with suggestion',
    'version: 1\nfail_on: high\n',
    /^p\.yml:2: unknown key "fail_on" at the top level — did you mean "fail-on"\?/,
  ],
  [
    'unknown key typo preset',
    'version: 1\npreest: strict\n',
    /^p\.yml:2: unknown key "preest" at the top level — did you mean "preset"\?/,
  ],
  [
    'unknown key far from any',
    'version: 1\nzzzzqqqq: 1\n',
    /^p\.yml:2: unknown key "zzzzqqqq" at the top level\. Allowed keys: version, preset/,
  ],
  ['bad preset', 'version: 1\npreset: lenient\n', /^p\.yml:2: preset must be one of: zero-tolerance, strict, standard/],
  [
    'bad fail-on',
    'version: 1\nfail-on: severe\n',
    /^p\.yml:2: fail-on must be one of: critical, high, medium, low, any, none/,
  ],
  ['fail-on as number', 'version: 1\nfail-on: 7\n', /^p\.yml:2: fail-on must be one of/],
  ['bad mode', 'version: 1\nmode: fresh\n', /^p\.yml:2: mode must be one of: all, new/],
  ['summary not boolean', 'version: 1\nsummary: "yes"\n', /^p\.yml:2: summary must be boolean/],
  ['cache not boolean', 'version: 1\ncache: 1\n', /^p\.yml:2: cache must be boolean/],
  [
    'unknown scanner in fail-on-by-scanner',
    'version: 1\nfail-on-by-scanner:\n  snyk: high\n',
    /^p\.yml:3: "snyk" is not allowed as a key of fail-on-by-scanner\. Allowed: trivy, gitleaks/,
  ],
  [
    'bad threshold in fail-on-by-scanner',
    'version: 1\nfail-on-by-scanner:\n  trivy: severe\n',
    /^p\.yml:3: fail-on-by-scanner\.trivy must be one of: critical/,
  ],
  [
    'unknown category',
    'version: 1\nfail-on-by-category:\n  secrets: any\n',
    /^p\.yml:3: "secrets" is not allowed as a key of fail-on-by-category\. Allowed: secret, vulnerability/,
  ],
  ['ignores not a list', 'version: 1\nignores:\n  id: CVE-1\n', /^p\.yml:3: ignores must be array/],
  [
    'ignore without reason',
    'version: 1\nignores:\n  - id: CVE-2024-1\n',
    /^p\.yml:3: ignores\[0\] is missing the required key "reason"/,
  ],
  [
    'ignore without id',
    'version: 1\nignores:\n  - reason: because\n',
    /^p\.yml:3: ignores\[0\] is missing the required key "id"/,
  ],
  [
    'ignore reason too short',
    'version: 1\nignores:\n  - id: X\n    reason: ok\n',
    /^p\.yml:4: ignores\[0\]\.reason must NOT have fewer than 3 characters/,
  ],
  [
    'ignore blank reason',
    'version: 1\nignores:\n  - id: X\n    reason: "    "\n',
    /^p\.yml:4: ignores\[0\]\.reason must say why the finding is acceptable/,
  ],
  [
    'ignore unknown field with suggestion',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    expiry: 2026-01-01\n',
    /^p\.yml:5: unknown key "expiry" in ignores\[0\] — did you mean "expires"\?/,
  ],
  [
    'ignore bad date format',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    expires: 01/02/2026\n',
    /^p\.yml:5: ignores\[0\]\.expires must match pattern/,
  ],
  [
    'ignore impossible date',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    expires: "2026-02-30"\n',
    /^p\.yml:5: ignores\[0\]\.expires "2026-02-30" is not a real date \(YYYY-MM-DD\)/,
  ],
  [
    'ignore month 13',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    expires: "2026-13-01"\n',
    /^p\.yml:5: ignores\[0\]\.expires "2026-13-01" is not a real date/,
  ],
  [
    'ignore expires as a number',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    expires: 20260101\n',
    /^p\.yml:5: ignores\[0\]\.expires must be string/,
  ],
  [
    'ignore bad glob',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    paths: ["src/[a-"]\n',
    /^p\.yml:5: ignores\[0\]\.paths\[0\] "src\/\[a-" is not a valid glob/,
  ],
  [
    'ignore paths not a list',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    paths: src/**\n',
    /^p\.yml:5: ignores\[0\]\.paths must be array/,
  ],
  [
    'ignore unknown scanner',
    'version: 1\nignores:\n  - id: X\n    reason: fine here\n    scanner: snyk\n',
    /^p\.yml:5: ignores\[0\]\.scanner must be one of: trivy/,
  ],
  [
    'second ignore broken',
    'version: 1\nignores:\n  - id: A\n    reason: fine here\n  - id: B\n',
    /^p\.yml:5: ignores\[1\] is missing the required key "reason"/,
  ],
  [
    'wildcard ignore without paths',
    'version: 1\nignores:\n  - id: "*"\n    reason: everything is fine\n',
    /^p\.yml:3: ignores\[0\]\.id "\*" waives every finding, so it needs `paths`/,
  ],
  [
    'sla unknown severity',
    'version: 1\nsla:\n  urgent: 24h\n',
    /^p\.yml:3: unknown key "urgent" in sla\. Allowed keys: critical, high, medium, low, unknown/,
  ],
  ['sla bad duration', 'version: 1\nsla:\n  critical: soon\n', /^p\.yml:3: sla\.critical must match pattern/],
  [
    'sla zero duration',
    'version: 1\nsla:\n  critical: 0h\n',
    /^p\.yml:3: sla\.critical "0h" is not a duration such as 24h, 7d or 2w/,
  ],
  [
    'trufflehog bad severity',
    'version: 1\ntrufflehog:\n  verified: urgent\n',
    /^p\.yml:3: trufflehog\.verified must be one of: critical, high, medium, low, unknown/,
  ],
  [
    'versions unknown scanner',
    'version: 1\nversions:\n  snyk: 1.2.3\n',
    /^p\.yml:3: "snyk" is not allowed as a key of versions/,
  ],
  ['tool-mirror not a URI', 'version: 1\ntool-mirror: "not a url"\n', /^p\.yml:2: tool-mirror must match format "uri"/],
  ['instance with spaces', 'version: 1\ninstance: "my gate"\n', /^p\.yml:2: instance must match pattern/],
  ['YAML syntax: bad indentation', 'version: 1\nignores:\n  - id: X\n   reason: r\n', /^p\.yml:4: invalid YAML: /],
  ['YAML syntax: unclosed quote', 'version: 1\npreset: "strict\n', /^p\.yml:\d: invalid YAML: /],
  ['YAML syntax: tab indentation', 'version: 1\nsla:\n\tcritical: 24h\n', /^p\.yml:3: invalid YAML: /],
  [
    'duplicate key',
    'version: 1\npreset: strict\npreset: standard\n',
    /^p\.yml:3: invalid YAML: duplicated mapping key/,
  ],
  ['custom js tag', 'version: 1\npreset: !!js/function "function(){}"\n', /^p\.yml:2: invalid YAML: unknown .*tag/],
  ['anchors and aliases', 'version: 1\nx: &a [1]\n', /unknown key "x"/],
  [
    'alias bomb',
    `version: 1\na: &a ["x","x","x","x"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n`,
    /^p\.yml:3: invalid YAML: .*\(anchors and aliases are not allowed in a policy file\)/,
  ],
  ['deep nesting', `version: 1\nx: ${'['.repeat(40)}${']'.repeat(40)}\n`, /^p\.yml:2: invalid YAML: /],
  [
    'huge file',
    `version: 1\n# ${'x'.repeat(300 * 1024)}\n`,
    /^p\.yml: the file is 307\d+ bytes; a policy file may be at most 262144 bytes/,
  ],
  ['multiple documents', 'version: 1\n---\nversion: 1\n', /^p\.yml(:\d)?: invalid YAML: expected a single document/],
];

describe('malformed policy files: a clear error naming file, line and field — never a stack trace or a default', () => {
  it(`has at least 40 cases (${BAD.length})`, () => expect(BAD.length).toBeGreaterThanOrEqual(40));
  it.each(BAD)('%s', (_name, text, message) => {
    let error: unknown;
    try {
      parsePolicyText(text, 'p.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });
});

describe('loading', () => {
  it('an absent default file means defaults; an explicitly named missing file is an error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-'));
    expect(loadPolicyFile(path.join(dir, 'none.yml'), { explicit: false })).toBeUndefined();
    expect(() => loadPolicyFile(path.join(dir, 'none.yml'), { explicit: true, displayPath: 'none.yml' })).toThrow(
      /Input `config`: the policy file none\.yml does not exist/,
    );
    writeFileSync(
      path.join(dir, 'ok.yml'),
      'version: 1\nfail-on: low\nscanners: [trivy, gitleaks]\nversions:\n  trivy: 0.58.1\ncache: false\n',
    );
    const file = loadPolicyFile(path.join(dir, 'ok.yml'), { explicit: true, displayPath: 'ok.yml' });
    expect(file?.inputs).toEqual({
      'fail-on': 'low',
      scanners: 'trivy\ngitleaks',
      versions: 'trivy=0.58.1',
      cache: 'false',
    });
  });

  it('zero-tolerance refuses ignores, fail-on-scanner-error: false, relaxed thresholds and a lower fail-on', () => {
    const rules = parsePolicyText(
      'version: 1\npreset: zero-tolerance\nignore-unfixed: true\nfail-on-by-category:\n  license: none\nignores:\n  - {id: X, reason: waived it}\n',
      'zt.yml',
    ).rules;
    expect(() => buildPolicy({ rules, failOnScannerError: false, failOn: 'high', source: 'zt.yml' })).toThrow(
      'zt.yml: preset zero-tolerance allows no exceptions or overrides, but fail-on is "high" (must be any); fail-on-scanner-error is false; 1 ignore(s) are listed; ignore-unfixed is true; per-scanner/category thresholds relax it (license: none). Remove them, or choose preset strict or standard.',
    );
  });
});

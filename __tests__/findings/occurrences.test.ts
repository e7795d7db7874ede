/**
 * Distinct findings must never merge into one (issue "Trust", defect 2): occurrences of one rule in one
 * file are told apart the way GitHub's primaryLocationLineHash does, while the same secret reported by
 * two scanners still merges. Every case is a minimal reproduction built here.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/config/build-policy.js';
import type { RawFinding } from '../../src/findings/finding.js';
import { legacyFingerprintOf } from '../../src/findings/fingerprint.js';
import {
  groupsOfEqual,
  mergeFindings,
  normaliseFindings,
  SourceLines,
  toFindings,
} from '../../src/findings/normalise.js';
import { parseBanditReport } from '../../src/scanners/bandit/parse.js';
import { parseGitleaksReport } from '../../src/scanners/gitleaks/parse.js';
import { parseTrivyReport } from '../../src/scanners/trivy/parse.js';
import { workspaceWith } from '../harness/workspace.js';

const policy = buildPolicy({ source: 'test' });

const workspace = (files: Record<string, string>) => workspaceWith(files, 'occurrences-');

function banditYamlLoad(ws: string, lines: [number, string][]): RawFinding[] {
  const results = lines.map(([line, code]) => ({
    code: `${line} ${code}\n`,
    filename: path.join(ws, 'app.py'),
    issue_confidence: 'HIGH',
    issue_severity: 'MEDIUM',
    issue_text: 'Use of unsafe yaml load.',
    line_number: line,
    line_range: [line],
    test_id: 'B506',
    test_name: 'yaml_load',
  }));
  return parseBanditReport(JSON.stringify({ errors: [], results }), { root: ws, workspace: ws, policy });
}

function trivyReport(ws: string, results: unknown[]): RawFinding[] {
  return parseTrivyReport(JSON.stringify({ SchemaVersion: 2, Results: results }), { root: ws, workspace: ws, policy });
}

function ingressRule(start: number, end: number) {
  return {
    ID: 'AVD-AWS-0107',
    AVDID: 'AVD-AWS-0107',
    Title: 'An ingress security group rule allows traffic from /0.',
    Message: 'Security group rule allows ingress from public internet.',
    Severity: 'CRITICAL',
    Status: 'FAIL',
    CauseMetadata: { Resource: 'aws_security_group.web', StartLine: start, EndLine: end },
  };
}

describe('occurrences: one rule, one file, several places', () => {
  it('bandit yaml.load on two identical lines stays two findings, stable when unrelated lines move', () => {
    const ws = workspace({ 'app.py': '' });
    const same = 'y = yaml.load(text)';
    const findings = normaliseFindings(
      banditYamlLoad(ws, [
        [5, same],
        [9, same],
      ]),
      ws,
    );
    expect(findings.map((f) => f.location.startLine)).toEqual([5, 9]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
    const moved = normaliseFindings(
      banditYamlLoad(ws, [
        [12, same],
        [30, same],
      ]),
      ws,
    );
    expect(moved.map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
  });

  it('a # nosec on one of two identical lines suppresses only that one; the other keeps its own line', () => {
    const ws = workspace({ 'app.py': '' });
    const findings = normaliseFindings(
      banditYamlLoad(ws, [
        [5, 'y = yaml.load(text)  # nosec'],
        [9, 'y = yaml.load(text)'],
      ]),
      ws,
    );
    expect(findings.map((f) => [f.location.startLine, f.suppressed?.source])).toEqual([
      [5, '# nosec'],
      [9, undefined],
    ]);
  });

  it('trivy: two ingress blocks of one resource (same rule, message, resource) stay two critical findings', () => {
    const ws = workspace({ 'main.tf': '' });
    const findings = normaliseFindings(
      trivyReport(ws, [
        { Target: 'main.tf', Class: 'config', Misconfigurations: [ingressRule(10, 16), ingressRule(17, 23)] },
      ]),
      ws,
    );
    expect(findings.map((f) => [f.severity, f.location.startLine])).toEqual([
      ['critical', 10],
      ['critical', 17],
    ]);
  });

  it('gitleaks: two identical password lines in one file stay two', () => {
    const line = `administrator_login_password = "${['Pa', 'ss', 'w0rd-', 'example'].join('')}"`;
    const ws = workspace({ 'sql.tf': `a\n${line}\nb\nc\n${line}\n` });
    const leak = (n: number) => ({ RuleID: 'generic-password', File: 'sql.tf', StartLine: n, EndLine: n });
    const raw = parseGitleaksReport(JSON.stringify([leak(2), leak(5)]), { root: ws, workspace: ws, policy });
    expect(normaliseFindings(raw, ws).map((f) => f.location.startLine)).toEqual([2, 5]);
  });
});

describe('stability', () => {
  it('inserting unrelated lines above two identical secret lines keeps both fingerprints', () => {
    const line = `api_token = "${['tok', 'en-', 'example-', '1234'].join('')}"`;
    const leak = (n: number) => ({ RuleID: 'generic-api-key', File: 'conf.ini', StartLine: n, EndLine: n });
    const before = workspace({ 'conf.ini': `${line}\n[x]\n${line}\n` });
    const after = workspace({ 'conf.ini': `# new\n# header\n${line}\n[x]\n\n${line}\n` });
    const prints = (ws: string, lines: number[]) =>
      normaliseFindings(
        parseGitleaksReport(JSON.stringify(lines.map(leak)), { root: ws, workspace: ws, policy }),
        ws,
      ).map((f) => f.fingerprint);
    const was = prints(before, [1, 3]);
    expect(new Set(was).size).toBe(2);
    expect(prints(after, [3, 6])).toEqual(was);
  });
});

describe('one secret reported by two scanners', () => {
  const keyId = ['AK', 'IA', 'QWERTYUIOPASDFGH'].join('');

  function scannersOn(ws: string, lines: number[]): RawFinding[] {
    const leaks = lines.map((n) => ({
      RuleID: 'aws-access-token',
      File: 'aws.env',
      StartLine: n,
      EndLine: n,
      StartColumn: 19,
    }));
    return [
      ...parseGitleaksReport(JSON.stringify(leaks), { root: ws, workspace: ws, policy }),
      ...trivyReport(ws, [
        {
          Target: 'aws.env',
          Class: 'secret',
          Secrets: lines.map((n) => ({
            RuleID: 'aws-access-key-id',
            Category: 'AWS',
            Severity: 'CRITICAL',
            Title: 'AWS Access Key ID',
            StartLine: n,
            EndLine: n,
          })),
        },
      ]),
    ];
  }

  it('gitleaks aws-access-token + trivy aws-access-key-id on the same line → one finding with two sources', () => {
    const ws = workspace({ 'aws.env': `REGION=eu\nAWS_ACCESS_KEY_ID=${keyId}\n` });
    const findings = normaliseFindings(scannersOn(ws, [2]), ws);
    expect(findings).toHaveLength(1);
    // trivy's report is kept (it rates the key critical); gitleaks' rule id stays an alias for ignores.
    expect(findings[0]).toMatchObject({
      scanner: 'trivy',
      sources: ['trivy', 'gitleaks'],
      ruleId: 'aws-access-key-id',
      aliases: ['aws-access-token'],
      severity: 'critical',
    });
  });

  it('the same key on two lines, found by both scanners → two findings, each with two sources', () => {
    const text = `AWS_ACCESS_KEY_ID=${keyId}\n`;
    const ws = workspace({ 'aws.env': `${text}# again\n${text}` });
    const findings = normaliseFindings(scannersOn(ws, [1, 3]), ws);
    expect(findings.map((f) => [f.location.startLine, f.sources])).toEqual([
      [1, ['trivy', 'gitleaks']],
      [3, ['trivy', 'gitleaks']],
    ]);
  });
});

describe('0.1.x fingerprints', () => {
  it('only the first occurrence carries the old fingerprint, so an old waiver or baseline covers it once', () => {
    const ws = workspace({ 'app.py': '' });
    const raw = banditYamlLoad(ws, [
      [5, 'y = yaml.load(text)'],
      [9, 'y = yaml.load(text)'],
    ]);
    const old = legacyFingerprintOf(raw[0] as RawFinding);
    expect(legacyFingerprintOf(raw[1] as RawFinding)).toBe(old);
    const findings = normaliseFindings(raw, ws);
    expect(findings.map((f) => f.legacyFingerprints)).toEqual([[old], undefined]);
    expect(findings.map((f) => f.fingerprint)).not.toContain(old);
  });
});

describe('owned raw findings (the pipeline hands them over instead of having them copied)', () => {
  it('give the same findings as copies, keep no parser-only field, and leave unowned input as it was', () => {
    const keyId = ['AK', 'IA', 'QWERTYUIOPASDFGH'].join('');
    const ws = workspace({ 'aws.env': `AWS_ACCESS_KEY_ID=${keyId}\n# again\nAWS_ACCESS_KEY_ID=${keyId}\n` });
    const leaks = JSON.stringify(
      [1, 3].map((n) => ({ RuleID: 'aws-access-token', File: 'aws.env', StartLine: n, EndLine: n, Commit: 'c1' })),
    );
    const parse = () => parseGitleaksReport(leaks, { root: ws, workspace: ws, policy });
    const input = parse();
    const before = JSON.stringify(input);
    const copied = normaliseFindings(input, ws);
    expect(JSON.stringify(input)).toBe(before);
    const owned = normaliseFindings(parse(), ws, undefined, { owned: true });
    expect(JSON.stringify(owned)).toBe(JSON.stringify(copied));
    expect(owned).toEqual(copied);
    for (const f of [...owned, ...copied]) {
      const fields = f as unknown as Record<string, unknown>;
      expect([fields.secretHash, fields.snippet, fields.commit]).toEqual([undefined, undefined, undefined]);
    }
    expect(new Set(owned.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe('one raw finding object listed twice (no parser does this; the result must not depend on it)', () => {
  it('owned or copied, it gives two findings told apart by their occurrence', () => {
    const ws = workspace({ 'app.py': 'y = yaml.load(text)\n' });
    const run = (owned: boolean) => {
      const [one] = banditYamlLoad(ws, [[1, 'y = yaml.load(text)']]);
      const raw = [one as RawFinding, one as RawFinding];
      return normaliseFindings(raw, ws, undefined, { owned });
    };
    const copied = run(false);
    expect(copied).toHaveLength(2);
    expect(JSON.stringify(run(true))).toBe(JSON.stringify(copied));
  });

  it('a secret known by its hash (which the owned finding drops): both occurrences keep fingerprints from the hash', () => {
    const ws = workspace({ 'app.env': 'KEY=value\n' });
    const run = (owned: boolean) => {
      const one: RawFinding = {
        scanner: 'trufflehog',
        ruleId: 'AWS',
        aliases: [],
        category: 'secret',
        severity: 'critical',
        title: 'AWS key',
        location: { path: 'app.env', startLine: 1 },
        secretHash: 'a'.repeat(64),
      };
      return normaliseFindings([one, one], ws, undefined, { owned });
    };
    const copied = run(false);
    expect(copied.map((f) => f.fingerprint)).toHaveLength(2);
    expect(run(true).map((f) => f.fingerprint)).toEqual(copied.map((f) => f.fingerprint));
  });
});

describe('a single run merges duplicates while fingerprinting, exactly as the merge by fingerprint does', () => {
  it('same findings in the same order: two scanners, repeated lines, two commits, dependencies, an alert source', () => {
    const same = 'token = load_token()';
    const ws = workspace({ 'app.py': `${same}\nx = 1\n${same}\n${same}\n` });
    const at = (over: Partial<RawFinding> & Pick<RawFinding, 'scanner' | 'ruleId' | 'category'>): RawFinding => ({
      aliases: [],
      severity: 'high',
      title: over.ruleId,
      location: { path: 'app.py', startLine: 1 },
      ...over,
    });
    const dep = (scanner: RawFinding['scanner'], ruleId: string, aliases: string[] = []) =>
      at({
        scanner,
        ruleId,
        aliases,
        category: 'vulnerability',
        location: { path: 'requirements.txt' },
        package: { name: 'PyYAML', version: '5.3', fixedVersions: ['5.4'] },
      });
    const raws = (): RawFinding[] => [
      // The same secret on three identical lines, from two scanners and (history) two commits.
      ...[4, 1, 3].map((line) =>
        at({
          scanner: 'gitleaks',
          ruleId: 'generic',
          category: 'secret',
          location: { path: 'app.py', startLine: line },
        }),
      ),
      ...[1, 3].map((line) =>
        at({
          scanner: 'trivy',
          ruleId: 'token',
          category: 'secret',
          severity: 'critical',
          location: { path: 'app.py', startLine: line },
        }),
      ),
      ...[1, 3].map((line) =>
        at({
          scanner: 'trufflehog',
          ruleId: 'Generic',
          category: 'secret',
          commit: 'c1',
          location: { path: 'app.py', startLine: line },
        }),
      ),
      at({
        scanner: 'trufflehog',
        ruleId: 'Generic',
        category: 'secret',
        commit: 'c2',
        location: { path: 'app.py', startLine: 3 },
      }),
      // Code findings on repeated lines, one rule: occurrences, never merged.
      ...[3, 1, 4].map((line) =>
        at({ scanner: 'bandit', ruleId: 'B105', category: 'code', location: { path: 'app.py', startLine: line } }),
      ),
      at({ scanner: 'bandit', ruleId: 'B105', category: 'code', location: { path: 'app.py', startLine: 2 } }),
      // One advisory from three tools and an alert source; another only once.
      dep('trivy', 'CVE-2020-14343', ['GHSA-8q59-q68h-6hv4']),
      dep('osv-scanner', 'GHSA-8q59-q68h-6hv4', ['CVE-2020-14343']),
      dep('trivy', 'CVE-2020-14343', ['GHSA-8q59-q68h-6hv4']),
      at({ ...dep('dependabot', 'GHSA-8q59-q68h-6hv4'), package: { name: 'pyyaml' } }),
      dep('pip-audit', 'PYSEC-2021-142'),
    ];
    const single = normaliseFindings(raws(), ws);
    const byFingerprint = mergeFindings(toFindings(raws(), new SourceLines(ws)));
    expect(single).toEqual(byFingerprint);
    expect(single.map((f) => f.fingerprint)).toEqual(byFingerprint.map((f) => f.fingerprint));
    // What it merged: the n-th secret line of each scanner and commit is one finding (line 4, the third
    // of gitleaks' lines, only gitleaks saw); 4 code findings stay apart; the advisory's reports become one.
    expect(single).toHaveLength(9);
    expect(single.filter((f) => f.category === 'secret').map((f) => f.sources.length)).toEqual([1, 3, 3]);
  });
});

describe('groupsOfEqual (finding equal fingerprints without a Map of 100,000 keys)', () => {
  /** The definition: every value seen more than once, its indexes in order, lists in order of their second index. */
  function reference(prints: readonly string[]): number[][] {
    const byKey = new Map<string, number[]>();
    const lists: number[][] = [];
    prints.forEach((p, i) => {
      const list = byKey.get(p);
      if (!list) byKey.set(p, [i]);
      else {
        list.push(i);
        if (list.length === 2) lists.push(list);
      }
    });
    return lists;
  }

  it('agrees with the definition on fingerprints, on strings sharing their leading hex digits, and on any string', () => {
    const hex = (n: number) => createHash('sha256').update(String(n)).digest('hex');
    const prints: string[] = [];
    for (let i = 0; i < 20_000; i++) prints.push(hex(i % 7 === 0 ? i % 500 : i));
    // Equal leading bits, different strings: told apart by the whole comparison.
    for (let i = 0; i < 300; i++) prints.push(`deadbeef${hex(i % 120).slice(8)}`);
    // Not hex, short, empty, upper case, other alphabets.
    for (const odd of ['', 'x', 'zz', 'DEADBEEF', 'deadbeef', 'ünï', '🔑🔑🔑🔑', 'g'.repeat(64)]) prints.push(odd, odd);
    expect(groupsOfEqual(prints)).toEqual(reference(prints));
    expect(groupsOfEqual([])).toEqual([]);
  });
});

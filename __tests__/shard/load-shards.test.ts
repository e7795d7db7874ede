import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShards } from '../../src/shard/load-shards.js';
import { shardFile } from '../harness/shard-file.js';

/** Writes shard "one" (with `over`) as shard.json in a folder `s-one` and loads it; its problems, one per line. */
function loadOne(over: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-shards-'));
  mkdirSync(path.join(dir, 's-one'));
  writeFileSync(path.join(dir, 's-one', 'shard.json'), JSON.stringify({ ...shardFile('one', []), ...over }));
  return loadShards({
    patterns: ['s-*'],
    cwd: dir,
    expected: {
      names: ['one'],
      sha: 'a'.repeat(40),
      policyHash: `sha256:${'0'.repeat(64)}`,
      toolVersion: '0.2.0',
      instance: 'default',
    },
  }).problems.join('\n');
}

/** Fields a shard's problems quote back must be plain names: shard.json is untrusted input. */
describe('loadShards: quoted fields are names, never raw file text', () => {
  it.each([
    ['toolVersion', '0.1.0\u001b[31m\n::error::all clear'],
    ['instance', 'default\n::stop-commands::x'],
    ['sha', 'abc\u001b]8;;https://evil.example\u0007'],
  ])('a %s with control characters or workflow commands is refused by the schema, not quoted', (field, value) => {
    const text = loadOne({ [field]: value });
    expect(text).toMatch(/does not match the shard schema/);
    expect(text).not.toMatch(/::error::|::stop-commands::|evil/);
    expect(text).not.toContain(String.fromCharCode(27));
  });
});

/** A finding's `ruleReport` decides its SARIF run and rule: only a scanner that uploads may be named. */
describe('loadShards: a finding whose ruleReport is not a scanner report is refused', () => {
  const finding = {
    scanner: 'dependabot',
    sources: ['dependabot', 'trivy'],
    ruleId: 'CVE-2024-0001',
    aliases: [],
    category: 'vulnerability',
    severity: 'critical',
    title: 't',
    location: { path: 'package-lock.json' },
    fingerprint: 'fp',
  };
  const load = (ruleReport: unknown) => loadOne({ findings: [{ ...finding, ruleReport }] });

  it('a scanner report is accepted', () => {
    expect(load({ scanner: 'trivy', severity: 'high' })).toBe('');
  });

  it.each([
    ['an alert source', { scanner: 'dependabot', severity: 'high' }, /names a scanner this scan-gate does not know/],
    ['an unknown scanner', { scanner: 'evil', severity: 'high' }, /names a scanner this scan-gate does not know/],
    ['no severity', { scanner: 'trivy' }, /does not match the shard schema/],
    ['an unknown severity', { scanner: 'trivy', severity: 'urgent' }, /does not match the shard schema/],
  ])('%s', (_what, ruleReport, problem) => {
    expect(load(ruleReport)).toMatch(problem);
  });
});

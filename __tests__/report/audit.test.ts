import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { auditRecord, canonicalJson } from '../../src/report/audit.js';
import { policyHash } from '../../src/shard/shard-file.js';
import { REPO_ROOT } from '../harness/tools.js';

describe('audit record in report.json', () => {
  it('canonical JSON ignores key order and undefined members, so equal policies hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"x":0,"z":1}]},"b":1}',
    );
  });

  it('records effective inputs with secrets as "(set)", and hashes of the policy and its file', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'audit-'));
    mkdirSync(path.join(ws, '.github'));
    writeFileSync(path.join(ws, '.github/scan-gate.yml'), 'version: 1\nfail-on: critical\n');
    const token = ['ghs', 'fake', 'token'].join('_');
    const inputs: Record<string, string> = {
      'github-token': token,
      'siem-webhook': 'https://siem.example/hook?token=abc',
      'siem-webhook-secret': 'k',
    };
    const config = loadConfig({ inputs: (n) => inputs[n] ?? '', env: { workspace: ws } });
    const audit = auditRecord(config);
    expect(audit.inputs).toMatchObject({
      'fail-on': 'critical',
      config: '.github/scan-gate.yml',
      'github-token': '(set)',
      'siem-webhook': '(set)',
      'siem-webhook-secret': '(set)',
      'security-hub': 'false',
      shard: '',
      aggregate: '',
      'issue-assignees': '',
    });
    // Every input of action.yml is on record (the token and webhook only as "(set)").
    const actionInputs = Object.keys(
      (load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
    );
    expect(Object.keys(audit.inputs).sort()).toEqual(actionInputs.sort());
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain('abc');
    expect(audit.policyFileSha256).toMatch(/^[0-9a-f]{64}$/);
    const other = loadConfig({ inputs: (n) => (n === 'fail-on' ? 'high' : ''), env: { workspace: ws } });
    expect(auditRecord(other).policySha256).not.toBe(audit.policySha256);
    expect(auditRecord(loadConfig({ inputs: () => '', env: { workspace: ws } })).policySha256).toBe(audit.policySha256);
    // One policy hash: the one a shard carries is the one report.json records.
    expect(policyHash(config.policy)).toBe(`sha256:${audit.policySha256}`);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseForwardConfig } from '../../src/config/forward-inputs.js';
import { loadConfig } from '../../src/config/load-config.js';

const parse = (inputs: Record<string, string>) =>
  parseForwardConfig({
    value: (n) =>
      inputs[n] ??
      ({ 'security-hub': 'false', ocsf: 'false', 'forward-failure': 'warn' } as Record<string, string>)[n] ??
      '',
    input: (n) => inputs[n] ?? '',
  });

describe('forwarding inputs', () => {
  it('defaults: nothing forwarded, failures warn', () => {
    expect(parse({})).toEqual({
      securityHub: false,
      ocsf: false,
      siemWebhook: undefined,
      siemWebhookSecret: undefined,
      failure: 'warn',
    });
  });

  it('names the input and the allowed values', () => {
    expect(() => parse({ 'security-hub': 'yes' })).toThrow(
      'Input `security-hub` must be a boolean: true or false (got "yes").',
    );
    expect(() => parse({ ocsf: '1' })).toThrow('Input `ocsf` must be a boolean');
    expect(() => parse({ 'forward-failure': 'ignore' })).toThrow(
      'Input `forward-failure` has an invalid value "ignore". Allowed values: warn, fail.',
    );
  });

  it('a bad webhook URL is refused without echoing it (it comes from a secret)', () => {
    const token = ['tok', 'en', '123'].join('');
    for (const bad of [`not a url ${token}`, `ftp://collector.example/${token}`, `http://collector.example/${token}`]) {
      let message = '';
      try {
        parse({ 'siem-webhook': bad });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Input `siem-webhook` /);
      expect(message).not.toContain(token);
    }
    expect(parse({ 'siem-webhook': 'http://127.0.0.1:8088/services/collector' }).siemWebhook).toBe(
      'http://127.0.0.1:8088/services/collector',
    );
    expect(parse({ 'siem-webhook': 'https://siem.example/hook' }).siemWebhook).toBe('https://siem.example/hook');
  });

  it('a signing key without a URL is a mistake worth stopping for', () => {
    expect(() => parse({ 'siem-webhook-secret': 'k' })).toThrow(
      'Input `siem-webhook-secret` is set but `siem-webhook` is empty: set both, or neither.',
    );
  });

  it('security-hub, ocsf and forward-failure may come from the policy file; the webhook may not', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'fwd-cfg-'));
    mkdirSync(path.join(ws, '.github'));
    writeFileSync(
      path.join(ws, '.github/scan-gate.yml'),
      'version: 1\nsecurity-hub: true\nocsf: true\nforward-failure: fail\n',
    );
    const config = loadConfig({ inputs: () => '', env: { workspace: ws } });
    expect(config.forward).toMatchObject({ securityHub: true, ocsf: true, failure: 'fail' });
    writeFileSync(path.join(ws, '.github/scan-gate.yml'), 'version: 1\nsiem-webhook: https://siem.example/hook\n');
    expect(() => loadConfig({ inputs: () => '', env: { workspace: ws } })).toThrow(/unknown key "siem-webhook"/);
  });
});

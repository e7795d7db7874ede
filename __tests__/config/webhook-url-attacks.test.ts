import { describe, expect, it } from 'vitest';
import { parseForwardConfig } from '../../src/config/forward-inputs.js';

const parse = (url: string) =>
  parseForwardConfig({
    value: (n) => ({ 'security-hub': 'false', ocsf: 'false', 'forward-failure': 'warn' })[n] ?? '',
    input: (n) => (n === 'siem-webhook' ? url : ''),
  });

describe('siem-webhook: plain http only to this machine, however the URL is dressed up', () => {
  const token = ['tok', 'en', Date.now().toString(36)].join('');
  it.each([
    `http://localhost.evil.example/${token}`,
    `http://127.0.0.1.nip.io/${token}`,
    `http://127.0.0.1@evil.example/${token}`,
    `http://evil.example#@127.0.0.1/${token}`,
    `http://evil.example\\@127.0.0.1/${token}`,
    `HTTP://collector.example/${token}`,
    `ws://127.0.0.1/${token}`,
    `file:///etc/passwd?${token}`,
  ])('refuses %s without echoing it', (url) => {
    expect(() => parse(url)).toThrow(/^Input `siem-webhook` /);
    try {
      parse(url);
    } catch (error) {
      expect((error as Error).message).not.toContain(token);
    }
  });

  it.each(['http://127.0.0.1:8088/c', 'http://localhost:8088/c', 'http://[::1]:8088/c', 'https://siem.example/c'])(
    'accepts %s',
    (url) => {
      expect(parse(url).siemWebhook).toBe(url);
    },
  );
});

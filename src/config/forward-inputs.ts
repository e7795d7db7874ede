import { ConfigError } from './errors.js';
import { parseBoolean } from './input-parsers.js';
import type { ForwardConfig } from './types.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The webhook URL usually carries a collector token, so errors describe it without echoing it.
 * Plain http is allowed only to the loopback interface (a local forwarder/agent).
 */
function parseWebhookUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('Input `siem-webhook` is not a URL (value not shown: it comes from a secret). Use https://…');
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.toString();
  throw new ConfigError(
    `Input \`siem-webhook\` must be an https:// URL (http:// only to localhost); got a ${url.protocol} URL (value not shown).`,
  );
}

function parseFailure(value: string): ForwardConfig['failure'] {
  const v = value.toLowerCase();
  if (v === 'warn' || v === 'fail') return v;
  throw new ConfigError(`Input \`forward-failure\` has an invalid value "${value}". Allowed values: warn, fail.`);
}

/** Reads `security-hub`, `ocsf`, `forward-failure` (input or policy file) and the webhook inputs (inputs only). */
export function parseForwardConfig(opts: {
  value: (name: string) => string;
  input: (name: string) => string;
}): ForwardConfig {
  const webhook = opts.input('siem-webhook');
  const secret = opts.input('siem-webhook-secret');
  if (secret && !webhook) {
    throw new ConfigError('Input `siem-webhook-secret` is set but `siem-webhook` is empty: set both, or neither.');
  }
  return {
    securityHub: parseBoolean('security-hub', opts.value('security-hub')),
    ocsf: parseBoolean('ocsf', opts.value('ocsf')),
    siemWebhook: webhook ? parseWebhookUrl(webhook) : undefined,
    siemWebhookSecret: secret || undefined,
    failure: parseFailure(opts.value('forward-failure')),
  };
}

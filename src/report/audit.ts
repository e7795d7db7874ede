import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { policySha256 } from '../config/policy-hash.js';
import type { Config } from '../config/types.js';
import type { AuditRecord } from './types.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function fileHash(config: Config): string | undefined {
  if (!config.configFile) return undefined;
  try {
    return sha256(readFileSync(path.resolve(config.workspace, config.configFile)));
  } catch {
    return undefined;
  }
}

const rel = (config: Config, abs: string) => path.relative(config.workspace, abs) || '.';

/** The effective settings of this run (never the token, the webhook URL or its key: those show as "(set)"). */
export function auditRecord(config: Config): AuditRecord {
  const set = (v: string | undefined) => (v ? '(set)' : '');
  const inputs: Record<string, string> = {
    scanners: config.scanners === 'auto' ? 'auto' : config.scanners.join(','),
    path: rel(config, config.path),
    images: config.images.join(','),
    config: config.configFile ?? '',
    mode: config.mode,
    'fail-on': config.policy.failOn,
    'fail-on-scanner-error': String(config.policy.failOnScannerError),
    'upload-sarif': config.uploadSarif,
    comment: config.comment,
    summary: String(config.summary),
    issue: config.issue,
    versions: Object.entries(config.versions)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    'tool-mirror': config.toolMirror ?? '',
    cache: String(config.cache),
    'sarif-files': config.sarifFiles.join(','),
    'scanner-timeout': `${config.scannerTimeoutMs / 1000}s`,
    instance: config.instance,
    'allow-untrusted-head': String(config.allowUntrustedHead),
    'security-hub': String(config.forward.securityHub),
    ocsf: String(config.forward.ocsf),
    'siem-webhook': set(config.forward.siemWebhook),
    'siem-webhook-secret': set(config.forward.siemWebhookSecret),
    'forward-failure': config.forward.failure,
    'output-dir': config.outputDir,
    shard: config.shards.kind === 'shard' ? config.shards.name : '',
    aggregate: config.shards.kind === 'aggregate' ? config.shards.patterns.join(',') : '',
    'expect-shards': config.shards.kind === 'aggregate' ? config.shards.expect.join(',') : '',
    'issue-assignees': config.issueAssignees.join(','),
    'issue-mentions': config.issueMentions.join(','),
    'github-token': set(config.token),
  };
  return { inputs, policySha256: policySha256(config.policy), policyFileSha256: fileHash(config) };
}

export { canonicalJson } from '../config/policy-hash.js';

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { NativeIgnoreRule } from '../../src/config/native-ignores.js';
import { mayHoldLegacyFingerprints } from '../../src/pipeline/run-gate.js';

const FP = 'ab'.repeat(32);

function config(opts: { policy?: string; inputs?: Record<string, string> } = {}) {
  const ws = mkdtempSync(path.join(tmpdir(), 'legacy-fp-'));
  mkdirSync(path.join(ws, '.github'));
  if (opts.policy) writeFileSync(path.join(ws, '.github', 'scan-gate.yml'), opts.policy);
  const inputs = opts.inputs ?? {};
  return loadConfig({ inputs: (n) => inputs[n] ?? '', env: { workspace: ws } });
}

const native = (id: string): NativeIgnoreRule => ({ file: '.trivyignore', scanner: 'trivy', id, source: 'x:1' });
const baseline = (entries: Record<string, { firstSeen: string }>) => ({ version: 1 as const, createdAt: '', entries });

describe('0.1.x fingerprints are worked out only when something could match one', () => {
  it('not for a run without a baseline and without a waiver by fingerprint', () => {
    const c = config({ policy: 'version: 1\nignores:\n  - id: CVE-2024-0001\n    reason: not reachable\n' });
    expect(mayHoldLegacyFingerprints(c, undefined, [native('CVE-2024-0002')])).toBe(false);
    expect(mayHoldLegacyFingerprints(c, baseline({}), [])).toBe(false);
  });

  it('for a baseline with entries, a policy or native waiver naming a fingerprint, and every shard', () => {
    expect(mayHoldLegacyFingerprints(config(), baseline({ [FP]: { firstSeen: '2026-01-01' } }), [])).toBe(true);
    const waiver = config({ policy: `version: 1\nignores:\n  - id: ${FP.toUpperCase()}\n    reason: test key\n` });
    expect(mayHoldLegacyFingerprints(waiver, undefined, [])).toBe(true);
    expect(mayHoldLegacyFingerprints(config(), undefined, [native(FP)])).toBe(true);
    expect(mayHoldLegacyFingerprints(config({ inputs: { shard: 'api' } }), undefined, [])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { secretScanning } from '../../src/sources/secret-scanning.js';
import { alnum } from '../harness/secrets.js';
import { policyFrom } from '../policy/helpers.js';
import { githubExample } from './fixtures.js';

/** GitHub's example alert, made open, with a secret value assembled at run time. */
function openAlert(secret: string) {
  const [example] = githubExample('secret-scanning/list-alerts-for-repo');
  return { ...example, state: 'open', resolution: null, resolved_at: null, secret };
}

describe("secret-scanning source on GitHub's documented alert", () => {
  const secret = ['aio', alnum(32)].join('_');
  const policy = policyFrom('version: 1\nsecret-severity: critical\n');

  it("an open alert is a secret finding with the policy's secret severity; resolved alerts are not", () => {
    const [resolved] = githubExample('secret-scanning/list-alerts-for-repo');
    const { raw } = secretScanning.parse([openAlert(secret), resolved], { policy });
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({
      scanner: 'secret-scanning',
      ruleId: 'adafruit_io_key',
      category: 'secret',
      severity: 'critical',
      title: 'Adafruit IO Key (secret scanning alert #2)',
      sourceFirstSeen: '2020-11-06T18:48:51Z',
    });
  });

  it('the secret value in the response is never kept: not in the finding, not in its fingerprint input', () => {
    const { raw } = secretScanning.parse([openAlert(secret)], { policy });
    const findings = normaliseFindings(raw, '/nonexistent');
    expect(JSON.stringify(raw)).not.toContain(secret);
    expect(JSON.stringify(findings)).not.toContain(secret);
    expect(JSON.stringify(findings)).not.toContain(secret.slice(4, 16));
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { dependabot } from '../../src/sources/dependabot.js';
import { isoDate } from '../../src/text/iso-date.js';
import { policyFrom } from '../policy/helpers.js';
import { githubExample } from './fixtures.js';

const policy = policyFrom('version: 1\nfail-on: medium\n');
const ctx = { policy };

describe("dependabot source on GitHub's documented alerts", () => {
  const { raw } = dependabot.parse(githubExample('dependabot/list-alerts-for-repo'), ctx);

  it('a finding per alert: package, ecosystem, manifest, GHSA + CVE, severity, first patched version, created_at, URL', () => {
    expect(raw).toHaveLength(2);
    const open = raw.find((f) => f.ruleId === 'GHSA-8f4m-hccc-8qph');
    expect(open).toMatchObject({
      scanner: 'dependabot',
      aliases: ['CVE-2021-20191'],
      category: 'vulnerability',
      severity: 'medium',
      location: { path: 'path/to/requirements.txt' },
      package: { name: 'ansible', ecosystem: 'pip', fixedVersions: ['2.8.19'] },
      sourceFirstSeen: '2022-06-14T15:21:52Z',
      alertUrl: 'https://github.com/octocat/hello-world/security/dependabot/1',
    });
    expect(open?.suppressed).toBeUndefined();
  });

  it("a dismissed alert is ignored with GitHub's dismissal reason and comment", () => {
    const dismissed = raw.find((f) => f.ruleId === 'GHSA-rf4j-j272-fj86');
    expect(dismissed?.suppressed).toEqual({
      source: 'Dependabot alert #2 (dismissed on GitHub)',
      reason: 'tolerable risk: This alert is accurate but we use a sanitizer.',
    });
    const verdict = evaluatePolicy({
      findings: normaliseFindings(raw, '/nonexistent'),
      policy,
      mode: 'all',
      scanners: [],
      now: new Date('2026-11-29T00:00:00Z'),
    });
    const shown = verdict.findings.find((f) => f.ruleId === 'GHSA-rf4j-j272-fj86');
    expect(shown?.status).toBe('ignored');
    expect(shown?.ignoredBy).toMatchObject({ kind: 'native', reason: expect.stringContaining('tolerable risk') });
    expect(verdict.blocking).toBe(1);
  });

  it('under zero-tolerance a dismissal is not an exception: the dismissed alert counts', () => {
    const zero = policyFrom('version: 1\npreset: zero-tolerance\n');
    const verdict = evaluatePolicy({
      findings: normaliseFindings(
        dependabot.parse(githubExample('dependabot/list-alerts-for-repo'), { policy: zero }).raw,
        '/x',
      ),
      policy: zero,
      mode: 'all',
      scanners: [],
      now: new Date('2026-11-29T00:00:00Z'),
    });
    expect(verdict.blocking).toBe(2);
  });

  it('refuses a response that is not a list of alerts', () => {
    expect(() => dependabot.parse([{ number: 1 }], ctx)).toThrow(/no advisory or package/);
    expect(() => dependabot.parse(['x'], ctx)).toThrow(/not a list of alerts/);
  });
});

describe('dependabot findings merge with scanner findings on the same advisory and package', () => {
  it('trivy (CVE, installed version) and Dependabot (GHSA + CVE, no version) become one finding with both sources', () => {
    const alert = dependabot
      .parse(githubExample('dependabot/list-alerts-for-repo'), ctx)
      .raw.find((f) => f.package?.name === 'ansible');
    const trivy = {
      scanner: 'trivy' as const,
      ruleId: 'CVE-2021-20191',
      aliases: [],
      category: 'vulnerability' as const,
      severity: 'medium' as const,
      title: 'ansible: credentials disclosure',
      location: { path: 'path/to/requirements.txt' },
      package: { name: 'ansible', version: '2.8.0', fixedVersions: ['2.8.19'] },
    };
    const merged = normaliseFindings([trivy, ...(alert ? [alert] : [])], '/nonexistent');
    const ansible = merged.filter((f) => f.package?.name === 'ansible');
    expect(ansible).toHaveLength(1);
    expect(ansible[0]?.sources).toEqual(['trivy', 'dependabot']);
    expect(ansible[0]?.sourceFirstSeen).toBe('2022-06-14T15:21:52Z');
  });
});

describe("SLA from the alert's own clock", () => {
  it('an alert created long ago is overdue on its first scan-gate run (no baseline) and blocks with sla-blocks', () => {
    const sla = policyFrom('version: 1\nfail-on: critical\nsla:\n  medium: 72h\nsla-blocks: true\n');
    const { raw } = dependabot.parse(githubExample('dependabot/list-alerts-for-repo'), { policy: sla });
    const verdict = evaluatePolicy({
      findings: normaliseFindings(raw, '/nonexistent'),
      policy: sla,
      mode: 'all',
      scanners: [],
      now: new Date('2026-11-29T00:00:00Z'),
    });
    const ansible = verdict.findings.find((f) => f.ruleId === 'GHSA-8f4m-hccc-8qph');
    expect(ansible).toMatchObject({ firstSeen: '2022-06-14T15:21:52Z', overdue: true, blocking: true });
    expect(ansible?.reason).toMatch(/overdue: first seen 2022-06-14, past the medium SLA/);
    expect(verdict.overdue).toBe(1);
  });

  it('when the baseline saw the finding before GitHub opened the alert, the earlier date is the first seen', () => {
    const sla = policyFrom('version: 1\nfail-on: critical\nsla:\n  medium: 72h\n');
    const { raw } = dependabot.parse(githubExample('dependabot/list-alerts-for-repo'), { policy: sla });
    const findings = normaliseFindings(raw, '/nonexistent');
    const ansible = findings.find((f) => f.ruleId === 'GHSA-8f4m-hccc-8qph');
    const verdict = evaluatePolicy({
      findings,
      policy: sla,
      mode: 'all',
      baseline: {
        version: 1,
        createdAt: '2022-01-01T00:00:00Z',
        entries: { [ansible?.fingerprint ?? '']: { firstSeen: '2022-01-01T00:00:00Z' } },
      },
      scanners: [],
      now: new Date('2026-11-29T00:00:00Z'),
    });
    expect(verdict.findings.find((f) => f.ruleId === 'GHSA-8f4m-hccc-8qph')?.firstSeen).toBe('2022-01-01T00:00:00Z');
  });
});

describe('an alert whose created_at is not a date', () => {
  it.each(['not-a-date', '2024-13-45T99:99:99Z', ''])(
    'has no source clock (%j), so it is neither overdue nor counted as older than 90 days',
    (createdAt) => {
      const [alert] = githubExample('dependabot/list-alerts-for-repo') as Record<string, unknown>[];
      const { raw } = dependabot.parse([{ ...alert, created_at: createdAt }], ctx);
      expect(raw).toHaveLength(1);
      expect(raw[0]?.sourceFirstSeen).toBeUndefined();
    },
  );
});

describe('isoDate (alert timestamps)', () => {
  it.each(['1', 'x 2', 'Jan 2', '2024-02-31T00:00:00Z', '2024-13-01T00:00:00Z', '2024-06-14', ' 2024-06-14T15:21:52Z'])(
    'drops %j: not an ISO 8601 date-time of a real day',
    (v) => {
      expect(isoDate(v)).toBeUndefined();
    },
  );
  it.each(['2022-06-14T15:21:52Z', '2024-02-29T00:00:00.123Z', '2024-06-14T15:21:52+02:00'])('keeps %j', (v) => {
    expect(isoDate(v)).toBe(v);
  });
});

import { type AwsSecurityFinding, BatchImportFindingsRequest$ } from '@aws-sdk/client-securityhub';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForwardConfig } from '../../src/config/types.js';
import { defaultProductArn, toAsffFinding } from '../../src/forward/asff.js';
import { forwardFindings } from '../../src/forward/forward-findings.js';
import {
  findingBatches,
  type RejectedFinding,
  type SecurityHubPort,
  sendToSecurityHub,
} from '../../src/forward/security-hub.js';
import { createSecurityHubPort } from '../../src/forward/security-hub-client.js';
import { FAKE_AWS, FakeSecurityHub } from '../harness/fake-security-hub.js';
import { fakeGithubToken } from '../harness/git-repo.js';
import { checkShape } from '../harness/smithy-shape.js';
import { manyFindings } from '../report/build-report.js';
import { baselineOf, IMAGE, NOW, RECORDED_SECRET, realFindings, reportFor } from './real-findings.js';

const HUB_ONLY: ForwardConfig = { securityHub: true, ocsf: false, failure: 'warn' };

describe('Security Hub through the real AWS SDK (SigV4, REST-JSON) against a local endpoint', () => {
  let hub: FakeSecurityHub;
  beforeEach(async () => {
    hub = await new FakeSecurityHub().start();
  });
  afterEach(async () => {
    await hub.stop();
  });

  const forward = (report: ReturnType<typeof reportFor>) =>
    forwardFindings({
      report,
      forward: HUB_ONLY,
      outputDir: '/nonexistent',
      images: [IMAGE],
      now: NOW,
      securityHub: (signal) =>
        createSecurityHubPort({
          signal,
          clientConfig: {
            endpoint: hub.url,
            region: FAKE_AWS.region,
            credentials: { accessKeyId: FAKE_AWS.accessKeyId, secretAccessKey: FAKE_AWS.secretAccessKey },
          },
        }),
    });

  it('imports one ASFF finding per finding, valid for the SDK model, signed, for the default product', async () => {
    const findings = realFindings();
    const out = await forward(reportFor(findings));
    expect(hub.problems).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(hub.requests.map((r) => r.operation)).toEqual(['GetCallerIdentity', 'BatchImportFindings']);
    expect(hub.created).toBe(findings.length);
    const sent = [...hub.findings.values()];
    const arn = `arn:aws:securityhub:${FAKE_AWS.region}:${FAKE_AWS.account}:product/${FAKE_AWS.account}/default`;
    expect(new Set(sent.map((f) => f.ProductArn))).toEqual(new Set([arn]));
    const vuln = sent.find((f) => String(f.GeneratorId).startsWith('scan-gate/trivy/CVE-')) as AwsSecurityFinding;
    expect(vuln.Types).toEqual(['Software and Configuration Checks/Vulnerabilities/CVE']);
    expect(vuln.Vulnerabilities?.[0]?.Id).toMatch(/^CVE-/);
    expect(vuln.Vulnerabilities?.[0]?.VulnerablePackages?.[0]?.Name).toBeTruthy();
    const image = sent.find((f) => JSON.stringify(f.Resources).includes('"Container"')) as AwsSecurityFinding;
    expect(image.Resources?.[1]).toMatchObject({ Type: 'Container', Id: IMAGE });
    const secret = sent.find((f) => f.Types?.[0]?.startsWith('Sensitive Data')) as AwsSecurityFinding;
    expect(secret.SourceUrl).toMatch(/^https:\/\/github\.com\/octo-org\/octo-repo\/blob\/a{40}\//);
    expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']).toContain(secret.Severity?.Label);
    for (const r of hub.requests) expect(r.body).not.toContain(RECORDED_SECRET);
    expect(out.record.securityHub).toMatchObject({ active: findings.length, archived: 0, rejected: [] });
  });

  it('a second run with one finding fixed archives exactly that one and updates the rest by the same Ids', async () => {
    const findings = realFindings();
    await forward(reportFor(findings));
    const firstIds = new Set(hub.findings.keys());
    const [gone, ...rest] = findings;
    const out = await forward(reportFor(rest, baselineOf(findings)));
    expect(hub.problems).toEqual([]);
    expect(new Set(hub.findings.keys())).toEqual(firstIds);
    expect(hub.created).toBe(findings.length);
    expect(hub.updated).toBe(findings.length);
    const archived = [...hub.findings.values()].filter((f) => f.RecordState === 'ARCHIVED');
    expect(archived).toHaveLength(1);
    expect(archived[0]?.ProductFields?.['scan-gate/Fingerprint']).toBe(gone?.fingerprint);
    expect(archived[0]?.GeneratorId).toBe(`scan-gate/${gone?.scanner}/${gone?.ruleId}`);
    expect([...hub.resolved]).toEqual([archived[0]?.Id]);
    const update = hub.requests.find((r) => r.operation === 'BatchUpdateFindings');
    expect(update?.body).toContain('"Status":"RESOLVED"');
    expect(out.record.securityHub).toMatchObject({ active: rest.length, archived: 1 });
  });

  it('fail closed: findings of a scanner that broke are not archived as fixed (they were not looked for)', async () => {
    const findings = realFindings();
    await forward(reportFor(findings));
    const trivyLess = findings.filter((f) => f.scanner !== 'trivy');
    const out = await forward(reportFor(trivyLess, baselineOf(findings), ['trivy']));
    expect([...hub.findings.values()].filter((f) => f.RecordState === 'ARCHIVED')).toEqual([]);
    expect(hub.resolved.size).toBe(0);
    // The policy already keeps a broken scanner's findings out of `fixed`; nothing of trivy's is closed.
    expect(out.record.securityHub).toMatchObject({ archived: 0 });
  });

  it('Security Hub mirrors the default branch: a pull request or another branch sends nothing', async () => {
    const findings = realFindings();
    for (const event of [
      { name: 'pull_request', ref: 'refs/pull/7/merge', prNumber: 7 },
      { name: 'push', ref: 'refs/heads/feature' },
      // A manual run on a feature branch would overwrite the default branch's findings (Ids carry no branch).
      { name: 'workflow_dispatch', ref: 'refs/heads/feature' },
    ]) {
      const out = await forward(reportFor(findings.slice(1), baselineOf(findings), [], event));
      expect(out.warnings).toEqual([]);
      expect(out.notes).toContain(
        'Security Hub: not sent — it mirrors the default branch (main), so only pushes to it, manual runs on it and scheduled runs forward.',
      );
      expect(out.record.securityHub).toEqual({ skipped: 'not the default branch' });
    }
    expect(hub.requests).toEqual([]);
    await forward(reportFor(findings, undefined, [], { name: 'schedule', ref: 'refs/heads/main' }));
    expect(hub.created).toBe(findings.length);
    await forward(reportFor(findings, undefined, [], { name: 'workflow_dispatch', ref: 'refs/heads/main' }));
    expect(hub.updated).toBe(findings.length);
  });

  it('splits 250 findings into calls of at most 100', async () => {
    const out = await forward(reportFor(manyFindings(250)));
    const imports = hub.requests.filter((r) => r.operation === 'BatchImportFindings');
    expect(imports.map((r) => r.json?.Findings?.length)).toEqual([100, 100, 50]);
    expect(hub.created).toBe(250);
    expect(out.warnings).toEqual([]);
  });

  it('throttling is retried by the SDK retry strategy and the import completes', async () => {
    hub.inject({ kind: 'throttle' }, { kind: 'throttle' });
    const out = await forward(reportFor(realFindings()));
    const statuses = hub.requests.filter((r) => r.operation === 'BatchImportFindings').map((r) => r.status);
    expect(statuses).toEqual([429, 429, 200]);
    expect(out.warnings).toEqual([]);
    expect(hub.created).toBe(realFindings().length);
  });

  it('a partial failure names each rejected finding by Id and reason; the others are imported', async () => {
    const report = reportFor(realFindings());
    const target = { accountId: FAKE_AWS.account, region: FAKE_AWS.region, images: [IMAGE], now: NOW };
    const ids = report.verdict.findings.slice(0, 2).map((f) => toAsffFinding(f, report, target).Id as string);
    hub.inject({ kind: 'reject', ids });
    const out = await forward(report);
    expect(out.failed).toBe(true);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/^Security Hub rejected 2 findings: /);
    for (const id of ids) expect(out.warnings[0]).toContain(`${id}: InvalidInput Finding is not valid`);
    expect(hub.created).toBe(report.verdict.findings.length - 2);
  });

  it("Security Hub's reasons are external text: a secret they quote is masked in the warning and report.json", async () => {
    const report = reportFor(realFindings());
    const target = { accountId: FAKE_AWS.account, region: FAKE_AWS.region, images: [IMAGE], now: NOW };
    const ids = report.verdict.findings.slice(0, 1).map((f) => toAsffFinding(f, report, target).Id as string);
    const token = fakeGithubToken();
    hub.inject({ kind: 'reject', ids, message: `Field Title holds ${token}\nsecond line` });
    const out = await forward(report);
    expect(out.warnings[0]).toContain(`${ids[0]}: InvalidInput Field Title holds *** second line`);
    expect(JSON.stringify(out)).not.toContain(token);
  });

  it('a source URL is a link into the repository only for a path inside it', () => {
    const report = reportFor(realFindings());
    const target = { accountId: FAKE_AWS.account, region: FAKE_AWS.region, images: [IMAGE], now: NOW };
    const [first] = report.verdict.findings;
    const outside = {
      ...(first as (typeof report.verdict.findings)[number]),
      location: { path: '../../etc/passwd', startLine: 1 },
    };
    expect(toAsffFinding(outside, report, target).SourceUrl).toBe('https://github.com/octo-org/octo-repo');
  });

  it('a service that keeps failing (5xx) is a warning after the retries, never an exception', async () => {
    hub.inject(...Array.from({ length: 5 }, () => ({ kind: '5xx' as const })));
    const out = await forward(reportFor(realFindings()));
    expect(hub.requests.filter((r) => r.operation === 'BatchImportFindings')).toHaveLength(5);
    expect(out.failed).toBe(true);
    expect(out.warnings[0]).toMatch(/^Security Hub forwarding failed: InternalException/);
  });
});

describe('the fake endpoint can fail: it checks signatures and the model shape', () => {
  it('a request signed with another secret key is flagged', async () => {
    const hub = await new FakeSecurityHub().start();
    try {
      const port = await createSecurityHubPort({
        signal: AbortSignal.timeout(10_000),
        clientConfig: {
          endpoint: hub.url,
          region: FAKE_AWS.region,
          credentials: { accessKeyId: FAKE_AWS.accessKeyId, secretAccessKey: 'not-the-key' },
        },
      });
      await port.importFindings([]);
      expect(hub.problems).toEqual(['securityhub: SigV4 signature does not match']);
    } finally {
      await hub.stop();
    }
  });

  it('a finding missing required members or carrying unknown ones is reported by path', () => {
    const report = reportFor(realFindings());
    const target = { accountId: FAKE_AWS.account, region: FAKE_AWS.region, images: [], now: NOW };
    const good = toAsffFinding(report.verdict.findings[0] as never, report, target);
    expect(checkShape(BatchImportFindingsRequest$, { Findings: [good] })).toEqual([]);
    const { Title: _t, ...noTitle } = good;
    expect(checkShape(BatchImportFindingsRequest$, { Findings: [{ ...noTitle, Colour: 'red' }] })).toEqual([
      '$.Findings[0]: missing required member Title',
      '$.Findings[0]: unknown member Colour',
    ]);
    expect(checkShape(BatchImportFindingsRequest$, { Findings: [{ ...good, Types: 'x' }] })).toEqual([
      '$.Findings[0].Types: expected a list',
    ]);
  });
});

describe('ASFF building blocks', () => {
  it('the default product ARN follows the partition of the Region', () => {
    expect(defaultProductArn({ accountId: '1', region: 'us-east-1' })).toBe(
      'arn:aws:securityhub:us-east-1:1:product/1/default',
    );
    expect(defaultProductArn({ accountId: '1', region: 'cn-north-1' })).toMatch(/^arn:aws-cn:/);
    expect(defaultProductArn({ accountId: '1', region: 'us-gov-west-1' })).toMatch(/^arn:aws-us-gov:/);
  });

  it('batches respect the request size as well as the count, and refuse a finding over 240 KB', () => {
    const big = (id: string, kb: number) => ({ Id: id, Description: 'x'.repeat(kb * 1024) }) as AwsSecurityFinding;
    const oversize: RejectedFinding[] = [];
    const batches = [
      ...findingBatches([big('a', 3), big('b', 3), big('c', 3), big('d', 11)], oversize, {
        count: 100,
        bytes: 7 * 1024,
        findingBytes: 10 * 1024,
      }),
    ];
    expect(batches.map((b) => b.map((f) => f.Id))).toEqual([['a', 'b'], ['c']]);
    expect(oversize.map((o) => o.id)).toEqual(['d']);
  });

  it('builds each ASFF finding as its batch fills: 250 findings are never all held at once', async () => {
    let built = 0;
    const asff = (prefix: string, n: number) => ({
      length: n,
      at: (i: number) => {
        built++;
        return {
          Id: `${prefix}-${i}`,
          ProductArn: 'arn:aws:securityhub:eu-west-1:1:product/1/default',
        } as AwsSecurityFinding;
      },
    });
    const builtAtCall: number[] = [];
    const port: SecurityHubPort = {
      region: 'eu-west-1',
      accountId: async () => '1',
      importFindings: async (batch) => {
        builtAtCall.push(built);
        // The service refuses one finding of the first batch and one archived finding.
        return batch
          .filter((f) => f.Id === 'active-7' || f.Id === 'fixed-1')
          .map((f) => ({ id: f.Id as string, code: 'InvalidInput', message: 'no' }));
      },
      resolveFindings: async (ids) =>
        ids.filter((k) => k.Id === 'fixed-3').map((k) => ({ id: k.Id, code: 'Denied', message: 'no' })),
    };
    const out = await sendToSecurityHub({ port, active: asff('active', 230), archived: asff('fixed', 20) });
    // Each call saw only the findings up to its own batch (plus the one that did not fit in it).
    expect(builtAtCall).toEqual([101, 201, 250]);
    expect(out).toEqual({
      active: 229,
      archived: 19,
      calls: 4,
      rejected: [
        { id: 'active-7', code: 'InvalidInput', message: 'no' },
        { id: 'fixed-1', code: 'InvalidInput', message: 'no' },
        { id: 'fixed-3', code: 'Denied', message: 'no' },
      ],
    });
  });
});

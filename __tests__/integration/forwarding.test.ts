/**
 * Forwarding through the bundled action: Security Hub (real AWS SDK against a local endpoint that
 * checks SigV4 and the service model), the OCSF file and the signed SIEM webhook, with the baseline
 * kept across runs in a local Actions cache service.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ocsfValidator } from '../forward/ocsf-schema.js';
import { FakeCacheService } from '../harness/fake-cache.js';
import { fakeGitleaks as scriptedGitleaks } from '../harness/fake-scanner.js';
import { FakeSecurityHub } from '../harness/fake-security-hub.js';
import { runAction } from '../harness/run-action.js';
import { plantSecrets } from '../harness/secrets.js';
import { SiemReceiver } from '../harness/siem-receiver.js';
import { gitleaksWrapper, hasTool } from '../harness/tools.js';

const KEY = ['webhook', 'hmac', 'key'].join('-');
const RULES = ['js/sql-injection', 'js/xss', 'js/path-injection', 'js/weak-crypto'];

function writeSarif(ws: string, rules: readonly string[]): void {
  const results = rules.map((ruleId) => ({
    ruleId,
    level: 'error',
    message: { text: `${ruleId} reached from user input` },
    locations: [
      { physicalLocation: { artifactLocation: { uri: `src/${ruleId.slice(3)}.js` }, region: { startLine: 10 } } },
    ],
  }));
  writeFileSync(
    path.join(ws, 'codeql.sarif'),
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, results }] }),
  );
}

/** A `gitleaks` on PATH that reports the planted secret the way real gitleaks does (value in Secret/Match). */
function fakeGitleaks(secret: string): string {
  const finding = {
    RuleID: 'generic-api-key',
    Description: 'Detected a Generic API Key',
    StartLine: 1,
    EndLine: 1,
    StartColumn: 9,
    EndColumn: 60,
    Match: `API_KEY=${secret}`,
    Secret: secret,
    File: 'config.env',
    Commit: '',
    Entropy: 4.8,
    Tags: [],
    Fingerprint: 'config.env:generic-api-key:1',
  };
  return scriptedGitleaks(`fs.writeFileSync(report, ${JSON.stringify(JSON.stringify([finding]))}); process.exit(2);`);
}

describe('forwarding end to end (bundled action, push to main)', () => {
  let hub: FakeSecurityHub;
  let cache: FakeCacheService;
  let siem: SiemReceiver;
  let ws: string;
  let secret: string;
  let runnerTemp: string;
  beforeEach(async () => {
    runnerTemp = mkdtempSync(path.join(tmpdir(), 'fwd-runner-temp-'));
    hub = await new FakeSecurityHub().start();
    cache = await new FakeCacheService().start();
    siem = await new SiemReceiver(KEY).start();
    ws = mkdtempSync(path.join(tmpdir(), 'fwd-ws-'));
    secret = ['sk', 'live', Math.random().toString(36).slice(2), Date.now().toString(36)].join('_');
    writeFileSync(path.join(ws, 'config.env'), `API_KEY=${secret}\n`);
  });
  afterEach(async () => {
    await Promise.all([hub.stop(), cache.stop(), siem.stop()]);
  });

  const run = (runId: string, extra: Record<string, string> = {}) =>
    runAction({
      workspace: ws,
      eventName: 'push',
      inputs: {
        scanners: 'sarif,gitleaks',
        'sarif-files': '*.sarif',
        versions: 'gitleaks=path',
        'fail-on': 'none',
        'upload-sarif': 'false',
        issue: 'false',
        'security-hub': 'true',
        ocsf: 'true',
        'siem-webhook': siem.url,
        'siem-webhook-secret': KEY,
        'output-dir': 'out',
        ...extra,
      },
      env: {
        ...hub.env(),
        ...cache.env(),
        GITHUB_RUN_ID: runId,
        // Real runners reuse one RUNNER_TEMP path, and the cache version depends on the cached path.
        RUNNER_TEMP: runnerTemp,
        PATH: `${fakeGitleaks(secret)}:${process.env.PATH}`,
      },
    });

  it('first run creates N; a run with one finding fixed archives exactly it and updates the rest by the same Ids', async () => {
    writeSarif(ws, RULES);
    const first = await run('2001');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const n = RULES.length + 1;
    expect(hub.problems).toEqual([]);
    expect(hub.created).toBe(n);
    const firstIds = new Set(hub.findings.keys());
    expect(first.stdout).toMatch(/Security Hub \(eu-west-1\): 5 active and 0 archived findings imported in 1 call\./);

    const validator = ocsfValidator();
    const ocsf = JSON.parse(readFileSync(path.join(ws, 'out', 'findings.ocsf.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(ocsf).toHaveLength(n);
    for (const r of ocsf) expect(validator.check(r)).toEqual([]);
    expect(siem.batches).toHaveLength(1);
    expect(siem.batches[0]?.signatureValid).toBe(true);
    expect(siem.batches[0]?.records).toHaveLength(n);
    const report = JSON.parse(readFileSync(path.join(ws, 'out', 'report.json'), 'utf8'));
    expect(report.forwarding.securityHub).toMatchObject({
      active: n,
      archived: 0,
      rejected: [],
      accountId: '123456789012',
    });
    expect(report.inputs).toMatchObject({
      'security-hub': 'true',
      'siem-webhook': '(set)',
      'siem-webhook-secret': '(set)',
    });
    expect(report.policy.sha256).toMatch(/^[0-9a-f]{64}$/);

    const everything = [
      ...hub.requests.map((r) => r.body),
      ...siem.batches.map((b) => b.body),
      readFileSync(path.join(ws, 'out', 'findings.ocsf.json'), 'utf8'),
      readFileSync(path.join(ws, 'out', 'report.json'), 'utf8'),
      // ::add-mask:: lines are commands to the runner (never shown); everything else is the log.
      first.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      first.summary,
    ].join('\n');
    expect(first.stdout).toContain(`::add-mask::${siem.url}`);
    expect(first.stdout).toContain(`::add-mask::${KEY}`);
    expect(everything).toContain('generic-api-key');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain('collector-token');

    writeSarif(ws, RULES.slice(1));
    const second = await run('2002');
    expect(second.exitCode).toBe(0);
    expect(hub.problems).toEqual([]);
    expect(new Set(hub.findings.keys())).toEqual(firstIds);
    expect(hub.created).toBe(n);
    expect(hub.updated).toBe(n);
    const archived = [...hub.findings.values()].filter((f) => f.RecordState === 'ARCHIVED');
    expect(archived.map((f) => f.GeneratorId)).toEqual([`scan-gate/sarif/${RULES[0]}`]);
    expect([...hub.resolved]).toEqual([archived[0]?.Id]);
    expect(second.stdout).toMatch(/4 active and 1 archived findings imported/);
    const closed = JSON.parse(readFileSync(path.join(ws, 'out', 'findings.ocsf.json'), 'utf8')).filter(
      (r: { activity_id: number }) => r.activity_id === 3,
    );
    expect(closed).toHaveLength(1);
  });

  it('throttling is retried and a partial failure is a warning naming the finding; the verdict stands', async () => {
    writeSarif(ws, RULES);
    await run('3001', { 'siem-webhook': '', 'siem-webhook-secret': '' });
    const rejected = [...hub.findings.keys()][0] as string;
    hub.inject({ kind: 'throttle' }, { kind: 'reject', ids: [rejected] });
    const r = await run('3002', { 'siem-webhook': '', 'siem-webhook-secret': '' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const statuses = hub.requests.filter((q) => q.operation === 'BatchImportFindings').map((q) => q.status);
    expect(statuses).toEqual([200, 429, 200]);
    expect(r.stdout).toContain(
      `::warning::Security Hub rejected 1 finding: ${rejected}: InvalidInput Finding is not valid`,
    );
    const report = JSON.parse(readFileSync(path.join(ws, 'out', 'report.json'), 'utf8'));
    expect(report.forwarding.securityHub.rejected).toEqual([
      { id: rejected, code: 'InvalidInput', message: 'Finding is not valid' },
    ]);
  });

  it('forward-failure: fail fails the step after reporting the verdict; without credentials it says why', async () => {
    writeSarif(ws, RULES);
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      inputs: {
        scanners: 'sarif',
        'sarif-files': '*.sarif',
        'fail-on': 'none',
        'upload-sarif': 'false',
        'security-hub': 'true',
        'forward-failure': 'fail',
        'output-dir': 'out',
      },
      env: {
        AWS_REGION: 'eu-west-1',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL_STS: hub.url,
        AWS_ENDPOINT_URL_SECURITYHUB: hub.url,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/::warning::Security Hub forwarding failed: .*[Cc]redential/);
    expect(r.stdout).toMatch(
      /::error::scan-gate: the policy passed, but forwarding findings failed \(forward-failure: fail\)/,
    );
    expect(hub.requests).toEqual([]);
  });
});

describe.runIf(hasTool('gitleaksScript'))('forwarding with real gitleaks and planted secrets', () => {
  it('no planted secret value reaches Security Hub, the webhook, the OCSF file or report.json', async () => {
    const hub = await new FakeSecurityHub().start();
    const siem = await new SiemReceiver(KEY).start();
    try {
      const ws = mkdtempSync(path.join(tmpdir(), 'fwd-real-'));
      const secrets = plantSecrets(ws);
      const bin = `${ws}-bin`;
      gitleaksWrapper(bin);
      const r = await runAction({
        workspace: ws,
        eventName: 'push',
        inputs: {
          scanners: 'gitleaks',
          versions: 'gitleaks=path',
          'fail-on': 'none',
          'upload-sarif': 'false',
          'security-hub': 'true',
          ocsf: 'true',
          'siem-webhook': siem.url,
          'siem-webhook-secret': KEY,
          'output-dir': 'out',
        },
        env: { ...hub.env(), PATH: `${bin}:${process.env.PATH}` },
        timeoutMs: 240_000,
      });
      expect(r.exitCode).toBe(0);
      expect(hub.problems).toEqual([]);
      const rules = [...hub.findings.values()].map((f) => f.GeneratorId);
      expect(rules).toEqual(
        expect.arrayContaining(['scan-gate/gitleaks/github-pat', 'scan-gate/gitleaks/private-key']),
      );
      expect(siem.batches[0]?.signatureValid).toBe(true);
      const sent = [
        ...hub.requests.map((q) => q.body),
        ...siem.batches.map((b) => b.body),
        readFileSync(path.join(ws, 'out', 'findings.ocsf.json'), 'utf8'),
        readFileSync(path.join(ws, 'out', 'report.json'), 'utf8'),
      ].join('\n');
      for (const value of secrets) expect(sent).not.toContain(value);
    } finally {
      await Promise.all([hub.stop(), siem.stop()]);
    }
  }, 300_000);
});

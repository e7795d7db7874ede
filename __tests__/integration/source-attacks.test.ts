/** Hostile GitHub API answers to the alert sources, through the bundled action and the fake GitHub API. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../harness/fake-github.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

let gh: FakeGithub;
beforeEach(async () => {
  gh = await startFakeGithub();
});
afterEach(async () => {
  await gh.close();
});

const run = (scanners: string) =>
  runAction({
    workspace: mkdtempSync(path.join(tmpdir(), 'source-attack-')),
    eventName: 'schedule',
    apiUrl: gh.url,
    inputs: { scanners, 'fail-on': 'critical', issue: 'false', 'upload-sarif': 'false', 'output-dir': 'out' },
  });
const reasons = (r: ActionResult) =>
  (JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8')) as { reasons: string[] }).reasons.join('\n');

describe('alert sources given answers that are not GitHub documented shapes', () => {
  it.each([
    ['dependabot', 'dependabot/list-alerts-for-repo'],
    ['code-scanning', 'code-scanning/list-alerts-for-repo'],
    ['secret-scanning', 'secret-scanning/list-alerts-for-repo'],
  ])(
    '%s: an object where the alert list belongs is a scanner error, never an empty pass',
    async (source, op) => {
      gh.fault(op, { status: 200, body: { message: 'maintenance', state: 'closed' } }, 5);
      const r = await run(source);
      expect(r.exitCode, r.stdout).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(reasons(r)).toMatch(new RegExp(`${source} failed`));
    },
    60_000,
  );

  it('a Link header that always points to the same page is a loop: it stops at once and fails closed', async () => {
    const self = `${gh.url}/repos/octo-org/octo-repo/code-scanning/alerts?state=open&per_page=100&page=1`;
    gh.fault(
      'code-scanning/list-alerts-for-repo',
      { status: 200, body: [], headers: { link: `<${self}>; rel="next"` } },
      500,
    );
    const started = Date.now();
    const r = await run('code-scanning');
    expect(r.exitCode).toBe(1);
    expect(reasons(r)).toMatch(/code-scanning failed.*pagination loops/);
    expect(gh.requests.filter((q) => q.path.endsWith('/code-scanning/alerts')).length).toBeLessThanOrEqual(3);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('a secret value GitHub sends despite hide_secret is never written or printed', async () => {
    const value = ['ghp', '_', 'x'.repeat(12), Date.now().toString(36)].join('');
    const alert = {
      number: 7,
      state: 'open',
      secret_type: 'github_personal_access_token',
      secret_type_display_name: 'GitHub Personal Access Token',
      secret: value,
      html_url: 'https://github.com/octo-org/octo-repo/security/secret-scanning/7',
      created_at: '2026-11-01T00:00:00Z',
      first_location_detected: { path: 'config.env', start_line: 1 },
    };
    gh.fault('secret-scanning/list-alerts-for-repo', { status: 200, body: [alert] }, 1);
    const r = await run('secret-scanning');
    const out = path.dirname(r.outputs.report ?? '');
    const files = readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'));
    expect(files.join('\n')).toMatch(/GitHub Personal Access Token/);
    expect([...files, r.stdout, r.stderr, r.summary].join('\n')).not.toContain(value);
  }, 60_000);
});

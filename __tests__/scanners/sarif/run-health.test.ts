/**
 * A SARIF run whose tool says it failed must never read as clean (issue "Trust", defect 1). SARIF 2.1.0:
 * `results` null/absent, `executionSuccessful: false` or an error-level notification = not a complete run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/config/types.js';
import { sarifScanner } from '../../../src/scanners/sarif/index.js';
import { ingestSarifFiles } from '../../../src/scanners/sarif/ingest.js';
import { failedSarifRuns } from '../../../src/scanners/sarif/run-health.js';
import { fakeGithubToken } from '../../harness/git-repo.js';

const tool = { driver: { name: 'Semgrep OSS', rules: [] } };
const failedInvocation = {
  executionSuccessful: false,
  exitCode: 2,
  toolExecutionNotifications: [{ level: 'error', message: { text: 'Invalid rule schema:\n  rules.yml line 3' } }],
};
const log = (run: Record<string, unknown>): Log => ({ version: '2.1.0', runs: [{ tool, ...run }] }) as Log;

describe('failedSarifRuns', () => {
  it.each([
    ['results null', { results: null }, /its results are null/],
    ['results absent', {}, /it has no results array/],
    [
      'empty results, executionSuccessful false',
      { results: [], invocations: [failedInvocation] },
      /executionSuccessful is false \(exit code 2\)/,
    ],
    [
      'an error notification on a "successful" run',
      {
        results: [],
        invocations: [
          {
            executionSuccessful: true,
            toolConfigurationNotifications: [{ level: 'error', message: { text: 'no config' } }],
          },
        ],
      },
      /error notification: "no config"/,
    ],
  ])('%s → a failure naming the file and tool', (_name, run, why) => {
    const [failure, ...rest] = failedSarifRuns(log(run), 'reports/semgrep.sarif');
    expect(rest).toEqual([]);
    expect(failure).toMatch(/^reports\/semgrep\.sarif: Semgrep OSS did not run successfully — /);
    expect(failure).toMatch(why);
  });

  it("quotes the tool's own notification text on one line", () => {
    expect(failedSarifRuns(log({ results: [], invocations: [failedInvocation] }), 'x.sarif')[0]).toContain(
      '"Invalid rule schema: rules.yml line 3"',
    );
  });

  it('masks a secret a tool echoes in its notification', () => {
    const token = fakeGithubToken();
    const inv = {
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: `bad token ${token}` } }],
    };
    const [failure] = failedSarifRuns(log({ results: [], invocations: [inv] }), 'x.sarif');
    expect(failure).not.toContain(token);
  });

  it('a successful run (empty results, exit 0 or findings exit 1) is not a failure', () => {
    expect(failedSarifRuns(log({ results: [] }), 'x.sarif')).toEqual([]);
    const ok = {
      executionSuccessful: true,
      exitCode: 1,
      toolExecutionNotifications: [{ level: 'warning', message: { text: 'slow' } }],
    };
    expect(failedSarifRuns(log({ results: [], invocations: [ok] }), 'x.sarif')).toEqual([]);
  });
});

describe('where a failed run surfaces', () => {
  const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };

  it('ingestion keeps the results it has and reports the failure', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'sarif-health-'));
    const result = { ruleId: 'r1', level: 'error', message: { text: 'm' }, locations: [] };
    writeFileSync(
      path.join(ws, 'partial.sarif'),
      JSON.stringify(log({ results: [result], invocations: [failedInvocation] })),
    );
    writeFileSync(path.join(ws, 'clean.sarif'), JSON.stringify(log({ results: [] })));
    const ingested = await ingestSarifFiles({ globs: ['*.sarif'], workspace: ws, ctx });
    expect(ingested.findings).toHaveLength(1);
    expect(ingested.failures).toEqual([expect.stringMatching(/^partial\.sarif: Semgrep OSS did not run successfully/)]);
  });

  it("the sarif plugin's parse throws a scanner error", () => {
    expect(() => sarifScanner.parse(JSON.stringify(log({ results: null })), { ...ctx, label: 'a.sarif' })).toThrow(
      /sarif: a\.sarif: Semgrep OSS did not run successfully/,
    );
  });
});

import { buildPolicy } from '../../src/config/build-policy.js';
import type { Category, Finding, ScannerId, Severity } from '../../src/findings/finding.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { ScannerRun } from '../../src/policy/types.js';
import type { EventInfo, RunReport } from '../../src/report/types.js';

const SEV: Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];

/** n findings spread over scanners and severities, with stable fingerprints. */
export function manyFindings(n: number, scanners: ScannerId[] = ['trivy'], over: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: n }, (_, i) => {
    const scanner = scanners[i % scanners.length] as ScannerId;
    return {
      scanner,
      sources: [scanner],
      ruleId: `RULE-${i % 50}`,
      aliases: [],
      category: (i % 3 === 0 ? 'code' : 'vulnerability') as Category,
      severity: SEV[i % 5] as Severity,
      title: `Finding number ${i} in a dependency`,
      location: { path: `src/module-${i % 40}/file-${i % 7}.ts`, startLine: (i % 90) + 1 },
      fingerprint: `fp-${i.toString(16).padStart(8, '0')}`,
      ...over,
    };
  });
}

export function eventInfo(over: Partial<EventInfo> = {}): EventInfo {
  return {
    name: 'pull_request',
    owner: 'octo-org',
    repo: 'octo-repo',
    sha: 'a'.repeat(40),
    ref: 'refs/pull/7/merge',
    prNumber: 7,
    headSha: 'b'.repeat(40),
    runId: '100',
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/100',
    ...over,
  };
}

export function reportOf(
  findings: Finding[],
  opts: { event?: Partial<EventInfo>; scanners?: ScannerId[]; instance?: string } = {},
): RunReport {
  const policy = buildPolicy({ source: 'test' });
  const ids = opts.scanners ?? [...new Set(findings.map((f) => f.scanner))];
  const scanners: ScannerRun[] = ids.map((id) => ({
    id,
    status: 'ok',
    durationMs: 1200,
    findings: findings.filter((f) => f.scanner === id).length,
    version: '1.2.3',
    install: 'sha256 0123456789ab… (pinned); download',
  }));
  const verdict = evaluatePolicy({ findings, policy, mode: 'all', scanners, now: new Date('2026-11-22T12:00:00Z') });
  return {
    verdict,
    scanners,
    event: eventInfo(opts.event),
    range: { description: 'aaaaaaa..bbbbbbb (3 commits)', commitCount: 3 },
    instance: opts.instance ?? 'default',
    mode: 'all',
    policy,
    startedAt: '2026-11-22T12:00:00.000Z',
    durationMs: 5000,
    warnings: [],
    toolVersion: '0.1.0',
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPolicy } from '../../src/config/build-policy.js';
import type { Finding, RawFinding, ScannerId } from '../../src/findings/finding.js';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { Baseline, ScannerRun } from '../../src/policy/types.js';
import type { EventInfo, RunReport } from '../../src/report/types.js';
import { parseGitleaksReport } from '../../src/scanners/gitleaks/parse.js';
import { parseTrivyReport } from '../../src/scanners/trivy/parse.js';
import { REPO_ROOT } from '../harness/tools.js';
import { eventInfo } from '../report/build-report.js';

const FIX = path.join(REPO_ROOT, '__tests__/__fixtures__');
const policy = buildPolicy({ source: 'test' });
const ctx = { root: '/repo', workspace: '/repo', policy };
const read = (p: string) => readFileSync(path.join(FIX, p), 'utf8');

export const IMAGE = 'alpine:3.10';
/** The secret value in the recorded gitleaks report (its `Secret` field): must never be forwarded. */
export const RECORDED_SECRET = 'a secret';
export const NOW = new Date('2026-11-29T12:00:00Z');

/** Findings parsed from recorded real output: trivy fs (npm), trivy image, trivy secrets, gitleaks. */
export function realFindings(): Finding[] {
  const raw: RawFinding[] = [
    ...parseTrivyReport(read('trivy/fs-npm.json'), ctx),
    ...parseTrivyReport(read('trivy/image-alpine-310.json'), { ...ctx, label: IMAGE }),
    ...parseTrivyReport(read('trivy/fs-secrets.json'), ctx),
    ...parseGitleaksReport(read('gitleaks/report-simple.json'), ctx),
  ];
  return normaliseFindings(raw, '/repo');
}

/** A push run on main evaluated against `baseline` (so `verdict.fixed` lists what disappeared). */
export function reportFor(
  findings: Finding[],
  baseline?: Baseline,
  failed: ScannerId[] = [],
  event: Partial<EventInfo> = {},
): RunReport {
  const scanners: ScannerRun[] = (['trivy', 'gitleaks'] as const).map((id) => ({
    id,
    status: failed.includes(id) ? 'error' : 'ok',
    durationMs: 1,
    findings: findings.filter((f) => f.scanner === id).length,
    error: failed.includes(id) ? 'exited with code 3' : undefined,
  }));
  const verdict = evaluatePolicy({ findings, policy, mode: 'all', baseline, scanners, now: NOW });
  return {
    verdict,
    scanners,
    event: eventInfo({ name: 'push', ref: 'refs/heads/main', prNumber: undefined, defaultBranch: 'main', ...event }),
    instance: 'default',
    mode: 'all',
    policy,
    startedAt: NOW.toISOString(),
    durationMs: 1000,
    warnings: [],
    toolVersion: '0.1.0',
  };
}

export function baselineOf(findings: Finding[]): Baseline {
  return buildBaseline({ findings, now: new Date('2026-11-01T00:00:00Z'), ref: 'refs/heads/main' });
}

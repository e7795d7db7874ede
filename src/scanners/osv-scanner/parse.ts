import { ScannerError } from '../../config/errors.js';
import type { PackageRef, RawFinding, Severity } from '../../findings/finding.js';
import { normalisePackageName } from '../../findings/fingerprint.js';
import { toRepoPath } from '../../findings/paths.js';
import { uriComponent } from '../../text/untrusted-text.js';
import { everyEntry, isRecord, readJsonReport, stringList } from '../common/json-report.js';
import type { ParseContext } from '../types.js';
import { cvss3BaseScore } from './cvss.js';
import { severityFromAdvisoryLabel, severityFromCvssScore } from './severity.js';

interface OsvAffected {
  readonly package?: { readonly name?: string; readonly ecosystem?: string };
  readonly ranges?: readonly { readonly type?: string; readonly events?: readonly Record<string, string>[] }[] | null;
}

interface OsvVulnerability {
  readonly id: string;
  readonly aliases?: readonly string[] | null;
  readonly summary?: string;
  readonly details?: string;
  readonly severity?: readonly { readonly type?: string; readonly score?: string }[] | null;
  readonly database_specific?: { readonly severity?: unknown } | null;
  readonly affected?: readonly OsvAffected[] | null;
}

interface OsvGroup {
  readonly ids?: readonly string[] | null;
  readonly aliases?: readonly string[] | null;
  readonly max_severity?: string;
}

interface OsvPackage {
  readonly package: { readonly name: string; readonly version?: string; readonly ecosystem?: string };
  readonly vulnerabilities?: readonly OsvVulnerability[] | null;
  readonly groups?: readonly OsvGroup[] | null;
}

interface OsvSource {
  readonly source: { readonly path: string; readonly type?: string };
  readonly packages?: readonly OsvPackage[] | null;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** The id users recognise: the CVE when there is one (it is also what trivy and grype report), else the GHSA. */
export function preferredId(ids: readonly string[]): string {
  return ids.find((id) => id.startsWith('CVE-')) ?? ids.find((id) => id.startsWith('GHSA-')) ?? ids[0] ?? '';
}

/** Highest CVSS v3 base score among the group's records, for reports without `max_severity`. */
function recordScore(vulns: readonly OsvVulnerability[]): number | undefined {
  const scores = vulns
    .flatMap((v) => v.severity ?? [])
    .map((s) => (typeof s.score === 'string' ? cvss3BaseScore(s.score) : undefined))
    .filter((s): s is number => s !== undefined);
  return scores.length > 0 ? scores.reduce((a, b) => Math.max(a, b)) : undefined;
}

/**
 * `max_severity` is the highest CVSS base score in the group, or "" when none could be computed
 * (most Debian/Ubuntu records). Older reports lack it: score their CVSS v3 vectors the same way,
 * then fall back to the GHSA label.
 */
function groupSeverity(group: OsvGroup, vulns: readonly OsvVulnerability[]): Severity {
  const reported = Number.parseFloat(group.max_severity ?? '');
  const score = Number.isFinite(reported) ? reported : recordScore(vulns);
  if (score !== undefined && score > 0) return severityFromCvssScore(score);
  const labels = vulns.map((v) => severityFromAdvisoryLabel(v.database_specific?.severity));
  return SEVERITY_ORDER.find((s) => labels.includes(s)) ?? 'unknown';
}

/**
 * `fixed` events of the ranges that concern this package (one record may cover stdlib and x/net).
 * A `GIT` range's `fixed` is a commit of the upstream repository, not a version one can upgrade to.
 */
function fixedVersions(pkg: OsvPackage['package'], vulns: readonly OsvVulnerability[]): string[] {
  const name = normalisePackageName(pkg.name);
  const fixes = vulns
    .flatMap((v) => v.affected ?? [])
    .filter((a) => normalisePackageName(a.package?.name ?? '') === name)
    .filter((a) => !pkg.ecosystem || !a.package?.ecosystem || a.package.ecosystem === pkg.ecosystem)
    .flatMap((a) => a.ranges ?? [])
    .filter((r) => r.type !== 'GIT')
    .flatMap((r) => r.events ?? [])
    .map((e) => e.fixed)
    .filter((f): f is string => typeof f === 'string' && f !== '');
  return [...new Set(fixes)];
}

/** Old reports have no `groups`: then every record is its own group. */
function groupsOf(pkg: OsvPackage): OsvGroup[] {
  if (pkg.groups && pkg.groups.length > 0) return [...pkg.groups];
  return (pkg.vulnerabilities ?? []).map((v) => ({ ids: [v.id] }));
}

function groupFinding(source: OsvSource, pkg: OsvPackage, group: OsvGroup, ctx: ParseContext): RawFinding {
  const groupIds = stringList(group.ids);
  const vulns = (pkg.vulnerabilities ?? []).filter((v) => groupIds.includes(v.id));
  const ids = [...new Set([...groupIds, ...stringList(group.aliases), ...vulns.flatMap((v) => stringList(v.aliases))])];
  const ruleId = preferredId(ids);
  const lead = vulns.find((v) => v.id === ruleId && v.summary) ?? vulns.find((v) => v.summary);
  const packageRef: PackageRef = {
    name: pkg.package.name,
    version: pkg.package.version,
    ecosystem: pkg.package.ecosystem,
    fixedVersions: fixedVersions(pkg.package, vulns),
  };
  return {
    scanner: 'osv-scanner',
    ruleId,
    aliases: ids.filter((id) => id !== ruleId),
    category: 'vulnerability',
    severity: groupSeverity(group, vulns),
    title: lead?.summary ?? `${ruleId} in ${pkg.package.name}@${pkg.package.version ?? '?'}`,
    description: lead?.details?.trim() || undefined,
    helpUri: `https://osv.dev/vulnerability/${uriComponent(groupIds[0] ?? ruleId)}`,
    location: { path: toRepoPath(source.source.path, ctx) },
    package: packageRef,
  };
}

function sourcesOf(report: unknown): OsvSource[] {
  if (!isRecord(report) || !Array.isArray(report.results)) {
    throw new ScannerError('osv-scanner', 'output is not an osv-scanner JSON report (no "results" array)');
  }
  const isSource = (r: unknown): r is OsvSource => isRecord(r) && isRecord(r.source);
  return everyEntry(
    report.results,
    isSource,
    'osv-scanner',
    (n) => `result (a source object) ${n} of the report cannot be read`,
  );
}

/** One finding per package per alias group (`groups[]`), never one per advisory record. */
export function parseOsvReport(raw: string, ctx: ParseContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const source of sourcesOf(readJsonReport(raw, 'osv-scanner'))) {
    for (const pkg of source.packages ?? []) {
      if (!isRecord(pkg.package))
        throw new ScannerError('osv-scanner', `a package of ${source.source.path} has no package object`);
      for (const group of groupsOf(pkg)) findings.push(groupFinding(source, pkg, group, ctx));
    }
  }
  return findings;
}

import { ScannerError } from '../../config/errors.js';
import type { RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import { isRecord, readJsonReport, stringList } from '../common/json-report.js';
import type { ParseContext } from '../types.js';

interface CveDetail {
  readonly package: string;
  readonly id: string;
  readonly cves: string[];
  readonly severity: Severity;
  readonly advisory?: string;
  readonly moreInfo?: string;
}

/** `cve_details[].severity` is CVSS v3 `base_severity` (CRITICAL…LOW) or "Unknown" when safety has none. */
function severityOf(text: unknown): Severity {
  const s = String(text ?? '').toLowerCase();
  return s === 'critical' || s === 'high' || s === 'medium' || s === 'low' ? s : 'unknown';
}

function cveDetails(report: Record<string, unknown>): Map<string, CveDetail> {
  const byKey = new Map<string, CveDetail>();
  for (const d of Array.isArray(report.cve_details) ? report.cve_details : []) {
    if (!isRecord(d) || typeof d.package !== 'string') continue;
    const id = String(d.safety_vulnerability_id ?? '');
    byKey.set(`${d.package.toLowerCase()}\0${id}`, {
      package: d.package,
      id,
      cves: stringList(d.CVE),
      severity: severityOf(d.severity),
      advisory: typeof d.advisory === 'string' ? d.advisory : undefined,
      moreInfo: typeof d.more_info === 'string' ? d.more_info : undefined,
    });
  }
  return byKey;
}

/** Every scanned file: `scan_results.projects[].files[]` and top-level `scan_results.files[]`. */
function filesOf(report: Record<string, unknown>): Record<string, unknown>[] {
  const results = report.scan_results;
  if (!isRecord(results) || !isRecord(report.meta)) {
    throw new ScannerError('safety', 'output is not a safety scan JSON report (no "meta" and "scan_results")');
  }
  const projects = Array.isArray(results.projects) ? results.projects.filter(isRecord) : [];
  const top = Array.isArray(results.files) ? results.files : [];
  return [...top, ...projects.flatMap((p) => (Array.isArray(p.files) ? p.files : []))].filter(isRecord);
}

interface Vulnerable {
  readonly file: string;
  readonly name: string;
  readonly raw: string;
  readonly spec: Record<string, unknown>;
  readonly vuln: Record<string, unknown>;
}

function vulnerabilitiesOf(file: Record<string, unknown>): Vulnerable[] {
  const results = isRecord(file.results) ? file.results : {};
  const deps = Array.isArray(results.dependencies) ? results.dependencies.filter(isRecord) : [];
  return deps.flatMap((dep) =>
    (Array.isArray(dep.specifications) ? dep.specifications.filter(isRecord) : []).flatMap((spec) => {
      const vulns = isRecord(spec.vulnerabilities) ? spec.vulnerabilities : {};
      const known = Array.isArray(vulns.known_vulnerabilities) ? vulns.known_vulnerabilities.filter(isRecord) : [];
      return known.map((vuln) => ({
        file: String(file.location ?? ''),
        name: String(dep.name ?? ''),
        raw: String(spec.raw ?? ''),
        spec: vulns,
        vuln,
      }));
    }),
  );
}

function toRawFinding(v: Vulnerable, details: Map<string, CveDetail>, ctx: ParseContext): RawFinding {
  const id = String(v.vuln.id ?? '');
  const detail = details.get(`${v.name.toLowerCase()}\0${id}`);
  const version = /^[^=<>!~]+===?\s*([^\s;,]+)$/.exec(v.raw)?.[1];
  const remediation = isRecord(v.spec.remediation) ? v.spec.remediation : {};
  const fixed = [remediation.recommended, ...stringList(remediation.other_recommended)].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  const ignored = isRecord(v.vuln.ignored) ? v.vuln.ignored : undefined;
  return {
    scanner: 'safety',
    ruleId: id,
    aliases: detail?.cves.filter((c) => c !== id) ?? [],
    category: 'vulnerability',
    severity: detail?.severity ?? 'unknown',
    title: `${id} in ${v.name} ${version ?? v.raw}`.trim(),
    description: detail?.advisory?.trim() || undefined,
    helpUri: detail?.moreInfo,
    location: { path: v.file ? toRepoPath(v.file, ctx) : (ctx.label ?? 'requirements.txt') },
    package: { name: v.name, version, ecosystem: 'PyPI', fixedVersions: fixed },
    suppressed: ignored
      ? { source: 'safety policy', reason: typeof ignored.reason === 'string' ? ignored.reason : undefined }
      : undefined,
  };
}

/** One finding per known vulnerability of each dependency specification in each scanned file. */
export function parseSafetyReport(raw: string, ctx: ParseContext): RawFinding[] {
  const report = readJsonReport(raw, 'safety');
  if (!isRecord(report)) throw new ScannerError('safety', 'output is not a safety scan JSON report');
  const details = cveDetails(report);
  const found = filesOf(report).flatMap(vulnerabilitiesOf);
  // A known vulnerability is named by its id: one without is unreadable, never left out.
  const unnamed = found.find((v) => typeof v.vuln.id !== 'string' || v.vuln.id === '');
  if (unnamed) throw new ScannerError('safety', `a known vulnerability of ${unnamed.name || '?'} has no id`);
  return found.map((v) => toRawFinding(v, details, ctx));
}

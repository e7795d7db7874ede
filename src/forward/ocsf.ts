import type { Severity } from '../findings/finding.js';
import type { EvaluatedFinding, FixedFinding } from '../policy/types.js';
import type { ItemList } from '../report/item-list.js';
import type { RunReport } from '../report/types.js';
import { clip, type FindingPlace, forwardedId, placeFinder, placeOf } from './finding-context.js';

/** The OCSF release the records follow (validated in tests against that release's JSON Schema). */
export const OCSF_VERSION = '1.8.0';

type OcsfRecord = Record<string, unknown>;

const FINDINGS_CATEGORY = 2;
const VULNERABILITY_FINDING = 2002;
const DETECTION_FINDING = 2004;

const SEVERITY: Readonly<Record<Severity, [number, string]>> = {
  unknown: [1, 'Informational'],
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
};
const ACTIVITY: Readonly<Record<1 | 2 | 3, string>> = { 1: 'Create', 2: 'Update', 3: 'Close' };
const STATUS: Readonly<Record<1 | 3 | 4, string>> = { 1: 'New', 3: 'Suppressed', 4: 'Resolved' };

interface Envelope {
  readonly classUid: number;
  readonly activityId: 1 | 2 | 3;
  readonly statusId: 1 | 3 | 4;
  readonly severity: Severity;
}

/** The attributes every record has: class, activity, severity, status, time, metadata. */
function envelope(e: Envelope, report: RunReport, now: Date): OcsfRecord {
  const [severityId, severityName] = SEVERITY[e.severity];
  return {
    category_uid: FINDINGS_CATEGORY,
    category_name: 'Findings',
    class_uid: e.classUid,
    class_name: e.classUid === VULNERABILITY_FINDING ? 'Vulnerability Finding' : 'Detection Finding',
    activity_id: e.activityId,
    activity_name: ACTIVITY[e.activityId],
    type_uid: e.classUid * 100 + e.activityId,
    severity_id: severityId,
    severity: severityName,
    status_id: e.statusId,
    status: STATUS[e.statusId],
    time: now.getTime(),
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'scan-gate', vendor_name: 'scan-gate', version: report.toolVersion },
      log_name: `${report.event.owner}/${report.event.repo}`,
    },
  };
}

function vulnerability(f: EvaluatedFinding): OcsfRecord {
  const cve = [f.ruleId, ...f.aliases].find((id) => /^CVE-\d+-\d+$/.test(id));
  const fixed = f.package?.fixedVersions ?? [];
  return {
    ...(cve ? { cve: { uid: cve } } : { advisory: { uid: f.ruleId } }),
    title: clip(f.title, 1024),
    desc: f.description ? clip(f.description, 4096) : undefined,
    severity: SEVERITY[f.severity][1],
    affected_packages: f.package?.name
      ? [
          {
            name: f.package.name,
            version: f.package.version ?? 'unknown',
            package_manager: f.package.ecosystem,
            fixed_in_version: fixed.length > 0 ? fixed.join(', ') : undefined,
          },
        ]
      : undefined,
    is_fix_available: fixed.length > 0,
    references: f.helpUri ? [f.helpUri] : undefined,
  };
}

/** Epoch ms of a date-time; undefined when absent or unreadable (OCSF timestamps are integers, never null). */
const epochMs = (iso: string | undefined): number | undefined => {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
};
const ms = (iso: string | undefined, fallback: Date) => epochMs(iso) ?? fallback.getTime();

/** What OCSF has no attribute for, under `unmapped.scan_gate` (never a secret value: findings hold none). */
function scanGateFields(f: EvaluatedFinding, report: RunReport): Record<string, unknown> {
  return {
    scanner: f.scanner,
    sources: f.sources,
    rule_id: f.ruleId,
    fingerprint: f.fingerprint,
    status: f.status,
    blocking: f.blocking,
    reason: f.reason,
    ignored_by: f.ignoredBy?.source,
    path: f.location.path,
    start_line: f.location.startLine,
    commit: report.event.sha,
    verified: f.verified,
  };
}

/** One OCSF record per finding: Vulnerability Finding for vulnerabilities, Detection Finding otherwise. */
export function toOcsfRecord(
  f: EvaluatedFinding,
  report: RunReport,
  opts: { images: readonly string[]; now: Date },
): OcsfRecord {
  return stripUndefined(serialisableRecord(f, report, opts));
}

/** toOcsfRecord as JSON carries it: its undefined members are left for JSON.stringify to drop. */
function serialisableRecord(
  f: EvaluatedFinding,
  report: RunReport,
  opts: { images: readonly string[]; now: Date },
  placeIn: (f: EvaluatedFinding) => FindingPlace = (finding) => placeOf(finding, report, opts.images),
): OcsfRecord {
  const place = placeIn(f);
  const classUid = f.category === 'vulnerability' ? VULNERABILITY_FINDING : DETECTION_FINDING;
  const record: OcsfRecord = {
    ...envelope(
      {
        classUid,
        activityId: f.status === 'existing' ? 2 : 1,
        statusId: f.status === 'ignored' ? 3 : 1,
        severity: f.severity,
      },
      report,
      opts.now,
    ),
    message: clip(f.title, 1024),
    finding_info: {
      uid: forwardedId(report, f.fingerprint),
      title: clip(f.title, 1024),
      desc: f.description ? clip(f.description, 4096) : undefined,
      types: [f.category],
      src_url: place.sourceUrl,
      created_time: ms(f.firstSeen, opts.now),
      first_seen_time: ms(f.firstSeen, opts.now),
      last_seen_time: opts.now.getTime(),
    },
    resources: [
      { type: 'Repository', uid: place.repositoryUrl, name: `${report.event.owner}/${report.event.repo}` },
      ...(place.image ? [{ type: 'Container Image', uid: place.image, name: place.image }] : []),
    ],
    unmapped: { scan_gate: scanGateFields(f, report) },
  };
  if (classUid === VULNERABILITY_FINDING) record.vulnerabilities = [vulnerability(f)];
  return record;
}

/** A finding fixed since the baseline: a Close activity with status Resolved. */
export function toOcsfClosedRecord(f: FixedFinding, report: RunReport, now: Date): OcsfRecord {
  return stripUndefined(serialisableClosedRecord(f, report, now));
}

function serialisableClosedRecord(f: FixedFinding, report: RunReport, now: Date): OcsfRecord {
  const severity = (f.severity && f.severity in SEVERITY ? f.severity : 'unknown') as Severity;
  const classUid = f.category === 'vulnerability' ? VULNERABILITY_FINDING : DETECTION_FINDING;
  const title = `Fixed: ${f.ruleId ?? f.fingerprint}`;
  const record: OcsfRecord = {
    ...envelope({ classUid, activityId: 3, statusId: 4, severity }, report, now),
    message: title,
    finding_info: {
      uid: forwardedId(report, f.fingerprint),
      title,
      types: f.category ? [f.category] : undefined,
      first_seen_time: epochMs(f.firstSeen),
      last_seen_time: now.getTime(),
    },
    resources: [{ type: 'Repository', uid: placeOf({ location: { path: '' } }, report, []).repositoryUrl }],
    unmapped: { scan_gate: { fingerprint: f.fingerprint, rule_id: f.ruleId, path: f.path, status: 'fixed' } },
  };
  if (classUid === VULNERABILITY_FINDING) record.vulnerabilities = [{ advisory: { uid: f.ruleId ?? f.fingerprint } }];
  return record;
}

/**
 * The records of every current finding and every fixed one, in report order, each built when asked for:
 * a file of 100,000 records is written batch by batch instead of from 100,000 records held at once.
 * For serialising only (the file and the webhook): a record may hold undefined members, which
 * JSON.stringify drops, and as it drops them it also writes NaN and Infinity as null, so the text is
 * the same as that of toOcsfRecord's copy without them. That copy, made per record, was most of the
 * time the file took (1.5 s of CPU at 100,000 findings).
 */
export function ocsfRecordList(
  report: RunReport,
  opts: { images: readonly string[]; now: Date },
): ItemList<OcsfRecord> {
  const { findings, fixed } = report.verdict;
  const placeIn = placeFinder(report, opts.images);
  return {
    length: findings.length + fixed.length,
    at: (i) =>
      i < findings.length
        ? serialisableRecord(findings[i] as EvaluatedFinding, report, opts, placeIn)
        : serialisableClosedRecord(fixed[i - findings.length] as FixedFinding, report, opts.now),
  };
}

/** Every current finding and every fixed one, in report order, as objects with no undefined member. */
export function toOcsfRecords(report: RunReport, opts: { images: readonly string[]; now: Date }): OcsfRecord[] {
  const list = ocsfRecordList(report, opts);
  return Array.from({ length: list.length }, (_, i) => stripUndefined(list.at(i) as OcsfRecord));
}

/**
 * The value as JSON carries it: no undefined members (nor NaN or Infinity, which JSON writes as null), so
 * records stay valid against `additionalProperties: false` shapes. A copy, not a stringify-and-parse per
 * record (that was most of the time forwarding took at 100,000 findings).
 */
function stripUndefined<T>(value: T): T {
  return jsonValue(value) as T;
}

function jsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : jsonValue(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // Defined, not assigned: an own `__proto__` member is data (as JSON.parse makes it), not the prototype.
      if (v !== undefined)
        Object.defineProperty(out, key, { value: jsonValue(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

import { ScannerError } from '../../config/errors.js';
import type { RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import { everyEntry, isRecord, readJsonReport, stringList } from '../common/json-report.js';
import type { ParseContext } from '../types.js';

type Rec = Record<string, unknown>;

/** Trivy's labels map 1:1; UNKNOWN (and anything unexpected) is `unknown` — the policy decides. */
export function trivySeverity(label: unknown): Severity {
  const s = String(label ?? '').toLowerCase();
  return s === 'critical' || s === 'high' || s === 'medium' || s === 'low' ? s : 'unknown';
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);

/** Image results are located by image reference + target; filesystem results by repository path. */
function where(target: string, ctx: ParseContext): string {
  return ctx.label ? `${ctx.label}: ${target}` : toRepoPath(target, ctx);
}

function vulnerability(v: Rec, target: string, ctx: ParseContext): RawFinding {
  const id = str(v.VulnerabilityID) ?? 'unknown-vulnerability';
  const fixed = str(v.FixedVersion);
  return {
    scanner: 'trivy',
    ruleId: id,
    aliases: stringList(v.VendorIDs).filter((a) => a !== id),
    category: 'vulnerability',
    severity: trivySeverity(v.Severity),
    title: str(v.Title) ?? `${id} in ${String(v.PkgName ?? 'a package')}`,
    description: str(v.Description)?.slice(0, 2000),
    helpUri: str(v.PrimaryURL),
    location: { path: where(target, ctx) },
    package: {
      name: String(v.PkgName ?? ''),
      version: str(v.InstalledVersion),
      fixedVersions: fixed ? fixed.split(/,\s*/).filter(Boolean) : [],
    },
  };
}

/** Checks whose ids before trivy 0.69 were compact (`DS002`, `KSV017`) rather than `AVD-`-prefixed. */
const COMPACT_PREFIXES = new Set(['DS', 'KSV', 'KCV']);

/**
 * One identity per check across trivy's 0.69 id rename (`DS002` + AVDID `AVD-DS-0002` → `DS-0002`;
 * `AVD-AWS-0086` → `AWS-0086`): the rule id is always the current dashed form, so fingerprints survive
 * the upgrade, and every older form is an alias, so ignores written in any form keep matching.
 */
function misconfigIds(id: string, avd: string | undefined): { ruleId: string; aliases: string[] } {
  const dashed = /^AVD-([A-Z]+-\d+)$/.exec(avd ?? '')?.[1] ?? /^(?:AVD-)?([A-Z]+-\d+)$/.exec(id)?.[1];
  const compact = /^([A-Z]+)(\d+)$/.exec(id);
  const ruleId =
    dashed ??
    (compact && COMPACT_PREFIXES.has(compact[1] ?? '') ? `${compact[1]}-${compact[2]?.padStart(4, '0')}` : id);
  const forms = new Set([id, ...(avd ? [avd] : [])]);
  const parts = /^([A-Z]+)-(\d+)$/.exec(ruleId);
  if (parts) {
    forms.add(`AVD-${ruleId}`);
    if (COMPACT_PREFIXES.has(parts[1] ?? '')) forms.add(`${parts[1]}${String(Number(parts[2])).padStart(3, '0')}`);
  }
  forms.delete(ruleId);
  return { ruleId, aliases: [...forms] };
}

function misconfiguration(m: Rec, target: string, ctx: ParseContext): RawFinding {
  const { ruleId: id, aliases } = misconfigIds(str(m.ID) ?? str(m.AVDID) ?? 'unknown-check', str(m.AVDID));
  const cause = isRecord(m.CauseMetadata) ? m.CauseMetadata : {};
  return {
    scanner: 'trivy',
    ruleId: id,
    aliases,
    category: 'misconfiguration',
    severity: trivySeverity(m.Severity),
    title: str(m.Title) ?? id,
    description: [str(m.Message), str(m.Resolution)].filter(Boolean).join(' — ') || undefined,
    helpUri: str(m.PrimaryURL),
    location: { path: where(target, ctx), startLine: num(cause.StartLine), endLine: num(cause.EndLine) },
    snippet: `${id} ${str(m.Message) ?? ''} ${String(cause.Resource ?? '')}`,
  };
}

/** Secrets: never copies `Match` or `Code` (trivy masks them, but defence in depth). */
function secret(s: Rec, target: string, ctx: ParseContext): RawFinding {
  const id = str(s.RuleID) ?? 'secret';
  return {
    scanner: 'trivy',
    ruleId: id,
    aliases: [],
    category: 'secret',
    severity: trivySeverity(s.Severity),
    title: str(s.Title) ?? id,
    description: str(s.Category) ? `Secret of type ${String(s.Category)}` : undefined,
    location: { path: where(target, ctx), startLine: num(s.StartLine), endLine: num(s.EndLine) },
  };
}

function license(l: Rec, target: string, ctx: ParseContext): RawFinding {
  const name = str(l.Name) ?? 'unknown';
  return {
    scanner: 'trivy',
    ruleId: `license:${name}`,
    aliases: [],
    category: 'license',
    severity: trivySeverity(l.Severity),
    title: `${name} licence${str(l.PkgName) ? ` on ${String(l.PkgName)}` : ''} (${String(l.Category ?? 'unclassified')})`,
    helpUri: str(l.Link),
    location: { path: where(str(l.FilePath) ?? target, ctx) },
    package: str(l.PkgName) ? { name: String(l.PkgName) } : undefined,
  };
}

/**
 * A list of objects in the report: absent or null is none; anything else that is not a list of objects
 * is a report this parser cannot read, never a list with the unreadable entries left out.
 */
function list(v: unknown, field: string): Rec[] {
  if (v === undefined || v === null) return [];
  const malformed = () => `report has a malformed ${field} field`;
  if (!Array.isArray(v)) throw new ScannerError('trivy', malformed());
  return everyEntry(v, isRecord, 'trivy', malformed);
}

/** Parses `trivy … --format json` (SchemaVersion 2). Anything else is a scanner error. */
export function parseTrivyReport(raw: string, ctx: ParseContext): RawFinding[] {
  const data = readJsonReport(raw, 'trivy');
  if (!isRecord(data) || data.SchemaVersion !== 2) {
    throw new ScannerError('trivy', 'output is not a trivy JSON report (SchemaVersion 2)');
  }
  if (data.Results !== undefined && data.Results !== null && !Array.isArray(data.Results)) {
    throw new ScannerError('trivy', 'report has a malformed Results field');
  }
  const out: RawFinding[] = [];
  for (const r of list(data.Results, 'Results')) {
    const target = String(r.Target ?? ctx.label ?? '.');
    for (const v of list(r.Vulnerabilities, 'Vulnerabilities')) out.push(vulnerability(v, target, ctx));
    for (const m of list(r.Misconfigurations, 'Misconfigurations'))
      if (m.Status === 'FAIL') out.push(misconfiguration(m, target, ctx));
    for (const s of list(r.Secrets, 'Secrets')) out.push(secret(s, target, ctx));
    for (const l of list(r.Licenses, 'Licenses')) out.push(license(l, target, ctx));
  }
  return out;
}

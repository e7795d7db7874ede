import path from 'node:path';
import { ScannerError } from '../../config/errors.js';
import type { Location, RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import { clipText } from '../../text/clip.js';
import { everyEntry, isRecord, readJsonReport, stringList } from '../common/json-report.js';
import type { ParseContext } from '../types.js';

interface GrypeMatch {
  readonly vulnerability: {
    readonly id: string;
    readonly severity?: string;
    readonly description?: string;
    readonly dataSource?: string;
    readonly urls?: readonly string[] | null;
    readonly fix?: { readonly versions?: readonly string[] | null; readonly state?: string };
  };
  readonly relatedVulnerabilities?: readonly { readonly id: string; readonly description?: string }[] | null;
  readonly artifact: {
    readonly name: string;
    readonly version?: string;
    readonly type?: string;
    readonly locations?: readonly { readonly path?: string }[] | null;
  };
}

interface GrypeSource {
  readonly type?: string;
  readonly target?: unknown;
}

/** Grype's labels, 1:1; Negligible is below low and counts as low; anything unrecognised is unknown. */
const GRYPE_SEVERITY: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
  unknown: 'unknown',
};

export function grypeSeverity(label: string | undefined): Severity {
  // Own keys only: `constructor` or `__proto__` is an unknown label, not a property of every object.
  const key = typeof label === 'string' ? label.toLowerCase() : '';
  return Object.hasOwn(GRYPE_SEVERITY, key) ? (GRYPE_SEVERITY[key] as Severity) : 'unknown';
}

function imageName(source: GrypeSource, ctx: ParseContext): string {
  if (ctx.label) return ctx.label;
  const target = source.target;
  return isRecord(target) && typeof target.userInput === 'string' ? target.userInput : 'image';
}

/**
 * Directory scans report paths relative to the scanned directory with a leading slash (`/go.sum`);
 * image scans report paths inside the image, shown as `<image>:<path>`.
 */
function locationOf(match: GrypeMatch, source: GrypeSource, ctx: ParseContext): Location {
  const reported = match.artifact.locations?.[0]?.path ?? '';
  if (source.type === 'image') return { path: `${imageName(source, ctx)}:${reported || match.artifact.name}` };
  if (!reported) return { path: toRepoPath('.', ctx) };
  const inRoot = reported.startsWith(`${ctx.root}${path.sep}`) ? reported : reported.replace(/^\/+/, '');
  return { path: toRepoPath(inRoot, ctx) };
}

function firstSentence(text: string | undefined): string | undefined {
  const line = text?.trim().split('\n', 1)[0]?.trim();
  if (!line) return undefined;
  return line.length > 160 ? clipText(line, 158) : line;
}

function toRawFinding(match: GrypeMatch, source: GrypeSource, ctx: ParseContext): RawFinding {
  const vuln = match.vulnerability;
  const related = match.relatedVulnerabilities ?? [];
  const description = vuln.description ?? related.find((r) => r.description)?.description;
  const fix = vuln.fix ?? {};
  const state = fix.state || 'unknown';
  return {
    scanner: 'grype',
    ruleId: vuln.id,
    aliases: [...new Set(related.map((r) => r.id).filter((id) => id && id !== vuln.id))],
    category: 'vulnerability',
    severity: grypeSeverity(vuln.severity),
    title: firstSentence(description) ?? `${vuln.id} in ${match.artifact.name}@${match.artifact.version ?? '?'}`,
    description: [description?.trim(), `Fix state: ${state}.`].filter(Boolean).join('\n\n'),
    helpUri: vuln.dataSource || stringList(vuln.urls)[0] || undefined,
    location: locationOf(match, source, ctx),
    package: {
      name: match.artifact.name,
      version: match.artifact.version,
      ecosystem: match.artifact.type,
      // Only a `fixed` state means the listed versions fix it (`wont-fix`, `not-fixed` list none).
      fixedVersions: state === 'fixed' ? stringList(fix.versions) : [],
    },
  };
}

/** Parses `grype -o json`: one finding per match (vulnerability × artifact). */
export function parseGrypeReport(raw: string, ctx: ParseContext): RawFinding[] {
  const report = readJsonReport(raw, 'grype');
  if (!isRecord(report) || !Array.isArray(report.matches)) {
    throw new ScannerError('grype', 'output is not a grype JSON report (no "matches" array)');
  }
  const source: GrypeSource = isRecord(report.source) ? report.source : {};
  // A match grype documents as a vulnerability and an artifact object: anything else is unreadable, never
  // left out (a report of one malformed match would read as clean).
  const isMatch = (m: unknown): m is GrypeMatch => isRecord(m) && isRecord(m.vulnerability) && isRecord(m.artifact);
  return everyEntry(report.matches, isMatch, 'grype', (n) => `match ${n} has no vulnerability or artifact object`).map(
    (m) => toRawFinding(m, source, ctx),
  );
}

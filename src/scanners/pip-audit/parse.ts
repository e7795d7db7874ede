import { ScannerError } from '../../config/errors.js';
import type { RawFinding } from '../../findings/finding.js';
import { maskedLine } from '../../text/mask-secrets.js';
import { uriComponent } from '../../text/untrusted-text.js';
import { everyEntry, isRecord, readJsonReport, stringList } from '../common/json-report.js';
import { recordGaps } from '../gaps.js';
import type { ParseContext } from '../types.js';

interface PipAuditVuln {
  readonly id: string;
  readonly fix_versions?: readonly string[] | null;
  readonly aliases?: readonly string[] | null;
  readonly description?: string;
}

interface PipAuditDependency {
  readonly name: string;
  readonly version?: string;
  readonly vulns?: readonly PipAuditVuln[];
  readonly skip_reason?: string;
}

/**
 * Current output is `{dependencies: [...], fixes: [...]}`; pip-audit before 2.0 (and its README)
 * printed the dependency array alone. Both are accepted.
 */
function dependenciesOf(report: unknown): PipAuditDependency[] {
  const list = Array.isArray(report) ? report : isRecord(report) ? report.dependencies : undefined;
  if (!Array.isArray(list)) {
    throw new ScannerError('pip-audit', 'output is not a pip-audit JSON report (no "dependencies" list)');
  }
  const isDependency = (d: unknown): d is PipAuditDependency => isRecord(d) && typeof d.name === 'string';
  return everyEntry(list, isDependency, 'pip-audit', (n) => `dependency ${n} of the report has no name`);
}

function toRawFinding(dep: PipAuditDependency, vuln: PipAuditVuln, ctx: ParseContext): RawFinding {
  return {
    scanner: 'pip-audit',
    ruleId: vuln.id,
    aliases: stringList(vuln.aliases).filter((a) => a !== vuln.id),
    category: 'vulnerability',
    // pip-audit reports no severity at all: `unknown`, and the policy decides whether unknown blocks.
    severity: 'unknown',
    title: `${vuln.id} in ${dep.name} ${dep.version ?? ''}`.trim(),
    description: vuln.description?.trim() || undefined,
    helpUri: `https://osv.dev/vulnerability/${uriComponent(vuln.id)}`,
    // pip-audit gives no file or line: the requirements file (invocation label) it audited.
    location: { path: ctx.label ?? 'requirements.txt' },
    package: { name: dep.name, version: dep.version, ecosystem: 'PyPI', fixedVersions: stringList(vuln.fix_versions) },
  };
}

/**
 * When pip-audit's vulnerability service cannot answer (PyPI's JSON API or OSV unreachable, blocked or
 * proxied to 404), it skips every dependency and still exits 0. Nothing audited is not "clean": that is
 * a scanner error. A few skipped packages (private, not on PyPI) among audited ones are not.
 */
function failIfNothingAudited(deps: readonly PipAuditDependency[], ctx: ParseContext): void {
  const skipped = deps.filter((d) => d.skip_reason !== undefined);
  if (deps.length === 0 || skipped.length < deps.length) return;
  const first = skipped[0];
  throw new ScannerError(
    'pip-audit',
    `none of the ${deps.length} dependencies in ${ctx.label ?? 'the project'} could be audited ` +
      `(e.g. ${first?.name}: ${maskedLine(String(first?.skip_reason), 200)}); is its vulnerability service (PyPI or OSV) reachable?`,
  );
}

/** One finding per vulnerability of each audited dependency; skipped dependencies are not findings. */
export function parsePipAuditReport(raw: string, ctx: ParseContext): RawFinding[] {
  const deps = dependenciesOf(readJsonReport(raw, 'pip-audit'));
  failIfNothingAudited(deps, ctx);
  recordGaps(
    ctx,
    `dependencies pip-audit did not audit${ctx.label ? ` in ${ctx.label}` : ''}`,
    deps.filter((d) => typeof d.skip_reason === 'string').map((d) => String(d.skip_reason)),
  );
  const audited = deps.filter((dep) => dep.skip_reason === undefined);
  for (const dep of audited) {
    // An audited dependency lists its vulnerabilities (maybe none), each with an id: anything else is
    // unreadable, never left out.
    const vulns: unknown = dep.vulns;
    if (vulns === undefined) continue;
    const notAList = () => `the vulnerabilities of ${dep.name} are not a list of objects with an id`;
    if (!Array.isArray(vulns)) throw new ScannerError('pip-audit', notAList());
    everyEntry(vulns, (v): v is PipAuditVuln => isRecord(v) && typeof v.id === 'string', 'pip-audit', notAList);
  }
  return audited.flatMap((dep) => (dep.vulns ?? []).map((v) => toRawFinding(dep, v, ctx)));
}

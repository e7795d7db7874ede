import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { Category, RawFinding, Severity } from '../../findings/finding.js';
import { toRepoPath } from '../../findings/paths.js';
import type { ParseContext } from '../types.js';

/** GitHub's bands for `security-severity` (CVSS-like 0–10). */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

/** SARIF `level` when no security-severity is given: error → high, warning → medium, note → low, none → unknown. */
const LEVEL_SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'unknown' };

function score(properties: Record<string, unknown> | undefined): number | undefined {
  const raw = properties?.['security-severity'];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

function tagsOf(rule: ReportingDescriptor | undefined, result: Result): string[] {
  const tags = [rule?.properties?.tags, result.properties?.tags].flatMap((t) => (Array.isArray(t) ? t : []));
  return tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** Tools whose every result is a secret, whatever their rule tags say. */
const SECRET_TOOLS = /gitleaks|trufflehog|secretlint|detect-secrets|ggshield/i;

function categoryOf(tags: string[], ruleId: string, tool: string): Category {
  if (SECRET_TOOLS.test(tool) || tags.some((t) => t.includes('secret'))) return 'secret';
  if (tags.some((t) => t.includes('licen'))) return 'license';
  if (/^(CVE|GHSA|PYSEC|GO|RUSTSEC|OSV)-/i.test(ruleId) || tags.includes('vulnerability')) return 'vulnerability';
  if (tags.some((t) => ['misconfiguration', 'iac', 'terraform', 'kubernetes', 'dockerfile'].includes(t))) {
    return 'misconfiguration';
  }
  return 'code';
}

function rulesOf(run: Run): Map<string, ReportingDescriptor> & { list: ReportingDescriptor[] } {
  const list = [...(run.tool.driver.rules ?? []), ...(run.tool.extensions ?? []).flatMap((e) => e.rules ?? [])];
  return Object.assign(new Map(list.map((r) => [r.id, r])), { list });
}

function severityOf(rule: ReportingDescriptor | undefined, result: Result): Severity {
  const s = score(result.properties) ?? score(rule?.properties);
  if (s !== undefined) return severityFromScore(s);
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  return LEVEL_SEVERITY[level] ?? 'unknown';
}

function resolveUri(run: Run, uri: string, baseId: string | undefined): string {
  const base = baseId ? run.originalUriBaseIds?.[baseId]?.uri : undefined;
  if (!base || /^[a-z]+:/i.test(uri)) return uri;
  return base.endsWith('/') ? `${base}${uri}` : `${base}/${uri}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n', 1)[0]?.trim() ?? '';
}

/**
 * What a run's results share: 100,000 results typically name a few dozen rules and a few hundred
 * files, so tags, category, severity and title are worked out once per rule and paths once per URI.
 */
class RunMemo {
  private readonly byRule = new Map<
    string,
    { rule: ReportingDescriptor | undefined; category: Category; severity: Severity }
  >();
  /** Repository paths by base id, then URI (no key string built per result). */
  private readonly paths = new Map<string | undefined, Map<string, string>>();
  private readonly titles = new Map<ReportingDescriptor, string>();
  private readonly descriptions = new Map<string, string>();
  readonly toolName: string;
  constructor(
    private readonly run: Run,
    private readonly ctx: ParseContext,
  ) {
    this.toolName = run.tool.driver.name;
  }

  /** Category and severity, memoised when the result adds nothing of its own (tags, score, level). */
  classify(rule: ReportingDescriptor | undefined, result: Result, ruleId: string) {
    const own = result.properties?.tags !== undefined || score(result.properties) !== undefined || result.level;
    if (own) return this.facts(rule, result, ruleId);
    const seen = this.byRule.get(ruleId);
    // Same id, same descriptor: a result whose ruleIndex points elsewhere is worked out on its own.
    if (seen?.rule === rule && seen) return seen;
    const facts = this.facts(rule, result, ruleId);
    if (!seen) this.byRule.set(ruleId, facts);
    return facts;
  }

  private facts(rule: ReportingDescriptor | undefined, result: Result, ruleId: string) {
    return {
      rule,
      category: categoryOf(tagsOf(rule, result), ruleId, this.toolName),
      severity: severityOf(rule, result),
    };
  }

  /** The rule's one-line title, one shared string per rule rather than one copy per result. */
  ruleTitle(rule: ReportingDescriptor | undefined): string {
    if (!rule) return '';
    let title = this.titles.get(rule);
    if (title === undefined) {
      title = firstLine(rule.shortDescription?.text);
      this.titles.set(rule, title);
    }
    return title;
  }

  /**
   * The tool's name and the message: one shared string per distinct message (100,000 results often
   * repeat a few thousand), not a copy for each result that every later step carries and cleans.
   */
  description(message: Result['message']): string {
    const text = message.text ?? message.markdown ?? '';
    let description = this.descriptions.get(text);
    if (description === undefined) {
      description = `${this.toolName}: ${text}`.trim();
      this.descriptions.set(text, description);
    }
    return description;
  }

  repoPath(uri: string, baseId: string | undefined): string {
    let byUri = this.paths.get(baseId);
    if (byUri === undefined) {
      byUri = new Map();
      this.paths.set(baseId, byUri);
    }
    let p = byUri.get(uri);
    if (p === undefined) {
      p = toRepoPath(resolveUri(this.run, uri, baseId), this.ctx);
      byUri.set(uri, p);
    }
    return p;
  }
}

/** SARIF results name no aliases: one frozen empty list for all of them instead of one array each. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

function toRawFinding(result: Result, rules: ReturnType<typeof rulesOf>, memo: RunMemo, ctx: ParseContext): RawFinding {
  const rule =
    (result.ruleIndex !== undefined && result.ruleIndex >= 0 ? rules.list[result.ruleIndex] : undefined) ??
    rules.get(result.ruleId ?? result.rule?.id ?? '');
  // The descriptor's own id when it is the same text: one string per rule rather than one per result.
  const ruleId =
    rule !== undefined && rule.id === result.ruleId ? rule.id : (result.ruleId ?? rule?.id ?? 'unknown-rule');
  const physical = result.locations?.[0]?.physicalLocation;
  const uri = physical?.artifactLocation?.uri;
  const region = physical?.region;
  const tool = memo.toolName;
  const { category, severity } = memo.classify(rule, result, ruleId);
  const suppression = result.suppressions?.find((s) => s.status === undefined || s.status === 'accepted');
  return {
    scanner: 'sarif',
    ruleId,
    aliases: NO_ALIASES,
    category,
    severity,
    title: memo.ruleTitle(rule) || firstLine(result.message.text) || ruleId,
    description: memo.description(result.message),
    helpUri: rule?.helpUri,
    location: {
      path: uri ? memo.repoPath(uri, physical?.artifactLocation?.uriBaseId) : (ctx.label ?? tool),
      startLine: region?.startLine || undefined,
      endLine: region?.endLine || undefined,
      startColumn: region?.startColumn || undefined,
      endColumn: region?.endColumn || undefined,
    },
    // A snippet may hold a secret (gitleaks without --redact): only code-like findings use it.
    // Dependency results carry the package only in the message: it keeps two packages' findings apart.
    snippet:
      category === 'secret' ? undefined : category === 'vulnerability' ? result.message.text : region?.snippet?.text,
    suppressed: suppression
      ? { source: `SARIF suppression (${suppression.kind})`, reason: suppression.justification }
      : undefined,
  };
}

/** Normalises a validated SARIF log. Results that are `pass`/`notApplicable` or baseline `absent` are not findings. */
export function parseSarifLog(log: Log, ctx: ParseContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const run of log.runs) {
    const rules = rulesOf(run);
    const memo = new RunMemo(run, ctx);
    const results = run.results ?? [];
    // Indexed: a for…of loop allocates an iterator result per step until it is optimised.
    for (let i = 0; i < results.length; i++) {
      const result = results[i] as Result;
      if (result.kind && !['fail', 'open', 'review'].includes(result.kind)) continue;
      if (result.baselineState === 'absent') continue;
      out.push(toRawFinding(result, rules, memo, ctx));
    }
  }
  return out;
}

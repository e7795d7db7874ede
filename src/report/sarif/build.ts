import { gzipSync } from 'node:zlib';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { type ScannerId, SEVERITY_RANK, sarifScannerOf } from '../../findings/finding.js';
import type { EvaluatedFinding } from '../../policy/types.js';
import { clipText } from '../../text/clip.js';
import { urlPath } from '../escape.js';
import { appendSplicedJson, ByteSink } from '../json-list.js';
import type { RunReport } from '../types.js';
import { LEVEL, SECURITY_SEVERITY } from './levels.js';
import { LineHashes } from './line-hash.js';

/** GitHub's upload limits (reference: SARIF limits). */
export const LIMITS = {
  resultsPerRun: 25_000,
  gzipBytes: 10 * 1024 * 1024,
  tagsPerRule: 20,
  textLength: 1024,
} as const;

export interface SarifEntry {
  readonly scanner: ScannerId;
  readonly category: string;
  readonly file: string;
  /** The log as parsed back from `text` (for inspection; the pipeline only uses the text). */
  readonly log: Log;
  /** The log serialised once (UTF-8), during the size check; written to disk and uploaded as is. */
  readonly bytes: Buffer;
  /** `bytes` as text. */
  readonly text: string;
  /** Its gzip, when the size check needed one: the upload reuses it instead of compressing again. */
  readonly gzip?: Buffer;
}

export interface SarifBuildOptions {
  /** Reads a repository file (for primaryLocationLineHash); undefined when it is not readable. */
  readonly readFile: (repoPath: string) => string | undefined;
  readonly scanners: readonly ScannerId[];
  /** Overridable for tests of the trimming logic. */
  readonly gzipLimit?: number;
}

const clip = (text: string, n: number = LIMITS.textLength) => clipText(text, n);

function rulesFor(findings: readonly EvaluatedFinding[]): { rules: ReportingDescriptor[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const rules: ReportingDescriptor[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as EvaluatedFinding;
    const at = index.get(f.ruleId);
    if (at !== undefined) {
      const rule = rules[at] as ReportingDescriptor & { properties: Record<string, unknown> };
      if (Number(SECURITY_SEVERITY[f.severity]) > Number(rule.properties['security-severity'])) {
        rule.properties['security-severity'] = SECURITY_SEVERITY[f.severity];
        rule.defaultConfiguration = { level: LEVEL[f.severity] };
      }
      continue;
    }
    index.set(f.ruleId, rules.length);
    const help = `${f.description ?? f.title}${f.helpUri ? `\n\nMore: ${f.helpUri}` : ''}`;
    rules.push({
      id: f.ruleId,
      name: clip(f.ruleId, 255),
      shortDescription: { text: clip(f.title) },
      fullDescription: { text: clip(f.description ?? f.title) },
      help: { text: clip(help, 8000) },
      ...(f.helpUri ? { helpUri: f.helpUri } : {}),
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: {
        tags: ['security', f.category].slice(0, LIMITS.tagsPerRule),
        'security-severity': SECURITY_SEVERITY[f.severity],
      },
    });
  }
  return { rules, index };
}

/**
 * Per-segment percent-encoding keeps every URI relative: an image target such as `alpine:3.10` would
 * otherwise read as a URI with scheme `alpine`, which GitHub rejects (GH1005).
 */
function relativeUri(repoPath: string): string {
  return urlPath(repoPath.replace(/^\/+/, ''));
}

/** relativeUri once per path: 25,000 results usually name a few hundred files. */
function uriMemo(): (repoPath: string) => string {
  const known = new Map<string, string>();
  return (repoPath) => {
    let uri = known.get(repoPath);
    if (uri === undefined) {
      uri = relativeUri(repoPath);
      known.set(repoPath, uri);
    }
    return uri;
  };
}

/**
 * The message of a result. Most results of a run share one (a rule's title, and for blocking ones the
 * reason, which names only the severity and the policy): each distinct text is built once and shared,
 * instead of a new string per result that serialising would copy again to flatten it.
 */
function messageMemo(): (f: EvaluatedFinding) => string {
  const plain = new Map<string, string>();
  const blocking = new Map<string, Map<string, string>>();
  const build = (f: EvaluatedFinding, pkg: string) =>
    clip(`${f.title}${pkg}${f.blocking ? ` — blocks: ${f.reason ?? ''}` : ''}`, 2000);
  return (f) => {
    if (f.package) return build(f, ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ''}`);
    if (!f.blocking) {
      let text = plain.get(f.title);
      if (text === undefined) {
        text = build(f, '');
        plain.set(f.title, text);
      }
      return text;
    }
    let byReason = blocking.get(f.title);
    if (byReason === undefined) {
      byReason = new Map();
      blocking.set(f.title, byReason);
    }
    const reason = f.reason ?? '';
    let text = byReason.get(reason);
    if (text === undefined) {
      text = build(f, '');
      byReason.set(reason, text);
    }
    return text;
  };
}

/**
 * One result. Optional members are undefined rather than spread in (JSON leaves an undefined member out,
 * so the text is the same): every result has one shape, and no temporary object is built per member.
 */
function resultFor(
  f: EvaluatedFinding,
  ruleIndex: number,
  hashes: (p: string) => LineHashes | undefined,
  uriOf: (repoPath: string) => string,
  messageOf: (f: EvaluatedFinding) => string,
): Result {
  const line = Math.max(1, f.location.startLine ?? 1);
  const hash = hashes(f.location.path)?.at(line - 1);
  const endLine = f.location.endLine;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: messageOf(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.location.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: line,
            endLine: endLine && endLine >= line ? endLine : undefined,
            startColumn: f.location.startColumn || undefined,
          },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: hash || undefined, 'scan-gate/v2': f.fingerprint },
    suppressions:
      f.status === 'ignored'
        ? [
            {
              kind: 'external' as const,
              justification: clip(`${f.ignoredBy?.reason ?? ''} (${f.ignoredBy?.source ?? ''})`, 500),
            },
          ]
        : undefined,
    // The finding's own list: serialised, never changed (nothing reads the results back as objects).
    properties: { 'scan-gate/status': f.status, 'scan-gate/blocking': f.blocking, 'scan-gate/sources': f.sources },
  } as Result;
}

/** A run without its results (serialised apart, see serialise), and what turns a finding into one. */
interface RunParts {
  readonly log: Log;
  readonly findings: readonly EvaluatedFinding[];
  readonly result: (f: EvaluatedFinding) => Result;
}

function runFor(
  report: RunReport,
  scanner: ScannerId,
  findings: readonly EvaluatedFinding[],
  hashes: (p: string) => LineHashes | undefined,
): RunParts {
  const { rules, index } = rulesFor(findings);
  const uriOf = uriMemo();
  const messageOf = messageMemo();
  const version = report.scanners.find((s) => s.id === scanner)?.version;
  const suffix = report.instance === 'default' ? '' : `${report.instance}/`;
  const run: Run = {
    tool: {
      driver: {
        name: `scan-gate/${scanner}`,
        ...(version ? { version } : {}),
        informationUri: 'https://github.com/scan-gate/scan-gate',
        rules,
      },
    },
    automationDetails: { id: `scan-gate/${scanner}/${suffix}` },
    results: [],
  };
  return {
    log: { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] },
    findings,
    result: (f) => resultFor(f, index.get(f.ruleId) ?? 0, hashes, uriOf, messageOf),
  };
}

/**
 * Blocking first, then by severity, ties in report order: the order of a stable sort on that key, built
 * by a counting sort on its ten values (two passes, no comparisons) instead of sorting 100,000 findings.
 */
function blockingThenSeverity(findings: readonly EvaluatedFinding[]): EvaluatedFinding[] {
  const key = new Uint8Array(findings.length);
  const next = new Uint32Array(11);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as EvaluatedFinding;
    const k = (f.blocking ? 0 : 5) + (4 - SEVERITY_RANK[f.severity]);
    key[i] = k;
    next[k + 1] = (next[k + 1] as number) + 1;
  }
  for (let k = 1; k < next.length; k++) next[k] = (next[k] as number) + (next[k - 1] as number);
  const out = new Array<EvaluatedFinding>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const k = key[i] as number;
    out[next[k] as number] = findings[i] as EvaluatedFinding;
    next[k] = (next[k] as number) + 1;
  }
  return out;
}

/** Keeps the most severe findings when a scanner exceeds the results or size limits, and says what went. */
function trim(findings: EvaluatedFinding[], keep: number, scanner: string, notes: string[]): EvaluatedFinding[] {
  if (findings.length <= keep) return findings;
  const sorted = blockingThenSeverity(findings);
  const dropped = sorted.slice(keep);
  const bySev: Record<string, number> = {};
  for (let i = 0; i < dropped.length; i++) {
    const severity = (dropped[i] as EvaluatedFinding).severity;
    bySev[severity] = (bySev[severity] ?? 0) + 1;
  }
  const worst = dropped.reduce(
    (w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w),
    dropped[0]?.severity ?? 'unknown',
  );
  notes.push(
    `SARIF for ${scanner}: ${dropped.length} of ${findings.length} results left out to stay within GitHub's limits (least severe first: ${Object.entries(
      bySev,
    )
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}; most severe dropped: ${worst}). All findings are in report.json.`,
  );
  return sorted.slice(0, keep);
}

const RESULTS_PLACEHOLDER = '"results":[]';
/** A generous guess at a result's serialised size (most are 150–600 bytes): see ByteSink. */
const RESULT_BYTES_GUESS = 1024;

/**
 * The log as UTF-8 bytes, its results serialised in batches straight into the buffer (no string of the
 * whole log: see ByteSink), then measured, compressed and written from that one buffer. The gzipped size
 * is computed only when it could matter: gzip never grows JSON text past its own length plus a small
 * header, so a log whose text is under the limit is under it gzipped too. The fastest level comes first
 * (about 40% quicker, 10% larger on SARIF): when even its output fits, that is what is uploaded; only a
 * log it leaves over the limit is measured again at the default level.
 */
function serialise(parts: RunParts, limit: number): { bytes: Buffer; size: number; gzip?: Buffer } {
  const head = JSON.stringify(parts.log);
  // `results` is the last key of the only run, and a quote inside a JSON string is always escaped: the
  // last match is that key.
  const open = head.lastIndexOf(RESULTS_PLACEHOLDER) + RESULTS_PLACEHOLDER.length - 2;
  const sink = new ByteSink(undefined, head.length + parts.findings.length * RESULT_BYTES_GUESS);
  appendSplicedJson(sink, head, open, parts.findings, parts.result);
  const bytes = sink.bytes();
  if (bytes.length + 64 <= limit) return { bytes, size: bytes.length };
  let gzip = gzipSync(bytes, { level: 1 });
  if (gzip.length > limit) gzip = gzipSync(bytes);
  return { bytes, size: gzip.length, gzip };
}

/** One SARIF log (one run, its own category) per scanner, empty runs included, within GitHub's limits. */
export function buildSarifLogs(report: RunReport, opts: SarifBuildOptions): { logs: SarifEntry[]; notes: string[] } {
  const cache = new Map<string, LineHashes | undefined>();
  const hashes = (p: string) => {
    if (!cache.has(p)) {
      const text = opts.readFile(p);
      cache.set(p, text === undefined ? undefined : new LineHashes(text));
    }
    return cache.get(p);
  };
  const notes: string[] = [];
  const logs: SarifEntry[] = [];
  const limit = opts.gzipLimit ?? LIMITS.gzipBytes;
  for (const scanner of [...new Set(opts.scanners)]) {
    let findings = trim(
      report.verdict.findings.filter((f) => sarifScannerOf(f) === scanner),
      LIMITS.resultsPerRun,
      scanner,
      notes,
    );
    // Only the bytes are kept: no result object outlives its batch.
    let out = serialise(runFor(report, scanner, findings, hashes), limit);
    while (out.size > limit && findings.length > 0) {
      findings = trim(findings, Math.floor(findings.length * Math.min(0.9, limit / out.size)), scanner, notes);
      out = serialise(runFor(report, scanner, findings, hashes), limit);
    }
    const suffix = report.instance === 'default' ? '' : `-${report.instance}`;
    const { bytes, gzip } = out;
    logs.push({
      scanner,
      category: `scan-gate/${scanner}/`,
      file: `${scanner}${suffix}.sarif`,
      get log(): Log {
        return JSON.parse(bytes.toString());
      },
      bytes,
      get text(): string {
        return bytes.toString();
      },
      gzip,
    });
  }
  return { logs, notes };
}

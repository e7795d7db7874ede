import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  SEVERITIES,
  SEVERITY_RANK,
  bySeverityDesc,
  emptyCounts,
  isCalendarDate
} from "./chunk-7M45DFKO.js";
import {
  SCANNERS,
  buildBaseline,
  fingerprintOf,
  glob,
  globSync,
  normalisePackageName,
  parseSarifLog,
  parseSarifText
} from "./chunk-N7IENECS.js";
import {
  require_picomatch
} from "./chunk-AKK5Y3Q6.js";
import {
  ConfigError
} from "./chunk-XOH7VAPJ.js";
import {
  gateOutputs
} from "./chunk-6HSN7NF2.js";
import {
  __toESM
} from "./chunk-6POCNX6I.js";

// src/pipeline/run-gate.ts
import { mkdirSync as mkdirSync2 } from "node:fs";

// src/config/native-ignores.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function lines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split(/\r?\n/).map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((l) => l.text !== "" && !l.text.startsWith("#"));
}
function trivyIgnores(root) {
  return lines(path.join(root, ".trivyignore")).map(({ text, line }) => {
    const [id = "", ...rest] = text.split(/\s+/);
    const exp = rest.find((r) => r.startsWith("exp:"))?.slice(4);
    return {
      file: ".trivyignore",
      scanner: "trivy",
      id,
      expires: exp && isCalendarDate(exp) ? exp : void 0,
      source: `.trivyignore:${line}`
    };
  });
}
function gitleaksIgnores(root) {
  return lines(path.join(root, ".gitleaksignore")).flatMap(({ text, line }) => {
    const parts = text.split(":");
    const lineNo = Number(parts.at(-1));
    if (parts.length < 3 || !Number.isInteger(lineNo)) return [];
    const commit = parts.length >= 4 && /^[0-9a-f]{7,64}$/i.test(parts[0] ?? "") ? parts[0] : void 0;
    const ruleId = parts.at(-2);
    const filePath = parts.slice(commit ? 1 : 0, -2).join(":");
    return [
      {
        file: ".gitleaksignore",
        scanner: "gitleaks",
        path: filePath,
        ruleId,
        line: lineNo,
        commit,
        source: `.gitleaksignore:${line}`
      }
    ];
  });
}
function loadNativeIgnores(root) {
  return [...trivyIgnores(root), ...gitleaksIgnores(root)];
}

// src/findings/source-files.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import path2 from "node:path";
var MAX_SOURCE_BYTES = 5 * 1024 * 1024;
var SourceFiles = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  texts = /* @__PURE__ */ new Map();
  text(repoPath) {
    let text = this.texts.get(repoPath);
    if (text === void 0) {
      text = this.load(repoPath);
      this.texts.set(repoPath, text);
    }
    return text ?? void 0;
  }
  load(repoPath) {
    const abs = path2.resolve(this.workspace, repoPath);
    const rel = path2.relative(this.workspace, abs);
    if (rel.startsWith("..") || path2.isAbsolute(rel)) return null;
    try {
      return statSync(abs).size > MAX_SOURCE_BYTES ? null : readFileSync2(abs, "utf8");
    } catch {
      return null;
    }
  }
};

// src/findings/normalise.ts
var SourceLines = class {
  files = /* @__PURE__ */ new Map();
  sources;
  constructor(workspaceOrSources) {
    this.sources = typeof workspaceOrSources === "string" ? new SourceFiles(workspaceOrSources) : workspaceOrSources;
  }
  line(repoPath, line) {
    if (!line || line < 1) return void 0;
    let lines2 = this.files.get(repoPath);
    if (lines2 === void 0) {
      lines2 = this.sources.text(repoPath)?.split(/\r?\n/) ?? null;
      this.files.set(repoPath, lines2);
    }
    return lines2?.[line - 1];
  }
};
function toFinding(raw, source) {
  const lineText = raw.category === "vulnerability" ? void 0 : source.line(raw.location.path, raw.location.startLine);
  const finding = {
    ...raw,
    secretHash: void 0,
    snippet: void 0,
    sources: [raw.scanner],
    fingerprint: fingerprintOf(raw, lineText)
  };
  return finding;
}
function mergeDuplicates(findings) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) {
      byPrint.set(f.fingerprint, f);
      continue;
    }
    const sources = [.../* @__PURE__ */ new Set([...seen.sources, ...f.sources])];
    const stronger = SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity] ? f : seen;
    byPrint.set(f.fingerprint, {
      ...stronger,
      scanner: seen.scanner,
      sources,
      aliases: [.../* @__PURE__ */ new Set([...seen.aliases, ...f.aliases])],
      verified: seen.verified || f.verified || void 0,
      suppressed: seen.suppressed && f.suppressed ? seen.suppressed : void 0
    });
  }
  return [...byPrint.values()];
}
function normaliseFindings(raw, workspace, sources = new SourceFiles(workspace)) {
  const source = new SourceLines(sources);
  return mergeDuplicates(raw.map((r) => toFinding(r, source)));
}

// src/policy/ignores.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function today(now) {
  return now.toISOString().slice(0, 10);
}
function isExpired(expires, now) {
  return expires !== void 0 && expires < today(now);
}
function idMatches(id, f) {
  if (id === "*") return true;
  const wanted = id.toUpperCase();
  return f.fingerprint === id.toLowerCase() || f.ruleId.toUpperCase() === wanted || f.aliases.some((a) => a.toUpperCase() === wanted);
}
function policyIgnoreMatches(rule, f) {
  if (!idMatches(rule.id, f)) return false;
  if (rule.scanner && !f.sources.includes(rule.scanner)) return false;
  if (rule.package && (!f.package || normalisePackageName(f.package.name) !== normalisePackageName(rule.package))) {
    return false;
  }
  if (rule.paths && rule.paths.length > 0 && !import_picomatch.default.isMatch(f.location.path, [...rule.paths], { dot: true })) {
    return false;
  }
  return true;
}
function nativeIgnoreMatches(rule, f) {
  if (!f.sources.includes(rule.scanner)) return false;
  if (rule.id) return idMatches(rule.id, f);
  const endsWithPath = rule.path !== void 0 && (f.location.path === rule.path || f.location.path.endsWith(`/${rule.path}`));
  return endsWithPath && f.ruleId === rule.ruleId && f.location.startLine === rule.line;
}

// src/policy/thresholds.ts
function reaches(severity, threshold) {
  if (threshold === "none") return false;
  if (threshold === "any") return true;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function thresholdFor(f, policy) {
  const byCategory = policy.categoryFailOn[f.category];
  if (byCategory !== void 0) {
    const at = policy.ruleSources["fail-on-by-category"];
    return { threshold: byCategory, rule: `fail-on-by-category ${f.category}: ${byCategory}${at ? ` (${at})` : ""}` };
  }
  const scanner = f.sources.find((s) => policy.scannerFailOn[s] !== void 0);
  if (scanner) {
    const t = policy.scannerFailOn[scanner];
    const at = policy.ruleSources["fail-on-by-scanner"];
    return { threshold: t, rule: `fail-on-by-scanner ${scanner}: ${t}${at ? ` (${at})` : ""}` };
  }
  return { threshold: policy.failOn, rule: `fail-on ${policy.failOn} (${policy.failOnSource})` };
}

// src/policy/evaluate.ts
function ignoreFor(f, policy, state, now) {
  const rule = state.active.find((r) => policyIgnoreMatches(r, f));
  if (rule) {
    state.used.add(rule);
    return { kind: "policy", source: rule.source, reason: rule.reason, owner: rule.owner, expires: rule.expires };
  }
  if (policy.allowNativeIgnores) {
    const native = state.native.find((r) => !isExpired(r.expires, now) && nativeIgnoreMatches(r, f));
    if (native)
      return { kind: "native", source: native.source, reason: `listed in ${native.file}`, expires: native.expires };
    if (f.suppressed)
      return { kind: "native", source: f.suppressed.source, reason: f.suppressed.reason ?? "inline suppression" };
  }
  if (policy.ignoreUnfixed && f.category === "vulnerability" && f.package && (f.package.fixedVersions ?? []).length === 0) {
    return { kind: "unfixed", source: "ignore-unfixed", reason: "no fixed version is available" };
  }
  return void 0;
}
function evaluateOne(f, o, state) {
  const ignoredBy = ignoreFor(f, o.policy, state, o.now);
  const seen = o.baseline?.entries[f.fingerprint];
  const firstSeen = seen?.firstSeen;
  const slaMs = o.policy.sla[f.severity];
  const overdue = slaMs !== void 0 && firstSeen !== void 0 && o.now.getTime() - Date.parse(firstSeen) > slaMs;
  if (ignoredBy) return { ...f, status: "ignored", blocking: false, ignoredBy, firstSeen, overdue: false };
  const status = seen ? "existing" : "new";
  const { threshold, rule } = thresholdFor(f, o.policy);
  const atThreshold = reaches(f.severity, threshold);
  if (atThreshold && !(o.mode === "new" && status === "existing")) {
    return { ...f, status, blocking: true, reason: `severity ${f.severity} reaches ${rule}`, firstSeen, overdue };
  }
  if (overdue && o.policy.slaBlocks) {
    return {
      ...f,
      status,
      blocking: true,
      reason: `overdue: first seen ${firstSeen?.slice(0, 10)}, past the ${f.severity} SLA (sla-blocks)`,
      firstSeen,
      overdue
    };
  }
  return { ...f, status, blocking: false, firstSeen, overdue };
}
function summarise(findings) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.blocking) continue;
    const key = (f.reason ?? "").replace(/^severity \w+ reaches /, "");
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  return byRule;
}
function evaluatePolicy(o) {
  const configured = o.policy.allowIgnores ? o.policy.ignores : [];
  const state = {
    active: configured.filter((r) => !isExpired(r.expires, o.now)),
    used: /* @__PURE__ */ new Set(),
    native: o.nativeIgnores ?? []
  };
  const findings = o.findings.map((f) => evaluateOne(f, o, state));
  const counted = findings.filter((f) => f.status !== "ignored");
  const counts = emptyCounts();
  for (const f of counted) counts[f.severity]++;
  const blocking = findings.filter((f) => f.blocking).length;
  const scannerErrors = o.scanners.filter((s) => s.status === "error").map((s) => ({ scanner: s.id, message: s.error ?? "failed" }));
  const errorsFail = scannerErrors.length > 0 && o.policy.failOnScannerError;
  const present = new Set(o.findings.map((f) => f.fingerprint));
  const fixed = o.baseline ? Object.entries(o.baseline.entries).filter(([fp]) => !present.has(fp)).map(([fingerprint, e]) => ({ fingerprint, ...e })) : [];
  const reasons = [];
  for (const [rule, n] of summarise(findings)) reasons.push(`${n} finding${n === 1 ? " reaches" : "s reach"} ${rule}`);
  for (const e of scannerErrors) {
    reasons.push(
      `${e.scanner} ${o.policy.failOnScannerError ? "failed (fail-on-scanner-error)" : "failed but fail-on-scanner-error is false"}: ${e.message}`
    );
  }
  const verdict = blocking > 0 || errorsFail ? "fail" : "pass";
  if (verdict === "pass") reasons.unshift(passReason(o, counted.length, findings.length - counted.length));
  return {
    verdict,
    reasons,
    findings,
    counts,
    total: counted.length,
    blocking,
    newCount: counted.filter((f) => f.status === "new").length,
    existingCount: counted.filter((f) => f.status === "existing").length,
    ignoredCount: findings.length - counted.length,
    fixed,
    expiredIgnores: configured.filter((r) => isExpired(r.expires, o.now)),
    unusedIgnores: state.active.filter((r) => !state.used.has(r)),
    scannerErrors,
    baseline: o.mode === "new" ? o.baseline ? "used" : "none" : "not-applicable",
    overdue: counted.filter((f) => f.overdue).length
  };
}
function passReason(o, counted, ignored) {
  const ran = o.scanners.filter((s) => s.status === "ok").map((s) => s.id);
  const scope = o.mode === "new" ? o.baseline ? "new findings" : "findings (no baseline: all count as new)" : "findings";
  return `no blocking findings: ${counted} ${scope} from ${ran.length} scanner${ran.length === 1 ? "" : "s"} (${ran.join(", ") || "none"}) checked against fail-on ${o.policy.failOn} (${o.policy.failOnSource})${ignored > 0 ? `; ${ignored} ignored` : ""}`;
}

// src/pipeline/report-stage.ts
import { writeFileSync } from "node:fs";
import path3 from "node:path";
import { pathToFileURL } from "node:url";

// src/report/annotations.ts
var PER_LEVEL = 10;
function clean(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/::/g, ": :").slice(0, 300);
}
function firstInOrder(items, k, compare) {
  const top = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length === k && last !== void 0 && compare(item, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(item, top[i - 1]) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
function selectAnnotations(report) {
  const counted = report.verdict.findings.filter((f) => f.status !== "ignored" && !f.location.path.includes("://"));
  const errors = firstInOrder(
    counted.filter((f) => f.blocking),
    PER_LEVEL,
    bySeverityDesc
  );
  const warnings = firstInOrder(
    counted.filter((f) => !f.blocking),
    PER_LEVEL,
    bySeverityDesc
  );
  const toAnnotation = (level) => (f) => ({
    level,
    file: f.location.path,
    line: f.location.startLine,
    endLine: f.location.endLine,
    title: clean(`${f.severity} ${f.ruleId} (${f.sources.join(", ")})`),
    message: clean(`${f.title}${f.reason ? ` \u2014 blocks: ${f.reason}` : ""}`)
  });
  return [...errors.map(toAnnotation("error")), ...warnings.map(toAnnotation("warning"))];
}

// src/github/api.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describeApiError(error) {
  const status = statusOf(error);
  const message = error?.message ?? String(error);
  return `${status ? `HTTP ${status}: ` : ""}${message.split("\n")[0]?.slice(0, 300)}`;
}

// src/report/comment-publisher.ts
function parseMarker(body) {
  const m = /<!-- scan-gate:comment instance=(\S+) head=(\S+) run=(\d+) -->/.exec(body);
  return m ? { instance: m[1] ?? "", head: m[2] ?? "", run: Number(m[3]) } : void 0;
}
async function listOurs(api, pr, instance) {
  return (await api.listIssueComments(pr)).map((c) => ({ c, marker: parseMarker(c.body) })).filter((x) => x.marker?.instance === instance).sort((a, b) => a.c.createdAt.localeCompare(b.c.createdAt) || a.c.id - b.c.id);
}
function isNewerHead(m, report) {
  const head = report.event.headSha ?? report.event.sha;
  return m.run > Number(report.event.runId ?? 0) && m.head !== head;
}
async function deleteQuietly(api, id) {
  try {
    await api.deleteIssueComment(id);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
async function settle(api, ours, report, body, written) {
  const [oldest, ...rest] = ours;
  if (!oldest) return written;
  let kept = oldest.c;
  const newerRun = oldest.marker.run > Number(report.event.runId ?? 0);
  if (oldest.c.id !== written?.id && !newerRun && oldest.c.body !== body)
    kept = await api.updateIssueComment(oldest.c.id, body);
  for (const d of rest) await deleteQuietly(api, d.c.id);
  return kept;
}
async function publish(api, pr, report, body) {
  const ours = await listOurs(api, pr, report.instance);
  const newer = ours.find((x) => isNewerHead(x.marker, report));
  if (newer) {
    return {
      url: newer.c.htmlUrl,
      warnings: [],
      notices: [
        `PR comment left as is: run ${newer.marker.run} already reported a newer head (${newer.marker.head.slice(0, 7)}).`
      ]
    };
  }
  if (ours.length > 0) {
    const kept2 = await settle(api, ours, report, body);
    return { url: kept2?.htmlUrl, warnings: [], notices: [] };
  }
  const created = await api.createIssueComment(pr, body);
  const kept = await settle(api, await listOurs(api, pr, report.instance), report, body, created);
  return { url: (kept ?? created).htmlUrl, warnings: [], notices: [] };
}
async function publishPrComment(api, opts) {
  const { report, body } = opts;
  const pr = report.event.prNumber;
  if (pr === void 0) return { warnings: [], notices: [] };
  try {
    return await publish(api, pr, report, body);
  } catch (error) {
    if (statusOf(error) === 403) {
      return {
        warnings: [],
        notices: [
          "PR comment skipped: the token is read-only (fork or Dependabot pull request?). Everything is in the job summary."
        ]
      };
    }
    return {
      warnings: [
        `PR comment not written (${describeApiError(error)}); the verdict is unchanged and the job summary has the details.`
      ],
      notices: []
    };
  }
}

// src/report/escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "`": "&#96;",
  "|": "&#124;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "#": "&#35;",
  "\\": "&#92;"
};
function md(text, maxLength = 300) {
  const oneLine = text.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
  return clipped.replace(/[&<>"'[\]()!`|*_~#\\]/g, (c) => ENTITIES[c] ?? c).replace(/@(?=\w)/g, "@\u200B").replace(/:\/\//g, ":&#47;&#47;");
}
function urlPath(repoPath) {
  return repoPath.split("/").map(encodeURIComponent).join("/");
}

// src/report/markdown-parts.ts
var ICON = { critical: "\u{1F7E5}", high: "\u{1F7E7}", medium: "\u{1F7E8}", low: "\u{1F7E6}", unknown: "\u2B1C" };
function verdictHeading(report, instanceSuffix = true) {
  const v = report.verdict;
  const who = instanceSuffix && report.instance !== "default" ? ` (${md(report.instance)})` : "";
  return v.verdict === "pass" ? `## \u2705 scan-gate${who}: passed` : `## \u274C scan-gate${who}: failed \u2014 ${v.blocking} blocking finding${v.blocking === 1 ? "" : "s"}${v.scannerErrors.length ? `, ${v.scannerErrors.length} scanner error${v.scannerErrors.length === 1 ? "" : "s"}` : ""}`;
}
function reasonsList(report) {
  return report.verdict.reasons.map((r) => `- ${md(r, 500)}`);
}
function countsTable(report) {
  const counted = report.verdict.findings.filter((f) => f.status !== "ignored");
  const scanners = report.scanners.map((s) => s.id);
  const cell = (id, sev) => counted.filter((f) => f.severity === sev && (id === "all" || f.sources.includes(id))).length;
  const lines2 = [
    `| severity | ${scanners.join(" | ")} | total |`,
    `|---|${scanners.map(() => "---:").join("|")}|---:|`
  ];
  for (const sev of SEVERITIES)
    lines2.push(`| ${ICON[sev]} ${sev} | ${scanners.map((s) => cell(s, sev)).join(" | ")} | ${cell("all", sev)} |`);
  return lines2;
}
function statusLine(report) {
  const v = report.verdict;
  const parts = [
    `**${v.total}** findings`,
    `**${v.blocking}** blocking`,
    `${v.newCount} new`,
    `${v.existingCount} existing`,
    `${v.fixed.length} fixed`,
    `${v.ignoredCount} ignored`
  ];
  if (v.expiredIgnores.length)
    parts.push(`${v.expiredIgnores.length} expired ignore${v.expiredIgnores.length === 1 ? "" : "s"}`);
  if (v.overdue) parts.push(`${v.overdue} overdue`);
  return parts.join(" \xB7 ");
}
function location(report, f) {
  const { path: p, startLine } = f.location;
  const text = md(startLine ? `${p}:${startLine}` : p, 120);
  const e = report.event;
  if (!e.owner || !e.sha || p.includes("://") || p.startsWith("/")) return text;
  const anchor = startLine ? `#L${startLine}` : "";
  return `[${text}](${e.serverUrl}/${e.owner}/${e.repo}/blob/${e.sha}/${urlPath(p)}${anchor})`;
}
function findingRow(report, f) {
  const pkg = f.package ? ` \u2014 ${md(`${f.package.name}@${f.package.version ?? "?"}`, 80)}` : "";
  const status = f.status === "ignored" ? `ignored (${md(f.ignoredBy?.source ?? "", 80)})` : f.overdue ? `${f.status}, overdue` : f.status;
  return `| ${ICON[f.severity]} ${f.severity} | ${md(f.ruleId, 80)} | ${md(f.title, 160)}${pkg} | ${location(report, f)} | ${md(f.sources.join(", "))} | ${status} |`;
}
var FINDINGS_HEADER = [
  "| severity | rule | finding | location | scanner | status |",
  "|---|---|---|---|---|---|"
];
function sortedBlocking(report) {
  return report.verdict.findings.filter((f) => f.blocking).sort(bySeverityDesc);
}
function scannersTable(report) {
  const lines2 = [
    "| scanner | version | status | findings | time | install | database age |",
    "|---|---|---|---:|---:|---|---|"
  ];
  for (const s of report.scanners) {
    const status = s.status === "ok" ? "\u2705 ok" : s.status === "skipped" ? `\u23ED\uFE0F skipped${s.note ? ` (${md(s.note)})` : ""}` : `\u274C error: ${md(s.error ?? "", 300)}`;
    const age = s.dbAgeHours === void 0 ? "\u2014" : `${s.dbAgeHours} h`;
    lines2.push(
      `| ${s.id} | ${md(s.version ?? "\u2014")} | ${status} | ${s.findings} | ${(s.durationMs / 1e3).toFixed(1)} s | ${md(s.install ?? "\u2014", 120)} | ${age} |`
    );
  }
  return lines2;
}
function ignoresSection(report) {
  const v = report.verdict;
  const lines2 = [];
  for (const r of v.expiredIgnores)
    lines2.push(
      `- \u23F0 expired ignore **${md(r.id, 80)}** (expired ${md(r.expires ?? "")}, ${md(r.source)}) \u2014 no longer applies`
    );
  for (const r of v.unusedIgnores)
    lines2.push(`- \u{1F4A4} unused ignore **${md(r.id, 80)}** (${md(r.source)}) matched nothing \u2014 remove it?`);
  return lines2;
}
function rangeLine(report) {
  if (!report.range) return [];
  const lines2 = [`**Scanned range:** ${md(report.range.description, 200)}`];
  if (report.range.warning) lines2.push(`> \u26A0\uFE0F ${md(report.range.warning, 400)}`);
  return lines2;
}

// src/report/job-summary.ts
var SUMMARY_BUDGET = 1e3 * 1024;
var bytes = (text) => Buffer.byteLength(text, "utf8");
function table(rows, budget, total) {
  const lines2 = [...FINDINGS_HEADER];
  let size = bytes(lines2.join("\n"));
  let shown = 0;
  for (const row of rows) {
    const n = bytes(row) + 1;
    if (size + n > budget) break;
    lines2.push(row);
    size += n;
    shown++;
  }
  if (shown < total)
    lines2.push("", `_\u2026 ${total - shown} more not shown here (size limit); every finding is in report.json._`);
  return { lines: lines2, shown };
}
function* rowsOf(report, findings) {
  for (const f of findings) yield findingRow(report, f);
}
function renderJobSummary(report, extras = {}) {
  const head = [
    verdictHeading(report),
    "",
    ...reasonsList(report),
    "",
    statusLine(report),
    "",
    ...countsTable(report),
    "",
    ...rangeLine(report),
    ""
  ];
  const tail2 = ["", "### Scanners", "", ...scannersTable(report), ""];
  const ign = ignoresSection(report);
  if (ign.length) tail2.push("### Ignores", "", ...ign, "");
  const notes = [...extras.lines ?? [], ...report.warnings.map((w) => `\u26A0\uFE0F ${w}`)];
  if (notes.length) tail2.push("### Notes", "", ...notes.map((n) => `- ${md(n, 1e3)}`), "");
  tail2.push(
    `<sub>scan-gate ${report.toolVersion} \xB7 policy ${report.configFile ?? "defaults"} \xB7 mode ${report.mode}</sub>`,
    ""
  );
  const fixed = bytes(head.join("\n")) + bytes(tail2.join("\n"));
  const blocking = sortedBlocking(report);
  const others = report.verdict.findings.filter((f) => !f.blocking).sort(bySeverityDesc);
  const budget = SUMMARY_BUDGET - fixed - 500;
  const b = table(rowsOf(report, blocking), Math.floor(budget * 0.6), blocking.length);
  const o = table(rowsOf(report, others), budget - bytes(b.lines.join("\n")), others.length);
  const body = [
    ...head,
    ...blocking.length ? ["### Blocking findings", "", ...b.lines, ""] : [],
    ...others.length ? ["<details><summary>Other findings (not blocking)</summary>", "", ...o.lines, "", "</details>", ""] : [],
    ...tail2
  ];
  return body.join("\n");
}

// src/report/pr-comment.ts
var COMMENT_LIMIT = 65536;
var BUDGET = 6e4;
var TOP = 25;
function commentMarker(report) {
  const head = report.event.headSha ?? report.event.sha;
  return `<!-- scan-gate:comment instance=${report.instance} head=${head} run=${report.event.runId ?? "0"} -->`;
}
function renderPrComment(report, extras = {}) {
  const blocking = sortedBlocking(report);
  const rows = [];
  const head = [
    commentMarker(report),
    verdictHeading(report),
    "",
    ...reasonsList(report).slice(0, 10),
    "",
    statusLine(report),
    "",
    ...countsTable(report),
    ""
  ];
  const foot = ["", ...rangeLine(report), ""];
  const ign = ignoresSection(report);
  if (ign.length) foot.push(...ign.slice(0, 10), "");
  foot.push("<details><summary>Scanners</summary>", "", ...scannersTable(report), "", "</details>", "");
  for (const line of (extras.lines ?? []).slice(0, 10)) foot.push(`- ${md(line, 300)}`);
  const link = report.event.runUrl ? `[the job summary](${report.event.runUrl})` : "the job summary";
  let size = [...head, ...foot].join("\n").length + 400;
  for (const f of blocking.slice(0, TOP)) {
    const row = findingRow(report, f);
    if (size + row.length > BUDGET) break;
    rows.push(row);
    size += row.length + 1;
  }
  const more = blocking.length - rows.length;
  const findings = rows.length ? [
    "### Blocking findings",
    "",
    ...FINDINGS_HEADER,
    ...rows,
    ...more > 0 ? ["", `_\u2026 and ${more} more blocking finding${more === 1 ? "" : "s"}: see ${link} and report.json._`] : [],
    ""
  ] : [];
  const body = [
    ...head,
    ...findings,
    ...foot,
    `<sub>Full details in ${link}. scan-gate ${md(report.toolVersion)}.</sub>`
  ].join("\n");
  return body.length <= COMMENT_LIMIT ? body : `${body.slice(0, COMMENT_LIMIT - 200)}

_(truncated to GitHub's comment limit; see ${link})_`;
}

// src/report/report-json.ts
import { closeSync, openSync, writeSync } from "node:fs";
function findingJson(f) {
  return {
    scanner: f.scanner,
    sources: f.sources,
    ruleId: f.ruleId,
    aliases: f.aliases,
    category: f.category,
    severity: f.severity,
    title: f.title,
    location: f.location,
    package: f.package,
    fingerprint: f.fingerprint,
    status: f.status,
    blocking: f.blocking,
    reason: f.reason,
    ignoredBy: f.ignoredBy,
    verified: f.verified,
    firstSeen: f.firstSeen,
    overdue: f.overdue || void 0,
    helpUri: f.helpUri
  };
}
function renderReportJson(report) {
  return { ...reportJsonWithout(report), findings: report.verdict.findings.map(findingJson) };
}
function reportJsonWithout(report) {
  const v = report.verdict;
  return {
    schemaVersion: 1,
    tool: { name: "scan-gate", version: report.toolVersion },
    generatedAt: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
    verdict: v.verdict,
    reasons: v.reasons,
    counts: { ...v.counts },
    totals: {
      total: v.total,
      blocking: v.blocking,
      new: v.newCount,
      existing: v.existingCount,
      ignored: v.ignoredCount,
      fixed: v.fixed.length,
      overdue: v.overdue
    },
    policy: {
      preset: report.policy.preset,
      failOn: report.policy.failOn,
      failOnSource: report.policy.failOnSource,
      mode: report.mode,
      configFile: report.configFile,
      failOnScannerError: report.policy.failOnScannerError,
      baseline: v.baseline
    },
    event: {
      name: report.event.name,
      sha: report.event.sha,
      ref: report.event.ref,
      pullRequest: report.event.prNumber,
      runUrl: report.event.runUrl
    },
    range: report.range ? { ...report.range } : void 0,
    findings: [],
    fixed: v.fixed.map((f) => ({ ...f })),
    ignores: {
      expired: v.expiredIgnores.map((r) => ({ ...r })),
      unused: v.unusedIgnores.map((r) => ({ ...r }))
    },
    scanners: report.scanners.map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      durationMs: s.durationMs,
      findings: s.findings,
      error: s.error,
      install: s.install,
      dbAgeHours: s.dbAgeHours,
      note: s.note
    })),
    warnings: report.warnings
  };
}
var FINDINGS_PLACEHOLDER = '"findings":[]';
function writeReportJson(file, report) {
  const head = JSON.stringify(reportJsonWithout(report));
  const at = head.indexOf(FINDINGS_PLACEHOLDER) + FINDINGS_PLACEHOLDER.length - 1;
  const fd = openSync(file, "w");
  try {
    writeSync(fd, head.slice(0, at));
    const findings = report.verdict.findings;
    for (let i = 0; i < findings.length; i += 1e3) {
      const batch = findings.slice(i, i + 1e3).map((f) => JSON.stringify(findingJson(f)));
      writeSync(fd, `${i === 0 ? "" : ","}${batch.join(",")}`);
    }
    writeSync(fd, `${head.slice(at)}
`);
  } finally {
    closeSync(fd);
  }
}

// src/report/sarif/build.ts
import { gzipSync } from "node:zlib";

// src/report/sarif/levels.ts
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  // 0.0 means "no security severity" to GitHub; unknown findings still carry the security tag.
  unknown: "0.0"
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  unknown: "warning"
};

// src/report/sarif/line-hash.ts
var WINDOW = 100;
var BASE = 37;
var EOF_MARK = 65535;
var LF = 10;
var CR = 13;
var TWO_32 = 2 ** 32;
function significantCodes(text) {
  const codes = new Uint16Array(text.length + 1 + WINDOW);
  const starts = [0];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) continue;
      code = LF;
    }
    codes[n++] = code;
    if (code === LF) starts.push(n);
  }
  codes[n] = EOF_MARK;
  return { codes, starts };
}
function windowHash(codes, start) {
  let hi = 0;
  let lo = 0;
  for (let i = start; i < start + WINDOW; i++) {
    const low = lo * BASE + codes[i];
    lo = low >>> 0;
    hi = hi * BASE + (low - lo) / TWO_32 >>> 0;
  }
  return hi === 0 ? lo.toString(16) : `${hi.toString(16)}${lo.toString(16).padStart(8, "0")}`;
}
function lineHashes(text) {
  const { codes, starts } = significantCodes(text);
  const seen = /* @__PURE__ */ new Map();
  return starts.map((start) => {
    const hex = windowHash(codes, start);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

// src/report/sarif/build.ts
var LIMITS = {
  resultsPerRun: 25e3,
  gzipBytes: 10 * 1024 * 1024,
  tagsPerRule: 20,
  textLength: 1024
};
var clip = (text, n = LIMITS.textLength) => text.length > n ? `${text.slice(0, n - 1)}\u2026` : text;
function rulesFor(findings) {
  const index = /* @__PURE__ */ new Map();
  const rules = [];
  for (const f of findings) {
    const at = index.get(f.ruleId);
    if (at !== void 0) {
      const rule = rules[at];
      if (Number(SECURITY_SEVERITY[f.severity]) > Number(rule.properties["security-severity"])) {
        rule.properties["security-severity"] = SECURITY_SEVERITY[f.severity];
        rule.defaultConfiguration = { level: LEVEL[f.severity] };
      }
      continue;
    }
    index.set(f.ruleId, rules.length);
    const help = `${f.description ?? f.title}${f.helpUri ? `

More: ${f.helpUri}` : ""}`;
    rules.push({
      id: f.ruleId,
      name: clip(f.ruleId, 255),
      shortDescription: { text: clip(f.title) },
      fullDescription: { text: clip(f.description ?? f.title) },
      help: { text: clip(help, 8e3) },
      ...f.helpUri ? { helpUri: f.helpUri } : {},
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: {
        tags: ["security", f.category].slice(0, LIMITS.tagsPerRule),
        "security-severity": SECURITY_SEVERITY[f.severity]
      }
    });
  }
  return { rules, index };
}
function relativeUri(repoPath) {
  return repoPath.replace(/^\/+/, "").split("/").map(encodeURIComponent).join("/");
}
function resultFor(f, ruleIndex, hashes) {
  const line = Math.max(1, f.location.startLine ?? 1);
  const pkg = f.package ? ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
  const hash = hashes(f.location.path)?.[line - 1];
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: clip(`${f.title}${pkg}${f.blocking ? ` \u2014 blocks: ${f.reason ?? ""}` : ""}`, 2e3) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.location.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: line,
            ...f.location.endLine && f.location.endLine >= line ? { endLine: f.location.endLine } : {},
            ...f.location.startColumn ? { startColumn: f.location.startColumn } : {}
          }
        }
      }
    ],
    partialFingerprints: {
      ...hash ? { primaryLocationLineHash: hash } : {},
      "scan-gate/v1": f.fingerprint
    },
    ...f.status === "ignored" ? {
      suppressions: [
        {
          kind: "external",
          justification: clip(`${f.ignoredBy?.reason ?? ""} (${f.ignoredBy?.source ?? ""})`, 500)
        }
      ]
    } : {},
    properties: { "scan-gate/status": f.status, "scan-gate/blocking": f.blocking, "scan-gate/sources": [...f.sources] }
  };
}
function runFor(report, scanner, findings, hashes) {
  const { rules, index } = rulesFor(findings);
  const version = report.scanners.find((s) => s.id === scanner)?.version;
  const suffix = report.instance === "default" ? "" : `${report.instance}/`;
  return {
    tool: {
      driver: {
        name: `scan-gate/${scanner}`,
        ...version ? { version } : {},
        informationUri: "https://github.com/scan-gate/scan-gate",
        rules
      }
    },
    automationDetails: { id: `scan-gate/${scanner}/${suffix}` },
    results: findings.map((f) => resultFor(f, index.get(f.ruleId) ?? 0, hashes))
  };
}
function logOf(run) {
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
function blockingThenSeverity(findings) {
  const buckets = Array.from({ length: 10 }, () => []);
  for (const f of findings) buckets[(f.blocking ? 0 : 5) + (4 - SEVERITY_RANK[f.severity])]?.push(f);
  return buckets.flat();
}
function trim(findings, keep, scanner, notes) {
  if (findings.length <= keep) return findings;
  const sorted = blockingThenSeverity(findings);
  const dropped = sorted.slice(keep);
  const bySev = {};
  for (const f of dropped) bySev[f.severity] = (bySev[f.severity] ?? 0) + 1;
  const worst = dropped.reduce(
    (w, f) => SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w,
    dropped[0]?.severity ?? "unknown"
  );
  notes.push(
    `SARIF for ${scanner}: ${dropped.length} of ${findings.length} results left out to stay within GitHub's limits (least severe first: ${Object.entries(
      bySev
    ).map(([s, n]) => `${n} ${s}`).join(", ")}; most severe dropped: ${worst}). All findings are in report.json.`
  );
  return sorted.slice(0, keep);
}
function serialise(log, limit) {
  const text = JSON.stringify(log);
  const bytes2 = Buffer.byteLength(text);
  if (bytes2 + 64 <= limit) return { text, size: bytes2 };
  const gzip = gzipSync(text);
  return { text, size: gzip.length, gzip };
}
function buildSarifLogs(report, opts) {
  const cache = /* @__PURE__ */ new Map();
  const hashes = (p) => {
    if (!cache.has(p)) {
      const text = opts.readFile(p);
      cache.set(p, text === void 0 ? void 0 : lineHashes(text));
    }
    return cache.get(p);
  };
  const notes = [];
  const logs = [];
  const limit = opts.gzipLimit ?? LIMITS.gzipBytes;
  for (const scanner of [...new Set(opts.scanners)]) {
    let findings = trim(
      report.verdict.findings.filter((f) => f.scanner === scanner),
      LIMITS.resultsPerRun,
      scanner,
      notes
    );
    let out = serialise(logOf(runFor(report, scanner, findings, hashes)), limit);
    while (out.size > limit && findings.length > 0) {
      findings = trim(findings, Math.floor(findings.length * Math.min(0.9, limit / out.size)), scanner, notes);
      out = serialise(logOf(runFor(report, scanner, findings, hashes)), limit);
    }
    const suffix = report.instance === "default" ? "" : `-${report.instance}`;
    const { text, gzip } = out;
    logs.push({
      scanner,
      category: `scan-gate/${scanner}/`,
      file: `${scanner}${suffix}.sarif`,
      get log() {
        return JSON.parse(text);
      },
      text,
      gzip
    });
  }
  return { logs, notes };
}

// src/report/sarif/upload.ts
import { gzipSync as gzipSync2 } from "node:zlib";
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function refFor(report) {
  if (report.event.name === "pull_request_target" || report.event.name === "local") return void 0;
  return report.event.ref;
}
async function uploadSarifLogs(api, opts) {
  const { report } = opts;
  const ref = refFor(report);
  if (!ref || !/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(report.event.sha)) {
    return {
      ids: [],
      warnings: [`SARIF not uploaded: no ref/commit to attach results to for the ${report.event.name} event.`]
    };
  }
  const ids = [];
  const warnings = [];
  for (const entry of opts.logs) {
    try {
      const sarif = (entry.gzip ?? gzipSync2(entry.text)).toString("base64");
      const { id } = await api.uploadSarif({
        commitSha: report.event.sha,
        ref,
        sarif,
        startedAt: report.startedAt,
        ...opts.checkoutUri ? { checkoutUri: opts.checkoutUri } : {},
        toolName: `scan-gate/${entry.scanner}`
      });
      ids.push(id);
    } catch (error) {
      const status = statusOf(error);
      const why = status === 403 || status === 404 ? "code scanning is not enabled for this repository, or the token lacks `security-events: write`" : describeApiError(error);
      warnings.push(`SARIF for ${entry.scanner} not uploaded: ${why}. The gate still decided from local results.`);
      if (status === 403 || status === 404) break;
    }
  }
  for (const id of ids) {
    const failure = await pollProcessing(api, id, opts.pollIntervalMs ?? 5e3, opts.pollAttempts ?? 24);
    if (failure) warnings.push(failure);
  }
  return { ids, warnings };
}
async function pollProcessing(api, id, interval, attempts) {
  for (let i = 0; i < attempts; i++) {
    try {
      const s = await api.getSarifStatus(id);
      if (s.status === "complete") return void 0;
      if (s.status === "failed")
        return `Code scanning could not process SARIF upload ${id}: ${s.errors.join("; ") || "no details"}`;
    } catch (error) {
      return `Could not check SARIF upload ${id}: ${describeApiError(error)}`;
    }
    await sleep(interval);
  }
  return `SARIF upload ${id} was still being processed after ${Math.round(interval * attempts / 1e3)} s; not waiting longer.`;
}

// src/report/tracking-issue.ts
var ISSUE_LABEL = "scan-gate";
var MAX_ROWS = 200;
var BODY_BUDGET = 6e4;
function issueMarker(instance) {
  return `<!-- scan-gate:issue instance=${instance} -->`;
}
function budgetRows(rows, budget) {
  const kept = [];
  let size = 0;
  for (const row of rows.slice(0, MAX_ROWS)) {
    if (size + row.length + 1 > budget) break;
    kept.push(row);
    size += row.length + 1;
  }
  return kept;
}
function renderTrackingIssue(report) {
  const blocking = report.verdict.findings.filter((f) => f.blocking).sort((a, b) => Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) || bySeverityDesc(a, b));
  const rows = budgetRows(
    blocking.map((f) => `${findingRow(report, f)} ${f.firstSeen?.slice(0, 10) ?? "today"} |`),
    BODY_BUDGET
  );
  const more = blocking.length - rows.length;
  const suffix = report.instance === "default" ? "" : ` (${md(report.instance, 60)})`;
  const plural = blocking.length === 1 ? "" : "s";
  const body = [
    issueMarker(report.instance),
    `scan-gate${suffix} found **${blocking.length}** blocking finding${plural} on ${md(report.event.ref ?? report.event.sha)} (${report.verdict.overdue} overdue).`,
    "",
    statusLine(report),
    "",
    `${FINDINGS_HEADER[0]} first seen |`,
    `${FINDINGS_HEADER[1]}---|`,
    ...rows,
    ...more > 0 ? ["", `_\u2026 and ${more} more in report.json and the job summary._`] : [],
    "",
    report.event.runUrl ? `Latest run: ${report.event.runUrl}` : "",
    "_This issue is kept up to date by scan-gate and closed when the scheduled scan is clean._"
  ].join("\n");
  return { title: `scan-gate${suffix}: ${blocking.length} blocking security finding${plural}`, body };
}
async function publishTrackingIssue(api, opts) {
  const { report } = opts;
  try {
    const ours = (await api.listIssuesByLabel(ISSUE_LABEL)).filter(
      (i) => i.body.includes(issueMarker(report.instance))
    );
    const existing = ours.find((i) => i.state === "open") ?? ours[0];
    const blocking = report.verdict.blocking > 0;
    if (!blocking) {
      if (existing?.state === "open") {
        await api.createIssueComment(
          existing.number,
          `\u2705 Resolved: the scheduled scan of ${report.event.sha.slice(0, 7)} found no blocking findings.${report.event.runUrl ? ` (${report.event.runUrl})` : ""}`
        );
        await api.updateIssue(existing.number, { state: "closed" });
        return { url: existing.htmlUrl, warnings: [] };
      }
      return { warnings: [] };
    }
    const { title, body } = renderTrackingIssue(report);
    if (existing) {
      const updated = await api.updateIssue(existing.number, { title, body, state: "open" });
      return { url: updated.htmlUrl, warnings: [] };
    }
    const created = await api.createIssue({ title, body, labels: [ISSUE_LABEL] });
    return { url: created.htmlUrl, warnings: [] };
  } catch (error) {
    return { warnings: [`Tracking issue not updated (${describeApiError(error)}); needs \`issues: write\`.`] };
  }
}

// src/pipeline/report-stage.ts
var UPLOAD_EVENTS = ["pull_request", "push", "schedule", "workflow_dispatch", "merge_group"];
var ISSUE_EVENTS = ["schedule", "workflow_dispatch"];
async function runReportStage(opts) {
  const { report, config, adapters, runner } = opts;
  const lines2 = [];
  const warn = (m) => {
    runner.warning(m);
    lines2.push(`\u26A0\uFE0F ${m}`);
  };
  const reportPath2 = path3.join(config.outputDir, "report.json");
  writeReportJson(reportPath2, report);
  const sources = opts.sources ?? new SourceFiles(config.workspace);
  const sarif = buildSarifLogs(report, {
    readFile: adapters.readFile ?? ((repoPath) => sources.text(repoPath)),
    scanners: report.scanners.map((s) => s.id)
  });
  for (const entry of sarif.logs) writeFileSync(path3.join(config.outputDir, entry.file), entry.text);
  for (const note of sarif.notes) lines2.push(note);
  const event = report.event;
  const github = adapters.github;
  let sarifIds = [];
  const wantsUpload = config.uploadSarif === "true" || config.uploadSarif === "auto" && UPLOAD_EVENTS.includes(event.name) && !event.fromFork;
  if (github && wantsUpload) {
    const up = await uploadSarifLogs(github, {
      report,
      logs: sarif.logs,
      checkoutUri: pathToFileURL(config.workspace).href
    });
    sarifIds = up.ids;
    for (const w of up.warnings) warn(w);
  } else if (config.uploadSarif === "auto" && event.fromFork) {
    runner.notice("SARIF upload skipped: a fork pull request has a read-only token. Results are in the job summary.");
  }
  let commentUrl;
  if (github && config.comment !== "false" && event.prNumber !== void 0) {
    const body = renderPrComment(report, { lines: lines2 });
    const published = await publishPrComment(github, { report, body });
    commentUrl = published.url;
    for (const n of published.notices) runner.notice(n);
    for (const w of published.warnings) warn(w);
  }
  const wantsIssue = config.issue === "true" || config.issue === "auto" && ISSUE_EVENTS.includes(event.name);
  if (github && wantsIssue) {
    const issue = await publishTrackingIssue(github, { report });
    for (const w of issue.warnings) warn(w);
  }
  if (config.summary && runner.writeSummary) {
    const written = await runner.writeSummary(renderJobSummary(report, { lines: lines2 }));
    if (!written) runner.info("No job summary file (GITHUB_STEP_SUMMARY) \u2014 summary not written.");
  }
  for (const a of selectAnnotations(report)) runner.annotate(a);
  return { report: reportPath2, sarifDir: config.outputDir, commentUrl, sarifIds };
}

// src/pipeline/scan-stage.ts
import { mkdirSync } from "node:fs";
import path6 from "node:path";

// src/scan/auto-select.ts
var LOCKFILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "uv.lock",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "requirements*.txt",
  "go.sum",
  "go.mod",
  "Cargo.lock",
  "Gemfile.lock",
  "composer.lock",
  "packages.lock.json",
  "gradle.lockfile",
  "pom.xml",
  "mix.lock",
  "pubspec.lock"
];
var IGNORE = ["**/node_modules/**", "**/.git/**", "**/vendor/**", "**/.venv/**", "**/venv/**", "**/.tox/**"];
function firstMatch(root, patterns) {
  return globSync(patterns, { cwd: root, ignore: IGNORE, deep: 6, dot: false, onlyFiles: true }).sort()[0];
}
function selectScanners(opts) {
  if (opts.requested !== "auto") {
    const scanners = [...new Set(opts.requested)];
    return { scanners, reasons: Object.fromEntries(scanners.map((s) => [s, "listed in `scanners`"])) };
  }
  const reasons = {
    trivy: `auto: always (vulnerabilities, secrets, misconfiguration${opts.images.length > 0 ? `; ${opts.images.length} image(s)` : ""})`,
    gitleaks: "auto: always (secrets in files and history)"
  };
  const lockfile = firstMatch(
    opts.root,
    LOCKFILES.map((l) => `**/${l}`)
  );
  if (lockfile) reasons["osv-scanner"] = `auto: lockfile ${lockfile}`;
  const python = firstMatch(opts.root, ["**/*.py"]);
  if (python) reasons.bandit = `auto: Python sources (${python})`;
  if (opts.sarifFiles.length > 0) reasons.sarif = "auto: `sarif-files` is set";
  return { scanners: Object.keys(reasons), reasons };
}

// src/scan/git-range.ts
import { execFile } from "node:child_process";
var ZERO_SHA = /^0+$/;
function gitIn(repoDir) {
  const options = { cwd: repoDir, maxBuffer: 16 * 2 ** 20, timeout: 12e4, windowsHide: true };
  return (args) => new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "safe.directory=*", ...args],
      options,
      (error, stdout) => resolve(error ? void 0 : stdout.trim())
    );
  });
}
var exists = async (git, sha) => sha !== void 0 && sha !== "" && !ZERO_SHA.test(sha) && await git(["cat-file", "-e", `${sha}^{commit}`]) !== void 0;
async function describeRange(git, base, head, note = "") {
  const counted = await git(["rev-list", "--count", base ? `${base}..${head}` : head]);
  const count = Number(counted ?? 0);
  const short = (s) => s.slice(0, 7);
  const span = base ? `${short(base)}..${short(head)}` : `full history up to ${short(head)}`;
  const what = counted === void 0 ? "commit count unknown" : count === 0 ? "no new commits" : `${count} commit${count === 1 ? "" : "s"}`;
  return { base, head, commitCount: count, description: `${span} (${what})${note}` };
}
var real = (sha) => sha && !ZERO_SHA.test(sha) ? sha : void 0;
async function newBranch(git, p, head) {
  const def = p.repository?.default_branch;
  const ref = p.ref;
  const what = "the new branch";
  if (!def) return { mergeBase: false, head, what, note: " \u2014 new branch, default branch unknown" };
  if (ref === `refs/heads/${def}`) return { mergeBase: false, head, what, note: " \u2014 first push of the default branch" };
  for (const candidate of [`refs/remotes/origin/${def}`, `refs/heads/${def}`]) {
    const tip = await git(["rev-parse", "--verify", "-q", `${candidate}^{commit}`]);
    if (!tip) continue;
    if (tip === head && typeof ref !== "string")
      return { mergeBase: false, head, what, note: ` \u2014 new branch at the ${def} tip` };
    return { base: tip, mergeBase: true, head, what };
  }
  return { mergeBase: false, head, what, note: ` \u2014 new branch, ${def} not fetched`, unknownBase: true };
}
async function baseFor(git, event, head) {
  const p = event.payload;
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const pr = p.pull_request;
    return { base: pr?.base?.sha, mergeBase: true, head: pr?.head?.sha ?? head, what: "the pull request range" };
  }
  if (event.name === "merge_group") {
    const mg = p.merge_group;
    return { base: mg?.base_sha, mergeBase: true, head: mg?.head_sha ?? head, what: "the merge group range" };
  }
  if (event.name === "push") {
    const after = real(p.after) ?? head;
    if (real(p.before)) return { base: p.before, mergeBase: true, head: after, what: "the push range" };
    return newBranch(git, p, after);
  }
  return { mergeBase: false, head, what: "full history" };
}
function fetchDepthWarning(what, range, why) {
  return `Cannot scan exactly ${what} (${range}): ${why}. Scanning the full history available in the clone instead. Fix: actions/checkout with \`fetch-depth: 0\`.`;
}
async function forcePushFallback(git, before, head) {
  const parent = await git(["rev-parse", "--verify", "-q", `${head}^1`]);
  const note = ` \u2014 force push, ${before.slice(0, 7)} no longer exists; only the pushed commit`;
  const warning = `The push's previous tip ${before.slice(0, 7)} is not in the clone (history was rewritten); scanning only ${head.slice(0, 7)} itself. Run a scheduled full-history scan to cover the rest.`;
  return { hasHistory: true, shallow: false, warning, range: await describeRange(git, parent, head, note) };
}
async function fullHistory(git, want, head, shallow) {
  const range = await describeRange(git, void 0, head, want.note);
  if (!shallow) return { hasHistory: true, shallow, range };
  const why = want.unknownBase ? `the clone is shallow and${want.note?.replace(" \u2014", "") ?? " the base is missing"}` : `the clone is shallow; only ${range.commitCount} commit(s) were fetched`;
  return { hasHistory: true, shallow, range, warning: fetchDepthWarning(want.what, `up to ${head.slice(0, 7)}`, why) };
}
async function resolveGitRange(opts) {
  const git = gitIn(opts.repoDir);
  if (await git(["rev-parse", "--is-inside-work-tree"]) !== "true") return { hasHistory: false, shallow: false };
  const shallow = await git(["rev-parse", "--is-shallow-repository"]) === "true";
  const checkedOut = await git(["rev-parse", "HEAD"]) ?? "";
  if (!checkedOut) return { hasHistory: false, shallow };
  const want = await baseFor(git, opts.event, await exists(git, opts.event.sha) ? opts.event.sha : checkedOut);
  const head = await exists(git, want.head) ? want.head : checkedOut;
  const result = await rangeFor(git, opts.event, want, head, shallow);
  if (head === want.head) return result;
  const missing = `The head commit of ${want.what} (${want.head.slice(0, 7)}) is not in the clone; scanning the checked-out ${head.slice(0, 7)} instead. Check out the head (actions/checkout \`ref\`) with \`fetch-depth: 0\`.`;
  return { ...result, warning: result.warning ? `${missing} ${result.warning}` : missing };
}
async function rangeFor(git, event, want, head, shallow) {
  if (!want.base) return fullHistory(git, want, head, shallow);
  const haveBase = await exists(git, want.base);
  if (!haveBase && !shallow && event.name === "push") return forcePushFallback(git, want.base, head);
  const base = haveBase && want.mergeBase ? await git(["merge-base", want.base, head]) : haveBase ? want.base : void 0;
  if (!base) {
    const why = shallow ? "the clone is shallow" : "the base commit is not in the clone";
    const warning = fetchDepthWarning(want.what, `${want.base.slice(0, 7)}..${head.slice(0, 7)}`, why);
    const range = await describeRange(git, void 0, head, " \u2014 fallback, see warning");
    return { hasHistory: true, shallow, warning, range };
  }
  const forced = event.name === "push" && real(event.payload.before) && base !== want.base ? " \u2014 force push, since the merge-base" : "";
  return { hasHistory: true, shallow, range: await describeRange(git, base, head, forced) };
}

// src/scan/run-scanners.ts
import { existsSync as existsSync2, readFileSync as readFileSync3, rmSync, statSync as statSync2 } from "node:fs";
import path4 from "node:path";

// src/scan/run-process.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
var DEFAULT_OUTPUT_CAP = 512 * 1024 * 1024;
var STDERR_TAIL = 64 * 1024;
var KILL_GRACE_MS = 2e3;
function killTree(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
  }
}
function stopper(child) {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    killTree(child.pid, "SIGTERM");
    setTimeout(() => {
      killTree(child.pid, "SIGKILL");
      child.stdout.destroy();
      child.stderr.destroy();
    }, KILL_GRACE_MS).unref();
  };
}
function pipeCapped(child, out, cap, overflow) {
  let written = 0;
  child.stdout.on("data", (chunk) => {
    written += chunk.length;
    if (written > cap) return overflow();
    if (!out.write(chunk)) {
      child.stdout.pause();
      out.once("drain", () => child.stdout.resume());
    }
  });
}
function spawnDetached(invocation) {
  const [cmd = "", ...args] = invocation.argv;
  return spawn(cmd, args, {
    cwd: invocation.cwd,
    env: { ...process.env, ...invocation.env },
    shell: false,
    // Its own process group, so a timeout can kill the helpers it starts too.
    detached: process.platform !== "win32",
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
}
function runProcess(opts) {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = createWriteStream(opts.stdoutFile);
    const child = spawnDetached(opts.invocation);
    const stop = stopper(child);
    const state = { stderr: "", timedOut: false, outputTooLarge: false };
    const timer = setTimeout(() => {
      state.timedOut = true;
      stop();
    }, opts.timeoutMs);
    pipeCapped(child, out, opts.outputCap ?? DEFAULT_OUTPUT_CAP, () => {
      state.outputTooLarge = true;
      stop();
    });
    child.stderr.on("data", (chunk) => {
      state.stderr = (state.stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    out.on("error", (error) => {
      state.writeError ??= error.message;
      stop();
    });
    child.on("error", (error) => {
      state.spawnError = error.message;
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const { stderr: stderrTail, ...rest } = state;
      const finish = () => resolve({ exitCode, signal, durationMs: Date.now() - started, stderrTail, ...rest });
      if (out.errored || out.destroyed) finish();
      else out.end(finish);
    });
  });
}

// src/scan/run-scanners.ts
function maskSecrets(text) {
  return text.replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, "***private key***").replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(:[^\s/@]*)?@/gi, "$1***@").replace(
    /\b((?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|authorization|credentials?)\b["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',;]+/gi,
    "$1***"
  ).replace(/\b(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])[A-Za-z0-9_\-+/=]{20,}\b/g, "***");
}
function tail(stderr) {
  const lines2 = maskSecrets(stderr).trim().split("\n").slice(-20).map((line) => line.length > 400 ? `${line.slice(0, 400)}\u2026` : line).join("\n");
  return lines2 ? `
${lines2}` : "";
}
var InvocationError = class extends Error {
};
var mb = (bytes2) => `${Math.round(bytes2 / 2 ** 20 * 10) / 10} MB`;
function describeFailure(r, inv, limits) {
  const label = inv.label ? ` (${inv.label})` : "";
  if (r.spawnError) return `could not start${label}: ${r.spawnError}`;
  if (r.writeError) return `output could not be saved${label}: ${r.writeError}`;
  if (r.timedOut)
    return `timed out after ${Math.round(limits.scannerTimeoutMs / 1e3)}s${label} (scanner-timeout)${tail(r.stderrTail)}`;
  if (r.outputTooLarge) return `output exceeded ${mb(limits.outputCap)}${label}; stopped`;
  if (r.signal) return `was killed by ${r.signal}${label}${tail(r.stderrTail)}`;
  if (r.exitCode === null || ![...inv.okExitCodes, ...inv.nothingToScanExitCodes ?? []].includes(r.exitCode)) {
    return `exited with code ${r.exitCode}${label}, which means it failed (expected ${inv.okExitCodes.join(" or ")})${tail(r.stderrTail)}`;
  }
  return void 0;
}
function reportPath(inv) {
  return inv.output.kind === "file" ? path4.resolve(inv.cwd ?? process.cwd(), inv.output.path) : void 0;
}
function readReport(inv, stdoutFile, result, limits) {
  if (inv.output.kind === "stdout") return readFileSync3(stdoutFile, "utf8");
  const file = reportPath(inv);
  const size = existsSync2(file) ? statSync2(file).size : -1;
  const code = `exited with code ${result.exitCode}`;
  if (size < 0) throw new InvocationError(`${code} but wrote no report at ${file}${tail(result.stderrTail)}`);
  if (size === 0) throw new InvocationError(`${code} but its report ${file} is empty${tail(result.stderrTail)}`);
  if (size > limits.outputCap) throw new InvocationError(`report exceeded ${mb(limits.outputCap)}`);
  return readFileSync3(file, "utf8");
}
async function runInvocation(plan, inv, index, limits) {
  const stdoutFile = path4.join(plan.ctx.workDir, `stdout-${index}.txt`);
  const report = reportPath(inv);
  if (report) rmSync(report, { force: true });
  const result = await runProcess({
    invocation: inv,
    stdoutFile,
    timeoutMs: limits.timeoutMs,
    outputCap: limits.outputCap
  });
  const failure = describeFailure(result, inv, limits);
  if (failure) throw new InvocationError(failure);
  if (result.exitCode !== null && (inv.nothingToScanExitCodes ?? []).includes(result.exitCode))
    return "nothing to scan";
  const text = readReport(inv, stdoutFile, result, limits);
  try {
    return plan.plugin.parse(text, {
      root: plan.ctx.root,
      workspace: plan.ctx.workspace,
      policy: plan.ctx.policy,
      label: inv.label
    });
  } catch (error) {
    const why = error instanceof SyntaxError ? "not valid JSON" : maskSecrets(error.message).slice(0, 300);
    throw new InvocationError(`printed output that could not be parsed: ${why}`);
  }
}
async function runAll(plan, invocations, limits, started) {
  const raw = [];
  let nothing = 0;
  for (const [i, inv] of invocations.entries()) {
    const remaining = Math.max(1, started + limits.timeoutMs - Date.now());
    const found = await runInvocation(plan, inv, i, { ...limits, timeoutMs: remaining });
    if (found === "nothing to scan") nothing++;
    else raw.push(...found);
  }
  return { raw, nothing };
}
async function runOne(plan, limits, log) {
  const id = plan.plugin.id;
  const started = Date.now();
  const base = { id, version: plan.version, install: plan.install };
  try {
    const invocations = plan.plugin.command(plan.ctx);
    if (invocations.length === 0) {
      const note2 = "nothing to scan";
      log?.(`${id}: skipped, ${note2}`);
      return { id, raw: [], run: { ...base, status: "skipped", durationMs: 0, findings: 0, note: note2 } };
    }
    const { raw, nothing } = await runAll(plan, invocations, limits, started);
    const durationMs = Date.now() - started;
    const note = nothing === 0 ? void 0 : nothing === invocations.length ? "nothing to scan" : `${nothing} of ${invocations.length} invocation(s) had nothing to scan`;
    log?.(`${id}: ${raw.length} finding(s) in ${(durationMs / 1e3).toFixed(1)}s`);
    return { id, raw, run: { ...base, status: "ok", durationMs, findings: raw.length, ...note ? { note } : {} } };
  } catch (error) {
    const message = `${id} ${error.message}`;
    log?.(`scanner error: ${message}`);
    return {
      id,
      raw: [],
      run: { ...base, status: "error", durationMs: Date.now() - started, findings: 0, error: message }
    };
  }
}
async function runScanners(opts) {
  const limits = {
    timeoutMs: opts.timeoutMs,
    scannerTimeoutMs: opts.timeoutMs,
    outputCap: opts.outputCapBytes ?? DEFAULT_OUTPUT_CAP
  };
  const queues = /* @__PURE__ */ new Map();
  return Promise.all(
    opts.plans.map((plan) => {
      if (!plan.plugin.exclusiveCache) return runOne(plan, limits, opts.log);
      const key = path4.resolve(plan.ctx.cacheDir);
      const result = (queues.get(key) ?? Promise.resolve()).then(() => runOne(plan, limits, opts.log));
      queues.set(key, result);
      return result;
    })
  );
}

// src/scanners/sarif/ingest.ts
import { readFile } from "node:fs/promises";
import path5 from "node:path";
async function ingestSarifFiles(opts) {
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const pattern of opts.globs) {
    const matches = await glob(pattern, { cwd: opts.workspace, absolute: true, dot: true, onlyFiles: true });
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches.sort()) files.add(m);
  }
  const findings = [];
  for (const file of files) {
    const display = path5.relative(opts.workspace, file).split(path5.sep).join("/") || file;
    const log = parseSarifText(await readFile(file, "utf8"), display);
    for (const f of parseSarifLog(log, { ...opts.ctx, label: display })) findings.push(f);
  }
  return { files: [...files], findings, unmatched };
}

// src/pipeline/scan-stage.ts
async function gitRangeFor(opts, needed) {
  if (!needed)
    return { range: void 0, hasHistory: false, warning: void 0 };
  const r = await resolveGitRange({ repoDir: opts.config.workspace, event: opts.event });
  return { range: r.range, hasHistory: r.hasHistory, warning: r.warning };
}
function errorRun(id, message, started) {
  return { id, status: "error", durationMs: Date.now() - started, error: message, findings: 0 };
}
async function runScanStage(opts) {
  const { config } = opts;
  const selection = selectScanners({
    requested: config.scanners,
    root: config.path,
    sarifFiles: config.sarifFiles,
    images: config.images
  });
  const selected = selection.scanners;
  const warnings = [];
  const runs = [];
  const git = await gitRangeFor(
    opts,
    selected.some((id) => SCANNERS[id].usesHistory)
  );
  if (git.warning) warnings.push(git.warning);
  const plans = [];
  const installs = await Promise.all(selected.filter((s) => s !== "sarif").map((id) => installOne(opts, id, git)));
  for (const outcome of installs) {
    if ("run" in outcome) {
      runs.push(outcome.run);
      continue;
    }
    warnings.push(...outcome.warnings);
    plans.push(outcome.plan);
  }
  const results = await runScanners({ plans, timeoutMs: config.scannerTimeoutMs, log: opts.log });
  const raw = [];
  for (const r of results) {
    const plan = plans.find((p) => p.plugin.id === r.id);
    const dbAgeHours = plan?.dbAgeMs === void 0 ? void 0 : Math.round(plan.dbAgeMs / 36e5);
    runs.push({ ...r.run, install: plan?.install, dbAgeHours });
    for (const f of r.raw) raw.push(f);
  }
  if (selected.includes("sarif")) for (const f of await ingestSarif(config, runs)) raw.push(f);
  const range = git.range ? { description: git.range.description, commitCount: git.range.commitCount, warning: git.warning } : git.warning ? { description: "full history available in the clone", warning: git.warning } : void 0;
  return { raw, runs, range, warnings, selected, reasons: selection.reasons };
}
async function installOne(opts, id, git) {
  const { config } = opts;
  const started = Date.now();
  try {
    const installed = await opts.install(id);
    const workDir = path6.join(opts.workRoot, id);
    mkdirSync(workDir, { recursive: true });
    const ctx = {
      root: config.path,
      workspace: config.workspace,
      binary: installed.tool.binary,
      workDir,
      cacheDir: installed.cacheDir,
      images: config.images,
      range: git.range,
      hasGitHistory: git.hasHistory,
      policy: config.policy,
      sarifFiles: config.sarifFiles
    };
    return {
      warnings: installed.warnings,
      plan: {
        plugin: SCANNERS[id],
        ctx,
        version: installed.tool.version,
        install: describeInstall(installed.tool),
        dbAgeMs: installed.dbAgeMs
      }
    };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    return { run: errorRun(id, `install failed: ${error.message}`, started) };
  }
}
function describeInstall(tool) {
  const how = {
    pinned: `sha256 ${tool.sha256?.slice(0, 12)}\u2026 (pinned)`,
    "checksums-file": `sha256 ${tool.sha256?.slice(0, 12)}\u2026 (release checksums file, not pinned)`,
    path: `from PATH (${tool.binary})`,
    "pip-pinned": "pip, pinned version",
    none: "nothing to install"
  }[tool.verification];
  return `${how}; ${tool.origin}`;
}
async function ingestSarif(config, runs) {
  const started = Date.now();
  const result = await ingestSarifFiles({
    globs: config.sarifFiles,
    workspace: config.workspace,
    ctx: { root: config.path, workspace: config.workspace, policy: config.policy }
  });
  const error = config.sarifFiles.length === 0 ? "the sarif scanner was selected but `sarif-files` is empty" : result.unmatched.length > 0 ? `sarif-files pattern(s) matched no file: ${result.unmatched.join(", ")} \u2014 did the step producing them fail?` : void 0;
  runs.push({
    id: "sarif",
    status: error ? "error" : "ok",
    error,
    durationMs: Date.now() - started,
    findings: result.findings.length,
    note: `${result.files.length} file(s)`
  });
  return result.findings;
}

// src/pipeline/run-gate.ts
function refuseUntrustedHead(config, event) {
  if (event.info.name !== "pull_request_target" || config.allowUntrustedHead) return;
  if (event.payload.pull_request?.head?.sha && event.info.sha === event.payload.pull_request.head.sha) {
    throw new ConfigError(
      "Refusing to scan the pull request head on `pull_request_target`: that event runs with a write token and the head is untrusted code. Use `pull_request` (results from forks go to the job summary), or set `allow-untrusted-head: true` if you accept the risk."
    );
  }
}
function baselineBranch(event) {
  const base = event.payload.pull_request?.base?.ref;
  if (base) return base;
  const ref = event.info.ref ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
function savesBaseline(event, branch) {
  if (!branch) return false;
  if (["schedule", "workflow_dispatch"].includes(event.info.name)) return true;
  return event.info.name === "push" && (event.info.defaultBranch === void 0 || branch === event.info.defaultBranch);
}
async function restoreBaseline(adapters, config, branch) {
  if (!adapters.baselineStore || !branch) return void 0;
  try {
    return await adapters.baselineStore.restore({ instance: config.instance, branch });
  } catch (error) {
    adapters.runner.warning(`Could not restore the findings baseline: ${error.message}`);
    return void 0;
  }
}
async function runGate(opts) {
  const { config, event, adapters } = opts;
  const startedAt = adapters.now();
  refuseUntrustedHead(config, event);
  mkdirSync2(config.outputDir, { recursive: true });
  try {
    return await scanEvaluateReport(opts, startedAt);
  } finally {
    await adapters.finish();
  }
}
async function scanAndEvaluate(opts, startedAt, sources) {
  const { config, event, adapters } = opts;
  const { scan, findings } = await scanAndNormalise(opts, sources);
  const branch = baselineBranch(event);
  const baseline = await restoreBaseline(adapters, config, branch);
  const warnings = [...event.warning ? [event.warning] : [], ...scan.warnings];
  if (config.mode === "new" && !baseline) {
    const note = `mode: new \u2014 no baseline found for ${branch ?? "this ref"}; every finding counts. A push to the default branch or a scheduled run records one.`;
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const verdict = evaluatePolicy({
    findings,
    policy: config.policy,
    mode: config.mode,
    baseline,
    scanners: scan.runs,
    nativeIgnores: loadNativeIgnores(config.path),
    now: startedAt
  });
  return { scan, branch, baseline, warnings, verdict };
}
async function scanAndNormalise(opts, sources) {
  const { config, event, adapters } = opts;
  const { raw, ...scan } = await runScanStage({
    config,
    event: { name: event.info.name, payload: event.payload, sha: event.info.sha },
    install: adapters.install,
    workRoot: opts.workRoot,
    log: (m) => adapters.runner.info(m)
  });
  return { scan, findings: normaliseFindings(raw, config.workspace, sources) };
}
async function scanEvaluateReport(opts, startedAt) {
  const { config, event, adapters } = opts;
  const sources = new SourceFiles(config.workspace);
  const { scan, branch, baseline, warnings, verdict } = await scanAndEvaluate(opts, startedAt, sources);
  const report = {
    verdict,
    scanners: scan.runs,
    event: event.info,
    range: scan.range,
    instance: config.instance,
    mode: config.mode,
    policy: config.policy,
    configFile: config.configFile,
    startedAt: startedAt.toISOString(),
    durationMs: adapters.now().getTime() - startedAt.getTime(),
    warnings,
    toolVersion: opts.toolVersion
  };
  const published = await runReportStage({
    report,
    config,
    adapters: adapters.report,
    runner: adapters.runner,
    sources
  });
  if (adapters.baselineStore && savesBaseline(event, branch) && branch) {
    try {
      const next = buildBaseline({
        findings: verdict.findings,
        previous: baseline,
        now: startedAt,
        ref: event.info.ref,
        sha: event.info.sha
      });
      await adapters.baselineStore.save({ instance: config.instance, branch }, next);
    } catch (error) {
      adapters.runner.warning(`Could not save the findings baseline: ${error.message}`);
    }
  }
  return { report, outputs: gateOutputs(verdict, published), exitCode: verdict.verdict === "pass" ? 0 : 1 };
}

export {
  renderReportJson,
  runGate
};

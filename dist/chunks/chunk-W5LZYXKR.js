import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  CATEGORIES,
  describeJsonError,
  isScannerId,
  ruleScannerOf
} from "./chunk-MRMBNSTT.js";
import {
  ConfigError,
  ScannerError,
  require_picomatch
} from "./chunk-IXNLOB46.js";
import {
  __toESM
} from "./chunk-WAFJPT7N.js";

// src/text/clip.ts
function clipText(text2, max) {
  if (text2.length <= max) return text2;
  if (max < 1) return "";
  let end = max - 1;
  const last = text2.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${text2.slice(0, end)}\u2026`;
}

// src/text/mask-secrets.ts
var KNOWN_TOKENS = [
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g
];
var PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
var URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(:[^\s/@]*)?@/gi;
var KEY_VALUE = /\b((?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|authorization|credentials?)\b["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',;]+/gi;
function maskCommon(text2) {
  let out = text2.replace(PRIVATE_KEY, "***private key***").replace(URL_CREDENTIALS, "$1***@");
  for (const pattern of KNOWN_TOKENS) out = out.replace(pattern, "***");
  return out.replace(KEY_VALUE, "$1***");
}
function maskSecrets(text2) {
  return maskCommon(text2).replace(
    /\b(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])[A-Za-z0-9_\-+/=]{20,}\b/g,
    "***"
  );
}
var pathLike = (run) => run.split("/").some((segment) => /^[a-z]{3,}$/.test(segment));
function maskFindingText(text2) {
  return maskCommon(text2).replace(/[A-Za-z0-9_\-+/=]{24,}/g, (run) => {
    const mixed = /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);
    return mixed && (!run.includes("/") || run.length >= 32 && !pathLike(run)) ? "***" : run;
  });
}
function maskedLine(text2, max) {
  const flat = maskSecrets(text2).replace(/\s+/g, " ").trim();
  return clipText(flat, max + 1);
}

// src/text/untrusted-text.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
var HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
function stripAnsi(text2) {
  const whole = text2.isWellFormed() ? text2 : text2.toWellFormed();
  if (!HAS_CONTROL.test(whole)) return whole;
  return whole.replace(ANSI, "").replace(CONTROLS, "");
}
function uriComponent(text2) {
  return encodeURIComponent(text2.toWellFormed());
}
function cleanScannerText(text2) {
  return maskFindingText(stripAnsi(text2));
}
var MEMO_ENTRIES = 1e5;
var TextCleaner = class {
  cleaned = /* @__PURE__ */ new Map();
  stripped = /* @__PURE__ */ new Map();
  clean(text2) {
    return remembered(this.cleaned, text2, cleanScannerText);
  }
  /** stripAnsi, remembered the same way: rule ids and paths repeat on thousands of findings too. */
  strip(text2) {
    return remembered(this.stripped, text2, stripAnsi);
  }
};
function remembered(memo, text2, convert) {
  const known = memo.get(text2);
  if (known !== void 0) return known;
  const converted = convert(text2);
  if (memo.size < MEMO_ENTRIES) memo.set(text2, converted);
  return converted;
}

// src/install/specs/pip.ts
var PIP_AUDIT_SPEC = {
  kind: "pip",
  package: "pip-audit",
  defaultVersion: "2.10.1",
  executable: "pip-audit",
  lock: () => import("./pip-audit-EPPT2WZF.js").then((m) => m.PIP_AUDIT_LOCK)
};
var BANDIT_SPEC = {
  kind: "pip",
  package: "bandit",
  defaultVersion: "1.9.4",
  executable: "bandit",
  extras: ["sarif"],
  lock: () => import("./bandit-AGMGKLSE.js").then((m) => m.BANDIT_LOCK)
};
var CHECKOV_SPEC = {
  kind: "pip",
  package: "checkov",
  defaultVersion: "3.3.30",
  executable: "checkov",
  lock: () => import("./checkov-M5BAIILW.js").then((m) => m.CHECKOV_LOCK)
};
var SAFETY_SPEC = {
  kind: "pip",
  package: "safety",
  defaultVersion: "3.8.1",
  executable: "safety",
  lock: () => import("./safety-N22ICKON.js").then((m) => m.SAFETY_LOCK)
};

// src/scanners/bandit/command.ts
import path from "node:path";
var BANDIT_OK = [0, 1];
function banditCommand(ctx) {
  const output = path.join(ctx.workDir, "bandit.json");
  return [
    {
      argv: [ctx.binary, "-r", "-f", "json", "-o", output, "-q", "--ignore-nosec", ctx.root],
      okExitCodes: BANDIT_OK,
      findingsExitCodes: [1],
      output: { kind: "file", path: output }
    }
  ];
}

// src/findings/paths.ts
import path2 from "node:path";
function toRepoPath(reported, opts) {
  let p = reported;
  if (p.startsWith("file://")) {
    try {
      p = decodeURIComponent(new URL(p).pathname);
    } catch {
      p = p.slice("file://".length);
    }
  }
  const abs = path2.isAbsolute(p) ? p : path2.resolve(opts.root, p);
  const rel = path2.relative(opts.workspace, abs);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) return p.split(path2.sep).join("/");
  return rel.split(path2.sep).join("/");
}

// src/scanners/common/json-report.ts
function readJsonReport(raw, scanner) {
  if (raw.trim() === "") throw new ScannerError(scanner, "produced no output (expected a JSON report)");
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ScannerError(scanner, `output is not valid JSON (${describeJsonError(error)})`);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function everyEntry(items, is, scanner, problem) {
  const bad = items.findIndex((item) => !is(item));
  if (bad >= 0) throw new ScannerError(scanner, problem(bad + 1));
  return items;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v !== "") : [];
}

// src/scanners/gaps.ts
var SHOWN = 3;
var oneLine = (text2) => maskedLine(text2, 160);
function recordGaps(ctx, what, items) {
  if (items.length === 0 || !ctx.gaps) return;
  const shown = items.slice(0, SHOWN).map(oneLine).join("; ");
  const more = items.length > SHOWN ? `; and ${items.length - SHOWN} more` : "";
  ctx.gaps.push(`${what} (${items.length}): ${shown}${more}`);
}

// src/scanners/bandit/nosec.ts
function codeLines(code) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of (code ?? "").split("\n")) {
    const m = /^(\d+)\s?(.*)$/.exec(line);
    if (m?.[1] !== void 0) lines.set(Number(m[1]), m[2] ?? "");
  }
  return lines;
}
var NOSEC = /#\s*nosec\b:?\s*([^#]*)/i;
function nosecCovers(line, testId, testName) {
  const m = NOSEC.exec(line);
  if (!m) return false;
  const listed = (m[1] ?? "").split(/[\s,:]+/).filter((t) => /^B\d{3}$/i.test(t) || /^[a-z]+_\w+$/.test(t));
  return listed.length === 0 || listed.some((t) => t.toUpperCase() === testId.toUpperCase() || t === testName);
}
function flaggedSource(lines, range) {
  return range.map((n) => lines.get(n)).filter((l) => l !== void 0).map((l) => l.replace(NOSEC, "").trim()).join("\n");
}

// src/scanners/bandit/parse.ts
var BANDIT_SEVERITY = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
function banditSeverity(label) {
  return BANDIT_SEVERITY[(label ?? "").toUpperCase()] ?? "unknown";
}
function toRawFinding(result, ctx) {
  const line = result.line_number;
  const range = result.line_range?.length ? result.line_range : line ? [line] : [];
  const lines = codeLines(result.code);
  const testName = result.test_name ?? "";
  const nosec = range.some((n) => nosecCovers(lines.get(n) ?? "", result.test_id, testName));
  const text2 = (result.issue_text ?? "").replace(/\s+/g, " ").trim();
  const confidence = (result.issue_confidence ?? "UNDEFINED").toUpperCase();
  const cwe = result.issue_cwe?.id ? ` CWE-${result.issue_cwe.id}.` : "";
  return {
    scanner: "bandit",
    ruleId: result.test_id,
    aliases: testName ? [testName] : [],
    category: "code",
    severity: banditSeverity(result.issue_severity),
    title: text2 || result.test_id,
    description: `${text2} (confidence: ${confidence}).${cwe}`,
    helpUri: result.more_info,
    location: {
      path: toRepoPath(result.filename, ctx),
      startLine: line || void 0,
      endLine: range.length > 0 ? range.reduce((a, b) => Math.max(a, b)) : void 0,
      startColumn: typeof result.col_offset === "number" ? result.col_offset + 1 : void 0
    },
    snippet: flaggedSource(lines, range) || void 0,
    suppressed: nosec ? { source: "# nosec" } : void 0
  };
}
function parseBanditReport(raw, ctx) {
  const report2 = readJsonReport(raw, "bandit");
  if (!isRecord(report2) || !Array.isArray(report2.results)) {
    throw new ScannerError("bandit", 'output is not a bandit JSON report (no "results" array)');
  }
  const errors = (Array.isArray(report2.errors) ? report2.errors : []).filter(isRecord);
  recordGaps(
    ctx,
    "files bandit could not analyse",
    errors.map((e) => `${toRepoPath(String(e.filename ?? "?"), ctx)} (${String(e.reason ?? "no reason given")})`)
  );
  const isResult = (r) => isRecord(r) && typeof r.filename === "string" && typeof r.test_id === "string";
  return everyEntry(
    report2.results,
    isResult,
    "bandit",
    (n) => `result (a filename and a test_id) ${n} of the report cannot be read`
  ).map((r) => toRawFinding(r, ctx));
}

// src/scanners/bandit/index.ts
var bandit = {
  id: "bandit",
  displayName: "Bandit",
  install: BANDIT_SPEC,
  autoSelect: (tree) => {
    const python = tree.firstMatch(["**/*.py"]);
    return python ? `auto: Python sources (${python})` : void 0;
  },
  databaseCache: false,
  categories: ["code"],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: ["--version"],
  // `bandit 1.6.2` then a `python version = …` line.
  parseVersion: (stdout) => /^bandit\s+v?(\d+\.\d+\.\d+\S*)/m.exec(stdout)?.[1],
  command: banditCommand,
  parse: parseBanditReport
};

// src/scanners/checkov/command.ts
import path3 from "node:path";
var CHECKOV_OK = [0, 1];
var CHECKOV_JSON_FILE = "results_json.json";
function checkovCommand(ctx) {
  const dir = path3.join(ctx.workDir, "checkov");
  return [
    {
      argv: [ctx.binary, "-d", ctx.root, "-o", "json", "--output-file-path", dir],
      okExitCodes: CHECKOV_OK,
      findingsExitCodes: [1],
      output: { kind: "file", path: path3.join(dir, CHECKOV_JSON_FILE) }
    }
  ];
}

// src/scanners/checkov/parse.ts
import path4 from "node:path";
var CHECKOV_SEVERITY = {
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  INFO: "low"
};
function checkovSeverity(label, category, ctx) {
  if (label === null || label === void 0 || label === "") {
    return category === "secret" ? ctx.policy.secretSeverity ?? "high" : "medium";
  }
  return CHECKOV_SEVERITY[label.toUpperCase()] ?? "unknown";
}
function repoPathOf(record, ctx) {
  const abs = record.file_abs_path;
  if (abs && path4.isAbsolute(abs) && abs.startsWith(`${ctx.root}${path4.sep}`)) return toRepoPath(abs, ctx);
  return toRepoPath((record.file_path ?? abs ?? "").replace(/^\/+/, "") || ".", ctx);
}
function toRawFinding2(record, checkType, ctx) {
  const category = checkType === "secrets" ? "secret" : "misconfiguration";
  const [start, end] = record.file_line_range ?? [];
  const name = record.check_name ?? record.check_id;
  const skipped = record.check_result?.result === "SKIPPED";
  return {
    scanner: "checkov",
    ruleId: record.check_id,
    aliases: record.bc_check_id ? [record.bc_check_id] : [],
    category,
    severity: checkovSeverity(record.severity, category, ctx),
    title: record.resource ? `${name} (${record.resource})` : name,
    description: record.description ?? void 0,
    helpUri: record.guideline ?? void 0,
    location: { path: repoPathOf(record, ctx), startLine: start || void 0, endLine: end || void 0 },
    // The resource address identifies a misconfiguration across edits and line moves; secrets'
    // code blocks hold (masked) secret text and are never kept.
    snippet: category === "secret" ? void 0 : record.resource || codeText(record),
    suppressed: skipped ? { source: "checkov:skip", reason: record.check_result?.suppress_comment || void 0 } : void 0
  };
}
function codeText(record) {
  return record.code_block?.map(([, text2]) => text2).join("") || void 0;
}
function reportsOf(data) {
  const items = Array.isArray(data) ? data : [data];
  return items.flatMap((item) => {
    if (isRecord(item) && isRecord(item.results)) return [item];
    if (isRecord(item) && typeof item.failed === "number" && typeof item.passed === "number") return [];
    throw new ScannerError("checkov", 'output is not a checkov JSON report (no "results" or summary)');
  });
}
function parseCheckovReport(raw, ctx) {
  const reports = reportsOf(readJsonReport(raw, "checkov"));
  const unparsed = reports.map((r) => ({ type: r.check_type ?? "?", n: Number(r.summary?.parsing_errors) || 0 }));
  recordGaps(
    ctx,
    "checkov frameworks with files it could not parse",
    unparsed.filter((u) => u.n > 0).map((u) => `${u.type}: ${u.n} ${u.n === 1 ? "file" : "files"}`)
  );
  return reports.flatMap((report2) => {
    const records = [...report2.results.failed_checks ?? [], ...report2.results.skipped_checks ?? []];
    const isCheck = (r) => isRecord(r) && typeof r.check_id === "string";
    return everyEntry(records, isCheck, "checkov", (n) => `check (a check_id) ${n} of the report cannot be read`).map(
      (r) => toRawFinding2(r, report2.check_type ?? "", ctx)
    );
  });
}

// src/scanners/checkov/index.ts
var checkov = {
  id: "checkov",
  displayName: "Checkov",
  install: CHECKOV_SPEC,
  databaseCache: false,
  categories: ["misconfiguration", "secret"],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: ["--version"],
  // `checkov --version` prints the bare version, e.g. `3.3.13`.
  parseVersion: (stdout) => /(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1],
  command: checkovCommand,
  parse: parseCheckovReport
};

// src/install/specs/release-spec.ts
function releaseSpec(o) {
  const assetFor = (version, platform) => {
    const n = o.naming[platform];
    return { name: n.pattern.replaceAll("{V}", version), archive: n.archive, binaryPath: n.binaryPath };
  };
  const pinned = {};
  for (const [version, platforms] of Object.entries(o.pinned)) {
    const row = {};
    for (const [platform, hash2] of Object.entries(platforms)) {
      row[platform] = { ...assetFor(version, platform), name: hash2.name, sha256: hash2.sha256, evidence: hash2.evidence };
    }
    pinned[version] = row;
  }
  return {
    kind: "github-release",
    repo: o.repo,
    defaultVersion: o.defaultVersion,
    forbiddenVersions: o.forbiddenVersions,
    pinned,
    assetFor,
    checksumsAsset: (version) => o.checksums.replaceAll("{V}", version),
    tag: (version) => `v${version}`
  };
}

// src/install/specs/gitleaks.ts
var DEFAULT_VERSION = "8.30.1";
var PINNED = {
  "8.30.1": {
    "linux-x64": {
      name: "gitleaks_8.30.1_linux_x64.tar.gz",
      sha256: "551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb",
      evidence: "7 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py"
    },
    "linux-arm64": {
      name: "gitleaks_8.30.1_linux_arm64.tar.gz",
      sha256: "e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080",
      evidence: "7 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py"
    },
    "darwin-x64": {
      name: "gitleaks_8.30.1_darwin_x64.tar.gz",
      sha256: "dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709",
      evidence: "12 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py"
    },
    "darwin-arm64": {
      name: "gitleaks_8.30.1_darwin_arm64.tar.gz",
      sha256: "b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5",
      evidence: "8 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages gitleaks.hcl @5b1bfc95; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py"
    },
    "win32-x64": {
      name: "gitleaks_8.30.1_windows_x64.zip",
      sha256: "d29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e",
      evidence: "8 independent public source(s) listed in docs/pins.md, incl. ScoopInstaller/Main bucket/gitleaks.json @30d7912f; awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py"
    }
  }
};
var GITLEAKS_SPEC = releaseSpec({
  repo: "gitleaks/gitleaks",
  defaultVersion: DEFAULT_VERSION,
  pinned: PINNED,
  checksums: "gitleaks_{V}_checksums.txt",
  naming: {
    "linux-x64": { pattern: "gitleaks_{V}_linux_x64.tar.gz", archive: "tar.gz", binaryPath: "gitleaks" },
    "linux-arm64": { pattern: "gitleaks_{V}_linux_arm64.tar.gz", archive: "tar.gz", binaryPath: "gitleaks" },
    "darwin-x64": { pattern: "gitleaks_{V}_darwin_x64.tar.gz", archive: "tar.gz", binaryPath: "gitleaks" },
    "darwin-arm64": { pattern: "gitleaks_{V}_darwin_arm64.tar.gz", archive: "tar.gz", binaryPath: "gitleaks" },
    "win32-x64": { pattern: "gitleaks_{V}_windows_x64.zip", archive: "zip", binaryPath: "gitleaks.exe" }
  }
});

// src/scanners/gitleaks/command.ts
import path5 from "node:path";
function gitleaksCommand(ctx) {
  const report2 = path5.join(ctx.workDir, "gitleaks.json");
  const common2 = [
    "--redact",
    "--exit-code",
    "2",
    "--report-format",
    "json",
    "--report-path",
    report2,
    "--no-banner",
    "--gitleaks-ignore-path",
    ctx.workDir
  ];
  const argv = ctx.hasGitHistory ? [
    ctx.binary,
    "git",
    ...common2,
    ...ctx.range?.base ? [`--log-opts=${ctx.range.base}..${ctx.range.head}`] : [],
    ctx.root
  ] : [ctx.binary, "dir", ...common2, ctx.root];
  return [{ argv, okExitCodes: [0, 2], findingsExitCodes: [2], output: { kind: "file", path: report2 } }];
}

// src/scanners/gitleaks/parse.ts
import { existsSync } from "node:fs";
import path6 from "node:path";

// src/findings/fingerprint.ts
import { hash } from "node:crypto";
function sha256(text2) {
  return hash("sha256", text2, "hex");
}
function normalisePackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function canonicalAdvisoryId(ids) {
  const unique = [...new Set(ids.filter(Boolean).map((id) => id.toUpperCase()))].sort();
  return unique.find((id) => id.startsWith("CVE-")) ?? unique[0] ?? "";
}
var UNCOLLAPSED = /\s\s|[^\S ]/;
function contentHash(text2) {
  const trimmed = text2.trim();
  return sha256(UNCOLLAPSED.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed);
}
var isDependency = (raw) => raw.package !== void 0 && (raw.category === "vulnerability" || raw.category === "license");
function dependencyKey(raw) {
  const pkg = raw.package;
  const advisory = canonicalAdvisoryId([raw.ruleId, ...raw.aliases]);
  return ["dep", raw.category, normalisePackageName(pkg.name), pkg.version ?? "", advisory].join("\0");
}
var NON_BLANK = /\S/;
function codeContent(raw, lineText, hashText) {
  if (raw.snippet !== void 0 && NON_BLANK.test(raw.snippet)) return hashText(raw.snippet);
  if (lineText !== void 0 && NON_BLANK.test(lineText)) return hashText(lineText);
  return `line:${raw.location.startLine ?? 0}:${raw.title}`;
}
function identityOf(raw, lineText, hashText = contentHash) {
  if (isDependency(raw)) return { key: dependencyKey(raw), located: false };
  const where2 = raw.location.path;
  if (raw.category === "secret") {
    const secret2 = raw.secretHash ?? (lineText !== void 0 && NON_BLANK.test(lineText) ? hashText(lineText) : `line:${raw.location.startLine ?? 0}`);
    return { key: `secret\0${where2 ?? ""}\0${secret2}`, located: true };
  }
  const content = codeContent(raw, lineText, hashText);
  return { key: `${raw.category ?? ""}\0${raw.ruleId ?? ""}\0${where2 ?? ""}\0${content}`, located: true };
}
function fingerprintFor(identity, ordinal) {
  return identity.located ? sha256(`scan-gate/v2\0${identity.key}\0${ordinal}`) : sha256(identity.key);
}
function legacyFingerprintOf(raw, lineText, identity = identityOf(raw, lineText)) {
  if (raw.category !== "secret" || isDependency(raw)) return sha256(identity.key);
  const secret2 = raw.secretHash ?? (lineText !== void 0 ? contentHash(lineText) : `line:${raw.location.startLine ?? 0}`);
  return sha256(["secret", raw.ruleId, raw.location.path, secret2].join("\0"));
}

// src/scanners/common/history-path.ts
function pathBase(commit, ctx) {
  return commit ? { root: ctx.workspace, workspace: ctx.workspace } : { root: ctx.root, workspace: ctx.workspace };
}

// src/scanners/gitleaks/parse.ts
var num = (v) => typeof v === "number" && v > 0 ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function historicHash(leak, repoPath, ctx) {
  const commit = str(leak.Commit);
  if (!commit || existsSync(path6.resolve(ctx.workspace, repoPath))) return void 0;
  const print = `${commit}:${String(leak.File)}:${String(leak.RuleID)}:${String(leak.StartLine ?? 0)}`;
  return sha256(print);
}
function toRawFinding3(leak, ctx) {
  const commit = str(leak.Commit);
  const repoPath = toRepoPath(leak.File, pathBase(commit, ctx));
  return {
    scanner: "gitleaks",
    ruleId: leak.RuleID,
    aliases: [],
    category: "secret",
    severity: ctx.policy.secretSeverity,
    title: str(leak.Description) ?? `Secret matching ${leak.RuleID}`,
    // Commit id only: author, email and message are personal data, not needed to act on a leak.
    description: commit ? `Committed in ${commit.slice(0, 12)}` : void 0,
    location: {
      path: repoPath,
      startLine: num(leak.StartLine),
      endLine: num(leak.EndLine),
      startColumn: num(leak.StartColumn),
      endColumn: num(leak.EndColumn)
    },
    secretHash: historicHash(leak, repoPath, ctx),
    commit
  };
}
function parseGitleaksReport(raw, ctx) {
  const data = readJsonReport(raw, "gitleaks");
  if (!Array.isArray(data)) {
    throw new ScannerError("gitleaks", "output is not a gitleaks JSON report (an array of findings)");
  }
  return data.map((leak, i) => {
    if (!isRecord(leak) || typeof leak.RuleID !== "string" || typeof leak.File !== "string") {
      throw new ScannerError("gitleaks", `finding ${i} lacks RuleID/File`);
    }
    return toRawFinding3(leak, ctx);
  });
}

// src/scanners/gitleaks/index.ts
var gitleaks = {
  id: "gitleaks",
  displayName: "Gitleaks",
  install: GITLEAKS_SPEC,
  autoSelect: () => "auto: always (secrets in files and history)",
  databaseCache: false,
  categories: ["secret"],
  usesHistory: true,
  exclusiveCache: false,
  versionArgs: ["version"],
  parseVersion: (out) => /v?(\d+\.\d+\.\d+)/.exec(out)?.[1],
  command: gitleaksCommand,
  parse: parseGitleaksReport
};

// src/install/specs/grype.ts
var DEFAULT_VERSION2 = "0.120.1";
var PINNED2 = {
  "0.120.1": {
    "linux-x64": {
      name: "grype_0.120.1_linux_amd64.tar.gz",
      sha256: "0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d",
      evidence: "10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl"
    },
    "linux-arm64": {
      name: "grype_0.120.1_linux_arm64.tar.gz",
      sha256: "29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514",
      evidence: "7 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl"
    },
    "darwin-x64": {
      name: "grype_0.120.1_darwin_amd64.tar.gz",
      sha256: "5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62",
      evidence: "3 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl"
    },
    "darwin-arm64": {
      name: "grype_0.120.1_darwin_arm64.tar.gz",
      sha256: "cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732",
      evidence: "4 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/grype_toolchain.bzl"
    },
    "win32-x64": {
      name: "grype_0.120.1_windows_amd64.zip",
      sha256: "32e3c811f31822d17592908bafdc6288aaaca3d52583c479167a8dc8399ed65d",
      evidence: "2 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; pgextwin/build scripts/install-grype.ps1 @2afe1363"
    }
  }
};
var GRYPE_SPEC = releaseSpec({
  repo: "anchore/grype",
  defaultVersion: DEFAULT_VERSION2,
  pinned: PINNED2,
  checksums: "grype_{V}_checksums.txt",
  naming: {
    "linux-x64": { pattern: "grype_{V}_linux_amd64.tar.gz", archive: "tar.gz", binaryPath: "grype" },
    "linux-arm64": { pattern: "grype_{V}_linux_arm64.tar.gz", archive: "tar.gz", binaryPath: "grype" },
    "darwin-x64": { pattern: "grype_{V}_darwin_amd64.tar.gz", archive: "tar.gz", binaryPath: "grype" },
    "darwin-arm64": { pattern: "grype_{V}_darwin_arm64.tar.gz", archive: "tar.gz", binaryPath: "grype" },
    "win32-x64": { pattern: "grype_{V}_windows_amd64.zip", archive: "zip", binaryPath: "grype.exe" }
  }
});

// src/scanners/grype/command.ts
import path7 from "node:path";
var GRYPE_OK = [0];
function grypeEnv(ctx) {
  return {
    // The vulnerability DB lives in the cached directory; no self-update check on every run.
    GRYPE_DB_CACHE_DIR: ctx.cacheDir,
    GRYPE_CHECK_FOR_APP_UPDATE: "false"
  };
}
function invocation(ctx, source, file, label) {
  const output = path7.join(ctx.workDir, file);
  return {
    // `--` ends the options, so an image reference can never be read as a flag.
    argv: [ctx.binary, "-o", "json", "--file", output, "--", source],
    okExitCodes: GRYPE_OK,
    output: { kind: "file", path: output },
    env: grypeEnv(ctx),
    label
  };
}
function grypeCommand(ctx) {
  return [
    invocation(ctx, `dir:${ctx.root}`, "grype-dir.json"),
    ...ctx.images.map((image, i) => invocation(ctx, image, `grype-image-${i + 1}.json`, image))
  ];
}

// src/scanners/grype/parse.ts
import path8 from "node:path";
var GRYPE_SEVERITY = {
  critical: "critical",
  high: "high",
  medium: "medium",
  low: "low",
  negligible: "low",
  unknown: "unknown"
};
function grypeSeverity(label) {
  const key = typeof label === "string" ? label.toLowerCase() : "";
  return Object.hasOwn(GRYPE_SEVERITY, key) ? GRYPE_SEVERITY[key] : "unknown";
}
function imageName(source, ctx) {
  if (ctx.label) return ctx.label;
  const target = source.target;
  return isRecord(target) && typeof target.userInput === "string" ? target.userInput : "image";
}
function locationOf(match, source, ctx) {
  const reported = match.artifact.locations?.[0]?.path ?? "";
  if (source.type === "image") return { path: `${imageName(source, ctx)}:${reported || match.artifact.name}` };
  if (!reported) return { path: toRepoPath(".", ctx) };
  const inRoot = reported.startsWith(`${ctx.root}${path8.sep}`) ? reported : reported.replace(/^\/+/, "");
  return { path: toRepoPath(inRoot, ctx) };
}
function firstSentence(text2) {
  const line = text2?.trim().split("\n", 1)[0]?.trim();
  if (!line) return void 0;
  return line.length > 160 ? clipText(line, 158) : line;
}
function toRawFinding4(match, source, ctx) {
  const vuln = match.vulnerability;
  const related = match.relatedVulnerabilities ?? [];
  const description = vuln.description ?? related.find((r) => r.description)?.description;
  const fix = vuln.fix ?? {};
  const state = fix.state || "unknown";
  return {
    scanner: "grype",
    ruleId: vuln.id,
    aliases: [...new Set(related.map((r) => r.id).filter((id) => id && id !== vuln.id))],
    category: "vulnerability",
    severity: grypeSeverity(vuln.severity),
    title: firstSentence(description) ?? `${vuln.id} in ${match.artifact.name}@${match.artifact.version ?? "?"}`,
    description: [description?.trim(), `Fix state: ${state}.`].filter(Boolean).join("\n\n"),
    helpUri: vuln.dataSource || stringList(vuln.urls)[0] || void 0,
    location: locationOf(match, source, ctx),
    package: {
      name: match.artifact.name,
      version: match.artifact.version,
      ecosystem: match.artifact.type,
      // Only a `fixed` state means the listed versions fix it (`wont-fix`, `not-fixed` list none).
      fixedVersions: state === "fixed" ? stringList(fix.versions) : []
    }
  };
}
function parseGrypeReport(raw, ctx) {
  const report2 = readJsonReport(raw, "grype");
  if (!isRecord(report2) || !Array.isArray(report2.matches)) {
    throw new ScannerError("grype", 'output is not a grype JSON report (no "matches" array)');
  }
  const source = isRecord(report2.source) ? report2.source : {};
  const isMatch = (m) => isRecord(m) && isRecord(m.vulnerability) && isRecord(m.artifact);
  return everyEntry(report2.matches, isMatch, "grype", (n) => `match ${n} has no vulnerability or artifact object`).map(
    (m) => toRawFinding4(m, source, ctx)
  );
}

// src/scanners/grype/index.ts
var grype = {
  id: "grype",
  displayName: "Grype",
  install: GRYPE_SPEC,
  databaseCache: true,
  categories: ["vulnerability"],
  usesHistory: false,
  // The DB update writes into the cache dir: two grype processes must not race on it.
  exclusiveCache: true,
  versionArgs: ["version"],
  // `grype version` prints `Version:            0.116.0` among other lines.
  parseVersion: (stdout) => /^Version:\s*v?(\S+)/m.exec(stdout)?.[1],
  command: grypeCommand,
  parse: parseGrypeReport
};

// src/install/specs/osv-scanner.ts
var DEFAULT_VERSION3 = "2.6.0";
var PINNED3 = {
  "2.6.0": {
    "linux-x64": {
      name: "osv-scanner_linux_amd64",
      sha256: "ca69b3d3cd08f889a49dc0a383122f71cc528b83803671df5fd874d97485b108",
      evidence: "11 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91"
    },
    "linux-arm64": {
      name: "osv-scanner_linux_arm64",
      sha256: "2c71403eb443d05891c4f268c3ad771cf4f16e5443463fd7851ef8f454d3c7e4",
      evidence: "9 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91"
    },
    "darwin-x64": {
      name: "osv-scanner_darwin_amd64",
      sha256: "60c5296637e977b28eeda5c7f13573e447659a632922737f94d11fa7e30ad6ca",
      evidence: "8 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91"
    },
    "darwin-arm64": {
      name: "osv-scanner_darwin_arm64",
      sha256: "98c460dcd37de25819babd757d04542045b6243113e209edcd4d89fedb0256b4",
      evidence: "11 independent public source(s) listed in docs/pins.md, incl. smhasan94/rollcall action/scripts/install.sh @02bd7f91"
    },
    "win32-x64": {
      name: "osv-scanner_windows_amd64.exe",
      sha256: "e0ed7644118b717b028c249ee9d3515024e55e8510747ca08906eb96765354d6",
      evidence: "11 independent public source(s) listed in docs/pins.md, incl. millennium42/millani-artes OSV Windows gate script"
    }
  }
};
var OSV_SCANNER_SPEC = releaseSpec({
  repo: "google/osv-scanner",
  defaultVersion: DEFAULT_VERSION3,
  pinned: PINNED3,
  checksums: "osv-scanner_SHA256SUMS",
  naming: {
    "linux-x64": { pattern: "osv-scanner_linux_amd64", archive: "binary", binaryPath: "osv-scanner_linux_amd64" },
    "linux-arm64": { pattern: "osv-scanner_linux_arm64", archive: "binary", binaryPath: "osv-scanner_linux_arm64" },
    "darwin-x64": { pattern: "osv-scanner_darwin_amd64", archive: "binary", binaryPath: "osv-scanner_darwin_amd64" },
    "darwin-arm64": { pattern: "osv-scanner_darwin_arm64", archive: "binary", binaryPath: "osv-scanner_darwin_arm64" },
    "win32-x64": {
      pattern: "osv-scanner_windows_amd64.exe",
      archive: "binary",
      binaryPath: "osv-scanner_windows_amd64.exe"
    }
  }
});

// src/scanners/osv-scanner/command.ts
import path9 from "node:path";
var OSV_EXIT = { clean: 0, findings: 1, noPackages: 128 };
function osvScannerCommand(ctx) {
  const output = path9.join(ctx.workDir, "osv-scanner.json");
  return [
    {
      // --output-file replaces v2's deprecated --output; -r makes the scan recursive over the root.
      argv: [ctx.binary, "scan", "source", "--format", "json", "--output-file", output, "-r", ctx.root],
      okExitCodes: [OSV_EXIT.clean, OSV_EXIT.findings],
      findingsExitCodes: [OSV_EXIT.findings],
      nothingToScanExitCodes: [OSV_EXIT.noPackages],
      output: { kind: "file", path: output }
    }
  ];
}

// src/scanners/osv-scanner/lockfiles.ts
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

// src/scanners/osv-scanner/cvss.ts
var WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 }
};
var PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } };
function roundUp(x) {
  const scaled = Math.round(x * 1e5);
  return scaled % 1e4 === 0 ? scaled / 1e5 : (Math.floor(scaled / 1e4) + 1) / 10;
}
function pick(table, key) {
  return key !== void 0 && key in table ? table[key] : void 0;
}
function cvss3BaseScore(vector) {
  if (!/^CVSS:3\.[01]\//.test(vector)) return void 0;
  const m = Object.fromEntries(
    vector.split("/").slice(1).map((part) => part.split(":"))
  );
  const scope = m.S === "C" || m.S === "U" ? m.S : void 0;
  const values = [
    pick(WEIGHTS.AV, m.AV),
    pick(WEIGHTS.AC, m.AC),
    scope ? pick(PR[scope], m.PR) : void 0,
    pick(WEIGHTS.UI, m.UI),
    pick(WEIGHTS.CIA, m.C),
    pick(WEIGHTS.CIA, m.I),
    pick(WEIGHTS.CIA, m.A)
  ];
  if (!scope || values.some((v) => v === void 0)) return void 0;
  const [av, ac, pr, ui, c, i, a] = values;
  const iss = 1 - (1 - (c ?? 0)) * (1 - (i ?? 0)) * (1 - (a ?? 0));
  const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * (av ?? 0) * (ac ?? 0) * (pr ?? 0) * (ui ?? 0);
  const sum = scope === "U" ? impact + exploitability : 1.08 * (impact + exploitability);
  return roundUp(Math.min(sum, 10));
}

// src/scanners/osv-scanner/severity.ts
function severityFromCvssScore(score2) {
  if (score2 >= 9) return "critical";
  if (score2 >= 7) return "high";
  if (score2 >= 4) return "medium";
  if (score2 > 0) return "low";
  return "unknown";
}
var ADVISORY_LABELS = {
  CRITICAL: "critical",
  HIGH: "high",
  MODERATE: "medium",
  MEDIUM: "medium",
  LOW: "low"
};
function severityFromAdvisoryLabel(label) {
  return typeof label === "string" ? ADVISORY_LABELS[label.trim().toUpperCase()] : void 0;
}

// src/scanners/osv-scanner/parse.ts
var SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function preferredId(ids) {
  return ids.find((id) => id.startsWith("CVE-")) ?? ids.find((id) => id.startsWith("GHSA-")) ?? ids[0] ?? "";
}
function recordScore(vulns) {
  const scores = vulns.flatMap((v) => v.severity ?? []).map((s) => typeof s.score === "string" ? cvss3BaseScore(s.score) : void 0).filter((s) => s !== void 0);
  return scores.length > 0 ? scores.reduce((a, b) => Math.max(a, b)) : void 0;
}
function groupSeverity(group, vulns) {
  const reported = Number.parseFloat(group.max_severity ?? "");
  const score2 = Number.isFinite(reported) ? reported : recordScore(vulns);
  if (score2 !== void 0 && score2 > 0) return severityFromCvssScore(score2);
  const labels = vulns.map((v) => severityFromAdvisoryLabel(v.database_specific?.severity));
  return SEVERITY_ORDER.find((s) => labels.includes(s)) ?? "unknown";
}
function fixedVersions(pkg, vulns) {
  const name = normalisePackageName(pkg.name);
  const fixes = vulns.flatMap((v) => v.affected ?? []).filter((a) => normalisePackageName(a.package?.name ?? "") === name).filter((a) => !pkg.ecosystem || !a.package?.ecosystem || a.package.ecosystem === pkg.ecosystem).flatMap((a) => a.ranges ?? []).filter((r) => r.type !== "GIT").flatMap((r) => r.events ?? []).map((e) => e.fixed).filter((f) => typeof f === "string" && f !== "");
  return [...new Set(fixes)];
}
function groupsOf(pkg) {
  if (pkg.groups && pkg.groups.length > 0) return [...pkg.groups];
  return (pkg.vulnerabilities ?? []).map((v) => ({ ids: [v.id] }));
}
function groupFinding(source, pkg, group, ctx) {
  const groupIds = stringList(group.ids);
  const vulns = (pkg.vulnerabilities ?? []).filter((v) => groupIds.includes(v.id));
  const ids = [.../* @__PURE__ */ new Set([...groupIds, ...stringList(group.aliases), ...vulns.flatMap((v) => stringList(v.aliases))])];
  const ruleId = preferredId(ids);
  const lead = vulns.find((v) => v.id === ruleId && v.summary) ?? vulns.find((v) => v.summary);
  const packageRef = {
    name: pkg.package.name,
    version: pkg.package.version,
    ecosystem: pkg.package.ecosystem,
    fixedVersions: fixedVersions(pkg.package, vulns)
  };
  return {
    scanner: "osv-scanner",
    ruleId,
    aliases: ids.filter((id) => id !== ruleId),
    category: "vulnerability",
    severity: groupSeverity(group, vulns),
    title: lead?.summary ?? `${ruleId} in ${pkg.package.name}@${pkg.package.version ?? "?"}`,
    description: lead?.details?.trim() || void 0,
    helpUri: `https://osv.dev/vulnerability/${uriComponent(groupIds[0] ?? ruleId)}`,
    location: { path: toRepoPath(source.source.path, ctx) },
    package: packageRef
  };
}
function sourcesOf(report2) {
  if (!isRecord(report2) || !Array.isArray(report2.results)) {
    throw new ScannerError("osv-scanner", 'output is not an osv-scanner JSON report (no "results" array)');
  }
  const isSource = (r) => isRecord(r) && isRecord(r.source);
  return everyEntry(
    report2.results,
    isSource,
    "osv-scanner",
    (n) => `result (a source object) ${n} of the report cannot be read`
  );
}
function parseOsvReport(raw, ctx) {
  const findings = [];
  for (const source of sourcesOf(readJsonReport(raw, "osv-scanner"))) {
    for (const pkg of source.packages ?? []) {
      if (!isRecord(pkg.package))
        throw new ScannerError("osv-scanner", `a package of ${source.source.path} has no package object`);
      for (const group of groupsOf(pkg)) findings.push(groupFinding(source, pkg, group, ctx));
    }
  }
  return findings;
}

// src/scanners/osv-scanner/index.ts
var osvScanner = {
  id: "osv-scanner",
  displayName: "OSV-Scanner",
  install: OSV_SCANNER_SPEC,
  autoSelect: (tree) => {
    const lockfile = tree.firstMatch(LOCKFILES.map((l) => `**/${l}`));
    return lockfile ? `auto: lockfile ${lockfile}` : void 0;
  },
  databaseCache: false,
  categories: ["vulnerability"],
  usesHistory: false,
  // It queries the OSV.dev API and keeps no shared on-disk database in online mode.
  exclusiveCache: false,
  versionArgs: ["--version"],
  // `osv-scanner version: 2.5.0` (followed by commit and build date lines).
  parseVersion: (stdout) => /osv-scanner version:\s*v?(\d+\.\d+\.\d+\S*)/i.exec(stdout)?.[1],
  command: osvScannerCommand,
  parse: parseOsvReport
};

// src/scanners/pip-audit/command.ts
import path11 from "node:path";

// src/scanners/pip-audit/discover.ts
import { existsSync as existsSync2 } from "node:fs";
import path10 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path13) {
  let normalized = normalize(path13);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path13, separator) {
  return path13.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path13) {
  return path13 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path13);
}
function normalizePath(path13, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path13.includes("/") || path13.startsWith(".");
  if (resolvePaths) path13 = resolve(path13);
  if (normalizePath$1 || pathNeedsCleaning) path13 = cleanPath(path13);
  if (path13 === ".") return "";
  const needsSeperator = path13[path13.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path13 + pathSeparator : path13, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path13 = directoryPath || ".";
  if (filters.every((filter) => filter(path13, true))) paths.push(path13);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path13, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path13, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path13, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path13, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path13);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path13, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path13, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path13);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path13, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num3) {
    this._files = num3;
  }
  get files() {
    return this._files;
  }
  set directories(num3) {
    this._directories = num3;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path13 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path13)) continue;
        this.pushDirectory(path13, paths, filters);
        this.walkDirectory(this.state, path13, path13, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path13 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path13, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path13 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path13 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path13;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path13) => isMatch(path13));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path13) {
  return path13.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path13) {
  var _result$parts;
  const result = import_picomatch.default.scan(path13, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path13];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path13) => path13.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path13) => path13.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path13 = format(p, isDirectory);
      const matches = matcher(path13) && !ignore(path13);
      if (matches) log(`matched ${path13}`);
      return matches;
    } : (p, isDirectory) => {
      const path13 = format(p, isDirectory);
      return matcher(path13) && !ignore(path13);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}

// src/scanners/pip-audit/discover.ts
var IGNORED = ["**/node_modules/**", "**/.git/**", "**/.venv/**", "**/venv/**", "**/.tox/**", "**/site-packages/**"];
function findPythonManifests(root) {
  const requirements = globSync(["**/requirements*.txt", "**/requirements/*.txt"], {
    cwd: root,
    ignore: IGNORED,
    dot: false
  }).sort();
  return { requirements, pyproject: existsSync2(path10.join(root, "pyproject.toml")) };
}

// src/scanners/pip-audit/command.ts
var PIP_AUDIT_OK = [0, 1];
function common(ctx, output) {
  return ["--format", "json", "--output", output, "--progress-spinner", "off", "--cache-dir", ctx.cacheDir];
}
function pipAuditCommand(ctx, found = findPythonManifests(ctx.root)) {
  const perFile = found.requirements.map((rel, i) => {
    const output2 = path11.join(ctx.workDir, `pip-audit-${i + 1}.json`);
    const file = path11.join(ctx.root, rel);
    return {
      argv: [ctx.binary, "--requirement", file, ...common(ctx, output2)],
      okExitCodes: PIP_AUDIT_OK,
      findingsExitCodes: [1],
      output: { kind: "file", path: output2 },
      label: toRepoPath(file, ctx)
    };
  });
  if (perFile.length > 0 || !found.pyproject) return perFile;
  const output = path11.join(ctx.workDir, "pip-audit-project.json");
  return [
    {
      argv: [ctx.binary, ...common(ctx, output), ctx.root],
      okExitCodes: PIP_AUDIT_OK,
      findingsExitCodes: [1],
      output: { kind: "file", path: output },
      label: toRepoPath(path11.join(ctx.root, "pyproject.toml"), ctx)
    }
  ];
}

// src/scanners/pip-audit/parse.ts
function dependenciesOf(report2) {
  const list2 = Array.isArray(report2) ? report2 : isRecord(report2) ? report2.dependencies : void 0;
  if (!Array.isArray(list2)) {
    throw new ScannerError("pip-audit", 'output is not a pip-audit JSON report (no "dependencies" list)');
  }
  const isDependency2 = (d) => isRecord(d) && typeof d.name === "string";
  return everyEntry(list2, isDependency2, "pip-audit", (n) => `dependency ${n} of the report has no name`);
}
function toRawFinding5(dep, vuln, ctx) {
  return {
    scanner: "pip-audit",
    ruleId: vuln.id,
    aliases: stringList(vuln.aliases).filter((a) => a !== vuln.id),
    category: "vulnerability",
    // pip-audit reports no severity at all: `unknown`, and the policy decides whether unknown blocks.
    severity: "unknown",
    title: `${vuln.id} in ${dep.name} ${dep.version ?? ""}`.trim(),
    description: vuln.description?.trim() || void 0,
    helpUri: `https://osv.dev/vulnerability/${uriComponent(vuln.id)}`,
    // pip-audit gives no file or line: the requirements file (invocation label) it audited.
    location: { path: ctx.label ?? "requirements.txt" },
    package: { name: dep.name, version: dep.version, ecosystem: "PyPI", fixedVersions: stringList(vuln.fix_versions) }
  };
}
function failIfNothingAudited(deps, ctx) {
  const skipped = deps.filter((d) => d.skip_reason !== void 0);
  if (deps.length === 0 || skipped.length < deps.length) return;
  const first = skipped[0];
  throw new ScannerError(
    "pip-audit",
    `none of the ${deps.length} dependencies in ${ctx.label ?? "the project"} could be audited (e.g. ${first?.name}: ${maskedLine(String(first?.skip_reason), 200)}); is its vulnerability service (PyPI or OSV) reachable?`
  );
}
function parsePipAuditReport(raw, ctx) {
  const deps = dependenciesOf(readJsonReport(raw, "pip-audit"));
  failIfNothingAudited(deps, ctx);
  recordGaps(
    ctx,
    `dependencies pip-audit did not audit${ctx.label ? ` in ${ctx.label}` : ""}`,
    deps.filter((d) => typeof d.skip_reason === "string").map((d) => String(d.skip_reason))
  );
  const audited = deps.filter((dep) => dep.skip_reason === void 0);
  for (const dep of audited) {
    const vulns = dep.vulns;
    if (vulns === void 0) continue;
    const notAList = () => `the vulnerabilities of ${dep.name} are not a list of objects with an id`;
    if (!Array.isArray(vulns)) throw new ScannerError("pip-audit", notAList());
    everyEntry(vulns, (v) => isRecord(v) && typeof v.id === "string", "pip-audit", notAList);
  }
  return audited.flatMap((dep) => (dep.vulns ?? []).map((v) => toRawFinding5(dep, v, ctx)));
}

// src/scanners/pip-audit/index.ts
var pipAudit = {
  id: "pip-audit",
  displayName: "pip-audit",
  install: PIP_AUDIT_SPEC,
  databaseCache: false,
  categories: ["vulnerability"],
  usesHistory: false,
  // Its HTTP cache is pip's, which locks its own files.
  exclusiveCache: false,
  versionArgs: ["--version"],
  // `pip-audit 2.10.1`
  parseVersion: (stdout) => /pip-audit\s+v?(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1],
  command: (ctx) => pipAuditCommand(ctx),
  parse: parsePipAuditReport
};

// src/scanners/safety/command.ts
var SAFETY_OK = [0, 64];
function safetyCommand(ctx) {
  return [
    {
      argv: [ctx.binary, "scan", "--output", "json", "--detailed-output", "--target", ctx.root],
      okExitCodes: SAFETY_OK,
      // 64 with an empty report lost its findings somewhere: a scanner error, never a clean run.
      findingsExitCodes: [64],
      output: { kind: "stdout" },
      cwd: ctx.root
    }
  ];
}

// src/scanners/safety/parse.ts
function severityOf(text2) {
  const s = String(text2 ?? "").toLowerCase();
  return s === "critical" || s === "high" || s === "medium" || s === "low" ? s : "unknown";
}
function cveDetails(report2) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of Array.isArray(report2.cve_details) ? report2.cve_details : []) {
    if (!isRecord(d) || typeof d.package !== "string") continue;
    const id = String(d.safety_vulnerability_id ?? "");
    byKey.set(`${d.package.toLowerCase()}\0${id}`, {
      package: d.package,
      id,
      cves: stringList(d.CVE),
      severity: severityOf(d.severity),
      advisory: typeof d.advisory === "string" ? d.advisory : void 0,
      moreInfo: typeof d.more_info === "string" ? d.more_info : void 0
    });
  }
  return byKey;
}
function filesOf(report2) {
  const results = report2.scan_results;
  if (!isRecord(results) || !isRecord(report2.meta)) {
    throw new ScannerError("safety", 'output is not a safety scan JSON report (no "meta" and "scan_results")');
  }
  const projects = Array.isArray(results.projects) ? results.projects.filter(isRecord) : [];
  const top = Array.isArray(results.files) ? results.files : [];
  return [...top, ...projects.flatMap((p) => Array.isArray(p.files) ? p.files : [])].filter(isRecord);
}
function vulnerabilitiesOf(file) {
  const results = isRecord(file.results) ? file.results : {};
  const deps = Array.isArray(results.dependencies) ? results.dependencies.filter(isRecord) : [];
  return deps.flatMap(
    (dep) => (Array.isArray(dep.specifications) ? dep.specifications.filter(isRecord) : []).flatMap((spec) => {
      const vulns = isRecord(spec.vulnerabilities) ? spec.vulnerabilities : {};
      const known = Array.isArray(vulns.known_vulnerabilities) ? vulns.known_vulnerabilities.filter(isRecord) : [];
      return known.map((vuln) => ({
        file: String(file.location ?? ""),
        name: String(dep.name ?? ""),
        raw: String(spec.raw ?? ""),
        spec: vulns,
        vuln
      }));
    })
  );
}
function toRawFinding6(v, details, ctx) {
  const id = String(v.vuln.id ?? "");
  const detail = details.get(`${v.name.toLowerCase()}\0${id}`);
  const version = /^[^=<>!~]+===?\s*([^\s;,]+)$/.exec(v.raw)?.[1];
  const remediation = isRecord(v.spec.remediation) ? v.spec.remediation : {};
  const fixed = [remediation.recommended, ...stringList(remediation.other_recommended)].filter(
    (x) => typeof x === "string" && x !== ""
  );
  const ignored = isRecord(v.vuln.ignored) ? v.vuln.ignored : void 0;
  return {
    scanner: "safety",
    ruleId: id,
    aliases: detail?.cves.filter((c) => c !== id) ?? [],
    category: "vulnerability",
    severity: detail?.severity ?? "unknown",
    title: `${id} in ${v.name} ${version ?? v.raw}`.trim(),
    description: detail?.advisory?.trim() || void 0,
    helpUri: detail?.moreInfo,
    location: { path: v.file ? toRepoPath(v.file, ctx) : ctx.label ?? "requirements.txt" },
    package: { name: v.name, version, ecosystem: "PyPI", fixedVersions: fixed },
    suppressed: ignored ? { source: "safety policy", reason: typeof ignored.reason === "string" ? ignored.reason : void 0 } : void 0
  };
}
function parseSafetyReport(raw, ctx) {
  const report2 = readJsonReport(raw, "safety");
  if (!isRecord(report2)) throw new ScannerError("safety", "output is not a safety scan JSON report");
  const details = cveDetails(report2);
  const found = filesOf(report2).flatMap(vulnerabilitiesOf);
  const unnamed = found.find((v) => typeof v.vuln.id !== "string" || v.vuln.id === "");
  if (unnamed) throw new ScannerError("safety", `a known vulnerability of ${unnamed.name || "?"} has no id`);
  return found.map((v) => toRawFinding6(v, details, ctx));
}

// src/scanners/safety/index.ts
var safety = {
  id: "safety",
  displayName: "Safety",
  install: SAFETY_SPEC,
  databaseCache: false,
  categories: ["vulnerability"],
  usesHistory: false,
  // safety keeps its database cache under the user's home; runs never share a scan-gate cache dir.
  exclusiveCache: false,
  versionArgs: ["--version"],
  // `safety, version 3.8.1`
  parseVersion: (stdout) => /safety,? version\s+v?(\d+\.\d+\.\d+\S*)/i.exec(stdout)?.[1],
  command: (ctx) => safetyCommand(ctx),
  parse: parseSafetyReport
};

// src/scanners/sarif/parse.ts
function severityFromScore(score2) {
  if (score2 >= 9) return "critical";
  if (score2 >= 7) return "high";
  if (score2 >= 4) return "medium";
  if (score2 > 0) return "low";
  return "unknown";
}
var LEVEL_SEVERITY = { error: "high", warning: "medium", note: "low", none: "unknown" };
function score(properties) {
  const raw = properties?.["security-severity"];
  const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  return Number.isFinite(n) ? n : void 0;
}
function tagsOf(rule, result) {
  const tags = [rule?.properties?.tags, result.properties?.tags].flatMap((t) => Array.isArray(t) ? t : []);
  return tags.filter((t) => typeof t === "string").map((t) => t.toLowerCase());
}
var SECRET_TOOLS = /gitleaks|trufflehog|secretlint|detect-secrets|ggshield/i;
function categoryOf(tags, ruleId, tool) {
  if (SECRET_TOOLS.test(tool) || tags.some((t) => t.includes("secret"))) return "secret";
  if (tags.some((t) => t.includes("licen"))) return "license";
  if (/^(CVE|GHSA|PYSEC|GO|RUSTSEC|OSV)-/i.test(ruleId) || tags.includes("vulnerability")) return "vulnerability";
  if (tags.some((t) => ["misconfiguration", "iac", "terraform", "kubernetes", "dockerfile"].includes(t))) {
    return "misconfiguration";
  }
  return "code";
}
function rulesOf(run) {
  const list2 = [...run.tool.driver.rules ?? [], ...(run.tool.extensions ?? []).flatMap((e) => e.rules ?? [])];
  return Object.assign(new Map(list2.map((r) => [r.id, r])), { list: list2 });
}
function severityOf2(rule, result) {
  const s = score(result.properties) ?? score(rule?.properties);
  if (s !== void 0) return severityFromScore(s);
  const level = result.level ?? rule?.defaultConfiguration?.level ?? "warning";
  return LEVEL_SEVERITY[level] ?? "unknown";
}
function resolveUri(run, uri, baseId) {
  const base = baseId ? run.originalUriBaseIds?.[baseId]?.uri : void 0;
  if (!base || /^[a-z]+:/i.test(uri)) return uri;
  return base.endsWith("/") ? `${base}${uri}` : `${base}/${uri}`;
}
function firstLine(text2) {
  return (text2 ?? "").split("\n", 1)[0]?.trim() ?? "";
}
var RunMemo = class {
  constructor(run, ctx) {
    this.run = run;
    this.ctx = ctx;
    this.toolName = run.tool.driver.name;
  }
  run;
  ctx;
  byRule = /* @__PURE__ */ new Map();
  /** Repository paths by base id, then URI (no key string built per result). */
  paths = /* @__PURE__ */ new Map();
  titles = /* @__PURE__ */ new Map();
  descriptions = /* @__PURE__ */ new Map();
  toolName;
  /** Category and severity, memoised when the result adds nothing of its own (tags, score, level). */
  classify(rule, result, ruleId) {
    const own = result.properties?.tags !== void 0 || score(result.properties) !== void 0 || result.level;
    if (own) return this.facts(rule, result, ruleId);
    const seen = this.byRule.get(ruleId);
    if (seen?.rule === rule && seen) return seen;
    const facts = this.facts(rule, result, ruleId);
    if (!seen) this.byRule.set(ruleId, facts);
    return facts;
  }
  facts(rule, result, ruleId) {
    return {
      rule,
      category: categoryOf(tagsOf(rule, result), ruleId, this.toolName),
      severity: severityOf2(rule, result)
    };
  }
  /** The rule's one-line title, one shared string per rule rather than one copy per result. */
  ruleTitle(rule) {
    if (!rule) return "";
    let title = this.titles.get(rule);
    if (title === void 0) {
      title = firstLine(rule.shortDescription?.text);
      this.titles.set(rule, title);
    }
    return title;
  }
  /**
   * The tool's name and the message: one shared string per distinct message (100,000 results often
   * repeat a few thousand), not a copy for each result that every later step carries and cleans.
   */
  description(message) {
    const text2 = message.text ?? message.markdown ?? "";
    let description = this.descriptions.get(text2);
    if (description === void 0) {
      description = `${this.toolName}: ${text2}`.trim();
      this.descriptions.set(text2, description);
    }
    return description;
  }
  repoPath(uri, baseId) {
    let byUri = this.paths.get(baseId);
    if (byUri === void 0) {
      byUri = /* @__PURE__ */ new Map();
      this.paths.set(baseId, byUri);
    }
    let p = byUri.get(uri);
    if (p === void 0) {
      p = toRepoPath(resolveUri(this.run, uri, baseId), this.ctx);
      byUri.set(uri, p);
    }
    return p;
  }
};
var NO_ALIASES = Object.freeze([]);
function toRawFinding7(result, rules, memo, ctx) {
  const rule = (result.ruleIndex !== void 0 && result.ruleIndex >= 0 ? rules.list[result.ruleIndex] : void 0) ?? rules.get(result.ruleId ?? result.rule?.id ?? "");
  const ruleId = rule !== void 0 && rule.id === result.ruleId ? rule.id : result.ruleId ?? rule?.id ?? "unknown-rule";
  const physical = result.locations?.[0]?.physicalLocation;
  const uri = physical?.artifactLocation?.uri;
  const region = physical?.region;
  const tool = memo.toolName;
  const { category, severity } = memo.classify(rule, result, ruleId);
  const suppression = result.suppressions?.find((s) => s.status === void 0 || s.status === "accepted");
  return {
    scanner: "sarif",
    ruleId,
    aliases: NO_ALIASES,
    category,
    severity,
    title: memo.ruleTitle(rule) || firstLine(result.message.text) || ruleId,
    description: memo.description(result.message),
    helpUri: rule?.helpUri,
    location: {
      path: uri ? memo.repoPath(uri, physical?.artifactLocation?.uriBaseId) : ctx.label ?? tool,
      startLine: region?.startLine || void 0,
      endLine: region?.endLine || void 0,
      startColumn: region?.startColumn || void 0,
      endColumn: region?.endColumn || void 0
    },
    // A snippet may hold a secret (gitleaks without --redact): only code-like findings use it.
    // Dependency results carry the package only in the message: it keeps two packages' findings apart.
    snippet: category === "secret" ? void 0 : category === "vulnerability" ? result.message.text : region?.snippet?.text,
    suppressed: suppression ? { source: `SARIF suppression (${suppression.kind})`, reason: suppression.justification } : void 0
  };
}
function parseSarifLog(log2, ctx) {
  const out = [];
  for (const run of log2.runs) {
    const rules = rulesOf(run);
    const memo = new RunMemo(run, ctx);
    const results = run.results ?? [];
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      if (result.kind && !["fail", "open", "review"].includes(result.kind)) continue;
      if (result.baselineState === "absent") continue;
      out.push(toRawFinding7(result, rules, memo, ctx));
    }
  }
  return out;
}

// src/scanners/sarif/run-health.ts
function notificationText(n) {
  const text2 = isRecord(n.message) && typeof n.message.text === "string" ? n.message.text : "";
  return maskedLine(text2, 200);
}
function errorNotifications(run) {
  const texts = [];
  for (const inv of Array.isArray(run.invocations) ? run.invocations : []) {
    if (!isRecord(inv)) continue;
    for (const list2 of [inv.toolExecutionNotifications, inv.toolConfigurationNotifications]) {
      for (const n of Array.isArray(list2) ? list2 : []) {
        if (isRecord(n) && n.level === "error") texts.push(notificationText(n));
      }
    }
  }
  return texts;
}
function runProblems(run) {
  const problems = [];
  const raw = run;
  if (raw.results === null) problems.push("its results are null");
  else if (raw.results === void 0) problems.push("it has no results array");
  const invocations = (Array.isArray(run.invocations) ? run.invocations : []).filter(isRecord);
  for (const inv of invocations) {
    if (inv.executionSuccessful !== false) continue;
    const code = typeof inv.exitCode === "number" ? ` (exit code ${inv.exitCode})` : "";
    problems.push(`executionSuccessful is false${code}`);
  }
  const errors = errorNotifications(run);
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((t) => `"${t || "no text"}"`);
    problems.push(
      `error notification${errors.length === 1 ? "" : "s"}: ${shown.join(", ")}${errors.length > 3 ? ", \u2026" : ""}`
    );
  }
  return problems;
}
function failedSarifRuns(log2, displayPath) {
  return log2.runs.flatMap((run, i) => {
    const problems = runProblems(run);
    if (problems.length === 0) return [];
    const tool = isRecord(run.tool?.driver) && typeof run.tool.driver.name === "string" ? run.tool.driver.name : "?";
    const which = log2.runs.length > 1 ? ` (run ${i + 1})` : "";
    return [`${displayPath}${which}: ${tool} did not run successfully \u2014 ${problems.join("; ")}`];
  });
}

// src/scanners/sarif/sarif-input.validator.js
var sarif_input_validator_default = validate10;
var schema12 = { "type": "object", "required": ["tool"], "properties": { "tool": { "type": "object", "required": ["driver"], "properties": { "driver": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "version": { "type": "string" }, "semanticVersion": { "type": "string" }, "rules": { "type": "array", "items": { "$ref": "#/definitions/rule" } } } }, "extensions": { "type": "array", "items": { "type": "object", "properties": { "rules": { "type": "array", "items": { "$ref": "#/definitions/rule" } } } } } } }, "originalUriBaseIds": { "type": "object", "additionalProperties": { "type": "object", "properties": { "uri": { "type": "string" } } } }, "results": { "type": ["array", "null"], "items": { "$ref": "#/definitions/result" } } } };
var schema16 = { "$comment": "No $ref inside (message is written out): ajv then compiles a result's checks into the run's loop over results instead of calling a function with a new context object for each of them.", "type": "object", "required": ["message"], "properties": { "ruleId": { "type": "string" }, "ruleIndex": { "type": "integer", "minimum": -1 }, "rule": { "type": "object" }, "level": { "enum": ["none", "note", "warning", "error"] }, "kind": { "enum": ["notApplicable", "pass", "fail", "review", "open", "informational"] }, "baselineState": { "enum": ["new", "unchanged", "updated", "absent"] }, "message": { "type": "object", "properties": { "text": { "type": "string" }, "markdown": { "type": "string" }, "id": { "type": "string" } } }, "locations": { "type": "array", "items": { "type": "object", "properties": { "physicalLocation": { "type": "object", "properties": { "artifactLocation": { "type": "object", "properties": { "uri": { "type": "string" }, "uriBaseId": { "type": "string" } } }, "region": { "type": "object", "properties": { "startLine": { "type": "integer", "minimum": 0 }, "endLine": { "type": "integer", "minimum": 0 }, "startColumn": { "type": "integer", "minimum": 0 }, "endColumn": { "type": "integer", "minimum": 0 }, "snippet": { "type": "object", "properties": { "text": { "type": "string" } } } } } } } } } }, "suppressions": { "type": "array", "items": { "type": "object", "properties": { "kind": { "type": "string" }, "status": { "type": "string" }, "justification": { "type": "string" } } } }, "properties": { "type": "object" } } };
var schema13 = { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "shortDescription": { "$ref": "#/definitions/message" }, "fullDescription": { "$ref": "#/definitions/message" }, "helpUri": { "type": "string" }, "properties": { "type": "object" }, "defaultConfiguration": { "type": "object", "properties": { "level": { "enum": ["none", "note", "warning", "error"] } } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.shortDescription !== void 0) {
      let data2 = data.shortDescription;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.text !== void 0) {
          if (typeof data2.text !== "string") {
            const err3 = { instancePath: instancePath + "/shortDescription/text", schemaPath: "#/definitions/message/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.markdown !== void 0) {
          if (typeof data2.markdown !== "string") {
            const err4 = { instancePath: instancePath + "/shortDescription/markdown", schemaPath: "#/definitions/message/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          if (typeof data2.id !== "string") {
            const err5 = { instancePath: instancePath + "/shortDescription/id", schemaPath: "#/definitions/message/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/shortDescription", schemaPath: "#/definitions/message/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fullDescription !== void 0) {
      let data6 = data.fullDescription;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.text !== void 0) {
          if (typeof data6.text !== "string") {
            const err7 = { instancePath: instancePath + "/fullDescription/text", schemaPath: "#/definitions/message/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data6.markdown !== void 0) {
          if (typeof data6.markdown !== "string") {
            const err8 = { instancePath: instancePath + "/fullDescription/markdown", schemaPath: "#/definitions/message/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.id !== void 0) {
          if (typeof data6.id !== "string") {
            const err9 = { instancePath: instancePath + "/fullDescription/id", schemaPath: "#/definitions/message/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/fullDescription", schemaPath: "#/definitions/message/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.helpUri !== void 0) {
      if (typeof data.helpUri !== "string") {
        const err11 = { instancePath: instancePath + "/helpUri", schemaPath: "#/properties/helpUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data11 = data.properties;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
        const err12 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.defaultConfiguration !== void 0) {
      let data12 = data.defaultConfiguration;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.level !== void 0) {
          let data13 = data12.level;
          if (!(data13 === "none" || data13 === "note" || data13 === "warning" || data13 === "error")) {
            const err13 = { instancePath: instancePath + "/defaultConfiguration/level", schemaPath: "#/properties/defaultConfiguration/properties/level/enum", keyword: "enum", params: { allowedValues: schema13.properties.defaultConfiguration.properties.level.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/defaultConfiguration", schemaPath: "#/properties/defaultConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tool === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool !== void 0) {
      let data0 = data.tool;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.driver === void 0) {
          const err1 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.driver !== void 0) {
          let data1 = data0.driver;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err2 = { instancePath: instancePath + "/tool/driver", schemaPath: "#/properties/tool/properties/driver/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err3 = { instancePath: instancePath + "/tool/driver/name", schemaPath: "#/properties/tool/properties/driver/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.version !== void 0) {
              if (typeof data1.version !== "string") {
                const err4 = { instancePath: instancePath + "/tool/driver/version", schemaPath: "#/properties/tool/properties/driver/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.semanticVersion !== void 0) {
              if (typeof data1.semanticVersion !== "string") {
                const err5 = { instancePath: instancePath + "/tool/driver/semanticVersion", schemaPath: "#/properties/tool/properties/driver/properties/semanticVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.rules !== void 0) {
              let data5 = data1.rules;
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (!validate12(data5[i0], { instancePath: instancePath + "/tool/driver/rules/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err6 = { instancePath: instancePath + "/tool/driver/rules", schemaPath: "#/properties/tool/properties/driver/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/tool/driver", schemaPath: "#/properties/tool/properties/driver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.extensions !== void 0) {
          let data7 = data0.extensions;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.rules !== void 0) {
                  let data9 = data8.rules;
                  if (Array.isArray(data9)) {
                    const len2 = data9.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (!validate12(data9[i2], { instancePath: instancePath + "/tool/extensions/" + i1 + "/rules/" + i2, parentData: data9, parentDataProperty: i2, rootData })) {
                        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err8 = { instancePath: instancePath + "/tool/extensions/" + i1 + "/rules", schemaPath: "#/properties/tool/properties/extensions/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              } else {
                const err9 = { instancePath: instancePath + "/tool/extensions/" + i1, schemaPath: "#/properties/tool/properties/extensions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/tool/extensions", schemaPath: "#/properties/tool/properties/extensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.originalUriBaseIds !== void 0) {
      let data11 = data.originalUriBaseIds;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key0 in data11) {
          let data12 = data11[key0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.uri !== void 0) {
              if (typeof data12.uri !== "string") {
                const err12 = { instancePath: instancePath + "/originalUriBaseIds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/uri", schemaPath: "#/properties/originalUriBaseIds/additionalProperties/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/originalUriBaseIds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/originalUriBaseIds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/originalUriBaseIds", schemaPath: "#/properties/originalUriBaseIds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data14 = data.results;
      if (!Array.isArray(data14) && data14 !== null) {
        const err15 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: schema12.properties.results.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data15 = data14[i3];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.message === void 0) {
              const err16 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/definitions/result/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data15.ruleId !== void 0) {
              if (typeof data15.ruleId !== "string") {
                const err17 = { instancePath: instancePath + "/results/" + i3 + "/ruleId", schemaPath: "#/definitions/result/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data15.ruleIndex !== void 0) {
              let data17 = data15.ruleIndex;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err18 = { instancePath: instancePath + "/results/" + i3 + "/ruleIndex", schemaPath: "#/definitions/result/properties/ruleIndex/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < -1 || isNaN(data17)) {
                  const err19 = { instancePath: instancePath + "/results/" + i3 + "/ruleIndex", schemaPath: "#/definitions/result/properties/ruleIndex/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            }
            if (data15.rule !== void 0) {
              let data18 = data15.rule;
              if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                const err20 = { instancePath: instancePath + "/results/" + i3 + "/rule", schemaPath: "#/definitions/result/properties/rule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data15.level !== void 0) {
              let data19 = data15.level;
              if (!(data19 === "none" || data19 === "note" || data19 === "warning" || data19 === "error")) {
                const err21 = { instancePath: instancePath + "/results/" + i3 + "/level", schemaPath: "#/definitions/result/properties/level/enum", keyword: "enum", params: { allowedValues: schema16.properties.level.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data15.kind !== void 0) {
              let data20 = data15.kind;
              if (!(data20 === "notApplicable" || data20 === "pass" || data20 === "fail" || data20 === "review" || data20 === "open" || data20 === "informational")) {
                const err22 = { instancePath: instancePath + "/results/" + i3 + "/kind", schemaPath: "#/definitions/result/properties/kind/enum", keyword: "enum", params: { allowedValues: schema16.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data15.baselineState !== void 0) {
              let data21 = data15.baselineState;
              if (!(data21 === "new" || data21 === "unchanged" || data21 === "updated" || data21 === "absent")) {
                const err23 = { instancePath: instancePath + "/results/" + i3 + "/baselineState", schemaPath: "#/definitions/result/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema16.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data15.message !== void 0) {
              let data22 = data15.message;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.text !== void 0) {
                  if (typeof data22.text !== "string") {
                    const err24 = { instancePath: instancePath + "/results/" + i3 + "/message/text", schemaPath: "#/definitions/result/properties/message/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data22.markdown !== void 0) {
                  if (typeof data22.markdown !== "string") {
                    const err25 = { instancePath: instancePath + "/results/" + i3 + "/message/markdown", schemaPath: "#/definitions/result/properties/message/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data22.id !== void 0) {
                  if (typeof data22.id !== "string") {
                    const err26 = { instancePath: instancePath + "/results/" + i3 + "/message/id", schemaPath: "#/definitions/result/properties/message/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/results/" + i3 + "/message", schemaPath: "#/definitions/result/properties/message/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data15.locations !== void 0) {
              let data26 = data15.locations;
              if (Array.isArray(data26)) {
                const len4 = data26.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data27 = data26[i4];
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    if (data27.physicalLocation !== void 0) {
                      let data28 = data27.physicalLocation;
                      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                        if (data28.artifactLocation !== void 0) {
                          let data29 = data28.artifactLocation;
                          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                            if (data29.uri !== void 0) {
                              if (typeof data29.uri !== "string") {
                                const err28 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/artifactLocation/uri", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/artifactLocation/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err28];
                                } else {
                                  vErrors.push(err28);
                                }
                                errors++;
                              }
                            }
                            if (data29.uriBaseId !== void 0) {
                              if (typeof data29.uriBaseId !== "string") {
                                const err29 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/artifactLocation/uriBaseId", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/artifactLocation/properties/uriBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err29];
                                } else {
                                  vErrors.push(err29);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err30 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/artifactLocation", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/artifactLocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                        if (data28.region !== void 0) {
                          let data32 = data28.region;
                          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                            if (data32.startLine !== void 0) {
                              let data33 = data32.startLine;
                              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                                const err31 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/startLine", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err31];
                                } else {
                                  vErrors.push(err31);
                                }
                                errors++;
                              }
                              if (typeof data33 == "number") {
                                if (data33 < 0 || isNaN(data33)) {
                                  const err32 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/startLine", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err32];
                                  } else {
                                    vErrors.push(err32);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data32.endLine !== void 0) {
                              let data34 = data32.endLine;
                              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                                const err33 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/endLine", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err33];
                                } else {
                                  vErrors.push(err33);
                                }
                                errors++;
                              }
                              if (typeof data34 == "number") {
                                if (data34 < 0 || isNaN(data34)) {
                                  const err34 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/endLine", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err34];
                                  } else {
                                    vErrors.push(err34);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data32.startColumn !== void 0) {
                              let data35 = data32.startColumn;
                              if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                                const err35 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/startColumn", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/startColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err35];
                                } else {
                                  vErrors.push(err35);
                                }
                                errors++;
                              }
                              if (typeof data35 == "number") {
                                if (data35 < 0 || isNaN(data35)) {
                                  const err36 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/startColumn", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/startColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err36];
                                  } else {
                                    vErrors.push(err36);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data32.endColumn !== void 0) {
                              let data36 = data32.endColumn;
                              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                                const err37 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/endColumn", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/endColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                              if (typeof data36 == "number") {
                                if (data36 < 0 || isNaN(data36)) {
                                  const err38 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/endColumn", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err38];
                                  } else {
                                    vErrors.push(err38);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data32.snippet !== void 0) {
                              let data37 = data32.snippet;
                              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                if (data37.text !== void 0) {
                                  if (typeof data37.text !== "string") {
                                    const err39 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/snippet/text", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/snippet/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err40 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region/snippet", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/properties/snippet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err40];
                                } else {
                                  vErrors.push(err40);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err41 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation/region", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/properties/region/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err41];
                            } else {
                              vErrors.push(err41);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4 + "/physicalLocation", schemaPath: "#/definitions/result/properties/locations/items/properties/physicalLocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/results/" + i3 + "/locations/" + i4, schemaPath: "#/definitions/result/properties/locations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/results/" + i3 + "/locations", schemaPath: "#/definitions/result/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data15.suppressions !== void 0) {
              let data39 = data15.suppressions;
              if (Array.isArray(data39)) {
                const len5 = data39.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data40 = data39[i5];
                  if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                    if (data40.kind !== void 0) {
                      if (typeof data40.kind !== "string") {
                        const err45 = { instancePath: instancePath + "/results/" + i3 + "/suppressions/" + i5 + "/kind", schemaPath: "#/definitions/result/properties/suppressions/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data40.status !== void 0) {
                      if (typeof data40.status !== "string") {
                        const err46 = { instancePath: instancePath + "/results/" + i3 + "/suppressions/" + i5 + "/status", schemaPath: "#/definitions/result/properties/suppressions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data40.justification !== void 0) {
                      if (typeof data40.justification !== "string") {
                        const err47 = { instancePath: instancePath + "/results/" + i3 + "/suppressions/" + i5 + "/justification", schemaPath: "#/definitions/result/properties/suppressions/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/results/" + i3 + "/suppressions/" + i5, schemaPath: "#/definitions/result/properties/suppressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/results/" + i3 + "/suppressions", schemaPath: "#/definitions/result/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data15.properties !== void 0) {
              let data44 = data15.properties;
              if (!(data44 && typeof data44 == "object" && !Array.isArray(data44))) {
                const err50 = { instancePath: instancePath + "/results/" + i3 + "/properties", schemaPath: "#/definitions/result/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/definitions/result/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("2.1.0" !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.runs !== void 0) {
      let data1 = data.runs;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data1[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/scanners/sarif/validate.ts
function describe(error) {
  const where2 = error.instancePath || "(root)";
  if (error.keyword === "enum" || error.keyword === "const") {
    const allowed = error.params.allowedValues ?? [
      error.params.allowedValue
    ];
    return `${where2} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${where2} ${error.message ?? "is invalid"}`;
}
function parseSarifText(text2, displayPath) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${displayPath} is not valid JSON (${describeJsonError(error)}). Expected a SARIF 2.1.0 log.`
    );
  }
  if (!sarif_input_validator_default(data)) {
    const problems = (sarif_input_validator_default.errors ?? []).slice(0, 5).map(describe).join("; ");
    throw new ConfigError(`Input \`sarif-files\`: ${displayPath} is not valid SARIF 2.1.0: ${problems}.`);
  }
  return data;
}

// src/scanners/sarif/index.ts
var sarifScanner = {
  id: "sarif",
  displayName: "SARIF files",
  install: { kind: "none" },
  autoSelect: (tree) => tree.sarifFiles.length > 0 ? "auto: `sarif-files` is set" : void 0,
  databaseCache: false,
  categories: ["code", "vulnerability", "secret", "misconfiguration", "license"],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: [],
  parseVersion: () => void 0,
  command: () => [],
  parse: (raw, ctx) => {
    const display = ctx.label ?? "SARIF input";
    const log2 = parseSarifText(raw, display);
    const failed = failedSarifRuns(log2, display);
    if (failed.length > 0) throw new ScannerError("sarif", failed.join("; "));
    return parseSarifLog(log2, ctx);
  }
};

// src/install/specs/trivy.ts
var TRIVY_FORBIDDEN_VERSIONS = ["0.69.4", "0.69.5", "0.69.6"];
var DEFAULT_VERSION4 = "0.75.0";
var PINNED4 = {
  "0.75.0": {
    "linux-x64": {
      name: "trivy_0.75.0_Linux-64bit.tar.gz",
      sha256: "c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f",
      evidence: "10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl"
    },
    "linux-arm64": {
      name: "trivy_0.75.0_Linux-ARM64.tar.gz",
      sha256: "a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3",
      evidence: "10 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl"
    },
    "darwin-x64": {
      name: "trivy_0.75.0_macOS-64bit.tar.gz",
      sha256: "291edaa9778acbe4693d067b5ad60ee11570e5ac68296e85595417528ca641e4",
      evidence: "5 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl"
    },
    "darwin-arm64": {
      name: "trivy_0.75.0_macOS-ARM64.tar.gz",
      sha256: "4a77108cccf8e55c8d6823e1e759939a622277e66cd0daa3c1fc621ed69e4568",
      evidence: "9 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl"
    },
    "win32-x64": {
      name: "trivy_0.75.0_windows-64bit.zip",
      sha256: "4e43bd71a30f51aee39525f60f2b47043af77eb8df8fe082aae4372b69c6660f",
      evidence: "5 independent public source(s) listed in docs/pins.md, incl. awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py @001ac6d8"
    }
  },
  "0.74.0": {
    "linux-x64": {
      name: "trivy_0.74.0_Linux-64bit.tar.gz",
      sha256: "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a",
      evidence: "6 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6"
    },
    "linux-arm64": {
      name: "trivy_0.74.0_Linux-ARM64.tar.gz",
      sha256: "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5",
      evidence: "2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6"
    },
    "darwin-x64": {
      name: "trivy_0.74.0_macOS-64bit.tar.gz",
      sha256: "472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485",
      evidence: "2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6"
    },
    "darwin-arm64": {
      name: "trivy_0.74.0_macOS-ARM64.tar.gz",
      sha256: "1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11",
      evidence: "2 independent public source(s) listed in docs/pins.md (alternatives), incl. cashapp/hermit-packages trivy.hcl @e97df12c; loopingz/rules_k8s_cd lib/private/trivy_toolchain.bzl @0e96f1f6"
    },
    "win32-x64": {
      name: "trivy_0.74.0_windows-64bit.zip",
      sha256: "94c40e0696e4b907a74b7b2e1438d5d72ebaca83115817407f568a002d520842",
      evidence: "4 independent public source(s) listed in docs/pins.md (alternatives), incl. ScoopInstaller/Main bucket/trivy.json @43c6305a"
    }
  }
};
var TRIVY_SPEC = releaseSpec({
  repo: "aquasecurity/trivy",
  defaultVersion: DEFAULT_VERSION4,
  pinned: PINNED4,
  checksums: "trivy_{V}_checksums.txt",
  forbiddenVersions: TRIVY_FORBIDDEN_VERSIONS,
  naming: {
    "linux-x64": { pattern: "trivy_{V}_Linux-64bit.tar.gz", archive: "tar.gz", binaryPath: "trivy" },
    "linux-arm64": { pattern: "trivy_{V}_Linux-ARM64.tar.gz", archive: "tar.gz", binaryPath: "trivy" },
    "darwin-x64": { pattern: "trivy_{V}_macOS-64bit.tar.gz", archive: "tar.gz", binaryPath: "trivy" },
    "darwin-arm64": { pattern: "trivy_{V}_macOS-ARM64.tar.gz", archive: "tar.gz", binaryPath: "trivy" },
    "win32-x64": { pattern: "trivy_{V}_windows-64bit.zip", archive: "zip", binaryPath: "trivy.exe" }
  }
});

// src/scanners/trivy/command.ts
import { devNull } from "node:os";
import path12 from "node:path";
var COMMON = ["--format", "json", "--exit-code", "0", "--quiet"];
function trivyCommand(ctx) {
  const noIgnores = ["--ignorefile", process.platform === "win32" ? "NUL" : devNull];
  const cache = ["--cache-dir", ctx.cacheDir];
  const fsOut = path12.join(ctx.workDir, "trivy-fs.json");
  const invocations = [
    {
      argv: [
        ctx.binary,
        "fs",
        "--scanners",
        ctx.policy.scanLicenses ? "vuln,secret,misconfig,license" : "vuln,secret,misconfig",
        ...COMMON,
        ...cache,
        ...noIgnores,
        "--output",
        fsOut,
        ctx.root
      ],
      okExitCodes: [0],
      output: { kind: "file", path: fsOut }
    }
  ];
  ctx.images.forEach((image, i) => {
    const out = path12.join(ctx.workDir, `trivy-image-${i}.json`);
    invocations.push({
      argv: [
        ctx.binary,
        "image",
        "--scanners",
        ctx.policy.scanLicenses ? "vuln,secret,license" : "vuln,secret",
        ...COMMON,
        ...cache,
        ...noIgnores,
        "--output",
        out,
        image
      ],
      okExitCodes: [0],
      output: { kind: "file", path: out },
      label: image
    });
  });
  return invocations;
}

// src/scanners/trivy/parse.ts
function trivySeverity(label) {
  const s = String(label ?? "").toLowerCase();
  return s === "critical" || s === "high" || s === "medium" || s === "low" ? s : "unknown";
}
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var num2 = (v) => typeof v === "number" && v > 0 ? v : void 0;
function where(target, ctx) {
  return ctx.label ? `${ctx.label}: ${target}` : toRepoPath(target, ctx);
}
function vulnerability(v, target, ctx) {
  const id = str2(v.VulnerabilityID) ?? "unknown-vulnerability";
  const fixed = str2(v.FixedVersion);
  return {
    scanner: "trivy",
    ruleId: id,
    aliases: stringList(v.VendorIDs).filter((a) => a !== id),
    category: "vulnerability",
    severity: trivySeverity(v.Severity),
    title: str2(v.Title) ?? `${id} in ${String(v.PkgName ?? "a package")}`,
    description: str2(v.Description)?.slice(0, 2e3),
    helpUri: str2(v.PrimaryURL),
    location: { path: where(target, ctx) },
    package: {
      name: String(v.PkgName ?? ""),
      version: str2(v.InstalledVersion),
      fixedVersions: fixed ? fixed.split(/,\s*/).filter(Boolean) : []
    }
  };
}
var COMPACT_PREFIXES = /* @__PURE__ */ new Set(["DS", "KSV", "KCV"]);
function misconfigIds(id, avd) {
  const dashed = /^AVD-([A-Z]+-\d+)$/.exec(avd ?? "")?.[1] ?? /^(?:AVD-)?([A-Z]+-\d+)$/.exec(id)?.[1];
  const compact = /^([A-Z]+)(\d+)$/.exec(id);
  const ruleId = dashed ?? (compact && COMPACT_PREFIXES.has(compact[1] ?? "") ? `${compact[1]}-${compact[2]?.padStart(4, "0")}` : id);
  const forms = /* @__PURE__ */ new Set([id, ...avd ? [avd] : []]);
  const parts = /^([A-Z]+)-(\d+)$/.exec(ruleId);
  if (parts) {
    forms.add(`AVD-${ruleId}`);
    if (COMPACT_PREFIXES.has(parts[1] ?? "")) forms.add(`${parts[1]}${String(Number(parts[2])).padStart(3, "0")}`);
  }
  forms.delete(ruleId);
  return { ruleId, aliases: [...forms] };
}
function misconfiguration(m, target, ctx) {
  const { ruleId: id, aliases } = misconfigIds(str2(m.ID) ?? str2(m.AVDID) ?? "unknown-check", str2(m.AVDID));
  const cause = isRecord(m.CauseMetadata) ? m.CauseMetadata : {};
  return {
    scanner: "trivy",
    ruleId: id,
    aliases,
    category: "misconfiguration",
    severity: trivySeverity(m.Severity),
    title: str2(m.Title) ?? id,
    description: [str2(m.Message), str2(m.Resolution)].filter(Boolean).join(" \u2014 ") || void 0,
    helpUri: str2(m.PrimaryURL),
    location: { path: where(target, ctx), startLine: num2(cause.StartLine), endLine: num2(cause.EndLine) },
    snippet: `${id} ${str2(m.Message) ?? ""} ${String(cause.Resource ?? "")}`
  };
}
function secret(s, target, ctx) {
  const id = str2(s.RuleID) ?? "secret";
  return {
    scanner: "trivy",
    ruleId: id,
    aliases: [],
    category: "secret",
    severity: trivySeverity(s.Severity),
    title: str2(s.Title) ?? id,
    description: str2(s.Category) ? `Secret of type ${String(s.Category)}` : void 0,
    location: { path: where(target, ctx), startLine: num2(s.StartLine), endLine: num2(s.EndLine) }
  };
}
function license(l, target, ctx) {
  const name = str2(l.Name) ?? "unknown";
  return {
    scanner: "trivy",
    ruleId: `license:${name}`,
    aliases: [],
    category: "license",
    severity: trivySeverity(l.Severity),
    title: `${name} licence${str2(l.PkgName) ? ` on ${String(l.PkgName)}` : ""} (${String(l.Category ?? "unclassified")})`,
    helpUri: str2(l.Link),
    location: { path: where(str2(l.FilePath) ?? target, ctx) },
    package: str2(l.PkgName) ? { name: String(l.PkgName) } : void 0
  };
}
function list(v, field) {
  if (v === void 0 || v === null) return [];
  const malformed = () => `report has a malformed ${field} field`;
  if (!Array.isArray(v)) throw new ScannerError("trivy", malformed());
  return everyEntry(v, isRecord, "trivy", malformed);
}
function parseTrivyReport(raw, ctx) {
  const data = readJsonReport(raw, "trivy");
  if (!isRecord(data) || data.SchemaVersion !== 2) {
    throw new ScannerError("trivy", "output is not a trivy JSON report (SchemaVersion 2)");
  }
  if (data.Results !== void 0 && data.Results !== null && !Array.isArray(data.Results)) {
    throw new ScannerError("trivy", "report has a malformed Results field");
  }
  const out = [];
  for (const r of list(data.Results, "Results")) {
    const target = String(r.Target ?? ctx.label ?? ".");
    for (const v of list(r.Vulnerabilities, "Vulnerabilities")) out.push(vulnerability(v, target, ctx));
    for (const m of list(r.Misconfigurations, "Misconfigurations"))
      if (m.Status === "FAIL") out.push(misconfiguration(m, target, ctx));
    for (const s of list(r.Secrets, "Secrets")) out.push(secret(s, target, ctx));
    for (const l of list(r.Licenses, "Licenses")) out.push(license(l, target, ctx));
  }
  return out;
}

// src/scanners/trivy/index.ts
var trivy = {
  id: "trivy",
  displayName: "Trivy",
  install: TRIVY_SPEC,
  autoSelect: (tree) => `auto: always (vulnerabilities, secrets, misconfiguration${tree.images.length > 0 ? `; ${tree.images.length} image(s)` : ""})`,
  databaseCache: true,
  categories: ["vulnerability", "secret", "misconfiguration", "license"],
  usesHistory: false,
  // Trivy's cache (its DB) is single-process: never two trivy processes on one cache dir.
  exclusiveCache: true,
  versionArgs: ["--version"],
  parseVersion: (out) => /Version:\s*v?(\S+)/.exec(out)?.[1],
  command: trivyCommand,
  parse: parseTrivyReport
};

// src/install/specs/trufflehog.ts
var DEFAULT_VERSION5 = "3.97.0";
var PINNED5 = {
  "3.97.0": {
    "linux-x64": {
      name: "trufflehog_3.97.0_linux_amd64.tar.gz",
      sha256: "62224de2f9dd7cd418800feb953760a302ed2f82a7c547fe1146a4874fb179e4",
      evidence: "6 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c"
    },
    "linux-arm64": {
      name: "trufflehog_3.97.0_linux_arm64.tar.gz",
      sha256: "f48f57e3d4343377865b1b64653f96d381d61a7792d89d026e85524732039fde",
      evidence: "5 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c"
    },
    "darwin-x64": {
      name: "trufflehog_3.97.0_darwin_amd64.tar.gz",
      sha256: "037e4aeb197870555ff515432bb5f1f2c98dce5f1214631a689112b5e0e4c9fd",
      evidence: "4 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c"
    },
    "darwin-arm64": {
      name: "trufflehog_3.97.0_darwin_arm64.tar.gz",
      sha256: "ad0a99bd48d6df80eabab24d11d0fd771e245fc55ed347f943cafb5e5f497c5c",
      evidence: "4 independent public source(s) listed in docs/pins.md, incl. cashapp/hermit-packages trufflehog.hcl @e97df12c"
    },
    "win32-x64": {
      name: "trufflehog_3.97.0_windows_amd64.tar.gz",
      sha256: "2a8208e6e5be8d6cd855322480eda4790a437f805dbd6538ad7495c27f40d4e5",
      evidence: "3 independent public source(s) listed in docs/pins.md, incl. ScoopInstaller/Main bucket/trufflehog.json @201050f9"
    }
  }
};
var TRUFFLEHOG_SPEC = releaseSpec({
  repo: "trufflesecurity/trufflehog",
  defaultVersion: DEFAULT_VERSION5,
  pinned: PINNED5,
  checksums: "trufflehog_{V}_checksums.txt",
  naming: {
    "linux-x64": { pattern: "trufflehog_{V}_linux_amd64.tar.gz", archive: "tar.gz", binaryPath: "trufflehog" },
    "linux-arm64": { pattern: "trufflehog_{V}_linux_arm64.tar.gz", archive: "tar.gz", binaryPath: "trufflehog" },
    "darwin-x64": { pattern: "trufflehog_{V}_darwin_amd64.tar.gz", archive: "tar.gz", binaryPath: "trufflehog" },
    "darwin-arm64": { pattern: "trufflehog_{V}_darwin_arm64.tar.gz", archive: "tar.gz", binaryPath: "trufflehog" },
    "win32-x64": { pattern: "trufflehog_{V}_windows_amd64.tar.gz", archive: "tar.gz", binaryPath: "trufflehog.exe" }
  }
});

// src/scanners/trufflehog/command.ts
function trufflehogCommand(ctx) {
  const common2 = ["--json", "--no-update"];
  const argv = ctx.hasGitHistory ? [
    ctx.binary,
    "git",
    `file://${ctx.root}`,
    ...common2,
    ...ctx.range?.base ? ["--since-commit", ctx.range.base, "--branch", ctx.range.head] : []
  ] : [ctx.binary, "filesystem", ctx.root, ...common2];
  return [{ argv, okExitCodes: [0], output: { kind: "stdout" } }];
}

// src/scanners/trufflehog/parse.ts
function sourceLocation(result) {
  const data = isRecord(result.SourceMetadata) && isRecord(result.SourceMetadata.Data) ? result.SourceMetadata.Data : {};
  const inner = Object.values(data).find(isRecord) ?? {};
  return {
    file: typeof inner.file === "string" ? inner.file : void 0,
    line: typeof inner.line === "number" && inner.line > 0 ? inner.line : void 0,
    commit: typeof inner.commit === "string" ? inner.commit : void 0
  };
}
function severityOf3(result, ctx) {
  if (result.Verified === true) return { severity: ctx.policy.trufflehog.verified, state: "verified live" };
  if (typeof result.VerificationError === "string" && result.VerificationError !== "") {
    return { severity: ctx.policy.trufflehog.unknown, state: "verification failed" };
  }
  return { severity: ctx.policy.trufflehog.unverified, state: "unverified" };
}
function toFinding(result, ctx) {
  const detector = String(result.DetectorName ?? "unknown");
  const { severity, state } = severityOf3(result, ctx);
  const where2 = sourceLocation(result);
  const raw = `${String(result.Raw ?? "")}${String(result.RawV2 ?? "")}`;
  return {
    scanner: "trufflehog",
    ruleId: `trufflehog/${detector}`,
    aliases: [],
    category: "secret",
    severity,
    title: `${detector} secret (${state})`,
    description: where2.commit ? `Committed in ${where2.commit.slice(0, 12)}` : void 0,
    location: {
      path: where2.file ? toRepoPath(where2.file, pathBase(where2.commit, ctx)) : "(unknown file)",
      startLine: where2.line
    },
    verified: result.Verified === true,
    // The hash identifies the secret across runs; Raw/RawV2/Redacted are dropped here.
    secretHash: raw ? sha256(raw) : void 0,
    commit: where2.commit
  };
}
var BROKEN_RESULT = /^\{\s*"SourceMetadata"|"DetectorName"\s*:/;
var ERROR_LEVELS = /* @__PURE__ */ new Set(["error", "dpanic", "panic", "fatal"]);
var CONSOLE_ERROR = /^\S+\t(error|dpanic|panic|fatal)\t(.*)$/i;
var oneLine2 = (text2) => maskedLine(text2, 200);
function classify(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    if (BROKEN_RESULT.test(text2)) throw new ScannerError("trufflehog", "output has a truncated result line");
    const consoleError = CONSOLE_ERROR.exec(text2);
    return consoleError ? { error: oneLine2(consoleError[2] ?? "") } : "other";
  }
  if (isRecord(value) && "DetectorName" in value) {
    if (!isRecord(value.SourceMetadata))
      throw new ScannerError("trufflehog", "output has a result line with no SourceMetadata object");
    return { result: value };
  }
  if (!isRecord(value) || !("level" in value || "msg" in value)) return "other";
  if (ERROR_LEVELS.has(String(value.level).toLowerCase())) {
    const reasons = Array.isArray(value.errors) ? value.errors.slice(0, 1) : [];
    return { error: oneLine2([value.msg, value.error, ...reasons].filter((v) => typeof v === "string").join(": ")) };
  }
  return "log";
}
function loggedErrors(errors) {
  const first = errors[0] ? `: "${errors[0]}"` : "";
  return `logged ${errors.length} error(s), so the scan did not finish${first}`;
}
function trufflehogLogErrors(stderr) {
  const errors = [];
  for (const line of stderr.split("\n")) {
    const text2 = line.trim();
    if (text2 === "") continue;
    let kind;
    try {
      kind = classify(text2);
    } catch {
      continue;
    }
    if (typeof kind === "object" && "error" in kind) errors.push(kind.error);
  }
  return errors.length > 0 ? loggedErrors(errors) : void 0;
}
function parseTrufflehogOutput(raw, ctx) {
  const findings = [];
  const errors = [];
  let unparseable = 0;
  for (const line of raw.split("\n")) {
    const text2 = line.trim();
    if (text2 === "") continue;
    const kind = classify(text2);
    if (typeof kind === "object" && "result" in kind) findings.push(toFinding(kind.result, ctx));
    else if (typeof kind === "object") errors.push(kind.error);
    else if (kind === "other") unparseable++;
  }
  if (errors.length > 0) throw new ScannerError("trufflehog", loggedErrors(errors));
  if (findings.length === 0 && unparseable > 0) {
    throw new ScannerError("trufflehog", `output has ${unparseable} line(s) that are not trufflehog JSON results`);
  }
  return findings;
}

// src/scanners/trufflehog/index.ts
var trufflehog = {
  id: "trufflehog",
  displayName: "TruffleHog",
  install: TRUFFLEHOG_SPEC,
  databaseCache: false,
  categories: ["secret"],
  usesHistory: true,
  exclusiveCache: false,
  versionArgs: ["--version"],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out)?.[1],
  command: trufflehogCommand,
  parse: parseTrufflehogOutput,
  logErrors: trufflehogLogErrors
};

// src/scanners/registry.ts
var SCANNERS = {
  trivy,
  gitleaks,
  trufflehog,
  "osv-scanner": osvScanner,
  grype,
  "pip-audit": pipAudit,
  bandit,
  checkov,
  safety,
  sarif: sarifScanner
};

// src/text/iso-date.ts
var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
var isoDate = (v) => {
  const s = typeof v === "string" ? v : void 0;
  const m = s === void 0 ? null : ISO_DATE_TIME.exec(s);
  if (!m || !Number.isFinite(Date.parse(s))) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? s : void 0;
};

// src/policy/baseline.ts
var MAX_RESOLUTIONS = 1e3;
function ownEntry(entries, fingerprint) {
  return entries && Object.hasOwn(entries, fingerprint) ? entries[fingerprint] : void 0;
}
function fixedJudge(runs) {
  if (runs === void 0) return () => true;
  const completed = new Set(runs.filter((r) => r.status === "ok").map((r) => r.id));
  const allCompleted = runs.length > 0 && runs.every((r) => r.status === "ok");
  return (entry) => entry.scanner === void 0 ? allCompleted : completed.has(entry.scanner);
}
function buildBaseline(opts) {
  const canJudge = fixedJudge(opts.runs);
  const entries = /* @__PURE__ */ Object.create(null);
  for (const f of opts.findings) {
    entries[f.fingerprint] = {
      // An evaluated finding knows its first-seen date even when it was matched by a 0.1.x fingerprint.
      firstSeen: ownEntry(opts.previous?.entries, f.fingerprint)?.firstSeen ?? ("firstSeen" in f ? f.firstSeen : void 0) ?? f.sourceFirstSeen ?? opts.now.toISOString(),
      ruleId: f.ruleId,
      path: f.location.path,
      severity: f.severity,
      // The scanner whose fingerprint it is, not an alert source that outranked it: whether it is fixed
      // depends on that scanner completing its next run (fixedJudge).
      scanner: ruleScannerOf(f),
      category: f.category
    };
  }
  const renamed = new Set(opts.findings.flatMap((f) => f.legacyFingerprints ?? []));
  const resolved = [...opts.previous?.resolved ?? []];
  for (const [fingerprint, e] of Object.entries(opts.previous?.entries ?? {})) {
    if (Object.hasOwn(entries, fingerprint) || renamed.has(fingerprint)) continue;
    if (!canJudge(e)) entries[fingerprint] = e;
    else resolved.push({ fingerprint, severity: e.severity, firstSeen: e.firstSeen, fixedAt: opts.now.toISOString() });
  }
  return {
    version: 1,
    createdAt: opts.now.toISOString(),
    ref: opts.ref,
    sha: opts.sha,
    entries,
    resolved: resolved.slice(-MAX_RESOLUTIONS)
  };
}
var isDateTime = (value) => isoDate(value) !== void 0;
var text = (value) => typeof value === "string" ? value : void 0;
function checkedEntry(value, fallback) {
  if (value === null || typeof value !== "object") return void 0;
  const e = value;
  const scanner = text(e.scanner);
  const category = text(e.category);
  return {
    firstSeen: isDateTime(e.firstSeen) ? e.firstSeen : fallback,
    ruleId: text(e.ruleId),
    path: text(e.path),
    severity: text(e.severity),
    ...scanner !== void 0 && isScannerId(scanner) ? { scanner } : {},
    ...category !== void 0 && CATEGORIES.includes(category) ? { category } : {}
  };
}
function entriesFrom(pairs) {
  const entries = {};
  for (const [fingerprint, entry] of pairs)
    Object.defineProperty(entries, fingerprint, { value: entry, enumerable: true, writable: true, configurable: true });
  return entries;
}
function checkedBaseline(value) {
  if (value === null || typeof value !== "object") return void 0;
  const b = value;
  if (b.version !== 1 || !isDateTime(b.createdAt) || typeof b.entries !== "object" || b.entries === null) {
    return void 0;
  }
  const createdAt = b.createdAt;
  const pairs = [];
  for (const [fingerprint, raw] of Object.entries(b.entries)) {
    const entry = checkedEntry(raw, createdAt);
    if (entry) pairs.push([fingerprint, entry]);
  }
  const resolved = [];
  for (const r of Array.isArray(b.resolved) ? b.resolved : []) {
    if (r === null || typeof r !== "object") continue;
    const { fingerprint, severity, firstSeen, fixedAt } = r;
    if (typeof fingerprint !== "string" || !isDateTime(firstSeen) || !isDateTime(fixedAt)) continue;
    resolved.push({ fingerprint, severity: text(severity), firstSeen, fixedAt });
  }
  return {
    version: 1,
    createdAt,
    ref: text(b.ref),
    sha: text(b.sha),
    entries: entriesFrom(pairs),
    ...Array.isArray(b.resolved) ? { resolved } : {}
  };
}

export {
  sha256,
  normalisePackageName,
  contentHash,
  identityOf,
  fingerprintFor,
  legacyFingerprintOf,
  clipText,
  maskSecrets,
  maskedLine,
  stripAnsi,
  uriComponent,
  cleanScannerText,
  TextCleaner,
  glob,
  globSync,
  parseSarifLog,
  failedSarifRuns,
  parseSarifText,
  SCANNERS,
  isoDate,
  ownEntry,
  fixedJudge,
  buildBaseline,
  isDateTime,
  text,
  checkedEntry,
  entriesFrom,
  checkedBaseline
};

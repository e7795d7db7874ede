import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/findings/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low", "unknown"];
var SEVERITY_RANK = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  unknown: 0
};
var CATEGORIES = ["secret", "vulnerability", "misconfiguration", "code", "license"];
var SCANNER_IDS = [
  "trivy",
  "gitleaks",
  "trufflehog",
  "osv-scanner",
  "grype",
  "pip-audit",
  "bandit",
  "checkov",
  "safety",
  "sarif",
  // GitHub's own security data, read through the REST API (src/sources/); selectable like scanners.
  "dependabot",
  "dependency-review",
  "code-scanning",
  "secret-scanning"
];
var SOURCE_IDS = ["dependabot", "dependency-review", "code-scanning", "secret-scanning"];
function isSourceId(value) {
  return SOURCE_IDS.includes(value);
}
function sarifScannerOf(f) {
  if (!isSourceId(f.scanner)) return f.scanner;
  return f.ruleReport?.scanner ?? f.sources.find((s) => !isSourceId(s));
}
function ruleScannerOf(f) {
  return sarifScannerOf(f) ?? f.scanner;
}
function emptyCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
function isScannerId(value) {
  return SCANNER_IDS.includes(value);
}
function bySeverityDesc(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}
function mostSevereFirst(items, limit) {
  const kept = SEVERITIES.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const bucket = kept[SEVERITIES.length - 1 - SEVERITY_RANK[item.severity]];
    if (bucket.length < limit) bucket.push(item);
  }
  return kept.flat().slice(0, limit);
}

// src/text/json-error.ts
function describeJsonError(error) {
  const message = error instanceof Error ? error.message : "";
  if (/Unexpected end of JSON input/i.test(message)) return "the JSON ends too early";
  const where = /(?:at )?position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (!where) return "not valid JSON";
  return where[2] ? `invalid JSON at line ${where[2]} column ${where[3]}` : `invalid JSON at position ${where[1]}`;
}

export {
  SEVERITIES,
  SEVERITY_RANK,
  CATEGORIES,
  SCANNER_IDS,
  SOURCE_IDS,
  isSourceId,
  sarifScannerOf,
  ruleScannerOf,
  emptyCounts,
  isScannerId,
  bySeverityDesc,
  mostSevereFirst,
  describeJsonError
};

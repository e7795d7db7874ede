import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  CORE_SCHEMA,
  YAMLException,
  lineFor,
  load,
  require_formats,
  require_ucs2length,
  toPolicyRules,
  yamlLineMap
} from "./chunk-AL76HQUA.js";
import {
  ConfigError
} from "./chunk-IXNLOB46.js";
import {
  __toESM
} from "./chunk-WAFJPT7N.js";

// src/config/policy-file.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/config/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/scan-gate/scan-gate/blob/main/src/config/policy.schema.json",
  title: "scan-gate policy file",
  description: "The repository's security policy as scan-gate enforces it (.github/scan-gate.yml). Every action input may also be set here; an input given in the workflow wins.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      const: 1,
      description: "Policy file format version. Always 1."
    },
    preset: {
      enum: ["zero-tolerance", "strict", "standard"],
      description: "zero-tolerance: every finding of every severity blocks (unknown included), ignores and fail-on-scanner-error: false are refused, inline/native suppressions do not apply. strict: fail-on medium. standard: fail-on high. Explicit settings refine a preset."
    },
    scanners: {
      description: "Scanners to run (list of ids) or auto.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    path: {
      type: "string",
      description: "Directory to scan, relative to the workspace."
    },
    images: {
      description: "Container image references to scan.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    "fail-on": {
      enum: ["critical", "high", "medium", "low", "any", "none"],
      description: "Lowest severity that fails the check. any includes unknown; none never fails on findings."
    },
    mode: {
      enum: ["all", "new"],
      description: "all: every finding counts; new: only findings absent from the base branch baseline can block."
    },
    "upload-sarif": {
      description: "Upload SARIF to code scanning: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    comment: {
      description: "Sticky PR comment: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    summary: {
      type: "boolean",
      description: "Write the job summary."
    },
    issue: {
      description: "Tracking issue on scheduled runs: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    versions: {
      type: "object",
      description: "Scanner version overrides: id: x.y.z, id: path or id: /absolute/path/to/binary.",
      propertyNames: {
        enum: ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "safety"]
      },
      additionalProperties: {
        type: ["string", "number"]
      }
    },
    "tool-mirror": {
      type: "string",
      format: "uri",
      description: "Base URL replacing https://github.com in release downloads."
    },
    cache: {
      type: "boolean",
      description: "Cache scanner binaries and databases across runs."
    },
    "sarif-files": {
      description: "Globs of other tools' SARIF files to gate and upload.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    "scanner-timeout": {
      type: "string",
      description: "Time limit per scanner, such as 15m (at most 24h)."
    },
    "fail-on-scanner-error": {
      type: "boolean",
      description: "Fail the check when a scanner breaks (fail closed). Refused as false under zero-tolerance."
    },
    "output-dir": {
      type: "string",
      description: "Where SARIF files and report.json are written."
    },
    instance: {
      type: "string",
      pattern: "^[A-Za-z0-9_.-]{1,64}$",
      description: "Identifies this scan-gate step when it runs more than once per workflow."
    },
    "security-hub": {
      type: "boolean",
      description: "Send findings to AWS Security Hub (ASFF, BatchImportFindings, standard AWS credential chain); fixed findings are archived."
    },
    ocsf: {
      type: "boolean",
      description: "Write findings.ocsf.json (OCSF 1.8.0 Vulnerability Finding / Detection Finding records) into the output folder."
    },
    "forward-failure": {
      enum: ["warn", "fail"],
      description: "What a Security Hub or webhook forwarding failure does: warn (default) or also fail the step. The verdict is reported either way."
    },
    "fail-on-by-scanner": {
      type: "object",
      description: "fail-on per scanner, e.g. gitleaks: any. Overrides the global fail-on for that scanner's findings.",
      propertyNames: {
        enum: [
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
          "dependabot",
          "dependency-review",
          "code-scanning",
          "secret-scanning"
        ]
      },
      additionalProperties: {
        enum: ["critical", "high", "medium", "low", "any", "none"]
      }
    },
    "fail-on-by-category": {
      type: "object",
      description: "fail-on per category (secret, vulnerability, misconfiguration, code, license). The most specific rule wins: category, then scanner, then global.",
      propertyNames: {
        enum: ["secret", "vulnerability", "misconfiguration", "code", "license"]
      },
      additionalProperties: {
        enum: ["critical", "high", "medium", "low", "any", "none"]
      }
    },
    "ignore-unfixed": {
      type: "boolean",
      description: "Vulnerabilities with no fixed version do not count (shown as ignored: unfixed)."
    },
    "allow-ignores": {
      type: "boolean",
      description: "false turns every entry of ignores off (they are reported as disabled)."
    },
    "native-ignores": {
      type: "boolean",
      description: "Honour .trivyignore, .gitleaksignore and inline suppressions (# nosec, gitleaks:allow). Default true; false under zero-tolerance."
    },
    "secret-severity": {
      enum: ["critical", "high", "medium", "low", "unknown"],
      description: "Severity of secrets whose scanner gives none (gitleaks). Default high."
    },
    trufflehog: {
      type: "object",
      additionalProperties: false,
      description: "Severity per trufflehog verification state.",
      properties: {
        verified: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Live-verified secrets. Default critical."
        },
        unknown: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Verification failed with an error. Default high."
        },
        unverified: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Not verified. Default medium."
        }
      }
    },
    sla: {
      type: "object",
      additionalProperties: false,
      description: "Maximum age per severity before a finding is overdue (first seen from the baseline).",
      properties: {
        critical: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of critical findings, e.g. 24h."
        },
        high: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of high findings, e.g. 24h."
        },
        medium: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of medium findings, e.g. 24h."
        },
        low: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of low findings, e.g. 24h."
        },
        unknown: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of unknown findings, e.g. 24h."
        }
      }
    },
    "sla-blocks": {
      type: "boolean",
      description: "Overdue findings block the check."
    },
    ignores: {
      type: "array",
      description: "Waivers. Each needs a written reason; expired ones stop applying and are reported.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: {
          id: {
            type: "string",
            minLength: 1,
            description: "Rule id, CVE/GHSA/alias, or a finding fingerprint; * (with paths) waives every finding under those paths."
          },
          paths: {
            type: "array",
            items: {
              type: "string",
              minLength: 1
            },
            description: "Globs of repository paths the waiver covers."
          },
          package: {
            type: "string",
            minLength: 1,
            description: "Package name the waiver covers."
          },
          scanner: {
            enum: [
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
              "dependabot",
              "dependency-review",
              "code-scanning",
              "secret-scanning"
            ],
            description: "Scanner whose findings the waiver covers."
          },
          reason: {
            type: "string",
            minLength: 3,
            description: "Why this is acceptable. Required."
          },
          owner: {
            type: "string",
            description: "Who is accountable for the waiver."
          },
          expires: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            description: "YYYY-MM-DD; the waiver applies through that day (UTC)."
          }
        }
      }
    },
    licenses: {
      description: "true: also scan licences with trivy (category license; gate them with fail-on-by-category license). An object: the licence policy by SPDX id, applied to trivy's licence findings and to the licences of dependencies a pull request adds (dependency-review). Default false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            allow: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "SPDX ids that pass; when set, every other licence is refused."
            },
            deny: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "SPDX ids that block."
            },
            unknown: {
              enum: ["block", "allow"],
              description: "What a dependency without a known licence does. Default block."
            }
          }
        }
      ]
    },
    "issue-assignees": {
      description: "GitHub logins the tracking issue is assigned to when it opens.",
      oneOf: [{ type: "string" }, { type: "array", items: { type: "string", minLength: 1 } }]
    },
    "issue-mentions": {
      description: "Users or teams (@org/team) mentioned when the tracking issue opens or an SLA is breached.",
      oneOf: [{ type: "string" }, { type: "array", items: { type: "string", minLength: 1 } }]
    }
  }
};

// src/config/policy.validator.js
var __ajvNs0 = __toESM(require_ucs2length(), 1);
var __ajvNs1 = __toESM(require_formats(), 1);
var __ajvRuntime0 = cjs(__ajvNs0);
var __ajvRuntime1 = cjs(__ajvNs1);
function cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" ? d : ns;
}
var policy_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/scan-gate/scan-gate/blob/main/src/config/policy.schema.json", "title": "scan-gate policy file", "description": "The repository's security policy as scan-gate enforces it (.github/scan-gate.yml). Every action input may also be set here; an input given in the workflow wins.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "const": 1, "description": "Policy file format version. Always 1." }, "preset": { "enum": ["zero-tolerance", "strict", "standard"], "description": "zero-tolerance: every finding of every severity blocks (unknown included), ignores and fail-on-scanner-error: false are refused, inline/native suppressions do not apply. strict: fail-on medium. standard: fail-on high. Explicit settings refine a preset." }, "scanners": { "description": "Scanners to run (list of ids) or auto.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "path": { "type": "string", "description": "Directory to scan, relative to the workspace." }, "images": { "description": "Container image references to scan.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "fail-on": { "enum": ["critical", "high", "medium", "low", "any", "none"], "description": "Lowest severity that fails the check. any includes unknown; none never fails on findings." }, "mode": { "enum": ["all", "new"], "description": "all: every finding counts; new: only findings absent from the base branch baseline can block." }, "upload-sarif": { "description": "Upload SARIF to code scanning: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "comment": { "description": "Sticky PR comment: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "summary": { "type": "boolean", "description": "Write the job summary." }, "issue": { "description": "Tracking issue on scheduled runs: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "versions": { "type": "object", "description": "Scanner version overrides: id: x.y.z, id: path or id: /absolute/path/to/binary.", "propertyNames": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "safety"] }, "additionalProperties": { "type": ["string", "number"] } }, "tool-mirror": { "type": "string", "format": "uri", "description": "Base URL replacing https://github.com in release downloads." }, "cache": { "type": "boolean", "description": "Cache scanner binaries and databases across runs." }, "sarif-files": { "description": "Globs of other tools' SARIF files to gate and upload.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "scanner-timeout": { "type": "string", "description": "Time limit per scanner, such as 15m (at most 24h)." }, "fail-on-scanner-error": { "type": "boolean", "description": "Fail the check when a scanner breaks (fail closed). Refused as false under zero-tolerance." }, "output-dir": { "type": "string", "description": "Where SARIF files and report.json are written." }, "instance": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,64}$", "description": "Identifies this scan-gate step when it runs more than once per workflow." }, "security-hub": { "type": "boolean", "description": "Send findings to AWS Security Hub (ASFF, BatchImportFindings, standard AWS credential chain); fixed findings are archived." }, "ocsf": { "type": "boolean", "description": "Write findings.ocsf.json (OCSF 1.8.0 Vulnerability Finding / Detection Finding records) into the output folder." }, "forward-failure": { "enum": ["warn", "fail"], "description": "What a Security Hub or webhook forwarding failure does: warn (default) or also fail the step. The verdict is reported either way." }, "fail-on-by-scanner": { "type": "object", "description": "fail-on per scanner, e.g. gitleaks: any. Overrides the global fail-on for that scanner's findings.", "propertyNames": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "safety", "sarif", "dependabot", "dependency-review", "code-scanning", "secret-scanning"] }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "any", "none"] } }, "fail-on-by-category": { "type": "object", "description": "fail-on per category (secret, vulnerability, misconfiguration, code, license). The most specific rule wins: category, then scanner, then global.", "propertyNames": { "enum": ["secret", "vulnerability", "misconfiguration", "code", "license"] }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "any", "none"] } }, "ignore-unfixed": { "type": "boolean", "description": "Vulnerabilities with no fixed version do not count (shown as ignored: unfixed)." }, "allow-ignores": { "type": "boolean", "description": "false turns every entry of ignores off (they are reported as disabled)." }, "native-ignores": { "type": "boolean", "description": "Honour .trivyignore, .gitleaksignore and inline suppressions (# nosec, gitleaks:allow). Default true; false under zero-tolerance." }, "secret-severity": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Severity of secrets whose scanner gives none (gitleaks). Default high." }, "trufflehog": { "type": "object", "additionalProperties": false, "description": "Severity per trufflehog verification state.", "properties": { "verified": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Live-verified secrets. Default critical." }, "unknown": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Verification failed with an error. Default high." }, "unverified": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Not verified. Default medium." } } }, "sla": { "type": "object", "additionalProperties": false, "description": "Maximum age per severity before a finding is overdue (first seen from the baseline).", "properties": { "critical": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of critical findings, e.g. 24h." }, "high": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of high findings, e.g. 24h." }, "medium": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of medium findings, e.g. 24h." }, "low": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of low findings, e.g. 24h." }, "unknown": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of unknown findings, e.g. 24h." } } }, "sla-blocks": { "type": "boolean", "description": "Overdue findings block the check." }, "ignores": { "type": "array", "description": "Waivers. Each needs a written reason; expired ones stop applying and are reported.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "reason"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Rule id, CVE/GHSA/alias, or a finding fingerprint; * (with paths) waives every finding under those paths." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of repository paths the waiver covers." }, "package": { "type": "string", "minLength": 1, "description": "Package name the waiver covers." }, "scanner": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "safety", "sarif", "dependabot", "dependency-review", "code-scanning", "secret-scanning"], "description": "Scanner whose findings the waiver covers." }, "reason": { "type": "string", "minLength": 3, "description": "Why this is acceptable. Required." }, "owner": { "type": "string", "description": "Who is accountable for the waiver." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; the waiver applies through that day (UTC)." } } } }, "licenses": { "description": "true: also scan licences with trivy (category license; gate them with fail-on-by-category license). An object: the licence policy by SPDX id, applied to trivy's licence findings and to the licences of dependencies a pull request adds (dependency-review). Default false.", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "SPDX ids that pass; when set, every other licence is refused." }, "deny": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "SPDX ids that block." }, "unknown": { "enum": ["block", "allow"], "description": "What a dependency without a known licence does. Default block." } } }] }, "issue-assignees": { "description": "GitHub logins the tracking issue is assigned to when it opens.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "issue-mentions": { "description": "Users or teams (@org/team) mentioned when the tracking issue opens or an SLA is breached.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = __ajvRuntime0.default;
var formats0 = __ajvRuntime1.fullFormats.uri;
var pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
var pattern1 = new RegExp("^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "u");
var pattern6 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
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
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data1 = data.preset;
      if (!(data1 === "zero-tolerance" || data1 === "strict" || data1 === "standard")) {
        const err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema11.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scanners !== void 0) {
      let data2 = data.scanners;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err5 = { instancePath: instancePath + "/scanners/" + i0, schemaPath: "#/properties/scanners/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/scanners/" + i0, schemaPath: "#/properties/scanners/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err9 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data5 = data.images;
      const _errs15 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs16 = errors;
      if (typeof data5 !== "string") {
        const err10 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err11 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err14 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on"] !== void 0) {
      let data7 = data["fail-on"];
      if (!(data7 === "critical" || data7 === "high" || data7 === "medium" || data7 === "low" || data7 === "any" || data7 === "none")) {
        const err15 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data8 = data.mode;
      if (!(data8 === "all" || data8 === "new")) {
        const err16 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["upload-sarif"] !== void 0) {
      let data9 = data["upload-sarif"];
      const _errs25 = errors;
      let valid7 = false;
      let passing2 = null;
      const _errs26 = errors;
      if (typeof data9 !== "boolean") {
        const err17 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      if (_valid2) {
        valid7 = true;
        passing2 = 0;
      }
      const _errs28 = errors;
      if (!(data9 === "auto" || data9 === "true" || data9 === "false")) {
        const err18 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties["upload-sarif"].oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid2 = _errs28 === errors;
      if (_valid2 && valid7) {
        valid7 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid7 = true;
          passing2 = 1;
        }
      }
      if (!valid7) {
        const err19 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.comment !== void 0) {
      let data10 = data.comment;
      const _errs30 = errors;
      let valid8 = false;
      let passing3 = null;
      const _errs31 = errors;
      if (typeof data10 !== "boolean") {
        const err20 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid3 = _errs31 === errors;
      if (_valid3) {
        valid8 = true;
        passing3 = 0;
      }
      const _errs33 = errors;
      if (!(data10 === "auto" || data10 === "true" || data10 === "false")) {
        const err21 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties.comment.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid3 = _errs33 === errors;
      if (_valid3 && valid8) {
        valid8 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid8 = true;
          passing3 = 1;
        }
      }
      if (!valid8) {
        const err22 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.summary !== void 0) {
      if (typeof data.summary !== "boolean") {
        const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data12 = data.issue;
      const _errs37 = errors;
      let valid9 = false;
      let passing4 = null;
      const _errs38 = errors;
      if (typeof data12 !== "boolean") {
        const err24 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid4 = _errs38 === errors;
      if (_valid4) {
        valid9 = true;
        passing4 = 0;
      }
      const _errs40 = errors;
      if (!(data12 === "auto" || data12 === "true" || data12 === "false")) {
        const err25 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties.issue.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid4 = _errs40 === errors;
      if (_valid4 && valid9) {
        valid9 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid9 = true;
          passing4 = 1;
        }
      }
      if (!valid9) {
        const err26 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs37;
        if (vErrors !== null) {
          if (_errs37) {
            vErrors.length = _errs37;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.versions !== void 0) {
      let data13 = data.versions;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          const _errs43 = errors;
          if (!(key1 === "trivy" || key1 === "gitleaks" || key1 === "trufflehog" || key1 === "osv-scanner" || key1 === "grype" || key1 === "pip-audit" || key1 === "bandit" || key1 === "checkov" || key1 === "safety")) {
            const err27 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.versions.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid10 = _errs43 === errors;
          if (!valid10) {
            const err28 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key2 in data13) {
          let data14 = data13[key2];
          if (typeof data14 !== "string" && !(typeof data14 == "number")) {
            const err29 = { instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/type", keyword: "type", params: { type: schema11.properties.versions.additionalProperties.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["tool-mirror"] !== void 0) {
      let data15 = data["tool-mirror"];
      if (typeof data15 === "string") {
        if (!formats0(data15)) {
          const err31 = { instancePath: instancePath + "/tool-mirror", schemaPath: "#/properties/tool-mirror/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/tool-mirror", schemaPath: "#/properties/tool-mirror/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.cache !== void 0) {
      if (typeof data.cache !== "boolean") {
        const err33 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["sarif-files"] !== void 0) {
      let data17 = data["sarif-files"];
      const _errs52 = errors;
      let valid12 = false;
      let passing5 = null;
      const _errs53 = errors;
      if (typeof data17 !== "string") {
        const err34 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid5 = _errs53 === errors;
      if (_valid5) {
        valid12 = true;
        passing5 = 0;
      }
      const _errs55 = errors;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err35 = { instancePath: instancePath + "/sarif-files/" + i2, schemaPath: "#/properties/sarif-files/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/sarif-files/" + i2, schemaPath: "#/properties/sarif-files/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid5 = _errs55 === errors;
      if (_valid5 && valid12) {
        valid12 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid12 = true;
          passing5 = 1;
        }
      }
      if (!valid12) {
        const err38 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs52;
        if (vErrors !== null) {
          if (_errs52) {
            vErrors.length = _errs52;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["scanner-timeout"] !== void 0) {
      if (typeof data["scanner-timeout"] !== "string") {
        const err39 = { instancePath: instancePath + "/scanner-timeout", schemaPath: "#/properties/scanner-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["fail-on-scanner-error"] !== void 0) {
      if (typeof data["fail-on-scanner-error"] !== "boolean") {
        const err40 = { instancePath: instancePath + "/fail-on-scanner-error", schemaPath: "#/properties/fail-on-scanner-error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["output-dir"] !== void 0) {
      if (typeof data["output-dir"] !== "string") {
        const err41 = { instancePath: instancePath + "/output-dir", schemaPath: "#/properties/output-dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.instance !== void 0) {
      let data22 = data.instance;
      if (typeof data22 === "string") {
        if (!pattern0.test(data22)) {
          const err42 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["security-hub"] !== void 0) {
      if (typeof data["security-hub"] !== "boolean") {
        const err44 = { instancePath: instancePath + "/security-hub", schemaPath: "#/properties/security-hub/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.ocsf !== void 0) {
      if (typeof data.ocsf !== "boolean") {
        const err45 = { instancePath: instancePath + "/ocsf", schemaPath: "#/properties/ocsf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data["forward-failure"] !== void 0) {
      let data25 = data["forward-failure"];
      if (!(data25 === "warn" || data25 === "fail")) {
        const err46 = { instancePath: instancePath + "/forward-failure", schemaPath: "#/properties/forward-failure/enum", keyword: "enum", params: { allowedValues: schema11.properties["forward-failure"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data["fail-on-by-scanner"] !== void 0) {
      let data26 = data["fail-on-by-scanner"];
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key3 in data26) {
          const _errs74 = errors;
          if (!(key3 === "trivy" || key3 === "gitleaks" || key3 === "trufflehog" || key3 === "osv-scanner" || key3 === "grype" || key3 === "pip-audit" || key3 === "bandit" || key3 === "checkov" || key3 === "safety" || key3 === "sarif" || key3 === "dependabot" || key3 === "dependency-review" || key3 === "code-scanning" || key3 === "secret-scanning")) {
            const err47 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-scanner"].propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var valid15 = _errs74 === errors;
          if (!valid15) {
            const err48 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        for (const key4 in data26) {
          let data27 = data26[key4];
          if (!(data27 === "critical" || data27 === "high" || data27 === "medium" || data27 === "low" || data27 === "any" || data27 === "none")) {
            const err49 = { instancePath: instancePath + "/fail-on-by-scanner/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/fail-on-by-scanner/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-scanner"].additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data["fail-on-by-category"] !== void 0) {
      let data28 = data["fail-on-by-category"];
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key5 in data28) {
          const _errs79 = errors;
          if (!(key5 === "secret" || key5 === "vulnerability" || key5 === "misconfiguration" || key5 === "code" || key5 === "license")) {
            const err51 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-category"].propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var valid17 = _errs79 === errors;
          if (!valid17) {
            const err52 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        for (const key6 in data28) {
          let data29 = data28[key6];
          if (!(data29 === "critical" || data29 === "high" || data29 === "medium" || data29 === "low" || data29 === "any" || data29 === "none")) {
            const err53 = { instancePath: instancePath + "/fail-on-by-category/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/fail-on-by-category/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-category"].additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["ignore-unfixed"] !== void 0) {
      if (typeof data["ignore-unfixed"] !== "boolean") {
        const err55 = { instancePath: instancePath + "/ignore-unfixed", schemaPath: "#/properties/ignore-unfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data["allow-ignores"] !== void 0) {
      if (typeof data["allow-ignores"] !== "boolean") {
        const err56 = { instancePath: instancePath + "/allow-ignores", schemaPath: "#/properties/allow-ignores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data["native-ignores"] !== void 0) {
      if (typeof data["native-ignores"] !== "boolean") {
        const err57 = { instancePath: instancePath + "/native-ignores", schemaPath: "#/properties/native-ignores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data["secret-severity"] !== void 0) {
      let data33 = data["secret-severity"];
      if (!(data33 === "critical" || data33 === "high" || data33 === "medium" || data33 === "low" || data33 === "unknown")) {
        const err58 = { instancePath: instancePath + "/secret-severity", schemaPath: "#/properties/secret-severity/enum", keyword: "enum", params: { allowedValues: schema11.properties["secret-severity"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.trufflehog !== void 0) {
      let data34 = data.trufflehog;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key7 in data34) {
          if (!(key7 === "verified" || key7 === "unknown" || key7 === "unverified")) {
            const err59 = { instancePath: instancePath + "/trufflehog", schemaPath: "#/properties/trufflehog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data34.verified !== void 0) {
          let data35 = data34.verified;
          if (!(data35 === "critical" || data35 === "high" || data35 === "medium" || data35 === "low" || data35 === "unknown")) {
            const err60 = { instancePath: instancePath + "/trufflehog/verified", schemaPath: "#/properties/trufflehog/properties/verified/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.verified.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data34.unknown !== void 0) {
          let data36 = data34.unknown;
          if (!(data36 === "critical" || data36 === "high" || data36 === "medium" || data36 === "low" || data36 === "unknown")) {
            const err61 = { instancePath: instancePath + "/trufflehog/unknown", schemaPath: "#/properties/trufflehog/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.unknown.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data34.unverified !== void 0) {
          let data37 = data34.unverified;
          if (!(data37 === "critical" || data37 === "high" || data37 === "medium" || data37 === "low" || data37 === "unknown")) {
            const err62 = { instancePath: instancePath + "/trufflehog/unverified", schemaPath: "#/properties/trufflehog/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.unverified.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/trufflehog", schemaPath: "#/properties/trufflehog/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.sla !== void 0) {
      let data38 = data.sla;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key8 in data38) {
          if (!(key8 === "critical" || key8 === "high" || key8 === "medium" || key8 === "low" || key8 === "unknown")) {
            const err64 = { instancePath: instancePath + "/sla", schemaPath: "#/properties/sla/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data38.critical !== void 0) {
          let data39 = data38.critical;
          if (typeof data39 === "string") {
            if (!pattern1.test(data39)) {
              const err65 = { instancePath: instancePath + "/sla/critical", schemaPath: "#/properties/sla/properties/critical/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/sla/critical", schemaPath: "#/properties/sla/properties/critical/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data38.high !== void 0) {
          let data40 = data38.high;
          if (typeof data40 === "string") {
            if (!pattern1.test(data40)) {
              const err67 = { instancePath: instancePath + "/sla/high", schemaPath: "#/properties/sla/properties/high/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/sla/high", schemaPath: "#/properties/sla/properties/high/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data38.medium !== void 0) {
          let data41 = data38.medium;
          if (typeof data41 === "string") {
            if (!pattern1.test(data41)) {
              const err69 = { instancePath: instancePath + "/sla/medium", schemaPath: "#/properties/sla/properties/medium/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/sla/medium", schemaPath: "#/properties/sla/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data38.low !== void 0) {
          let data42 = data38.low;
          if (typeof data42 === "string") {
            if (!pattern1.test(data42)) {
              const err71 = { instancePath: instancePath + "/sla/low", schemaPath: "#/properties/sla/properties/low/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/sla/low", schemaPath: "#/properties/sla/properties/low/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data38.unknown !== void 0) {
          let data43 = data38.unknown;
          if (typeof data43 === "string") {
            if (!pattern1.test(data43)) {
              const err73 = { instancePath: instancePath + "/sla/unknown", schemaPath: "#/properties/sla/properties/unknown/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/sla/unknown", schemaPath: "#/properties/sla/properties/unknown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/sla", schemaPath: "#/properties/sla/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data["sla-blocks"] !== void 0) {
      if (typeof data["sla-blocks"] !== "boolean") {
        const err76 = { instancePath: instancePath + "/sla-blocks", schemaPath: "#/properties/sla-blocks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data45 = data.ignores;
      if (Array.isArray(data45)) {
        const len3 = data45.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data46 = data45[i3];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.id === void 0) {
              const err77 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data46.reason === void 0) {
              const err78 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            for (const key9 in data46) {
              if (!(key9 === "id" || key9 === "paths" || key9 === "package" || key9 === "scanner" || key9 === "reason" || key9 === "owner" || key9 === "expires")) {
                const err79 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data46.id !== void 0) {
              let data47 = data46.id;
              if (typeof data47 === "string") {
                if (func3(data47) < 1) {
                  const err80 = { instancePath: instancePath + "/ignores/" + i3 + "/id", schemaPath: "#/properties/ignores/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/ignores/" + i3 + "/id", schemaPath: "#/properties/ignores/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data46.paths !== void 0) {
              let data48 = data46.paths;
              if (Array.isArray(data48)) {
                const len4 = data48.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data49 = data48[i4];
                  if (typeof data49 === "string") {
                    if (func3(data49) < 1) {
                      const err82 = { instancePath: instancePath + "/ignores/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignores/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/ignores/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignores/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/ignores/" + i3 + "/paths", schemaPath: "#/properties/ignores/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data46.package !== void 0) {
              let data50 = data46.package;
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err85 = { instancePath: instancePath + "/ignores/" + i3 + "/package", schemaPath: "#/properties/ignores/items/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/ignores/" + i3 + "/package", schemaPath: "#/properties/ignores/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data46.scanner !== void 0) {
              let data51 = data46.scanner;
              if (!(data51 === "trivy" || data51 === "gitleaks" || data51 === "trufflehog" || data51 === "osv-scanner" || data51 === "grype" || data51 === "pip-audit" || data51 === "bandit" || data51 === "checkov" || data51 === "safety" || data51 === "sarif" || data51 === "dependabot" || data51 === "dependency-review" || data51 === "code-scanning" || data51 === "secret-scanning")) {
                const err87 = { instancePath: instancePath + "/ignores/" + i3 + "/scanner", schemaPath: "#/properties/ignores/items/properties/scanner/enum", keyword: "enum", params: { allowedValues: schema11.properties.ignores.items.properties.scanner.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data46.reason !== void 0) {
              let data52 = data46.reason;
              if (typeof data52 === "string") {
                if (func3(data52) < 3) {
                  const err88 = { instancePath: instancePath + "/ignores/" + i3 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/ignores/" + i3 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data46.owner !== void 0) {
              if (typeof data46.owner !== "string") {
                const err90 = { instancePath: instancePath + "/ignores/" + i3 + "/owner", schemaPath: "#/properties/ignores/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data46.expires !== void 0) {
              let data54 = data46.expires;
              if (typeof data54 === "string") {
                if (!pattern6.test(data54)) {
                  const err91 = { instancePath: instancePath + "/ignores/" + i3 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/ignores/" + i3 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.licenses !== void 0) {
      let data55 = data.licenses;
      const _errs131 = errors;
      let valid26 = false;
      let passing6 = null;
      const _errs132 = errors;
      if (typeof data55 !== "boolean") {
        const err95 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
      var _valid6 = _errs132 === errors;
      if (_valid6) {
        valid26 = true;
        passing6 = 0;
      }
      const _errs134 = errors;
      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
        for (const key10 in data55) {
          if (!(key10 === "allow" || key10 === "deny" || key10 === "unknown")) {
            const err96 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data55.allow !== void 0) {
          let data56 = data55.allow;
          if (Array.isArray(data56)) {
            const len5 = data56.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data57 = data56[i5];
              if (typeof data57 === "string") {
                if (func3(data57) < 1) {
                  const err97 = { instancePath: instancePath + "/licenses/allow/" + i5, schemaPath: "#/properties/licenses/oneOf/1/properties/allow/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/licenses/allow/" + i5, schemaPath: "#/properties/licenses/oneOf/1/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/licenses/allow", schemaPath: "#/properties/licenses/oneOf/1/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data55.deny !== void 0) {
          let data58 = data55.deny;
          if (Array.isArray(data58)) {
            const len6 = data58.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data59 = data58[i6];
              if (typeof data59 === "string") {
                if (func3(data59) < 1) {
                  const err100 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "#/properties/licenses/oneOf/1/properties/deny/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "#/properties/licenses/oneOf/1/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/licenses/deny", schemaPath: "#/properties/licenses/oneOf/1/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data55.unknown !== void 0) {
          let data60 = data55.unknown;
          if (!(data60 === "block" || data60 === "allow")) {
            const err103 = { instancePath: instancePath + "/licenses/unknown", schemaPath: "#/properties/licenses/oneOf/1/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema11.properties.licenses.oneOf[1].properties.unknown.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
      var _valid6 = _errs134 === errors;
      if (_valid6 && valid26) {
        valid26 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid26 = true;
          passing6 = 1;
        }
      }
      if (!valid26) {
        const err105 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      } else {
        errors = _errs131;
        if (vErrors !== null) {
          if (_errs131) {
            vErrors.length = _errs131;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["issue-assignees"] !== void 0) {
      let data61 = data["issue-assignees"];
      const _errs147 = errors;
      let valid32 = false;
      let passing7 = null;
      const _errs148 = errors;
      if (typeof data61 !== "string") {
        const err106 = { instancePath: instancePath + "/issue-assignees", schemaPath: "#/properties/issue-assignees/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
      var _valid7 = _errs148 === errors;
      if (_valid7) {
        valid32 = true;
        passing7 = 0;
      }
      const _errs150 = errors;
      if (Array.isArray(data61)) {
        const len7 = data61.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data62 = data61[i7];
          if (typeof data62 === "string") {
            if (func3(data62) < 1) {
              const err107 = { instancePath: instancePath + "/issue-assignees/" + i7, schemaPath: "#/properties/issue-assignees/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/issue-assignees/" + i7, schemaPath: "#/properties/issue-assignees/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/issue-assignees", schemaPath: "#/properties/issue-assignees/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
      var _valid7 = _errs150 === errors;
      if (_valid7 && valid32) {
        valid32 = false;
        passing7 = [passing7, 1];
      } else {
        if (_valid7) {
          valid32 = true;
          passing7 = 1;
        }
      }
      if (!valid32) {
        const err110 = { instancePath: instancePath + "/issue-assignees", schemaPath: "#/properties/issue-assignees/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      } else {
        errors = _errs147;
        if (vErrors !== null) {
          if (_errs147) {
            vErrors.length = _errs147;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["issue-mentions"] !== void 0) {
      let data63 = data["issue-mentions"];
      const _errs155 = errors;
      let valid35 = false;
      let passing8 = null;
      const _errs156 = errors;
      if (typeof data63 !== "string") {
        const err111 = { instancePath: instancePath + "/issue-mentions", schemaPath: "#/properties/issue-mentions/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
      var _valid8 = _errs156 === errors;
      if (_valid8) {
        valid35 = true;
        passing8 = 0;
      }
      const _errs158 = errors;
      if (Array.isArray(data63)) {
        const len8 = data63.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data64 = data63[i8];
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err112 = { instancePath: instancePath + "/issue-mentions/" + i8, schemaPath: "#/properties/issue-mentions/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          } else {
            const err113 = { instancePath: instancePath + "/issue-mentions/" + i8, schemaPath: "#/properties/issue-mentions/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/issue-mentions", schemaPath: "#/properties/issue-mentions/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
      var _valid8 = _errs158 === errors;
      if (_valid8 && valid35) {
        valid35 = false;
        passing8 = [passing8, 1];
      } else {
        if (_valid8) {
          valid35 = true;
          passing8 = 1;
        }
      }
      if (!valid35) {
        const err115 = { instancePath: instancePath + "/issue-mentions", schemaPath: "#/properties/issue-mentions/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      } else {
        errors = _errs155;
        if (vErrors !== null) {
          if (_errs155) {
            vErrors.length = _errs155;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err116 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err116];
    } else {
      vErrors.push(err116);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/policy-file.ts
var INPUT_KEYS = [
  "scanners",
  "path",
  "images",
  "fail-on",
  "mode",
  "upload-sarif",
  "comment",
  "summary",
  "issue",
  "versions",
  "tool-mirror",
  "cache",
  "sarif-files",
  "scanner-timeout",
  "fail-on-scanner-error",
  "output-dir",
  "instance",
  "security-hub",
  "ocsf",
  "forward-failure",
  // Tracking-issue notification (alert sources)
  "issue-assignees",
  "issue-mentions"
];
var MAX_BYTES = 256 * 1024;
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j] ?? 0;
      row[j] = next;
    }
  }
  return row[b.length] ?? 0;
}
function didYouMean(key, allowed) {
  let best;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const score = distance(key.toLowerCase(), candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== void 0 && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : void 0;
}
function schemaAt(pointer) {
  let node = policy_schema_default;
  for (const part of pointer.split("/").filter(Boolean)) {
    const props = node.properties;
    node = /^\d+$/.test(part) ? node.items : props?.[part];
    if (!node) return {};
  }
  return node;
}
function field(pointer) {
  return pointer === "" ? "(top level)" : pointer.slice(1).replace(/\/(\d+)(?=\/|$)/g, "[$1]").replace(/\//g, ".");
}
function describe(error) {
  const at = error.instancePath;
  const params = error.params;
  if (error.keyword === "additionalProperties") {
    const key = String(params.additionalProperty);
    const allowed = Object.keys(schemaAt(at).properties ?? {});
    const hint = didYouMean(key, allowed);
    const where = at === "" ? "at the top level" : `in ${field(at)}`;
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `unknown key "${key}" ${where}${hint ? ` \u2014 did you mean "${hint}"?` : ""}. Allowed keys: ${allowed.join(", ")}`
    };
  }
  const named = error.propertyName ?? params.propertyName;
  if (error.keyword === "propertyNames" || named !== void 0) {
    const key = String(named);
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `"${key}" is not allowed as a key of ${field(at)}. Allowed: ${(schemaAt(at).propertyNames?.enum ?? []).join(", ")}`
    };
  }
  if (error.keyword === "enum" || error.keyword === "const") {
    const allowed = params.allowedValues ?? [params.allowedValue];
    return { pointer: at, key: false, message: `${field(at)} must be one of: ${allowed.map(String).join(", ")}` };
  }
  if (error.keyword === "required") {
    return {
      pointer: at,
      key: false,
      message: `${field(at)} is missing the required key "${String(params.missingProperty)}"`
    };
  }
  return { pointer: at, key: false, message: `${field(at)} ${error.message ?? "is invalid"}` };
}
function fail(displayPath, line, message) {
  throw new ConfigError(
    `${displayPath}${line ? `:${line}` : ""}: ${message}. See the schema: src/config/policy.schema.json (README "Policy file").`
  );
}
function loadYaml(text, displayPath) {
  try {
    return load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: 20, filename: displayPath });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const reason = error.reason ?? error.message;
      const alias = /alias/i.test(reason) ? " (anchors and aliases are not allowed in a policy file)" : "";
      fail(displayPath, mark?.line !== void 0 ? mark.line + 1 : void 0, `invalid YAML: ${reason}${alias}`);
    }
    throw error;
  }
}
function parsePolicyText(text, displayPath) {
  if (text.length > MAX_BYTES)
    fail(displayPath, void 0, `the file is ${text.length} bytes; a policy file may be at most ${MAX_BYTES} bytes`);
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") {
    fail(displayPath, void 0, "the file is empty; it needs at least `version: 1`");
  }
  const data = loadYaml(text, displayPath);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    fail(
      displayPath,
      1,
      "the file must be a YAML mapping of keys such as `version: 1`, `preset`, `fail-on`, `ignores`"
    );
  }
  if (!policy_validator_default(data)) {
    const lines = yamlLineMap(text);
    const errors = (policy_validator_default.errors ?? []).filter((e) => !["oneOf", "if"].includes(e.keyword));
    const first = describe(errors[0] ?? (policy_validator_default.errors ?? [])[0]);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
    fail(displayPath, lineFor(lines, first.pointer, first.key), `${first.message}${more}`);
  }
  const record = data;
  return { path: displayPath, inputs: toInputs(record), rules: toPolicyRules(record, displayPath, yamlLineMap(text)) };
}
function toInputs(record) {
  const out = {};
  for (const key of INPUT_KEYS) {
    const v = record[key];
    if (v === void 0 || v === null) continue;
    if (Array.isArray(v)) out[key] = v.join("\n");
    else if (typeof v === "object")
      out[key] = Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join("\n");
    else out[key] = String(v);
  }
  return out;
}
function loadPolicyFile(filePath, opts) {
  const display = opts.displayPath ?? filePath;
  if (!existsSync(filePath)) {
    if (!opts.explicit) return void 0;
    throw new ConfigError(
      `Input \`config\`: the policy file ${display} does not exist (resolved to ${path.resolve(filePath)}).`
    );
  }
  if (!statSync(filePath).isFile()) throw new ConfigError(`Input \`config\`: ${display} is not a file.`);
  if (statSync(filePath).size > MAX_BYTES) fail(display, void 0, `the file is larger than ${MAX_BYTES} bytes`);
  return parsePolicyText(readFileSync(filePath, "utf8"), display);
}

export {
  didYouMean,
  loadPolicyFile
};

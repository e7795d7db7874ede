import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  loadPolicyFile
} from "./chunk-XUN7GMNX.js";
import {
  isInside
} from "./chunk-GWX5UPIH.js";
import {
  globComplexityProblem
} from "./chunk-AL76HQUA.js";
import {
  SCANNER_IDS,
  describeJsonError,
  isScannerId
} from "./chunk-MRMBNSTT.js";
import {
  ConfigError,
  require_picomatch
} from "./chunk-IXNLOB46.js";
import {
  __toESM
} from "./chunk-WAFJPT7N.js";

// src/config/load-config.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";

// src/config/build-policy.ts
var PRESET_FAIL_ON = {
  "zero-tolerance": "any",
  strict: "medium",
  standard: "high"
};
function checkZeroTolerance(o) {
  const rules = o.rules;
  const problems = [];
  if (o.failOn !== void 0 && o.failOn !== "any") problems.push(`fail-on is "${o.failOn}" (must be any)`);
  if (o.failOnScannerError === false) problems.push("fail-on-scanner-error is false");
  if ((rules?.ignores.length ?? 0) > 0) problems.push(`${rules?.ignores.length} ignore(s) are listed`);
  if (rules?.ignoreUnfixed) problems.push("ignore-unfixed is true");
  if (rules?.nativeIgnores === true) problems.push("native-ignores is true");
  const relaxed = [...Object.entries(rules?.failOnByScanner ?? {}), ...Object.entries(rules?.failOnByCategory ?? {})].filter(([, t]) => t !== "any").map(([k, t]) => `${k}: ${t}`);
  if (relaxed.length > 0) problems.push(`per-scanner/category thresholds relax it (${relaxed.join(", ")})`);
  if (problems.length > 0) {
    throw new ConfigError(
      `${o.source}: preset zero-tolerance allows no exceptions or overrides, but ${problems.join("; ")}. Remove them, or choose preset strict or standard.`
    );
  }
}
function buildPolicy(o) {
  const rules = o.rules;
  const preset = rules?.preset;
  if (preset === "zero-tolerance") checkZeroTolerance(o);
  const zero = preset === "zero-tolerance";
  const failOn = o.failOn ?? (preset ? PRESET_FAIL_ON[preset] : "high");
  const failOnSource = o.failOn !== void 0 ? o.failOnSource ?? "fail-on" : preset ? `preset ${preset}` : "default";
  return {
    preset,
    failOn,
    failOnSource,
    scannerFailOn: rules?.failOnByScanner ?? {},
    categoryFailOn: rules?.failOnByCategory ?? {},
    ignoreUnfixed: rules?.ignoreUnfixed ?? false,
    ignores: rules?.ignores ?? [],
    allowIgnores: zero ? false : rules?.allowIgnores ?? true,
    allowNativeIgnores: zero ? false : rules?.nativeIgnores ?? true,
    sla: rules?.sla ?? {},
    slaBlocks: rules?.slaBlocks ?? false,
    scanLicenses: rules?.licenses ?? false,
    licensePolicy: rules?.licensePolicy,
    secretSeverity: rules?.secretSeverity ?? "high",
    trufflehog: { verified: "critical", unknown: "high", unverified: "medium", ...rules?.trufflehog },
    failOnScannerError: o.failOnScannerError ?? true,
    ruleSources: rules?.sources ?? {}
  };
}

// src/config/input-parsers.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";

// src/config/types.ts
var THRESHOLDS = ["critical", "high", "medium", "low", "any", "none"];

// src/config/input-parsers.ts
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function oneOf(name, value, allowed) {
  const v = value.trim().toLowerCase();
  if (allowed.includes(v)) return v;
  throw new ConfigError(`Input \`${name}\` has an invalid value "${value}". Allowed values: ${allowed.join(", ")}.`);
}
function parseThreshold(name, value) {
  return oneOf(name, value, THRESHOLDS);
}
function parseTristate(name, value) {
  return oneOf(name, value, ["auto", "true", "false"]);
}
function parseMode(name, value) {
  return oneOf(name, value, ["all", "new"]);
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value.trim())) return true;
  if (["false", "False", "FALSE"].includes(value.trim())) return false;
  throw new ConfigError(`Input \`${name}\` must be a boolean: true or false (got "${value}").`);
}
function parseScanners(name, value) {
  const items = splitList(value).map((s) => s.toLowerCase());
  if (items.length === 0 || items.length === 1 && items[0] === "auto") return "auto";
  const unknown = items.filter((s) => !isScannerId(s) && s !== "auto");
  if (unknown.length > 0 || items.includes("auto")) {
    const bad = unknown.length > 0 ? `unknown scanner "${unknown.join('", "')}"` : '"auto" cannot be combined with a list';
    throw new ConfigError(`Input \`${name}\`: ${bad}. Allowed: auto, or a list of ${SCANNER_IDS.join(", ")}.`);
  }
  return [...new Set(items)];
}
var VERSION_PATTERN = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;
function parseVersions(name, value) {
  const out = {};
  for (const item of splitList(value)) {
    const match = /^([a-z-]+)\s*=\s*(\S+)$/.exec(item);
    if (!match) {
      throw new ConfigError(
        `Input \`${name}\`: "${item}" is not of the form id=version (e.g. trivy=0.58.1), id=path (use the binary on PATH) or id=/absolute/path/to/binary.`
      );
    }
    const [, id = "", version = ""] = match;
    if (!isScannerId(id) || id === "sarif") {
      throw new ConfigError(
        `Input \`${name}\`: unknown scanner "${id}". Allowed: ${SCANNER_IDS.filter((s) => s !== "sarif").join(", ")}.`
      );
    }
    if (version !== "path" && !path.isAbsolute(version) && !VERSION_PATTERN.test(version)) {
      throw new ConfigError(
        `Input \`${name}\`: "${version}" for ${id} is not a version (x.y.z), "path" or an absolute path to a binary.`
      );
    }
    out[id] = version === "path" || path.isAbsolute(version) ? version : version.replace(/^v/, "");
  }
  return out;
}
var DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var MAX_DURATION_MS = 24 * 36e5;
function parseDuration(name, value) {
  const match = DURATION.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1e3) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new ConfigError(`Input \`${name}\` must be a positive duration such as 15m, 90s or 1h (got "${value}").`);
  }
  if (ms > MAX_DURATION_MS) {
    throw new ConfigError(`Input \`${name}\` is at most 24h (got "${value}"). Use a duration such as 15m, 90s or 1h.`);
  }
  return Math.ceil(ms);
}
function splitGlobList(value) {
  const items = [];
  for (const line of value.split("\n")) {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === "{" || ch === "[" || ch === "(") depth++;
      else if ((ch === "}" || ch === "]" || ch === ")") && depth > 0) depth--;
      else if (ch === "," && depth === 0) {
        items.push(line.slice(start, i));
        start = i + 1;
      }
    }
    items.push(line.slice(start));
  }
  return items.map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function parseGlobs(name, value) {
  const globs = splitGlobList(value);
  for (const glob of globs) {
    try {
      import_picomatch.default.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (${error.message}).`);
    }
    const problem = globComplexityProblem(glob);
    if (problem) throw new ConfigError(`Input \`${name}\`: "${glob}" is too complex to match safely: ${problem}.`);
    if (/[[{(]/.test(glob) && !balanced(glob)) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (unbalanced brackets or braces).`);
    }
  }
  return globs;
}
function balanced(glob) {
  const pairs = { "]": "[", "}": "{", ")": "(" };
  const stack = [];
  for (const ch of glob) {
    if (ch === "[" || ch === "{" || ch === "(") stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}
function parseUrl(name, value) {
  try {
    const url = new URL(value.trim());
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString().replace(/\/+$/, "");
  } catch {
  }
  throw new ConfigError(
    `Input \`${name}\` must be an http(s) URL such as https://mirror.example/github (got "${value}").`
  );
}
function parseLogins(name, value, teams) {
  const items = splitList(value).map((s) => s.replace(/^@/, ""));
  const login = teams ? /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]{1,100})?$/ : /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
  const bad = items.filter((s) => !login.test(s));
  if (bad.length > 0) {
    throw new ConfigError(
      `Input \`${name}\`: "${bad.join('", "')}" is not a GitHub login${teams ? " or team (org/team)" : ""}.`
    );
  }
  return [...new Set(items)];
}

// src/config/forward-inputs.ts
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function parseWebhookUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("Input `siem-webhook` is not a URL (value not shown: it comes from a secret). Use https://\u2026");
  }
  if (url.protocol === "https:" || url.protocol === "http:" && LOOPBACK.has(url.hostname)) return url.toString();
  throw new ConfigError(
    `Input \`siem-webhook\` must be an https:// URL (http:// only to localhost); got a ${url.protocol} URL (value not shown).`
  );
}
function parseFailure(value) {
  const v = value.toLowerCase();
  if (v === "warn" || v === "fail") return v;
  throw new ConfigError(`Input \`forward-failure\` has an invalid value "${value}". Allowed values: warn, fail.`);
}
function parseForwardConfig(opts) {
  const webhook = opts.input("siem-webhook");
  const secret = opts.input("siem-webhook-secret");
  if (secret && !webhook) {
    throw new ConfigError("Input `siem-webhook-secret` is set but `siem-webhook` is empty: set both, or neither.");
  }
  return {
    securityHub: parseBoolean("security-hub", opts.value("security-hub")),
    ocsf: parseBoolean("ocsf", opts.value("ocsf")),
    siemWebhook: webhook ? parseWebhookUrl(webhook) : void 0,
    siemWebhookSecret: secret || void 0,
    failure: parseFailure(opts.value("forward-failure"))
  };
}

// src/config/shard-inputs.ts
var SHARD_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
function shardName(input, value) {
  if (!SHARD_NAME.test(value)) {
    throw new ConfigError(
      `Input \`${input}\`: "${value}" is not a shard name (1\u201364 letters, digits, "-", "_" or ".").`
    );
  }
  return value;
}
function parseShardMode(values) {
  const shard = values.shard.trim();
  const patterns = values.aggregate.trim() ? parseGlobs("aggregate", values.aggregate) : [];
  const expect = splitList(values.expectShards).map((n) => shardName("expect-shards", n));
  if (shard && patterns.length > 0) {
    throw new ConfigError(
      "Inputs `shard` and `aggregate` cannot be combined: a shard job scans its part, the aggregate job merges the shards."
    );
  }
  if (shard) {
    if (expect.length > 0)
      throw new ConfigError("Input `expect-shards` belongs to the aggregate run (with `aggregate`), not to a shard.");
    return { kind: "shard", name: shardName("shard", shard) };
  }
  if (patterns.length === 0) {
    if (expect.length > 0)
      throw new ConfigError("Input `expect-shards` needs `aggregate` (the globs of the downloaded shard folders).");
    return { kind: "single" };
  }
  if (expect.length === 0) {
    throw new ConfigError(
      "Input `aggregate` needs `expect-shards`: the comma list of every shard name the matrix runs, so a missing shard fails the gate instead of passing unseen."
    );
  }
  const dup = expect.find((n, i) => expect.indexOf(n) !== i);
  if (dup) throw new ConfigError(`Input \`expect-shards\` names "${dup}" twice.`);
  return { kind: "aggregate", patterns, expect };
}

// src/config/load-config.ts
var DEFAULT_CONFIG_FILE = ".github/scan-gate.yml";
var INPUT_DEFAULTS = {
  scanners: "auto",
  path: ".",
  images: "",
  "fail-on": "",
  mode: "all",
  "upload-sarif": "auto",
  comment: "auto",
  summary: "true",
  issue: "auto",
  versions: "",
  "tool-mirror": "",
  cache: "true",
  "sarif-files": "",
  "scanner-timeout": "15m",
  "fail-on-scanner-error": "",
  "output-dir": "",
  instance: "",
  "allow-untrusted-head": "false",
  shard: "",
  aggregate: "",
  "expect-shards": "",
  "security-hub": "false",
  ocsf: "false",
  "forward-failure": "warn",
  // Inputs only (never from the policy file: they come from secrets).
  "siem-webhook": "",
  "siem-webhook-secret": "",
  "issue-assignees": "",
  "issue-mentions": ""
};
function loadConfig(opts) {
  const { env } = opts;
  const configInput = opts.inputs("config").trim();
  const configPath = path2.resolve(env.workspace, configInput || DEFAULT_CONFIG_FILE);
  const file = loadPolicyFile(configPath, {
    explicit: configInput !== "",
    displayPath: configInput || DEFAULT_CONFIG_FILE
  });
  const value = (name) => {
    const given = opts.inputs(name).trim();
    if (given !== "") return given;
    return file?.inputs[name]?.trim() || (INPUT_DEFAULTS[name] ?? "");
  };
  const failOnText = value("fail-on");
  const failOnSource = opts.inputs("fail-on").trim() ? "fail-on input" : file?.rules.sources["fail-on"] ?? "fail-on";
  const scannerErrorText = value("fail-on-scanner-error");
  const policy = buildPolicy({
    rules: file?.rules,
    failOn: failOnText ? parseThreshold("fail-on", failOnText) : void 0,
    failOnSource,
    failOnScannerError: scannerErrorText ? parseBoolean("fail-on-scanner-error", scannerErrorText) : void 0,
    source: file ? file.path : "inputs"
  });
  const scanPath = resolveScanPath(env.workspace, value("path"));
  const scanners = parseScanners("scanners", value("scanners"));
  if (scanners !== "auto" && scanners.includes("safety") && !env.safetyApiKeySet) throw safetyWithoutKey();
  return {
    scanners,
    workspace: env.workspace,
    path: scanPath,
    images: splitList(value("images")),
    configFile: file?.path,
    mode: parseMode("mode", value("mode")),
    uploadSarif: parseTristate("upload-sarif", value("upload-sarif")),
    comment: parseTristate("comment", value("comment")),
    summary: parseBoolean("summary", value("summary")),
    issue: parseTristate("issue", value("issue")),
    token: opts.inputs("github-token").trim(),
    versions: binariesOutside(env.workspace, parseVersions("versions", value("versions"))),
    toolMirror: value("tool-mirror") ? parseUrl("tool-mirror", value("tool-mirror")) : void 0,
    cache: parseBoolean("cache", value("cache")),
    sarifFiles: parseGlobs("sarif-files", value("sarif-files")),
    scannerTimeoutMs: parseDuration("scanner-timeout", value("scanner-timeout")),
    policy,
    ...instanceAndOutputDir(env, value("instance"), value("output-dir")),
    allowUntrustedHead: parseBoolean("allow-untrusted-head", value("allow-untrusted-head")),
    shards: parseShardMode({
      shard: value("shard"),
      aggregate: value("aggregate"),
      expectShards: value("expect-shards")
    }),
    forward: parseForwardConfig({ value, input: (name) => opts.inputs(name).trim() }),
    issueAssignees: parseLogins("issue-assignees", value("issue-assignees"), false),
    issueMentions: parseLogins("issue-mentions", value("issue-mentions"), true)
  };
}
var SAFETY_SECRET_EXPRESSION = ["$", "{{ secrets.SAFETY_API_KEY }}"].join("");
function safetyWithoutKey() {
  return new ConfigError(
    `Input \`scanners\`: safety needs an API key, but SAFETY_API_KEY is not set. Create a free Safety account at https://platform.safetycli.com, copy an API key from its API keys page into a repository secret, and give it to the step: \`env: { SAFETY_API_KEY: ${SAFETY_SECRET_EXPRESSION} }\` (locally: export SAFETY_API_KEY). Or remove safety from \`scanners\`.`
  );
}
function resolveScanPath(workspace, input) {
  const abs = path2.resolve(workspace, input);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ConfigError(`Input \`path\`: "${input}" is not a directory under the workspace (${workspace}).`);
  }
  return abs;
}
function instanceAndOutputDir(env, instanceInput, outputInput) {
  const instance = parseInstance(instanceInput);
  const suffix = instance === "default" ? "" : `-${instance}`;
  const outputDir = outputInput ? path2.resolve(env.workspace, outputInput) : env.defaultOutputDir ? `${env.defaultOutputDir}${suffix}` : env.runnerTemp ? path2.join(env.runnerTemp, `scan-gate${suffix}`) : path2.resolve(env.workspace, `scan-gate-results${suffix}`);
  return { instance, outputDir };
}
function binariesOutside(workspace, versions) {
  const root = existsSync(workspace) ? realpathSync(workspace) : workspace;
  for (const [id, value] of Object.entries(versions)) {
    if (!value || !path2.isAbsolute(value)) continue;
    const real = existsSync(value) ? realpathSync(value) : path2.resolve(value);
    if (isInside(root, real)) {
      throw new ConfigError(
        `Input \`versions\`: ${id}=${value} is inside the repository checkout; a scanner binary must come from outside it (install it in an earlier step, then give its path or use ${id}=path).`
      );
    }
  }
  return versions;
}
function parseInstance(input) {
  if (input === "") return "default";
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(input)) {
    throw new ConfigError(`Input \`instance\` must be 1\u201364 letters, digits, "-", "_" or "." (got "${input}").`);
  }
  return input;
}

// src/github/event.ts
import { readFileSync } from "node:fs";
function readPayload(file) {
  if (!file) return { payload: {} };
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      return {
        payload: {},
        warning: `Event payload ${file} is not a JSON object; PR and push details are unavailable.`
      };
    }
    return { payload: parsed };
  } catch (error) {
    return {
      payload: {},
      warning: `Event payload ${file} could not be read (${error instanceof SyntaxError ? describeJsonError(error) : error.message}); PR and push details are unavailable.`
    };
  }
}
function readRunnerEvent(env, checkedOutSha) {
  const name = env.GITHUB_EVENT_NAME || "local";
  const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const pr = payload.pull_request;
  const sha = checkedOutSha || env.GITHUB_SHA || "";
  const headChecked = pr?.head?.sha !== void 0 && sha === pr.head.sha;
  let ref = env.GITHUB_REF || void 0;
  if (pr?.number !== void 0) ref = `refs/pull/${pr.number}/${headChecked ? "head" : "merge"}`;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? payload.repository?.full_name;
  return {
    payload,
    warning,
    info: {
      name,
      owner,
      repo,
      sha,
      ref,
      prNumber: pr?.number,
      headSha: pr?.head?.sha ?? payload.merge_group?.head_sha,
      defaultBranch: payload.repository?.default_branch,
      runId: env.GITHUB_RUN_ID,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
      serverUrl,
      runUrl,
      fromFork: headRepo !== void 0 && baseRepo !== void 0 && headRepo !== baseRepo
    }
  };
}

export {
  loadConfig,
  readRunnerEvent
};

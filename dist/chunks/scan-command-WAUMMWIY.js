import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  loadConfig,
  readRunnerEvent
} from "./chunk-3ZORB4DW.js";
import {
  TOOL_VERSION
} from "./chunk-5MUC4V2Q.js";
import {
  renderReportJson,
  runGate
} from "./chunk-GAOJHNKW.js";
import {
  SEVERITIES,
  bySeverityDesc
} from "./chunk-7M45DFKO.js";
import "./chunk-N7IENECS.js";
import "./chunk-AKK5Y3Q6.js";
import {
  ConfigError
} from "./chunk-XOH7VAPJ.js";
import "./chunk-6HSN7NF2.js";
import "./chunk-6POCNX6I.js";

// src/cli/scan-command.ts
import { existsSync, statSync } from "node:fs";
import path2 from "node:path";

// src/local-adapters.ts
import { mkdirSync, mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
async function createLocalAdapters(opts) {
  const { config, runner } = opts;
  const home = process.env.SCAN_GATE_HOME || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "scan-gate");
  const tempDir = path.join(home, "tmp");
  const toolCacheDir = path.join(home, "tools");
  let installer;
  const install = async (id) => {
    installer ??= import("./adapters-LZZ7T5KI.js").then(
      (m) => m.createLocalInstaller({ config, runner, tempDir, toolCacheDir })
    );
    return (await installer)(id);
  };
  const adapters = {
    runner,
    install,
    report: {},
    now: () => /* @__PURE__ */ new Date(),
    finish: async () => void 0
  };
  const base = path.join(tmpdir(), "scan-gate-work");
  mkdirSync(base, { recursive: true });
  return { adapters, workRoot: mkdtempSync(path.join(base, `scan-gate-${config.instance}-`)) };
}

// src/cli/terminal-report.ts
var MAX_LISTED = 25;
function plain(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").replace(/\n/g, " ");
}
function renderTerminalReport(report) {
  const v = report.verdict;
  const lines = [];
  lines.push(`scan-gate: ${v.verdict === "pass" ? "PASS" : "FAIL"} \u2014 ${v.blocking} blocking of ${v.total} finding(s)`);
  for (const reason of v.reasons) lines.push(`  \xB7 ${plain(reason)}`);
  lines.push("");
  lines.push(`Counts: ${SEVERITIES.map((s) => `${s} ${v.counts[s]}`).join(" \xB7 ")} \xB7 ignored ${v.ignoredCount}`);
  if (report.mode === "new") lines.push(`New: ${v.newCount} \xB7 existing ${v.existingCount} \xB7 fixed ${v.fixed.length}`);
  const blocking = v.findings.filter((f) => f.blocking).sort(bySeverityDesc);
  if (blocking.length > 0) {
    lines.push("", "Blocking findings:");
    for (const f of blocking.slice(0, MAX_LISTED)) {
      const where = f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path;
      lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${plain(f.ruleId)}  ${plain(where)}`);
      lines.push(`           ${plain(f.title)}${f.reason ? ` \u2014 ${plain(f.reason)}` : ""}`);
    }
    if (blocking.length > MAX_LISTED) lines.push(`  \u2026 and ${blocking.length - MAX_LISTED} more (see report.json)`);
  }
  for (const rule of v.expiredIgnores)
    lines.push(`Expired ignore: ${plain(rule.id)} (expired ${rule.expires}) at ${rule.source}`);
  for (const rule of v.unusedIgnores) lines.push(`Unused ignore: ${plain(rule.id)} at ${rule.source}`);
  lines.push("", "Scanners:");
  for (const s of report.scanners) {
    const status = s.status === "ok" ? "ok" : s.status.toUpperCase();
    lines.push(
      `  ${s.id.padEnd(12)} ${status.padEnd(7)} ${String(s.findings).padStart(5)} finding(s)  ${s.version ?? ""}  ${(s.durationMs / 1e3).toFixed(1)}s`
    );
    if (s.error) lines.push(`               ${plain(s.error)}`);
  }
  if (report.range)
    lines.push(
      "",
      `Range: ${plain(report.range.description)}${report.range.warning ? ` \u2014 ${plain(report.range.warning)}` : ""}`
    );
  for (const w of report.warnings) lines.push(`warning: ${plain(w)}`);
  return `${lines.join("\n")}
`;
}

// src/cli/terminal-runner.ts
function terminalRunner(opts) {
  const outputs = {};
  const masks = [];
  const say = (prefix, message) => {
    let text = message;
    for (const m of masks) text = text.split(m).join("***");
    opts.write(`${prefix}${text}
`);
  };
  return {
    outputs,
    input: (name) => opts.inputs[name] ?? "",
    setOutput: (name, value) => {
      outputs[name] = String(value);
    },
    info: (message) => {
      if (!opts.quiet) say("", message);
    },
    notice: (message) => say("notice: ", message),
    warning: (message) => say("warning: ", message),
    error: (message) => say("error: ", message),
    annotate: (_a) => void 0,
    // No writeSummary: the terminal report the CLI prints is the summary.
    mask: (value) => {
      if (value) masks.push(value);
    }
  };
}

// src/cli/scan-command.ts
async function runScanCommand(args) {
  const workspace = path2.resolve(args.target);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new ConfigError(`"${args.target}" is not a directory. Usage: scan-gate scan [path].`);
  }
  const runner = terminalRunner({ inputs: args.inputs, quiet: args.json, write: (t) => process.stderr.write(t) });
  const config = loadConfig({ inputs: runner.input, env: { workspace } });
  const event = readRunnerEvent({ GITHUB_EVENT_NAME: "local" });
  const { adapters, workRoot } = await createLocalAdapters({ config, runner });
  const result = await runGate({ config, event, adapters, toolVersion: TOOL_VERSION, workRoot });
  process.stdout.write(
    args.json ? `${JSON.stringify(renderReportJson(result.report), null, 2)}
` : renderTerminalReport(result.report)
  );
  if (!args.json) process.stdout.write(`Report: ${result.outputs.report}
`);
  return result.exitCode;
}
export {
  runScanCommand
};

import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  workRootIn
} from "./chunk-A7G3S4P7.js";
import {
  runGate
} from "./chunk-EMTLG6XQ.js";
import {
  checkedEntry,
  entriesFrom,
  isDateTime,
  stripAnsi,
  text
} from "./chunk-W5LZYXKR.js";
import "./chunk-M7Z22BEH.js";
import {
  loadConfig,
  readRunnerEvent
} from "./chunk-VQL5AUAX.js";
import "./chunk-XUN7GMNX.js";
import {
  TOOL_VERSION
} from "./chunk-5MUC4V2Q.js";
import "./chunk-GWX5UPIH.js";
import "./chunk-AL76HQUA.js";
import {
  SEVERITIES,
  mostSevereFirst
} from "./chunk-MRMBNSTT.js";
import {
  ConfigError
} from "./chunk-IXNLOB46.js";
import {
  stderrIsTTY
} from "./chunk-D5A6KLYF.js";
import "./chunk-7ROSTZRJ.js";
import {
  neutraliseCommands
} from "./chunk-YOVDTCOF.js";
import "./chunk-WAFJPT7N.js";

// src/cli/scan-command.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/local-wiring.ts
import { homedir, tmpdir } from "node:os";
import path from "node:path";
function localHome(env) {
  return env.SCAN_GATE_HOME || path.join(env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "scan-gate");
}
async function createLocalAdapters(opts) {
  const { config, runner } = opts;
  const home = localHome(process.env);
  const tempDir = path.join(home, "tmp");
  const toolCacheDir = path.join(home, "tools");
  let installer;
  const install = async (id) => {
    installer ??= import("./wiring-FSEFNIVU.js").then((m) => m.createLocalInstaller({ config, runner, tempDir, toolCacheDir }));
    return (await installer)(id);
  };
  const adapters = {
    runner,
    install,
    report: {},
    baseline: opts.baseline,
    now: () => /* @__PURE__ */ new Date(),
    finish: async () => void 0
  };
  return { adapters, workRoot: workRootIn(tmpdir(), config.instance) };
}

// src/cli/baseline-report.ts
import { readFileSync } from "node:fs";
function readBaselineReport(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const why = error instanceof SyntaxError ? "it is not valid JSON" : error.code;
    throw new ConfigError(`--baseline: ${file} could not be read (${why}). Give the report.json of an earlier run.`);
  }
  const report = parsed;
  if (report?.schemaVersion !== 1 || report.tool?.name !== "scan-gate" || !Array.isArray(report.findings)) {
    throw new ConfigError(
      `--baseline: ${file} is not a scan-gate report.json (schemaVersion 1 with findings). Give the report.json of an earlier run.`
    );
  }
  const stated = parsed.generatedAt;
  const generatedAt = isDateTime(stated) ? stated : (/* @__PURE__ */ new Date(0)).toISOString();
  const pairs = [];
  for (const f of report.findings) {
    const fingerprint = text(f?.fingerprint);
    if (!fingerprint) continue;
    const entry = checkedEntry({ ...f, path: f.location?.path }, generatedAt);
    if (entry) pairs.push([fingerprint, entry]);
  }
  return { version: 1, createdAt: generatedAt, entries: entriesFrom(pairs) };
}

// src/cli/progress.ts
var FRAMES = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function formatElapsed(ms) {
  const s = Math.floor(ms / 1e3);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}
function startProgress(opts) {
  const now = opts.now ?? Date.now;
  const started = now();
  const tty = opts.tty ?? opts.stream.isTTY === true;
  let current = "starting";
  let frame = 0;
  const clear = () => tty ? opts.stream.write("\r\x1B[K") : void 0;
  const draw = () => {
    frame = (frame + 1) % FRAMES.length;
    opts.stream.write(`\r\x1B[K${FRAMES[frame]} ${formatElapsed(now() - started)} \xB7 ${current}`);
  };
  const beat = () => opts.stream.write(`\u2026 still working (${formatElapsed(now() - started)}): ${current}
`);
  const timer = tty ? setInterval(draw, opts.spinnerMs ?? 100) : setInterval(beat, opts.heartbeatMs ?? 6e4);
  timer.unref();
  let stopped = false;
  return {
    line(text2) {
      if (!stopped) clear();
      opts.stream.write(`${text2}
`);
      current = text2.split("\n")[0] ?? text2;
      if (!stopped && tty) draw();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      clear();
    }
  };
}

// src/cli/terminal-report.ts
var MAX_LISTED = 25;
function plain(text2) {
  return text2.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").replace(/\n/g, " ");
}
function renderTerminalReport(report, opts = {}) {
  const v = report.verdict;
  const lines = [];
  lines.push(`scan-gate: ${v.verdict === "pass" ? "PASS" : "FAIL"} \u2014 ${v.blocking} blocking of ${v.total} finding(s)`);
  for (const reason of v.reasons) lines.push(`  \xB7 ${plain(reason)}`);
  lines.push("");
  lines.push(`Counts: ${SEVERITIES.map((s) => `${s} ${v.counts[s]}`).join(" \xB7 ")} \xB7 ignored ${v.ignoredCount}`);
  if (report.mode === "new") lines.push(`New: ${v.newCount} \xB7 existing ${v.existingCount} \xB7 fixed ${v.fixed.length}`);
  const blocking = v.findings.filter((f) => f.blocking);
  if (blocking.length > 0) {
    lines.push("", "Blocking findings:");
    for (const f of mostSevereFirst(blocking, MAX_LISTED)) {
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
    for (const line of (s.error ?? "").split("\n")) if (line.trim()) lines.push(`               ${plain(line)}`);
  }
  if (report.range)
    lines.push(
      "",
      `Range: ${plain(report.range.description)}${report.range.warning ? ` \u2014 ${plain(report.range.warning)}` : ""}`
    );
  for (const w of report.warnings) if (!opts.shown?.has(w)) lines.push(`warning: ${plain(w)}`);
  return `${neutraliseCommands(lines.join("\n"))}
`;
}

// src/cli/terminal-runner.ts
function terminalRunner(opts) {
  const outputs = {};
  const masks = [];
  const shown = /* @__PURE__ */ new Set();
  const say = (prefix, message) => {
    let text2 = message;
    for (const m of masks) text2 = text2.split(m).join("***");
    if (prefix) shown.add(message);
    opts.write(`${neutraliseCommands(`${prefix}${stripAnsi(text2)}`)}
`);
  };
  return {
    outputs,
    shown,
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
    // No annotate and no writeSummary: the terminal report the CLI prints shows the findings and is the summary.
    mask: (value) => {
      if (value) masks.push(value);
    }
  };
}

// src/cli/scan-command.ts
function defaultResultsDir(home, workspace) {
  const id = createHash("sha256").update(workspace).digest("hex").slice(0, 10);
  return path2.join(home, "results", `${path2.basename(workspace) || "root"}-${id}`);
}
function cliInputs(args, cwd) {
  const inputs = { ...args.inputs };
  for (const name of ["config", "output-dir"]) {
    if (inputs[name]) inputs[name] = path2.resolve(cwd, inputs[name]);
  }
  if (args.baseline !== void 0) {
    if (inputs.mode && inputs.mode.trim().toLowerCase() !== "new") {
      throw new ConfigError("--baseline compares against an earlier run, which only --mode new does. Drop --mode.");
    }
    inputs.mode = "new";
  }
  return inputs;
}
async function runScanCommand(args) {
  return scan(args);
}
async function scan(args) {
  const cwd = process.cwd();
  const workspace = path2.resolve(cwd, args.target);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new ConfigError(`"${args.target}" is not a directory. Usage: scan-gate scan [path].`);
  }
  const inputs = cliInputs(args, cwd);
  const baseline = args.baseline === void 0 ? void 0 : readBaselineReport(path2.resolve(cwd, args.baseline));
  const progress = startProgress({ stream: process.stderr, tty: stderrIsTTY() });
  try {
    return await scanWith({ args, inputs, workspace, baseline, progress });
  } finally {
    progress.stop();
  }
}
async function scanWith(o) {
  const { args, inputs, workspace, baseline, progress } = o;
  const runner = terminalRunner({ inputs, quiet: args.json, write: (t) => progress.line(t.replace(/\n$/, "")) });
  const defaultOutputDir = defaultResultsDir(localHome(process.env), workspace);
  const config = loadConfig({
    inputs: runner.input,
    env: { workspace, defaultOutputDir, safetyApiKeySet: Boolean(process.env.SAFETY_API_KEY?.trim()) }
  });
  const event = readRunnerEvent({ GITHUB_EVENT_NAME: "local" });
  const { adapters, workRoot } = await createLocalAdapters({ config, runner, baseline });
  const result = await runGate({ config, event, adapters, toolVersion: TOOL_VERSION, workRoot });
  progress.stop();
  process.stdout.write(
    args.json && result.outputs.report ? readFileSync2(result.outputs.report) : renderTerminalReport(result.report, { shown: runner.shown })
  );
  if (!args.json) process.stdout.write(`Report: ${result.outputs.report}
`);
  return result.exitCode;
}
export {
  defaultResultsDir,
  runScanCommand
};

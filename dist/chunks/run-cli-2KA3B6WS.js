import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-XUN7GMNX.js";
import {
  TOOL_VERSION
} from "./chunk-5MUC4V2Q.js";
import "./chunk-AL76HQUA.js";
import {
  ConfigError
} from "./chunk-IXNLOB46.js";
import {
  internalErrorLine
} from "./chunk-7ROSTZRJ.js";
import "./chunk-WAFJPT7N.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var CLI_HELP = `scan-gate \u2014 run your security policy gate locally, before you push.

Usage:
  scan-gate scan [path] [options]
  scan-gate --help | --version

Runs the same pipeline as the GitHub Action on [path] (default: the current directory):
installs pinned, checksum-verified scanners (cached in ~/.cache/scan-gate), runs them, applies
the policy file, prints a report and exits with the verdict.

Options (same names and values as the action inputs). --config, --output-dir and --baseline are
relative to the current directory; --sarif-files globs are relative to [path]:
  --config <file>          policy file (default: .github/scan-gate.yml when present)
  --fail-on <severity>     critical | high | medium | low | any | none (default: high or the preset)
  --scanners <list>        comma list of scanner ids, or auto (default: auto)
  --sarif-files <globs>    comma list of other tools' SARIF files to gate
  --mode <all|new>         new: only findings absent from --baseline can block
  --baseline <file>        report.json of an earlier run; its findings count as existing
                           (implies --mode new)
  --versions <list>        overrides, comma separated: id=x.y.z, id=path (the binary on PATH) or
                           id=/abs/path/to/binary (e.g. bandit=/usr/local/bin/bandit); works offline
  --tool-mirror <url>      download base replacing https://github.com (offline: a local mirror)
  --scanner-timeout <dur>  per scanner, e.g. 15m (default: 15m, at most 24h)
  --output-dir <dir>       where report.json and SARIF files go (default: a folder per scanned
                           path under ~/.cache/scan-gate/results, never inside the scanned tree)
  --images <list>          container images to scan, comma separated
  --shard <name>           write this run's results as one shard of a larger scan (no verdict on findings)
  --aggregate <globs>      merge shard result folders into one verdict instead of scanning
  --expect-shards <list>   with --aggregate: every shard name that must be present
  --no-fail-on-scanner-error   report broken scanners without failing (refused by zero-tolerance)
  --json                   print report.json to stdout instead of the readable report
  -h, --help               this help
  -V, --version            print the version

Exit codes: 0 pass \xB7 1 the policy failed (blocking findings or a scanner error) \xB7 2 configuration
error (bad option or policy file) \xB7 3 internal error \xB7 130 stopped by Ctrl-C (128 + the signal's
number for another signal; running scanners are stopped and their raw outputs deleted first).`;
var INPUT_OPTIONS = [
  "config",
  "fail-on",
  "scanners",
  "sarif-files",
  "mode",
  "versions",
  "tool-mirror",
  "scanner-timeout",
  "output-dir",
  "images",
  "shard",
  "aggregate",
  "expect-shards"
];
var OPTIONS = {
  ...Object.fromEntries([...INPUT_OPTIONS, "baseline"].map((name) => [name, { type: "string" }])),
  "no-fail-on-scanner-error": { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
var HELP_HINT = "Run `scan-gate --help` for the options.";
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new ConfigError(describeParseError(argv, error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", target: ".", inputs: {}, json: false };
  if (values.version) return { command: "version", target: ".", inputs: {}, json: false };
  const [command, target = ".", ...extra] = positionals;
  if (command !== "scan") {
    throw new ConfigError(
      command === void 0 ? "Missing command. Usage: scan-gate scan [path] [options] (see --help)." : `Unknown command "${command}". The only command is "scan" (see --help).`
    );
  }
  if (extra.length > 0) throw new ConfigError(`Unexpected argument "${extra[0]}": scan takes one path.`);
  const inputs = {};
  for (const name of INPUT_OPTIONS) {
    const v = values[name];
    if (typeof v === "string") inputs[name] = v;
  }
  if (values["no-fail-on-scanner-error"]) inputs["fail-on-scanner-error"] = "false";
  return {
    command: "scan",
    target,
    inputs,
    json: values.json === true,
    baseline: typeof values.baseline === "string" ? values.baseline : void 0
  };
}
function describeParseError(argv, error) {
  const code = error.code;
  const named = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const given = named ?? argv.find((a) => a.startsWith("-")) ?? "";
    const hint = closestOption(given.replace(/^-+/, "").split("=")[0] ?? "");
    return `Unknown option ${given}.${hint ? ` Did you mean --${hint}?` : ""} ${HELP_HINT}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && named) {
    const name = named.replace(/^-+/, "");
    const option = Object.entries(OPTIONS).find(([long, o]) => long === name || o.short === name);
    return option?.[1].type === "boolean" ? `Option --${option[0]} takes no value. ${HELP_HINT}` : `Option --${option?.[0] ?? name} needs a value (--${option?.[0] ?? name} <value>). ${HELP_HINT}`;
  }
  return `${error.message}. ${HELP_HINT}`;
}
function closestOption(name) {
  const all = Object.keys(OPTIONS);
  if (!name) return void 0;
  return all.find((o) => o.startsWith(name.toLowerCase())) ?? didYouMean(name, all);
}

// src/cli/run-cli.ts
async function runCli(argv) {
  try {
    const args = parseCliArgs(argv);
    if (args.command === "help") {
      process.stdout.write(`${CLI_HELP}
`);
      return 0;
    }
    if (args.command === "version") {
      process.stdout.write(`scan-gate ${TOOL_VERSION}
`);
      return 0;
    }
    const { runScanCommand } = await import("./scan-command-U3GZEH5P.js");
    return await runScanCommand(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`scan-gate: configuration error: ${error.message}
`);
      return 2;
    }
    process.stderr.write(internalErrorLine(error));
    return 3;
  }
}
export {
  runCli
};

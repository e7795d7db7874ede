import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load-config.js';
import { readRunnerEvent } from '../github/event.js';
import { createLocalAdapters, localHome } from '../local-wiring.js';
import { runGate } from '../pipeline/run-gate.js';
import type { Baseline } from '../policy/types.js';
import { TOOL_VERSION } from '../version.js';
import type { CliArgs } from './args.js';
import { readBaselineReport } from './baseline-report.js';
import { type Progress, startProgress } from './progress.js';
import { stderrIsTTY } from './scan-thread.js';
import { renderTerminalReport } from './terminal-report.js';
import { terminalRunner } from './terminal-runner.js';

/**
 * Where results go by default: a folder per scanned path under the CLI's cache folder, so a scan never
 * writes into the tree it scans (where linters and the next scan would pick the results up).
 */
export function defaultResultsDir(home: string, workspace: string): string {
  const id = createHash('sha256').update(workspace).digest('hex').slice(0, 10);
  return path.join(home, 'results', `${path.basename(workspace) || 'root'}-${id}`);
}

/** Files and folders given on the command line are relative to the current directory, as the help says. */
function cliInputs(args: CliArgs, cwd: string): Record<string, string> {
  const inputs: Record<string, string> = { ...args.inputs };
  for (const name of ['config', 'output-dir']) {
    if (inputs[name]) inputs[name] = path.resolve(cwd, inputs[name]);
  }
  if (args.baseline !== undefined) {
    if (inputs.mode && inputs.mode.trim().toLowerCase() !== 'new') {
      throw new ConfigError('--baseline compares against an earlier run, which only --mode new does. Drop --mode.');
    }
    inputs.mode = 'new';
  }
  return inputs;
}

/** `scan-gate scan [path]`: loaded only for a scan, so `--help` and `--version` start instantly. */
export async function runScanCommand(args: CliArgs): Promise<number> {
  return scan(args);
}

async function scan(args: CliArgs): Promise<number> {
  const cwd = process.cwd();
  const workspace = path.resolve(cwd, args.target);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new ConfigError(`"${args.target}" is not a directory. Usage: scan-gate scan [path].`);
  }
  const inputs = cliInputs(args, cwd);
  const baseline = args.baseline === undefined ? undefined : readBaselineReport(path.resolve(cwd, args.baseline));
  const progress = startProgress({ stream: process.stderr, tty: stderrIsTTY() });
  try {
    return await scanWith({ args, inputs, workspace, baseline, progress });
  } finally {
    progress.stop();
  }
}

async function scanWith(o: {
  args: CliArgs;
  inputs: Record<string, string>;
  workspace: string;
  baseline: Baseline | undefined;
  progress: Progress;
}): Promise<number> {
  const { args, inputs, workspace, baseline, progress } = o;
  const runner = terminalRunner({ inputs, quiet: args.json, write: (t) => progress.line(t.replace(/\n$/, '')) });
  const defaultOutputDir = defaultResultsDir(localHome(process.env), workspace);
  const config = loadConfig({
    inputs: runner.input,
    env: { workspace, defaultOutputDir, safetyApiKeySet: Boolean(process.env.SAFETY_API_KEY?.trim()) },
  });
  const event = readRunnerEvent({ GITHUB_EVENT_NAME: 'local' });
  const { adapters, workRoot } = await createLocalAdapters({ config, runner, baseline });
  const result = await runGate({ config, event, adapters, toolVersion: TOOL_VERSION, workRoot });
  progress.stop();
  // --json: the report.json just written (streamed, compact), not a second rendering of 100,000 findings.
  process.stdout.write(
    args.json && result.outputs.report
      ? readFileSync(result.outputs.report)
      : renderTerminalReport(result.report, { shown: runner.shown }),
  );
  if (!args.json) process.stdout.write(`Report: ${result.outputs.report}\n`);
  return result.exitCode;
}

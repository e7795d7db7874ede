import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load-config.js';
import { readRunnerEvent } from '../github/event.js';
import { createLocalAdapters } from '../local-adapters.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderReportJson } from '../report/report-json.js';
import { TOOL_VERSION } from '../version.js';
import type { CliArgs } from './args.js';
import { renderTerminalReport } from './terminal-report.js';
import { terminalRunner } from './terminal-runner.js';

/** `scan-gate scan [path]`: loaded only for a scan, so `--help` and `--version` start instantly. */
export async function runScanCommand(args: CliArgs): Promise<number> {
  const workspace = path.resolve(args.target);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new ConfigError(`"${args.target}" is not a directory. Usage: scan-gate scan [path].`);
  }
  const runner = terminalRunner({ inputs: args.inputs, quiet: args.json, write: (t) => process.stderr.write(t) });
  const config = loadConfig({ inputs: runner.input, env: { workspace } });
  const event = readRunnerEvent({ GITHUB_EVENT_NAME: 'local' });
  const { adapters, workRoot } = await createLocalAdapters({ config, runner });
  const result = await runGate({ config, event, adapters, toolVersion: TOOL_VERSION, workRoot });
  process.stdout.write(
    args.json ? `${JSON.stringify(renderReportJson(result.report), null, 2)}\n` : renderTerminalReport(result.report),
  );
  if (!args.json) process.stdout.write(`Report: ${result.outputs.report}\n`);
  return result.exitCode;
}

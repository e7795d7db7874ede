import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError } from './config/errors.js';
import { loadConfig } from './config/load-config.js';
import { readRunnerEvent } from './github/event.js';
import { actionsRunner, type RunnerIO } from './github/runner.js';
import { TOOL_VERSION } from './version.js';

/** The commit actually checked out (PR workflows may check out the head instead of the merge commit). */
function checkedOutSha(workspace: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** Turns any failure into the step's result: configuration errors say what to fix; others give context. */
export function reportFailure(runner: RunnerIO, error: unknown, setFailed: (message: string) => void): void {
  if (error instanceof ConfigError) {
    setFailed(`Configuration error: ${error.message}`);
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  runner.info(`Internal error details: ${err.stack ?? err.message}`);
  setFailed(`scan-gate failed unexpectedly: ${err.message}. No verdict was reached, so the check fails (fail closed).`);
}

/** The GitHub Action entry point: wires the real adapters and runs the pipeline once. */
export async function runAction(): Promise<void> {
  const runner = actionsRunner();
  const setFailed = (message: string) => {
    runner.error(message);
    process.exitCode = 1;
  };
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const config = loadConfig({
      inputs: runner.input,
      env: {
        workspace,
        runnerTemp: process.env.RUNNER_TEMP,
        safetyApiKeySet: Boolean(process.env.SAFETY_API_KEY?.trim()),
      },
    });
    if (config.token) runner.mask(config.token);
    for (const secret of [config.forward.siemWebhook, config.forward.siemWebhookSecret])
      if (secret) runner.mask(secret);
    const event = readRunnerEvent(process.env, checkedOutSha(workspace));
    if (event.warning) runner.warning(event.warning);
    // Loaded once the inputs are known to be good: a bad input fails before the GitHub client,
    // the cache service and the scanners are even compiled.
    const [{ createActionAdapters }, { runGate }, { writeOutputs }] = await Promise.all([
      import('./wiring.js'),
      import('./pipeline/run-gate.js'),
      import('./pipeline/outputs.js'),
    ]);
    const { adapters, workRoot } = await createActionAdapters({ config, event, runner });
    const result = await runGate({
      config,
      event,
      adapters,
      toolVersion: TOOL_VERSION,
      workRoot,
      runKey: [process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT, process.env.GITHUB_JOB].join('/'),
      keepWorkRoot: process.env.RUNNER_DEBUG === '1',
    });
    writeOutputs(runner, result.outputs);
    if (result.forwardingFailed) {
      setFailed(
        `scan-gate: the policy ${result.report.verdict.verdict === 'pass' ? 'passed' : 'failed'}, but forwarding findings failed (forward-failure: fail) — see the warnings above.`,
      );
    } else if (result.exitCode !== 0) {
      setFailed(`scan-gate: the policy failed — ${result.report.verdict.reasons.join('; ')}`);
    } else {
      runner.info(`scan-gate: the policy passed — ${result.report.verdict.reasons.join('; ')}`);
    }
  } catch (error) {
    reportFailure(runner, error, setFailed);
  }
}

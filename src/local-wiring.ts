import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from './config/types.js';
import type { RunnerIO } from './github/runner.js';
import type { GateAdapters } from './pipeline/run-gate.js';
import type { InstallScanner } from './pipeline/scan-stage.js';
import { workRootIn } from './pipeline/work-root.js';
import type { Baseline } from './policy/types.js';

/** The CLI's own folder: SCAN_GATE_HOME, or scan-gate under the XDG cache folder (~/.cache/scan-gate). */
export function localHome(env: NodeJS.ProcessEnv): string {
  return env.SCAN_GATE_HOME || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'scan-gate');
}

/**
 * Adapters for `scan-gate scan`: a tool cache in ~/.cache/scan-gate, no cross-run cache, no GitHub API;
 * `baseline` is the user's --baseline.
 * The install machinery (archives, tool cache, the cache service client) is loaded on the first
 * install, so a run that installs nothing (e.g. only gating SARIF files) never compiles it.
 */
export async function createLocalAdapters(opts: { config: Config; runner: RunnerIO; baseline?: Baseline }) {
  const { config, runner } = opts;
  const home = localHome(process.env);
  const tempDir = path.join(home, 'tmp');
  const toolCacheDir = path.join(home, 'tools');
  let installer: Promise<InstallScanner> | undefined;
  const install: InstallScanner = async (id) => {
    installer ??= import('./wiring.js').then((m) => m.createLocalInstaller({ config, runner, tempDir, toolCacheDir }));
    return (await installer)(id);
  };
  const adapters: GateAdapters = {
    runner,
    install,
    report: {},
    baseline: opts.baseline,
    now: () => new Date(),
    finish: async () => undefined,
  };
  return { adapters, workRoot: workRootIn(tmpdir(), config.instance) };
}

import { mkdirSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from './config/types.js';
import type { RunnerIO } from './github/runner.js';
import type { GateAdapters } from './pipeline/run-gate.js';
import type { InstallScanner } from './pipeline/scan-stage.js';

/**
 * Adapters for `scan-gate scan`: a tool cache in ~/.cache/scan-gate, no cross-run cache, no GitHub API.
 * The install machinery (archives, tool cache, the cache service client) is loaded on the first
 * install, so a run that installs nothing (e.g. only gating SARIF files) never compiles it.
 */
export async function createLocalAdapters(opts: { config: Config; runner: RunnerIO }) {
  const { config, runner } = opts;
  const home =
    process.env.SCAN_GATE_HOME || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'scan-gate');
  const tempDir = path.join(home, 'tmp');
  const toolCacheDir = path.join(home, 'tools');
  let installer: Promise<InstallScanner> | undefined;
  const install: InstallScanner = async (id) => {
    installer ??= import('./adapters.js').then((m) =>
      m.createLocalInstaller({ config, runner, tempDir, toolCacheDir }),
    );
    return (await installer)(id);
  };
  const adapters: GateAdapters = {
    runner,
    install,
    report: {},
    now: () => new Date(),
    finish: async () => undefined,
  };
  const base = path.join(tmpdir(), 'scan-gate-work');
  mkdirSync(base, { recursive: true });
  return { adapters, workRoot: mkdtempSync(path.join(base, `scan-gate-${config.instance}-`)) };
}

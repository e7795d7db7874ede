// The wiring of the action and the CLI: builds the real adapters (installer, caches, GitHub clients,
// baseline store) that the pipeline receives. Everything else takes them as parameters.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from './config/types.js';
import { isSourceId, type ScannerId } from './findings/finding.js';
import type { RunnerEvent } from './github/event.js';
import type { RunnerIO } from './github/runner.js';
import { createAlertsAdapter, createReportAdapters } from './github-clients.js';
import {
  actionsCrossRunCache,
  createInstallAdapters,
  createScannerInstaller,
  type InstallAdapters,
  platformOs,
  resolvePlatform,
  restoreDbCache,
  runVersionCommand,
  saveDbCache,
} from './install/index.js';
import type { GateAdapters } from './pipeline/run-gate.js';
import type { InstallScanner } from './pipeline/scan-stage.js';
import { workRootUnder } from './pipeline/work-root.js';
import { cacheBaselineStore } from './policy/baseline-cache.js';
import { SCANNERS } from './scanners/registry.js';

interface InstallWiring {
  readonly config: Config;
  readonly tempDir: string;
  readonly toolCacheDir: string;
  readonly adapters: InstallAdapters;
  readonly runner: RunnerIO;
}

/**
 * The pipeline's install(id): verified install, then the scanner's DB restored from the cache; `saveDbs`
 * (called in a finally) stores the databases again.
 */
function wireInstaller(w: InstallWiring): { install: InstallScanner; saveDbs: () => Promise<void> } {
  const install = createScannerInstaller({
    versions: w.config.versions,
    toolMirror: w.config.toolMirror,
    tempDir: w.tempDir,
    toolCacheDir: w.toolCacheDir,
    adapters: w.adapters,
    versionOf: (id, binary) =>
      runVersionCommand({
        commands: w.adapters.commands,
        binary,
        args: isSourceId(id) ? [] : SCANNERS[id].versionArgs,
        parse: isSourceId(id) ? () => undefined : SCANNERS[id].parseVersion,
      }),
  });
  const os = platformOs(resolvePlatform());
  const restored = new Map<ScannerId, { dir: string; key?: string }>();
  return {
    install: async (id) => {
      const result = await install(id);
      if (isSourceId(id) || !SCANNERS[id].databaseCache || !w.adapters.cache) return result;
      const db = await restoreDbCache({
        scanner: id,
        dir: result.cacheDir,
        os,
        cache: w.adapters.cache,
        now: new Date(),
      });
      restored.set(id, { dir: result.cacheDir, key: db.matchedKey });
      return { ...result, warnings: [...result.warnings, ...(db.warning ? [db.warning] : [])], dbAgeMs: db.ageMs };
    },
    saveDbs: async () => {
      for (const [id, r] of restored) {
        const warning = await saveDbCache({
          scanner: id,
          dir: r.dir,
          os,
          cache: w.adapters.cache,
          now: new Date(),
          restoredKey: r.key,
        });
        if (warning) w.runner.warning(warning);
      }
    },
  };
}

/** Real adapters inside GitHub Actions: tool cache, @actions/cache, Octokit. */
export async function createActionAdapters(opts: { config: Config; event: RunnerEvent; runner: RunnerIO }) {
  const { config, runner } = opts;
  const tempDir = process.env.RUNNER_TEMP || path.join(tmpdir(), 'scan-gate');
  const toolCacheDir = process.env.RUNNER_TOOL_CACHE || path.join(tempDir, 'tool-cache');
  // Checked once here, so tools, databases and baselines don't each warn about the same missing service.
  const cacheAvailable = config.cache && actionsCrossRunCache().available();
  if (config.cache && !cacheAvailable) {
    runner.warning(
      'No cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL unset, e.g. GHES without caching): scanners, databases and baselines are not cached across runs.',
    );
  }
  const installAdapters = createInstallAdapters({ cache: cacheAvailable });
  const { install, saveDbs } = wireInstaller({ config, tempDir, toolCacheDir, adapters: installAdapters, runner });
  const baselineStore = installAdapters.cache
    ? cacheBaselineStore({
        cache: installAdapters.cache,
        dir: path.join(tempDir, 'scan-gate-baseline', config.instance),
        runId: `${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
        warn: (m) => runner.warning(m),
      })
    : undefined;
  const adapters: GateAdapters = {
    runner,
    install,
    baselineStore,
    report: createReportAdapters({ config, event: opts.event, env: process.env }),
    alerts: createAlertsAdapter({ config, event: opts.event, env: process.env }),
    now: () => new Date(),
    finish: saveDbs,
  };
  return { adapters, workRoot: workRootUnder(path.join(tempDir, 'scan-gate-work'), config.instance) };
}

/** The CLI's installer: a tool cache in ~/.cache/scan-gate, no cross-run cache (see local-wiring.ts). */
export function createLocalInstaller(opts: {
  config: Config;
  runner: RunnerIO;
  tempDir: string;
  toolCacheDir: string;
}): InstallScanner {
  const adapters = createInstallAdapters({ cache: false, toolCacheDir: opts.toolCacheDir });
  return wireInstaller({ ...opts, adapters }).install;
}

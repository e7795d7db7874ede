import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './tools.js';

/**
 * Where .ci/run's `scripts/install-pip-scanners.mjs` lets the product's own installer (the bundled CLI)
 * build the pip scanners' venvs from their hash locks: SCAN_GATE_HOME of that run. The action's
 * RUNNER_TOOL_CACHE in the end-to-end tests points at `<home>/tools`, so they reuse (and re-verify) them.
 */
export const PIP_TOOLS_HOME = path.join(REPO_ROOT, 'test-tools', 'pip');
export const PIP_TOOL_CACHE = path.join(PIP_TOOLS_HOME, 'tools');

const required = () => process.env.SCAN_GATE_REQUIRE_TOOLS === '1';

/** python3 is there (the pip installer needs it); CI (`SCAN_GATE_REQUIRE_TOOLS=1`) fails without it. */
export function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    if (required()) throw new Error('python3 is missing (the pip scanners need it; see README "Tests")');
    return false;
  }
}

/**
 * The pip scanners were installed from PyPI by .ci/run (so PyPI is reachable here). On a contributor
 * machine without them the real-install tests skip; in CI a missing install fails the run instead.
 */
export function hasPipScanners(): boolean {
  const present = existsSync(path.join(PIP_TOOL_CACHE, 'scan-gate-pip', 'checkov'));
  if (!present && required()) {
    throw new Error(
      `the pip scanners are missing under ${PIP_TOOL_CACHE} (run .ci/run or scripts/install-pip-scanners.mjs)`,
    );
  }
  return present && hasPython();
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { INSTALL_SPECS } from '../../src/install/specs/index.js';
import { REPO_ROOT } from './tools.js';

/** Where .ci/install-go-scanners.sh puts the scanners it builds from the Go module proxy. */
export const GO_TOOLS_BIN = path.join(REPO_ROOT, '.ci', 'tools', 'bin');

export const GO_TOOLS = ['gitleaks', 'trufflehog', 'osv-scanner', 'grype', 'trivy'] as const;
export type GoTool = (typeof GO_TOOLS)[number];

/** The version scan-gate pins for the tool (its install spec's default), so the tests follow a pin bump. */
export function pinnedVersion(tool: GoTool): string {
  const spec = INSTALL_SPECS[tool];
  if (spec.kind !== 'github-release') throw new Error(`${tool} is not a release-installed scanner`);
  return spec.defaultVersion;
}

/**
 * Where the version the tests run differs from scan-gate's pin, and why (said in README "Tests").
 * trivy 0.75.0 cannot be built here: the Go module proxy serves trivy only up to v0.74.0.
 */
const BUILT_INSTEAD: Partial<Record<GoTool, string>> = { trivy: '0.74.0' };

/** The version the tests expect to find built: the pin, or its documented stand-in. */
export const testedVersion = (tool: GoTool): string => BUILT_INSTEAD[tool] ?? pinnedVersion(tool);

/** `module@vX.Y.Z` written by the install script next to the binary. */
function builtVersion(tool: GoTool): string | undefined {
  const marker = path.join(GO_TOOLS_BIN, `${tool}.version`);
  if (!existsSync(path.join(GO_TOOLS_BIN, tool)) || !existsSync(marker)) return undefined;
  return /@v?(\S+)/.exec(readFileSync(marker, 'utf8'))?.[1];
}

/**
 * True when the real scanner, built at the version the tests expect, is present. Missing or at another
 * version: the test is skipped on a contributor machine, and fails under `SCAN_GATE_REQUIRE_TOOLS=1`
 * (CI), so nothing silently skips there.
 */
export function hasGoTool(tool: GoTool): boolean {
  const want = testedVersion(tool);
  const have = builtVersion(tool);
  if (have === want) return true;
  if (process.env.SCAN_GATE_REQUIRE_TOOLS === '1') {
    const what = have ? `is ${have}, the tests expect ${want}` : 'is missing';
    throw new Error(
      `test tool ${tool} in ${GO_TOOLS_BIN} ${what} (run .ci/install-go-scanners.sh; see README "Tests")`,
    );
  }
  return false;
}

export const goToolPath = (tool: GoTool): string => path.join(GO_TOOLS_BIN, tool);

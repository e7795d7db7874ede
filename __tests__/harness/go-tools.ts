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

/** `module@vX.Y.Z` written by the install script next to the binary. */
function builtVersion(tool: GoTool): string | undefined {
  const marker = path.join(GO_TOOLS_BIN, `${tool}.version`);
  if (!existsSync(path.join(GO_TOOLS_BIN, tool)) || !existsSync(marker)) return undefined;
  return /@v?(\S+)/.exec(readFileSync(marker, 'utf8'))?.[1];
}

/**
 * True when the real scanner, built at the pinned version, is present. Missing or at another
 * version: the test is skipped on a contributor machine, and fails under `SCAN_GATE_REQUIRE_TOOLS=1`
 * (CI), so nothing silently skips there.
 */
export function hasGoTool(tool: GoTool): boolean {
  const want = pinnedVersion(tool);
  const have = builtVersion(tool);
  if (have === want) return true;
  if (process.env.SCAN_GATE_REQUIRE_TOOLS === '1') {
    const what = have ? `is ${have}, scan-gate pins ${want}` : 'is missing';
    throw new Error(
      `test tool ${tool} in ${GO_TOOLS_BIN} ${what} (run .ci/install-go-scanners.sh; see README "Tests")`,
    );
  }
  return false;
}

export const goToolPath = (tool: GoTool): string => path.join(GO_TOOLS_BIN, tool);

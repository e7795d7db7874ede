#!/usr/bin/env node
/**
 * Installs the pip-installed scanners (bandit, pip-audit, checkov, safety) from PyPI for the test suite,
 * through the product's own installer: it runs the bundled CLI (`dist/cli.js scan`) once with
 * SCAN_GATE_HOME=test-tools/pip, so the venvs are built from the committed hash locks exactly as users'
 * runs build them, into test-tools/pip/tools (the end-to-end tests reuse them from there, re-verified).
 * Called by .ci/run; needs python3 and PyPI. Prints the wall-clock time; exits non-zero when any venv is missing.
 *
 *   node scripts/install-pip-scanners.mjs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOME = path.join(ROOT, 'test-tools', 'pip');
const IDS = ['bandit', 'pip-audit', 'checkov', 'safety'];

/** `<home>/tools/scan-gate-pip/<id>/<version>/<platform>-py<x.y>/scan-gate-pip.json` for every id. */
function missing() {
  return IDS.filter((id) => {
    const dir = path.join(HOME, 'tools', 'scan-gate-pip', id);
    if (!existsSync(dir)) return true;
    const venvs = readdirSync(dir).flatMap((v) => readdirSync(path.join(dir, v)).map((p) => path.join(dir, v, p)));
    return !venvs.some((v) => existsSync(path.join(v, 'scan-gate-pip.json')));
  });
}

const target = mkdtempSync(path.join(os.tmpdir(), 'scan-gate-pip-install-'));
try {
  writeFileSync(path.join(target, 'app.py'), 'print("hello")\n');
  writeFileSync(path.join(target, 'requirements.txt'), 'requests==2.31.0\n');
  mkdirSync(HOME, { recursive: true });
  const started = Date.now();
  // safety's platform is pointed at a closed local port: only its install matters here.
  const closed = 'http://127.0.0.1:9';
  const env = {
    ...process.env,
    SCAN_GATE_HOME: HOME,
    SAFETY_API_KEY: 'install-only',
    SAFETY_AUTH_SERVER_URL: closed,
    SAFETY_PLATFORM_URL: closed,
    SAFETY_PLATFORM_API_BASE_URL: closed,
    SAFETY_DATA_API_BASE_URL: closed,
  };
  const args = [path.join(ROOT, 'dist', 'cli.js'), 'scan', target, '--scanners', IDS.join(','), '--json'];
  args.push('--output-dir', path.join(target, 'out'));
  const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 1_800_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const gone = missing();
  if (gone.length > 0 || ![0, 1].includes(run.status ?? -1)) {
    console.error(run.stderr.slice(-4000));
    throw new Error(`pip scanners not installed: ${gone.join(', ') || `exit code ${run.status}`}`);
  }
  const python = execFileSync('python3', ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  console.log(`pip scanners ${IDS.join(', ')} installed or re-verified in ${seconds} s (${python}) under ${HOME}`);
} finally {
  rmSync(target, { recursive: true, force: true });
}

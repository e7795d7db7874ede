import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InstallRefusal } from '../config/errors.js';
import { sha256 } from '../findings/fingerprint.js';
import { restoreSafely, saveSafely } from './cross-run-cache.js';
import type { InstallOptions, InstallResult } from './options.js';
import { describeHashMismatches, parseHashMismatches } from './pip-lock.js';
import { platformArch, platformOs, resolvePlatform } from './platform.js';
import type { PipSpec, Platform } from './types.js';
import { purgeBytecode, type VenvInterpreter, verifyVenv } from './venv-verify.js';

const MARKER = 'scan-gate-pip.json';

/** `bandit[sarif]==1.9.4`: exact version, extras from the spec. */
export function pipRequirement(spec: PipSpec, version: string): string {
  const extras = spec.extras?.length ? `[${spec.extras.join(',')}]` : '';
  return `${spec.package}${extras}==${version}`;
}

/**
 * The two commands that build the venv, as argv arrays (never shell strings). pip installs exactly the
 * lock: every line pinned and hashed (`--require-hashes`), nothing resolved beyond it (`--no-deps`),
 * wheels only (`--only-binary :all:`: no sdist's setup.py runs at install time).
 */
export function pipCommands(opts: {
  python: string;
  venv: string;
  spec: PipSpec;
  lockFile: string;
  platform: Platform;
}) {
  const win = opts.platform.startsWith('win32');
  const bin = win ? path.join(opts.venv, 'Scripts') : path.join(opts.venv, 'bin');
  const pip = path.join(bin, win ? 'pip.exe' : 'pip');
  const exe = path.join(bin, win ? `${opts.spec.executable}.exe` : opts.spec.executable);
  // --no-compile: byte-code is never hashed in RECORD, so none is cached with the venv (see purgeBytecode).
  const flags = ['--disable-pip-version-check', '--no-input', '--require-hashes', '--no-deps', '--no-compile'];
  return {
    venv: [opts.python, '-m', 'venv', opts.venv],
    install: [pip, 'install', ...flags, '--only-binary', ':all:', '--requirement', opts.lockFile],
    executable: exe,
  };
}

interface Built {
  readonly venv: string;
  readonly lock: string;
  readonly sha: string;
  readonly exe: string;
  readonly interpreter: VenvInterpreter;
}

/** Reuse only a venv whose marker names this lock and whose files still match their recorded hashes. */
function check(b: Built): { ok: true } | { ok: false; problem?: string } {
  const marker = path.join(b.venv, MARKER);
  if (!existsSync(marker) || !existsSync(b.exe)) return { ok: false };
  try {
    const recorded = (JSON.parse(readFileSync(marker, 'utf8')) as { lockSha256?: string }).lockSha256;
    if (recorded !== b.sha) return { ok: false };
  } catch {
    return { ok: false, problem: `${MARKER} is not JSON` };
  }
  purgeBytecode(b.venv);
  const problem = verifyVenv(b.venv, b.lock, b.interpreter);
  return problem ? { ok: false, problem } : { ok: true };
}

/**
 * The interpreter's version and real executable, asked of the interpreter itself: `python3` on PATH
 * may be a shim (pyenv) that a venv does not link to; `sys.executable` is what it links to.
 */
async function interpreterOf(opts: InstallOptions, python: string): Promise<VenvInterpreter> {
  const ask = 'import sys; print("Python %d.%d" % sys.version_info[:2]); print(sys.executable)';
  const r = await opts.adapters.commands.run([python, '-c', ask], { timeoutMs: 30_000 });
  const out = `${r.stdout}\n${r.stderr}`;
  const version = /Python (\d+\.\d+)/.exec(out)?.[1] ?? 'unknown';
  const executable = r.stdout.split(/\r?\n/)[1]?.trim();
  return { python: executable && path.isAbsolute(executable) ? executable : python, version };
}

async function build(opts: InstallOptions, cmds: ReturnType<typeof pipCommands>, b: Built): Promise<void> {
  rmSync(b.venv, { recursive: true, force: true });
  for (const argv of [cmds.venv, cmds.install]) {
    const r = await opts.adapters.commands.run(argv, { timeoutMs: 900_000 });
    if (r.exitCode === 0) continue;
    // A half-built venv must never look reusable.
    rmSync(b.venv, { recursive: true, force: true });
    const mismatches = parseHashMismatches(`${r.stdout}\n${r.stderr}`);
    if (mismatches.length > 0) throw new InstallRefusal(describeHashMismatches(opts.id, mismatches));
    throw new Error(
      `${opts.id}: \`${argv.join(' ')}\` exited with ${r.exitCode}: ${(r.stderr || r.stdout).trim().slice(-2000)}`,
    );
  }
  const problem = verifyVenv(b.venv, b.lock, b.interpreter);
  if (problem) throw new Error(`${opts.id}: the new venv does not match its lock: ${problem}`);
  writeFileSync(path.join(b.venv, MARKER), `${JSON.stringify({ lockSha256: b.sha })}\n`);
}

function lockedVersion(opts: InstallOptions, spec: PipSpec, version: string): void {
  if (version === spec.defaultVersion) return;
  throw new ConfigError(
    `versions: ${opts.id}=${version} is refused: ${opts.id} is installed from PyPI only with its committed hash lock ` +
      `(${opts.id} ${spec.defaultVersion}), so every file pip fetches is verified. Remove the override to use ` +
      `${spec.defaultVersion}, or install ${opts.id} yourself and set \`versions: ${opts.id}=path\`.`,
  );
}

async function findPython(opts: InstallOptions): Promise<string> {
  const python = (await opts.adapters.which('python3')) ?? (await opts.adapters.which('python'));
  if (python) return python;
  throw new Error(
    `${opts.id} needs Python 3, but neither python3 nor python is on PATH. Add actions/setup-python before scan-gate, ` +
      `or install ${opts.id} yourself and set \`versions: ${opts.id}=path\`.`,
  );
}

/**
 * Python tools: a venv per scanner/version/platform/Python at a stable path, built from the scanner's
 * hash lock and cached like the binaries; a cached venv is re-verified before every reuse.
 */
export async function installPip(opts: InstallOptions, spec: PipSpec, version: string): Promise<InstallResult> {
  lockedVersion(opts, spec, version);
  const platform = opts.platform ?? resolvePlatform();
  const python = await findPython(opts);
  const interpreter = await interpreterOf(opts, python);
  const py = interpreter.version;
  const venv = path.join(opts.toolCacheDir, 'scan-gate-pip', opts.id, version, `${platform}-py${py}`);
  const lock = await spec.lock();
  // SHA-256 of the lock text: the identity of a venv built from it (marker, cache key).
  const sha = sha256(lock);
  const lockFile = path.join(opts.tempDir, `scan-gate-pip-${opts.id}-${sha.slice(0, 16)}.txt`);
  const cmds = pipCommands({ python, venv, spec, lockFile, platform });
  const b: Built = { venv, lock, sha, exe: cmds.executable, interpreter };
  const result = (origin: 'tool-cache' | 'actions-cache' | 'download', warnings: string[]): InstallResult => ({
    tool: { id: opts.id, version, binary: cmds.executable, verification: 'pip-hash-locked', sha256: sha, origin },
    warnings,
  });
  const warnings: string[] = [];
  const stale = (where: string, c: { problem?: string }) => {
    if (c.problem) warnings.push(`${opts.id}: the ${where} venv failed verification (${c.problem}); rebuilt it.`);
  };
  const local = check(b);
  if (local.ok) return result('tool-cache', warnings);
  stale('cached', local);
  const key = `scan-gate-tool-${opts.id}-${version}-${platformOs(platform)}-${platformArch(platform)}-py${py}-${sha.slice(0, 16)}`;
  const what = `${opts.id} ${version}`;
  const restored = await restoreSafely({ cache: opts.adapters.cache, paths: [venv], key, what });
  if (restored.warning) warnings.push(restored.warning);
  if (restored.matchedKey) {
    const fromCache = check(b);
    if (fromCache.ok) return result('actions-cache', warnings);
    stale('restored', fromCache);
  }
  mkdirSync(opts.tempDir, { recursive: true });
  writeFileSync(lockFile, lock);
  await build(opts, cmds, b);
  if (restored.usable) {
    const saved = await saveSafely({ cache: opts.adapters.cache, paths: [venv], key, what });
    if (saved) warnings.push(saved);
  }
  return result('download', warnings);
}

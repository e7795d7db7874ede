import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restoreSafely, saveSafely } from './cross-run-cache.js';
import type { InstallOptions, InstallResult } from './options.js';
import { platformArch, platformOs, resolvePlatform } from './platform.js';
import type { PipSpec, Platform } from './types.js';

const MARKER = 'scan-gate-pip.json';

/** `bandit[sarif]==1.9.4`: exact version, extras from the spec. */
export function pipRequirement(spec: PipSpec, version: string): string {
  const extras = spec.extras?.length ? `[${spec.extras.join(',')}]` : '';
  return `${spec.package}${extras}==${version}`;
}

/** The two commands that build the venv, as argv arrays (never shell strings). */
export function pipCommands(opts: {
  python: string;
  venv: string;
  spec: PipSpec;
  version: string;
  platform: Platform;
}) {
  const bin = opts.platform.startsWith('win32') ? path.join(opts.venv, 'Scripts') : path.join(opts.venv, 'bin');
  const pip = path.join(bin, opts.platform.startsWith('win32') ? 'pip.exe' : 'pip');
  const exe = path.join(bin, opts.platform.startsWith('win32') ? `${opts.spec.executable}.exe` : opts.spec.executable);
  return {
    venv: [opts.python, '-m', 'venv', opts.venv],
    install: [pip, 'install', '--disable-pip-version-check', pipRequirement(opts.spec, opts.version)],
    executable: exe,
  };
}

function ready(venv: string, requirement: string, exe: string): boolean {
  const marker = path.join(venv, MARKER);
  if (!existsSync(marker) || !existsSync(exe)) return false;
  try {
    return (JSON.parse(readFileSync(marker, 'utf8')) as { requirement?: string }).requirement === requirement;
  } catch {
    return false;
  }
}

async function pythonVersion(opts: InstallOptions, python: string): Promise<string> {
  const r = await opts.adapters.commands.run([python, '--version'], { timeoutMs: 30_000 });
  return (/Python (\d+\.\d+)/.exec(`${r.stdout} ${r.stderr}`)?.[1] ?? 'unknown').trim();
}

async function build(opts: InstallOptions, cmds: ReturnType<typeof pipCommands>, venv: string): Promise<void> {
  rmSync(venv, { recursive: true, force: true });
  for (const argv of [cmds.venv, cmds.install]) {
    const r = await opts.adapters.commands.run(argv, { timeoutMs: 900_000 });
    if (r.exitCode !== 0) {
      throw new Error(
        `${opts.id}: \`${argv.join(' ')}\` exited with ${r.exitCode}: ${(r.stderr || r.stdout).trim().slice(-2000)}`,
      );
    }
  }
}

/** Python tools: a venv per scanner/version/platform/Python at a stable path, cached like the binaries. */
export async function installPip(opts: InstallOptions, spec: PipSpec, version: string): Promise<InstallResult> {
  const platform = opts.platform ?? resolvePlatform();
  const python = (await opts.adapters.which('python3')) ?? (await opts.adapters.which('python'));
  if (!python) {
    throw new Error(
      `${opts.id} needs Python 3, but neither python3 nor python is on PATH. Add actions/setup-python before scan-gate, ` +
        `or install ${opts.id} yourself and set \`versions: ${opts.id}=path\`.`,
    );
  }
  const py = await pythonVersion(opts, python);
  const venv = path.join(opts.toolCacheDir, 'scan-gate-pip', opts.id, version, `${platform}-py${py}`);
  const cmds = pipCommands({ python, venv, spec, version, platform });
  const requirement = pipRequirement(spec, version);
  const result = (origin: 'tool-cache' | 'actions-cache' | 'download', warnings: string[]): InstallResult => ({
    tool: { id: opts.id, version, binary: cmds.executable, verification: 'pip-pinned', origin },
    warnings,
  });
  if (ready(venv, requirement, cmds.executable)) return result('tool-cache', []);
  const key = `scan-gate-tool-${opts.id}-${version}-${platformOs(platform)}-${platformArch(platform)}-py${py}`;
  const what = `${opts.id} ${version}`;
  const restored = await restoreSafely({ cache: opts.adapters.cache, paths: [venv], key, what });
  const warnings = restored.warning ? [restored.warning] : [];
  if (restored.matchedKey && ready(venv, requirement, cmds.executable)) return result('actions-cache', warnings);
  await build(opts, cmds, venv);
  writeFileSync(path.join(venv, MARKER), `${JSON.stringify({ requirement })}\n`);
  if (restored.usable) {
    const saved = await saveSafely({ cache: opts.adapters.cache, paths: [venv], key, what });
    if (saved) warnings.push(saved);
  }
  return result('download', warnings);
}

import { installFromPath } from './install-path.js';
import { installPip } from './install-pip.js';
import { installRelease } from './install-release.js';
import type { InstallOptions, InstallResult } from './options.js';
import { INSTALL_SPECS } from './specs/index.js';
import { resolveVersionRequest } from './versions.js';

/**
 * Puts one scanner on the runner and returns its executable: PATH (`versions: id=path`), a verified
 * GitHub release binary, or a pinned pip install. ConfigError for a bad or forbidden `versions` value.
 */
export async function installScanner(opts: InstallOptions): Promise<InstallResult> {
  const spec = opts.spec ?? INSTALL_SPECS[opts.id];
  const request = resolveVersionRequest(opts.id, spec, opts.version);
  if (spec.kind === 'none') {
    return { tool: { id: opts.id, version: '', binary: '', verification: 'none', origin: 'none' }, warnings: [] };
  }
  if (request.mode === 'path') {
    return installFromPath(opts, request.binary ?? (spec.kind === 'pip' ? spec.executable : opts.id));
  }
  if (spec.kind === 'pip') return installPip(opts, spec, request.version);
  return installRelease(opts, spec, request.version);
}

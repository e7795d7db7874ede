import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { GithubReleaseSpec, InstallSpec } from './types.js';

/** What the `versions` input asks for one scanner. */
export type VersionRequest =
  | { readonly mode: 'pinned'; readonly version: string }
  | { readonly mode: 'unpinned'; readonly version: string }
  /** `path`: the executable found on PATH; `/abs/bin`: that file. */
  | { readonly mode: 'path'; readonly binary?: string }
  | { readonly mode: 'pip'; readonly version: string };

// Digits, dots and a pre-release/build suffix only: the version ends up in URLs and directory names.
const VERSION = /^\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;

function forbidden(id: string, spec: GithubReleaseSpec, version: string): void {
  if (!spec.forbiddenVersions?.includes(version)) return;
  throw new ConfigError(
    `versions: ${id}=${version} is refused: ${id} ${version} is a known-compromised release (for trivy 0.69.4–0.69.6: ` +
      'the March 2026 supply-chain attack, GHSA-69fq-xp46-6x23). Remove the override to use the pinned default, or pick another version.',
  );
}

/** Validates a `versions` override (or its absence) against the scanner's install spec. */
export function resolveVersionRequest(id: string, spec: InstallSpec, requested?: string): VersionRequest {
  const raw = requested?.trim();
  if (spec.kind === 'none') {
    if (raw) throw new ConfigError(`versions: ${id}=${raw}: ${id} installs nothing, remove it from \`versions\``);
    return { mode: 'pinned', version: '' };
  }
  if (raw === 'path') return { mode: 'path' };
  if (raw && path.isAbsolute(raw)) return { mode: 'path', binary: raw };
  const version = raw ? raw.replace(/^v/, '') : spec.defaultVersion;
  if (!VERSION.test(version)) {
    throw new ConfigError(`versions: ${id}=${raw} is not a version (expected x.y.z or \`path\`)`);
  }
  if (spec.kind === 'pip') return { mode: 'pip', version };
  forbidden(id, spec, version);
  return spec.pinned[version] ? { mode: 'pinned', version } : { mode: 'unpinned', version };
}

import { type ScannerId, SOURCE_IDS } from '../../findings/finding.js';
import { SCANNERS } from '../../scanners/registry.js';
import type { InstallSpec } from '../types.js';

/**
 * How each scanner gets onto the runner, as its plugin declares it (`sarif` installs nothing). The alert
 * sources (dependabot, code-scanning…) read the GitHub API: nothing to install.
 */
export const INSTALL_SPECS: Readonly<Record<ScannerId, InstallSpec>> = Object.fromEntries([
  ...Object.values(SCANNERS).map((plugin) => [plugin.id, plugin.install]),
  ...SOURCE_IDS.map((id) => [id, { kind: 'none' }]),
]) as Record<ScannerId, InstallSpec>;

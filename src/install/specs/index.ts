import type { ScannerId } from '../../findings/finding.js';
import { SCANNERS } from '../../scanners/registry.js';
import type { InstallSpec } from '../types.js';

/** How each scanner gets onto the runner, as its plugin declares it (`sarif` installs nothing). */
export const INSTALL_SPECS: Readonly<Record<ScannerId, InstallSpec>> = Object.fromEntries(
  Object.values(SCANNERS).map((plugin) => [plugin.id, plugin.install]),
) as Record<ScannerId, InstallSpec>;

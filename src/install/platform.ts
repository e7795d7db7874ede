import { ConfigError } from '../config/errors.js';
import { PLATFORMS, type Platform } from './types.js';

/** The runner's platform as the pinned tables name it; an unsupported runner is a user-fixable choice of `runs-on`. */
export function resolvePlatform(os: string = process.platform, arch: string = process.arch): Platform {
  const candidate = `${os}-${arch}`;
  if ((PLATFORMS as readonly string[]).includes(candidate)) return candidate as Platform;
  throw new ConfigError(
    `scan-gate cannot install scanners on ${candidate}: supported runners are ${PLATFORMS.join(', ')}. ` +
      'Choose one of them in `runs-on`, or pre-install the scanner and set `versions: <id>=path`.',
  );
}

export function platformOs(platform: Platform): string {
  return platform.split('-')[0];
}

export function platformArch(platform: Platform): string {
  return platform.split('-')[1];
}

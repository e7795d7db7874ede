import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/** Without `--fail-on`, grype exits 0 with or without matches; 1 is an error. */
const GRYPE_OK = [0] as const;

function grypeEnv(ctx: ScanContext): Record<string, string> {
  return {
    // The vulnerability DB lives in the cached directory; no self-update check on every run.
    GRYPE_DB_CACHE_DIR: ctx.cacheDir,
    GRYPE_CHECK_FOR_APP_UPDATE: 'false',
  };
}

function invocation(ctx: ScanContext, source: string, file: string, label?: string): Invocation {
  const output = path.join(ctx.workDir, file);
  return {
    // `--` ends the options, so an image reference can never be read as a flag.
    argv: [ctx.binary, '-o', 'json', '--file', output, '--', source],
    okExitCodes: GRYPE_OK,
    output: { kind: 'file', path: output },
    env: grypeEnv(ctx),
    label,
  };
}

/** One `dir:` scan of the root, then one scan per image in `images`. */
export function grypeCommand(ctx: ScanContext): Invocation[] {
  return [
    invocation(ctx, `dir:${ctx.root}`, 'grype-dir.json'),
    ...ctx.images.map((image, i) => invocation(ctx, image, `grype-image-${i + 1}.json`, image)),
  ];
}

// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
import { build } from 'esbuild';

const banner = {
  js: "import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);",
};

for (const [entry, out] of [
  ['src/index.ts', 'dist/index.js'],
  ['src/cli.ts', 'dist/cli.js'],
]) {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    outfile: out,
    legalComments: 'external',
    banner: entry.endsWith('cli.ts') ? { js: `#!/usr/bin/env node\n${banner.js}` } : banner,
    logLevel: 'warning',
  });
}

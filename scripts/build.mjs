// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
import { chmodSync } from 'node:fs';
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
    // Same bundle whether node_modules is a folder or a link to one (git worktrees sharing an install).
    preserveSymlinks: true,
    banner: entry.endsWith('cli.ts') ? { js: `#!/usr/bin/env node\n${banner.js}` } : banner,
    logLevel: 'warning',
  });
  // The CLI is run directly by npm's bin link and by pre-commit (`language: script`).
  if (entry.endsWith('cli.ts')) chmodSync(out, 0o755);
}

// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM sharing their code in chunks
// (dist/chunks/): both entry points compile the same modules once, and what a run does not need
// (the GitHub client, the cache service) sits behind dynamic imports so it is loaded only when used.
// dist/ is emptied first so a chunk that is no longer produced cannot linger (check-dist compares it).
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { fdirWithoutOptionalPicomatch, lazyHttpClient, lazyUndici } from './build-plugins.mjs';

await import('./gen-validators.mjs');
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'external',
  // Same bundle whether node_modules is a folder or a link to one (git worktrees sharing an install).
  preserveSymlinks: true,
  banner: {
    js: "import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);",
  },
  plugins: [lazyUndici, lazyHttpClient, fdirWithoutOptionalPicomatch],
  logLevel: 'warning',
});

// The CLI is run directly by npm's bin link and by pre-commit (`language: script`): its shebang comes
// from src/cli.ts; the executable bit is set here.
chmodSync('dist/cli.js', 0o755);

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/tools.js';

describe('what `npm pack` publishes', () => {
  it('is the CLI entry and its chunks (with their licence notices), the policy schema and the docs: not the Action entry', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    const all = (packed[0]?.files ?? []).map((f) => f.path).sort();
    // The CLI's code shared with the Action lives in dist/chunks/ (esbuild splitting): all of it ships.
    expect(all.filter((f) => f.startsWith('dist/chunks/')).length).toBeGreaterThan(0);
    const files = all.filter((f) => !f.startsWith('dist/chunks/'));
    // dist/index.js is the GitHub Action entry (runs from the repository checkout, never from npm): 6 MB for nothing.
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
      'src/config/policy.schema.json',
    ]);
  }, 60_000);
});

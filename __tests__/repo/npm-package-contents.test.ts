import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/tools.js';

describe('what `npm pack` publishes', () => {
  it('is the CLI bundle with its licence notices, the policy schema and the docs: not the Action bundle', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    const files = (packed[0]?.files ?? []).map((f) => f.path).sort();
    // dist/index.js is the GitHub Action entry (runs from the repository checkout, never from npm): 6 MB for nothing.
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/cli.js.LEGAL.txt',
      'package.json',
      'src/config/policy.schema.json',
    ]);
  }, 60_000);
});

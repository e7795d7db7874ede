import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/tools.js';

// Assembled so this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./sha', 'red|\\bsha', 'red/(fixtures|reference|seeds)|\\bSP', 'EC\\b'].join(''));

it('comments, docs and provenance refer only to files in the repository (no team folders beside it)', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|mjs|md|yml|yaml|sh|json)$/.test(f) && !f.startsWith('dist/') && !f.endsWith('.json'));
  const offenders = files.filter((f) => OUTSIDE.test(readFileSync(path.join(REPO_ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
});

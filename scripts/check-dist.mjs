// npm run check-dist: dist/ (and the generated schema validators) must be exactly what the source builds to — no changed file, and no new or
// leftover file (chunk names carry content hashes, so a stale or missing chunk shows up here).
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist/', ':(glob)src/**/*.validator.js'],
  {
    encoding: 'utf8',
  },
);
if (status !== '') {
  console.error(`dist/ differs from what the source builds to (run npm run bundle and commit dist/):\n${status}`);
  process.exit(1);
}

import { describe, expect, it } from 'vitest';
import { placeFinder, placeOf } from '../../src/forward/finding-context.js';
import { reportOf } from '../report/build-report.js';

const report = reportOf([], { event: { serverUrl: 'https://ghe.example.test//', sha: 'c'.repeat(40) } });
const repo = 'https://ghe.example.test/octo-org/octo-repo';
const blob = `${repo}/blob/${'c'.repeat(40)}`;
const at = (path: string, startLine?: number) => ({ location: { path, startLine } });

describe('where a forwarded finding lives (placeOf, placeFinder)', () => {
  it('links a file in the repository at its line, and anything else to the repository', () => {
    const cases: [ReturnType<typeof at>, object][] = [
      [at('src/a b.ts', 5), { repositoryUrl: repo, sourceUrl: `${blob}/src/a%20b.ts#L5` }],
      // One path, other lines: each finding gets its own anchor, none at all without a line.
      [at('src/a b.ts', 9), { repositoryUrl: repo, sourceUrl: `${blob}/src/a%20b.ts#L9` }],
      [at('src/a b.ts'), { repositoryUrl: repo, sourceUrl: `${blob}/src/a%20b.ts` }],
      [at('src/a b.ts', 5), { repositoryUrl: repo, sourceUrl: `${blob}/src/a%20b.ts#L5` }],
      [at('../other/repo/x.ts', 1), { repositoryUrl: repo, sourceUrl: repo }],
      [at('/etc/passwd', 1), { repositoryUrl: repo, sourceUrl: repo }],
      [at('C:\\x\\y.ts', 1), { repositoryUrl: repo, sourceUrl: repo }],
      [at('alpine:3.10: usr/lib/libssl.so', 3), { repositoryUrl: repo, image: 'alpine:3.10', sourceUrl: repo }],
      [at('alpine:3.10: usr/lib/libssl.so'), { repositoryUrl: repo, image: 'alpine:3.10', sourceUrl: repo }],
    ];
    const find = placeFinder(report, ['alpine:3.10']);
    for (const [finding, place] of cases) {
      expect(find(finding), finding.location.path).toEqual(place);
      expect(placeOf(finding, report, ['alpine:3.10']), finding.location.path).toEqual(place);
    }
    // Without the image named, its path is not a repository file either (it has a colon).
    expect(placeOf(at('alpine:3.10: usr/lib/libssl.so', 3), report, [])).toEqual({
      repositoryUrl: repo,
      sourceUrl: repo,
    });
  });
});

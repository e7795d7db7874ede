import { describe, expect, it } from 'vitest';
import { bySeverityDesc, mostSevereFirst, SEVERITIES, type Severity } from '../../src/findings/finding.js';

/** A list with every severity, repeated and interleaved, each item numbered in list order. */
function items(n: number, seed: number): { severity: Severity; n: number }[] {
  let x = seed;
  return Array.from({ length: n }, (_, i) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return { severity: SEVERITIES[x % SEVERITIES.length] as Severity, n: i };
  });
}

describe('mostSevereFirst', () => {
  it('is the first N of the stable sort by severity, for lists shorter and longer than N', () => {
    for (const [n, limit, seed] of [
      [0, 25, 1],
      [3, 25, 2],
      [25, 25, 3],
      [26, 25, 4],
      [1000, 25, 5],
      [1000, 1, 6],
      [1000, 0, 7],
      [40, 1000, 8],
    ] as const) {
      const list = items(n, seed);
      const expected = [...list].sort(bySeverityDesc).slice(0, limit);
      expect(mostSevereFirst(list, limit)).toEqual(expected);
    }
  });

  it('keeps list order among equal severities and leaves the list as it was', () => {
    const list = [
      { severity: 'low' as const, n: 0 },
      { severity: 'critical' as const, n: 1 },
      { severity: 'low' as const, n: 2 },
      { severity: 'critical' as const, n: 3 },
      { severity: 'unknown' as const, n: 4 },
    ];
    const before = JSON.stringify(list);
    expect(mostSevereFirst(list, 3).map((i) => i.n)).toEqual([1, 3, 0]);
    expect(JSON.stringify(list)).toBe(before);
  });
});

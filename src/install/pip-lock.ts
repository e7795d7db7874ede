import { normalisePackageName } from '../findings/fingerprint.js';

/**
 * `name==version` pins of the lock (markers and hashes dropped), by normalised name; a universal lock
 * may pin two versions of one package under different markers (e.g. per Python version).
 */
export function lockedPins(lock: string): Map<string, Set<string>> {
  const pins = new Map<string, Set<string>>();
  for (const m of lock.matchAll(/^([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[[^\]]*\])?==([^\s;\\]+)/gm)) {
    const name = normalisePackageName(m[1]);
    pins.set(name, (pins.get(name) ?? new Set()).add(m[2]));
  }
  return pins;
}

export interface HashMismatch {
  /** `bandit==1.9.4` as pip names it. */
  readonly requirement: string;
  readonly expected: readonly string[];
  readonly got: string;
}

/**
 * pip's `--require-hashes` refusal, one entry per package:
 *     bandit==1.9.4 from https://…/bandit-1.9.4-py3-none-any.whl:
 *         Expected sha256 <hash>
 *         Expected     or <hash>      (older pips: `or <hash>`)
 *              Got        <hash>
 */
export function parseHashMismatches(pipOutput: string): HashMismatch[] {
  const found: HashMismatch[] = [];
  let current: { requirement: string; expected: string[] } | undefined;
  for (const line of pipOutput.split(/\r?\n/)) {
    const head = /^\s+(\S+==\S+) from \S+/.exec(line);
    const expected = /^\s+(?:Expected\s+)?(?:sha256|or)\s+([0-9a-f]{64})\s*$/.exec(line);
    const got = /^\s+Got\s+([0-9a-f]{64})\s*$/.exec(line);
    if (head) current = { requirement: head[1], expected: [] };
    else if (expected && current) current.expected.push(expected[1]);
    else if (got && current) {
      found.push({ ...current, got: got[1] });
      current = undefined;
    }
  }
  return found;
}

/** The user-facing refusal: which package, the hashes the lock allows, and the hash that arrived. */
export function describeHashMismatches(id: string, mismatches: readonly HashMismatch[]): string {
  const lines = mismatches.map(
    (m) =>
      `${m.requirement}: downloaded sha256 ${m.got}, the lock allows ${m.expected.map((h) => `sha256 ${h}`).join(' or ')}`,
  );
  return (
    `${id}: pip refused to install files whose hash is not in scan-gate's lock (nothing was run). ` +
    `A package index or mirror served different files than PyPI published, or the cache is corrupt:\n  ${lines.join('\n  ')}`
  );
}

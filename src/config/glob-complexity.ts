/**
 * Glob patterns compile to regular expressions whose matching time grows as (path length)^k, k being
 * the number of unbounded wildcards: `**∕*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` takes seconds on one long
 * file name, and file names come from the (possibly untrusted) repository. Three wildcards keep the
 * worst case for a 255-character name or a 200-folder path well under a second.
 */
export const MAX_GLOB_WILDCARDS = 3;

/** Unbounded wildcards in one path segment: each run of `*`, and each extglob group `*(…)`, `+(…)`… */
function segmentWildcards(segment: string): number {
  if (segment === '**') return 1;
  const extglobs = segment.match(/[*+?@!]\(/g)?.length ?? 0;
  const stars = segment.replace(/[*+?@!]\(/g, '(').match(/\*+/g)?.length ?? 0;
  return stars + extglobs;
}

/** Why a pattern is refused, or undefined when it is fine. A trailing `/**` matches the rest and is free. */
export function globComplexityProblem(glob: string): string | undefined {
  const segments = glob.split('/');
  if (segments.length > 1 && segments[segments.length - 1] === '**') segments.pop();
  const count = segments.reduce((sum, s) => sum + segmentWildcards(s), 0);
  if (/\([^)]*\(/.test(glob)) return 'nested groups can take exponential time to match';
  if (count > MAX_GLOB_WILDCARDS) {
    return `it has ${count} wildcards (* and **); at most ${MAX_GLOB_WILDCARDS} are allowed, because the time to match grows as the path length to the power of that number. Use a simpler pattern or several patterns`;
  }
  return undefined;
}

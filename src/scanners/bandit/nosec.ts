/**
 * Reading bandit's `code` excerpt: `<line number> <source>` per line. It is what lets a parser see a
 * `# nosec` comment (bandit reports nosec'd issues only with `--ignore-nosec`, and marks none of them)
 * and build a line-number-free snippet for the fingerprint.
 */
export function codeLines(code: string | undefined): Map<number, string> {
  const lines = new Map<number, string>();
  for (const line of (code ?? '').split('\n')) {
    const m = /^(\d+)\s?(.*)$/.exec(line);
    if (m?.[1] !== undefined) lines.set(Number(m[1]), m[2] ?? '');
  }
  return lines;
}

/** `# nosec`, `#nosec B602`, `# nosec: B602, yaml_load` (1.7+ takes test ids or names after it). */
const NOSEC = /#\s*nosec\b:?\s*([^#]*)/i;

/** True when the line carries a nosec comment that covers this test (bare nosec covers every test). */
export function nosecCovers(line: string, testId: string, testName: string): boolean {
  const m = NOSEC.exec(line);
  if (!m) return false;
  // Only ids (B602) and test names (yaml_load) narrow it; other words are a free-text reason.
  const listed = (m[1] ?? '').split(/[\s,:]+/).filter((t) => /^B\d{3}$/i.test(t) || /^[a-z]+_\w+$/.test(t));
  return listed.length === 0 || listed.some((t) => t.toUpperCase() === testId.toUpperCase() || t === testName);
}

/** The flagged source without line numbers or the nosec comment: adding `# nosec` keeps the fingerprint. */
export function flaggedSource(lines: Map<number, string>, range: readonly number[]): string {
  return range
    .map((n) => lines.get(n))
    .filter((l): l is string => l !== undefined)
    .map((l) => l.replace(NOSEC, '').trim())
    .join('\n');
}

/**
 * CVSS v3.x base score from a vector (FIRST's v3.1 specification, section 7). osv-scanner computes
 * `max_severity` this way; reports written before that field existed still carry the vectors.
 * v2 and v4 vectors are not scored here (undefined): the advisory label is the fallback for them.
 */
const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Privileges Required weighs more when the scope changes. */
const PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } } as const;

/** The specification's Roundup: smallest one-decimal number ≥ x, immune to float noise. */
function roundUp(x: number): number {
  const scaled = Math.round(x * 100_000);
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}

function pick<T extends Record<string, number>>(table: T, key: string | undefined): number | undefined {
  return key !== undefined && key in table ? table[key as keyof T] : undefined;
}

export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const m = Object.fromEntries(
    vector
      .split('/')
      .slice(1)
      .map((part) => part.split(':') as [string, string]),
  );
  const scope = m.S === 'C' || m.S === 'U' ? m.S : undefined;
  const values = [
    pick(WEIGHTS.AV, m.AV),
    pick(WEIGHTS.AC, m.AC),
    scope ? pick(PR[scope], m.PR) : undefined,
    pick(WEIGHTS.UI, m.UI),
    pick(WEIGHTS.CIA, m.C),
    pick(WEIGHTS.CIA, m.I),
    pick(WEIGHTS.CIA, m.A),
  ];
  if (!scope || values.some((v) => v === undefined)) return undefined;
  const [av, ac, pr, ui, c, i, a] = values as number[];
  const iss = 1 - (1 - (c ?? 0)) * (1 - (i ?? 0)) * (1 - (a ?? 0));
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * (av ?? 0) * (ac ?? 0) * (pr ?? 0) * (ui ?? 0);
  const sum = scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability);
  return roundUp(Math.min(sum, 10));
}

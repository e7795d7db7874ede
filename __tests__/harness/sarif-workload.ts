// The performance workload (npm run bench) and the golden test's input: a SARIF log of n results from
// a code scanner over generated source files, like a large monorepo scanned by a SAST tool.
// Deterministic (seeded), so the same n always gives byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WorkloadShape {
  readonly results: number;
  readonly files?: number;
  readonly linesPerFile?: number;
  readonly rules?: number;
}

export interface Workload {
  readonly workspace: string;
  /** Relative to the workspace, as `sarif-files` takes it. */
  readonly sarifFile: string;
  readonly sourcePaths: readonly string[];
}

/** mulberry32: a tiny seeded generator; Math.random would make the golden digest drift. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// `$` becomes a per-line identifier: real code lines are mostly unique, which fingerprints rely on.
const STATEMENTS = [
  'const value$ = input.trim();',
  '\tif (user$.isAdmin) {',
  '    return db.query("SELECT * FROM t WHERE id = " + id$);',
  '  }',
  '',
  '// renders the café menu $ — naïve escaping ✓',
  'element$.innerHTML = request.body.html;',
  '\t\tconst hash$ = crypto.createHash("md5").update(password).digest("hex");',
  'exec("ls " + req.query.dir$, callback);',
  '    logger.info({ event: "login", user: user$.name });',
  '}',
  'export function handler$(event, context) {',
];

/** One source file: mixed indentation, blank lines, non-ASCII, CRLF in some files and a few missing final newlines. */
function sourceText(rand: () => number, lines: number, index: number): string {
  const eol = index % 7 === 0 ? '\r\n' : '\n';
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const s = (STATEMENTS[Math.floor(rand() * STATEMENTS.length)] ?? '').replace('$', `_${index}_${i}`);
    out.push(i % 50 === 0 ? `${s} // line ${i + 1}` : s);
  }
  return out.join(eol) + (index % 11 === 0 ? '' : eol);
}

function rulesOf(count: number) {
  return Array.from({ length: count }, (_, r) => ({
    id: `bench/rule-${r}`,
    name: `Rule${r}`,
    shortDescription: { text: `Untrusted input reaches a sensitive sink (${r})` },
    fullDescription: { text: `Data from an untrusted source flows into a sink without sanitisation. Rule ${r}.` },
    helpUri: `https://example.test/rules/${r}`,
    properties: {
      tags: ['security', `external/cwe/cwe-${79 + r}`, r % 5 === 0 ? 'correctness' : 'maintainability'],
      ...(r % 4 === 3 ? {} : { 'security-severity': ((r * 1.7) % 10).toFixed(1) }),
    },
    defaultConfiguration: { level: ['error', 'warning', 'note'][r % 3] },
  }));
}

function resultsOf(rand: () => number, shape: Required<WorkloadShape>, paths: readonly string[]) {
  return Array.from({ length: shape.results }, (_, i) => {
    const rule = Math.floor(rand() * shape.rules);
    const line = 1 + Math.floor(rand() * shape.linesPerFile);
    return {
      ruleId: `bench/rule-${rule}`,
      ruleIndex: rule,
      message: { text: `Tainted value from parameter p${i % 97} reaches sink s${rule}.` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: paths[Math.floor(rand() * paths.length)], uriBaseId: '%SRCROOT%' },
            region: { startLine: line, startColumn: 1 + (i % 40), ...(i % 3 === 0 ? { endLine: line + 2 } : {}) },
          },
        },
      ],
    };
  });
}

/** Writes the sources and the SARIF log under `dir`; returns where they are. */
export function writeSarifWorkload(dir: string, shape: WorkloadShape): Workload {
  const full: Required<WorkloadShape> = { files: 200, linesPerFile: 300, rules: 50, ...shape };
  const rand = seeded(0x5ca9_6a7e ^ full.results);
  const workspace = path.join(dir, 'workspace');
  const sourcePaths = Array.from({ length: full.files }, (_, i) => `packages/pkg-${i % 20}/src/module-${i}.ts`);
  sourcePaths.forEach((p, i) => {
    mkdirSync(path.dirname(path.join(workspace, p)), { recursive: true });
    writeFileSync(path.join(workspace, p), sourceText(rand, full.linesPerFile, i));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bench-sast', version: '1.0.0', rules: rulesOf(full.rules) } },
        results: resultsOf(rand, full, sourcePaths),
      },
    ],
  };
  const sarifFile = 'bench.sarif';
  writeFileSync(path.join(workspace, sarifFile), JSON.stringify(log));
  return { workspace, sarifFile, sourcePaths };
}

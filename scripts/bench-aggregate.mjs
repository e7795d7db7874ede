// npm run bench:aggregate (also the last part of npm run bench): matrix shards at scale. 100,000 SARIF
// results over 200 generated source files, processed (a) in one CLI run and (b) as 20 shard runs of
// 5,000 results each, then one aggregate run over the 20 shard folders. Whole-process CPU and peak RSS
// come from process.resourceUsage() of each child; repetitions are interleaved; medians are printed.
// Target: the aggregate takes ≤ 1.5 × the single run's time (CPU compared; wall printed too).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchTempDir } from './temp-dir.mjs';

const TOTAL = Number(process.env.BENCH_AGGREGATE_FINDINGS ?? 100_000);
const SHARDS = 20;
const FILES = 200;
const LINES = 300;
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CLI = path.resolve('dist/cli.js');

const dir = await benchTempDir('scan-gate-bench-agg-');
const ws = path.join(dir, 'ws');
const preload = path.join(dir, 'rusage.mjs');
writeFileSync(
  preload,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RUSAGE_FILE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 })); });\n",
);

function sourceFiles() {
  for (let f = 0; f < FILES; f++) {
    const lines = [];
    for (let l = 0; l < LINES; l++) lines.push(`  const value${l} = compute(input${f}, ${l}); // service ${f % 20}`);
    const file = path.join(ws, `services/svc-${f % 20}/src/file-${f}.js`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
  }
}

/** SARIF results i ∈ [from, to): 50 rules, each result on its own file and line (distinct fingerprints). */
function sarif(from, to) {
  const rules = Array.from({ length: 50 }, (_, r) => ({
    id: `rule-${r}`,
    shortDescription: { text: `Rule ${r}` },
    properties: { 'security-severity': String((r % 10) + 0.5), tags: ['security'] },
  }));
  const results = [];
  for (let i = from; i < to; i++) {
    const f = i % FILES;
    results.push({
      ruleId: `rule-${i % 50}`,
      level: 'warning',
      message: { text: `Finding ${i} in service ${f % 20}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `services/svc-${f % 20}/src/file-${f}.js` },
            region: { startLine: (Math.floor(i / FILES) % LINES) + 1 },
          },
        },
      ],
    });
  }
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'BenchLint', rules } }, results }] });
}

function run(args) {
  const rusageFile = path.join(dir, `rusage-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, CLI, ...args], {
    cwd: ws,
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUSAGE_FILE: rusageFile, CI: 'true' },
    maxBuffer: 1024 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan-gate ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(rusageFile, 'utf8'));
  return { wallMs, ...usage };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(ws, { recursive: true });
sourceFiles();
writeFileSync(path.join(ws, 'all.sarif'), sarif(0, TOTAL));
const per = Math.ceil(TOTAL / SHARDS);
const names = Array.from({ length: SHARDS }, (_, s) => `s${s}`);
for (const [s, name] of names.entries())
  writeFileSync(path.join(ws, `${name}.sarif`), sarif(s * per, Math.min(TOTAL, (s + 1) * per)));

const common = ['scan', '.', '--scanners', 'sarif', '--fail-on', 'high', '--json'];
const single = [];
const aggregate = [];
const shardCpu = [];
for (let rep = 0; rep < REPS; rep++) {
  const out = path.join(dir, `out-${rep}`);
  rmSync(out, { recursive: true, force: true });
  single.push(run([...common, '--sarif-files', 'all.sarif', '--output-dir', path.join(out, 'single')]));
  let cpu = 0;
  for (const name of names) {
    const r = run([
      ...common,
      '--sarif-files',
      `${name}.sarif`,
      '--shard',
      name,
      '--output-dir',
      path.join(out, `shard-${name}`),
    ]);
    cpu += r.cpuMs;
  }
  shardCpu.push(cpu);
  aggregate.push(
    run([
      ...common,
      '--aggregate',
      path.join(out, 'shard-*'),
      '--expect-shards',
      names.join(','),
      '--output-dir',
      path.join(out, 'agg'),
    ]),
  );
}
const m = (xs, k) => median(xs.map((x) => x[k]));
console.log('');
console.log(
  `matrix shards: ${TOTAL.toLocaleString('en')} findings as ${SHARDS} shards × ${per.toLocaleString('en')} (medians of ${REPS} interleaved runs)`,
);
console.log('');
console.log('run | wall ms | CPU ms | peak RSS MB');
console.log('---|---:|---:|---:');
console.log(
  `single run, ${TOTAL.toLocaleString('en')} findings | ${m(single, 'wallMs').toFixed(0)} | ${m(single, 'cpuMs').toFixed(0)} | ${m(single, 'maxRssMb').toFixed(0)}`,
);
console.log(
  `aggregate of ${SHARDS} shards | ${m(aggregate, 'wallMs').toFixed(0)} | ${m(aggregate, 'cpuMs').toFixed(0)} | ${m(aggregate, 'maxRssMb').toFixed(0)}`,
);
console.log(`${SHARDS} shard runs (sum, in parallel jobs in CI) | — | ${median(shardCpu).toFixed(0)} | —`);
// CPU is the figure compared: wall time on a shared 2-core machine mostly measures the neighbours.
const ratio = m(aggregate, 'cpuMs') / m(single, 'cpuMs');
const wallRatio = m(aggregate, 'wallMs') / m(single, 'wallMs');
console.log('');
console.log(
  `aggregate / single run: CPU ${ratio.toFixed(2)}× (wall ${wallRatio.toFixed(2)}×), target ≤ 1.5× — ${ratio <= 1.5 ? 'within target' : 'OVER TARGET'}`,
);
if (ratio > 1.5) process.exitCode = 1;

// npm run bench: prints performance figures (not a test).
//  1. scan-gate vs the floor, whole process: the bundled CLI (dist/cli.js) gating a generated SARIF log
//     of n results over 200 generated source files (300 lines each), against a floor process doing what
//     any tool must with the same input (read + JSON.parse + JSON.stringify + gzip of the SARIF, read each
//     source once and compute GitHub's line hashes). CPU (user + system) and peak RSS of each process,
//     repetitions interleaved so machine load hits both alike; medians and ratios printed.
//  2. per-stage figures of the same pipeline in one process; 3. cold start; 4. install.
// Env: BENCH_SIZES (default 1000,10000,100000), BENCH_REPS (default 5).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { benchTempDir } from './temp-dir.mjs';

const dir = await benchTempDir('scan-gate-bench-');
const bundle = async (entry, out) =>
  build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: path.join(dir, out),
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
await bundle('scripts/bench-entry.ts', 'bench-entry.mjs');
await bundle('scripts/bench-floor.ts', 'bench-floor.mjs');
const entry = path.join(dir, 'bench-entry.mjs');
const hook = path.join(dir, 'rusage-hook.mjs');
// Loaded with --import into each measured process: its own CPU and peak RSS, read as it exits.
writeFileSync(
  hook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RUSAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMb: u.maxRSS / 1024 })); });\n",
);

function run(args, { env = {}, okCodes = [0] } = {}) {
  const usage = path.join(dir, 'rusage.json');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_RUSAGE: usage },
    maxBuffer: 2 ** 28,
    timeout: 10 * 60_000,
  });
  const wallMs = performance.now() - t;
  if (!okCodes.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ...JSON.parse(readFileSync(usage, 'utf8')), wallMs, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const reps = Number(process.env.BENCH_REPS ?? 5);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${reps} interleaved repetitions, medians`,
);

const workloads = sizes.map((n) => {
  const made = spawnSync(process.execPath, [entry, 'workload', String(n), path.join(dir, `w${n}`)], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (made.status !== 0) throw new Error(`workload ${n} exited ${made.status}: ${made.stderr}`);
  const w = JSON.parse(made.stdout);
  return { n, ...w, cli: [], floor: [] };
});
for (let rep = 0; rep < reps; rep++) {
  for (const w of workloads) {
    const out = path.join(dir, `out-${w.n}`);
    mkdirSync(out, { recursive: true });
    const cli = () =>
      w.cli.push(
        run(
          [
            'dist/cli.js',
            'scan',
            w.workspace,
            '--scanners',
            'sarif',
            '--sarif-files',
            w.sarifFile,
            '--output-dir',
            out,
          ],
          { okCodes: [0, 1] },
        ),
      );
    const floor = () => w.floor.push(run([path.join(dir, 'bench-floor.mjs'), w.workspace, w.sarifFile]));
    // Alternate which goes first so neither always runs on a warmer page cache.
    if (rep % 2 === 0) {
      cli();
      floor();
    } else {
      floor();
      cli();
    }
  }
}
console.log('');
console.log(
  'SARIF results | scan-gate CPU | floor CPU | ratio | scan-gate peak RSS (min–max) | floor peak RSS | scan-gate wall',
);
console.log('---:|---:|---:|---:|---:|---:|---:');
for (const w of workloads) {
  const cpu = median(w.cli.map((r) => r.cpuMs));
  const floorCpu = median(w.floor.map((r) => r.cpuMs));
  const rss = w.cli.map((r) => r.rssMb);
  console.log(
    `${fmt(w.n)} | ${fmt(cpu)} ms | ${fmt(floorCpu)} ms | ${(cpu / floorCpu).toFixed(2)}× | ${fmt(median(rss))} MB (${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))}) | ${fmt(median(w.floor.map((r) => r.rssMb)))} MB | ${fmt(median(w.cli.map((r) => r.wallMs)))} ms`,
  );
}

console.log('');
console.log('stages of the same pipeline in one process (CPU ms):');
for (const n of sizes) {
  const m = JSON.parse(run(['--expose-gc', entry, 'pipeline', String(n), dir]).stdout);
  console.log(
    `  ${fmt(n)}: ${Object.entries(m.stages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; SARIF gzip ${fmt(m.sarifGzKb)} KB, comment ${fmt(m.commentChars)} chars`,
  );
}

console.log('');
const badInputWs = mkdtempSync(path.join(dir, 'bad-input-'));
const cold = {
  'node -e 0': [],
  'node dist/cli.js --version': [],
  'node dist/index.js, bad input (fail-on: severe)': [],
};
for (let i = 0; i < 7; i++) {
  cold['node -e 0'].push(run(['-e', '0']));
  cold['node dist/cli.js --version'].push(run(['dist/cli.js', '--version']));
  cold['node dist/index.js, bad input (fail-on: severe)'].push(
    run(['dist/index.js'], {
      env: { GITHUB_WORKSPACE: badInputWs, 'INPUT_FAIL-ON': 'severe', GITHUB_EVENT_NAME: 'push' },
      okCodes: [1],
    }),
  );
}
// Wall time is what a user waits; on a busy machine it mostly measures the neighbours, so CPU is shown too.
for (const [what, runs] of Object.entries(cold)) {
  console.log(
    `cold start, ${what} (median of 7): ${fmt(median(runs.map((r) => r.wallMs)))} ms wall, ${fmt(median(runs.map((r) => r.cpuMs)))} ms CPU`,
  );
}

for (const what of ['install', 'parallel']) console.log(run([entry, what, '0', dir]).stdout.trim());

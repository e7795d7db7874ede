// npm run bench: prints performance figures (not a test). Bundles a small entry with esbuild so the
// figures are for the same code the action runs, then measures each size in a fresh process.
//   processing = parse scanner JSON → normalise → evaluate policy → render comment + summary → build + gzip SARIF
//   floor      = JSON.parse + gzip of the same bytes; ratio = processing / floor
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(path.join(tmpdir(), 'scan-gate-bench-'));
const entry = path.join(dir, 'bench-entry.mjs');
await build({
  entryPoints: ['scripts/bench-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: entry,
  logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);
console.log('');
console.log('findings | processing ms | floor ms | ratio | peak RSS MB | SARIF gz KB | comment chars | summary KB');
console.log('---:|---:|---:|---:|---:|---:|---:|---:');
const stageLines = [];
for (const n of sizes) {
  const r = spawnSync(process.execPath, ['--expose-gc', entry, 'pipeline', String(n), dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const m = JSON.parse(r.stdout);
  stageLines.push(
    `${n.toLocaleString('en')}: ${Object.entries(m.stages)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  );
  console.log(
    `${n.toLocaleString('en')} | ${m.processingMs.toFixed(0)} | ${m.floorMs.toFixed(0)} | ${(m.processingMs / m.floorMs).toFixed(2)} | ${m.peakRssMb.toFixed(0)} | ${m.sarifGzKb.toFixed(0)} | ${m.commentChars} | ${m.summaryKb.toFixed(0)}`,
  );
}

console.log('');
console.log('stages (ms):');
for (const line of stageLines) console.log(`  ${line}`);
console.log('');
const cold = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  cold.push(performance.now() - t);
}
cold.sort((a, b) => a - b);
console.log(`bundle cold start (node dist/cli.js --version, median of 5): ${cold[2].toFixed(0)} ms`);

for (const what of ['install', 'parallel']) {
  const r = spawnSync(process.execPath, [entry, what, '0', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  console.log(r.stdout.trim());
}
writeFileSync(path.join(dir, 'done'), '');

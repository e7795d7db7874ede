// One temporary folder per benchmark run, removed however the run ends: normally, by an error, by
// Ctrl-C, or by SIGTERM / SIGHUP sent to the script alone. A full `npm run bench` writes over a gigabyte
// (workloads, scanner archives, a tool cache); runs that left it behind filled a disk.
//
// The benchmarks measure with spawnSync, so a signal handler in the script would not run until the run
// ended. The script is therefore started again as a worker, in a process group of its own, while this
// process only waits: it passes a signal on to the worker's whole group (its measured processes too),
// waits for the worker to end, removes the folder and exits with the worker's status. TMPDIR points at
// the folder, so whatever the worker or the processes it starts put in os.tmpdir() goes with it.
// SCAN_GATE_KEEP_BENCH_TMP=1 keeps the folder for a look (its path is printed).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';

const WORKER_DIR = 'SCAN_GATE_BENCH_DIR';

/** In the worker: the run's folder. In the first process: never returns (it exits when the worker ends). */
export async function benchTempDir(prefix) {
  const given = process.env[WORKER_DIR];
  if (given) return given;
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const worker = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, TMPDIR: dir, [WORKER_DIR]: dir },
  });
  const passOn = (signal) => {
    try {
      process.kill(-worker.pid, signal);
    } catch {
      // the group has already ended
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, passOn);
  const [code, signal] = await new Promise((resolve) => {
    worker.on('error', (err) => {
      console.error(`could not start the benchmark: ${err.message}`);
      resolve([1, null]);
    });
    worker.on('exit', (c, s) => resolve([c, s]));
  });
  if (process.env.SCAN_GATE_KEEP_BENCH_TMP === '1') console.error(`benchmark files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
}

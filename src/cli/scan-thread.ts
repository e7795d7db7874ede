import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { applyThreadMessage, isStopping, stopHeldOnSignals } from '../scan/interruption.js';
import { internalErrorLine } from './internal-error.js';

/**
 * The young generation of the thread that runs a scan, in MB: V8 makes it two 8 MB semi-spaces and a
 * large-object space of the same size. Node sizes the main thread's from the machine's memory (192 MB
 * with a few GB or more), and a large scan fills it: every page is faulted in, and survivors are copied
 * around a space far larger than the CPU's caches. At 100,000 SARIF results (npm run bench) the bounded
 * one uses about 90 MB less peak memory and about 5% less CPU, starting the thread included.
 */
export const SCAN_YOUNG_GENERATION_MB = 24;

/** What the main thread tells the scan thread (whose own stdout and stderr are pipes to the main thread). */
interface ScanThreadData {
  readonly argv: readonly string[];
  readonly stderrIsTTY: boolean;
}

function scanThreadData(): ScanThreadData | undefined {
  if (isMainThread) return undefined;
  const data = workerData as Partial<ScanThreadData> | null;
  return Array.isArray(data?.argv) ? (data as ScanThreadData) : undefined;
}

/** The CLI's arguments: the command line's, or in the scan thread the ones the main thread passed on. */
export function cliArgv(): readonly string[] {
  return scanThreadData()?.argv ?? process.argv.slice(2);
}

/** Whether stderr is a terminal (asked of the main thread's stderr: the scan thread's is a pipe). */
export function stderrIsTTY(): boolean {
  const data = scanThreadData();
  return data ? data.stderrIsTTY === true : process.stderr.isTTY === true;
}

/** What makes the CLI print its help or version (parseCliArgs: either wins over everything else). */
const QUICK_FLAGS = new Set(['-h', '--help', '-V', '--version']);

/**
 * Whether to start the scan thread (see SCAN_YOUNG_GENERATION_MB): from the main thread, unless the
 * command line asks for the help or the version, which the main thread prints at once. Nothing else is
 * parsed here, so the main thread loads no more than this module: whatever the answer, the thread runs
 * the same CLI on the same arguments, and a command line that does not parse is reported from it.
 */
export function runsInScanThread(argv: readonly string[]): boolean {
  return isMainThread && !argv.some((arg) => QUICK_FLAGS.has(arg));
}

/**
 * Runs `entry` (the CLI's own module) in the scan thread with `argv` and resolves to its exit code. The
 * thread's stdout and stderr reach this process's before that. A thread that fails (an uncaught error,
 * or out of memory) is an internal error: exit code 3, as the help says.
 */
export function runInScanThread(entry: URL, argv: readonly string[]): Promise<number> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return new Promise((resolve) => {
    let failed = false;
    const worker = new Worker(entry, {
      workerData: { argv: [...argv], stderrIsTTY: process.stderr.isTTY === true } satisfies ScanThreadData,
      resourceLimits: { maxYoungGenerationSizeMb: SCAN_YOUNG_GENERATION_MB },
    });
    // Signals reach this thread only. On one, the scan thread is ended first, so that it starts no
    // further scanner and writes no report; then the scanners it started are stopped and its work
    // folder removed, from what it reported here as they came and went (src/scan/interruption.ts).
    const ended = new Promise((done) => worker.once('exit', done));
    stopHeldOnSignals(
      // On a terminal the spinner's line is cleared first.
      (line) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[2K${line}` : line),
      () => worker.terminate().then(() => ended),
    );
    worker.on('message', applyThreadMessage);
    worker.on('error', (error: unknown) => {
      failed = true;
      process.stderr.write(internalErrorLine(error));
    });
    // Stopped by a signal: the stop's own exit code and line, not the ended thread's.
    worker.on('exit', (code) => {
      if (!isStopping()) resolve(failed ? 3 : code);
    });
  });
}

/**
 * A reader that goes away early (`scan-gate scan | head`) ends the output, not the scan: the report
 * files are still written and the verdict is still the exit code. The thread's output reaches the
 * terminal through this process in several writes, so a closed pipe can meet a later one; without this,
 * Node would end the process with an unhandled EPIPE error and its stack.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

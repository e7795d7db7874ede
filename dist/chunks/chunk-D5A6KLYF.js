import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  internalErrorLine
} from "./chunk-7ROSTZRJ.js";
import {
  applyThreadMessage,
  isStopping,
  stopHeldOnSignals
} from "./chunk-YOVDTCOF.js";

// src/cli/scan-thread.ts
import { isMainThread, Worker, workerData } from "node:worker_threads";
var SCAN_YOUNG_GENERATION_MB = 24;
function scanThreadData() {
  if (isMainThread) return void 0;
  const data = workerData;
  return Array.isArray(data?.argv) ? data : void 0;
}
function cliArgv() {
  return scanThreadData()?.argv ?? process.argv.slice(2);
}
function stderrIsTTY() {
  const data = scanThreadData();
  return data ? data.stderrIsTTY === true : process.stderr.isTTY === true;
}
var QUICK_FLAGS = /* @__PURE__ */ new Set(["-h", "--help", "-V", "--version"]);
function runsInScanThread(argv) {
  return isMainThread && !argv.some((arg) => QUICK_FLAGS.has(arg));
}
function runInScanThread(entry, argv) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return new Promise((resolve) => {
    let failed = false;
    const worker = new Worker(entry, {
      workerData: { argv: [...argv], stderrIsTTY: process.stderr.isTTY === true },
      resourceLimits: { maxYoungGenerationSizeMb: SCAN_YOUNG_GENERATION_MB }
    });
    const ended = new Promise((done) => worker.once("exit", done));
    stopHeldOnSignals(
      // On a terminal the spinner's line is cleared first.
      (line) => process.stderr.write(process.stderr.isTTY ? `\r\x1B[2K${line}` : line),
      () => worker.terminate().then(() => ended)
    );
    worker.on("message", applyThreadMessage);
    worker.on("error", (error) => {
      failed = true;
      process.stderr.write(internalErrorLine(error));
    });
    worker.on("exit", (code) => {
      if (!isStopping()) resolve(failed ? 3 : code);
    });
  });
}
function endQuietlyOnClosedPipe(stream) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}

export {
  cliArgv,
  stderrIsTTY,
  runsInScanThread,
  runInScanThread
};

import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/scan/interruption.ts
import { rmSync } from "node:fs";
import { constants } from "node:os";
import { isMainThread, parentPort } from "node:worker_threads";

// src/text/log-escape.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = /^\s*(?:::|##\[)/m;
function neutraliseCommands(text, token = randomUUID) {
  if (!COMMAND_LINE.test(text)) return text;
  const t = token();
  return `::stop-commands::${t}
${text}
::${t}::`;
}

// src/scan/interruption.ts
var MESSAGE = "scan-gate:held";
var groups = /* @__PURE__ */ new Set();
var folders = /* @__PURE__ */ new Set();
var STOP_GRACE_MS = 2e3;
function apply(change) {
  const set = change.kind === "group" ? groups : folders;
  if (change.held) set.add(change.value);
  else set.delete(change.value);
}
function record(change) {
  apply(change);
  if (!isMainThread) parentPort?.postMessage({ [MESSAGE]: change });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const release = { ...change, held: false };
    apply(release);
    if (!isMainThread) parentPort?.postMessage({ [MESSAGE]: release });
  };
}
function holdGroup(pid) {
  return record({ kind: "group", value: pid, held: true });
}
function holdFolder(dir) {
  return record({ kind: "folder", value: dir, held: true });
}
function applyThreadMessage(message) {
  const change = message?.[MESSAGE];
  if (!change || !(change.kind === "group" && Number.isSafeInteger(change.value) && change.value > 0 || change.kind === "folder" && typeof change.value === "string" && change.value !== ""))
    return false;
  apply(change);
  return true;
}
function signalGroup(pid, signal) {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
    return true;
  } catch {
    return false;
  }
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function stopHeld(graceMs = STOP_GRACE_MS) {
  const pids = [...groups];
  const running = pids.filter((pid) => signalGroup(pid, "SIGTERM"));
  for (const until = Date.now() + graceMs; Date.now() < until; sleep(50)) {
    if (!running.some((pid) => signalGroup(pid, 0))) break;
  }
  for (const pid of running) signalGroup(pid, "SIGKILL");
  const removed = [];
  const failed = [];
  for (const dir of folders) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    } catch {
      failed.push(dir);
    }
  }
  groups.clear();
  folders.clear();
  return { groups: running.length, removed, failed };
}
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function stopHeldOnSignals(write) {
  const handlers = /* @__PURE__ */ new Map();
  for (const signal of SIGNALS) {
    const handler = () => {
      for (const [other, h] of handlers) process.removeListener(other, h);
      const { groups: stopped, removed, failed } = stopHeld();
      const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
      const said = `scan-gate: stopped by ${signal} before a verdict: ${plural(stopped, "running scanner")} stopped, ${plural(removed.length, "work folder")} of raw scanner outputs deleted` + (failed.length ? `; could not delete ${failed.join(", ")} (it may hold secrets: delete it)` : "");
      write(`${neutraliseCommands(`${said}.`)}
`);
      process.exit(128 + (constants.signals[signal] ?? 0));
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

export {
  neutraliseCommands,
  holdGroup,
  holdFolder,
  applyThreadMessage,
  stopHeldOnSignals
};

import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/scan/interruption.ts
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { isMainThread, parentPort } from "node:worker_threads";

// src/text/log-escape.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = /^[\s\u0085]*::|##\[/m;
function neutraliseCommands(text, token = randomUUID) {
  if (!COMMAND_LINE.test(text)) return text;
  const t = token();
  return `::stop-commands::${t}
${text}
::${t}::`;
}

// src/scan/interruption.ts
var MESSAGE = "scan-gate:held";
var held = {
  group: /* @__PURE__ */ new Set(),
  process: /* @__PURE__ */ new Set(),
  folder: /* @__PURE__ */ new Set(),
  "kept-folder": /* @__PURE__ */ new Set()
};
var STOP_GRACE_MS = 2e3;
function apply(change) {
  const set = held[change.kind];
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
function holdProcess(pid) {
  return record({ kind: "process", value: pid, held: true });
}
function holdFolder(dir, opts = {}) {
  return record({ kind: opts.keep ? "kept-folder" : "folder", value: dir, held: true });
}
function applyThreadMessage(message) {
  const change = message?.[MESSAGE];
  if (!change || typeof change.held !== "boolean" || !Object.hasOwn(held, change.kind)) return false;
  const pid = change.kind === "group" || change.kind === "process";
  const valid = pid ? Number.isSafeInteger(change.value) && change.value > 0 : typeof change.value === "string" && change.value !== "";
  if (!valid) return false;
  apply(change);
  return true;
}
function send(pid, signal) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}
function signalGroup(pid, signal) {
  return send(process.platform === "win32" ? pid : -pid, signal);
}
function procEntries() {
  let names;
  try {
    names = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return void 0;
  }
  const out = [];
  for (const name of names) {
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const [state = "", ppid = "", pgrp = ""] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.push({ pid: Number(name), state, ppid: Number(ppid), pgrp: Number(pgrp) });
  }
  return out;
}
var ended = (e) => e.state === "Z" || e.state === "X";
function stillRunning(groups, pids) {
  const groupsLeft = groups.filter((g) => signalGroup(g, 0));
  const pidsLeft = pids.filter((p) => send(p, 0));
  if (groupsLeft.length + pidsLeft.length === 0) return { groups: [], pids: [] };
  const entries = procEntries();
  if (!entries) return { groups: groupsLeft, pids: pidsLeft };
  const live = entries.filter((e) => !ended(e));
  return {
    groups: groupsLeft.filter((g) => live.some((e) => e.pgrp === g)),
    pids: pidsLeft.filter((p) => live.some((e) => e.pid === p))
  };
}
function groupsLedByChildren() {
  return (procEntries() ?? []).filter((e) => e.ppid === process.pid && e.pgrp === e.pid && !ended(e)).map((e) => e.pid);
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function stopHeld(graceMs = STOP_GRACE_MS) {
  const { groups, pids } = stillRunning([.../* @__PURE__ */ new Set([...held.group, ...groupsLedByChildren()])], [...held.process]);
  for (const g of groups) signalGroup(g, "SIGTERM");
  for (const p of pids) send(p, "SIGTERM");
  for (const until = Date.now() + graceMs; Date.now() < until; sleep(50)) {
    const left = stillRunning(groups, pids);
    if (left.groups.length + left.pids.length === 0) break;
  }
  for (const g of groups) signalGroup(g, "SIGKILL");
  for (const p of pids) send(p, "SIGKILL");
  const removed = [];
  const failed = [];
  for (const dir of held.folder) {
    if (!existsSync(dir)) continue;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    } catch {
      failed.push(dir);
    }
  }
  const kept = [...held["kept-folder"]];
  for (const set of Object.values(held)) set.clear();
  return { stopped: groups.length + pids.length, removed, failed, kept };
}
function stopLine(signal, s) {
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `scan-gate: stopped by ${signal} before it finished: ${count(s.stopped, "running process", "running processes")} stopped`,
    `${count(s.removed.length, "temporary folder or file", "temporary folders and files")} deleted (raw scanner outputs, downloads, unfinished reports)`
  ];
  if (s.failed.length) parts.push(`could not delete ${s.failed.join(", ")} (it may hold secrets: delete it)`);
  if (s.kept.length) parts.push(`raw scanner outputs kept in ${s.kept.join(", ")} (debug logging is on)`);
  return `${parts.join("; ")}.`;
}
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var stopping = false;
function isStopping() {
  return stopping;
}
function stopHeldOnSignals(write, before, beforeMs = 3e3) {
  const handlers = /* @__PURE__ */ new Map();
  for (const signal of SIGNALS) {
    const handler = () => {
      if (stopping) return;
      stopping = true;
      let finished = false;
      const finish = (threadEnded) => {
        if (finished) return;
        finished = true;
        write(`${neutraliseCommands(stopLine(signal, stopHeld()))}
`);
        if (threadEnded) process.exit(128 + (constants.signals[signal] ?? 0));
        for (const [other, h] of handlers) process.removeListener(other, h);
        process.kill(process.pid, signal);
      };
      if (!before) return finish(true);
      const timer = setTimeout(() => finish(false), beforeMs);
      const ended2 = () => {
        clearTimeout(timer);
        finish(true);
      };
      before().then(ended2, ended2);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

export {
  neutraliseCommands,
  STOP_GRACE_MS,
  holdGroup,
  holdProcess,
  holdFolder,
  applyThreadMessage,
  signalGroup,
  isStopping,
  stopHeldOnSignals
};

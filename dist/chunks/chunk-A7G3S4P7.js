import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/pipeline/work-root.ts
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
function workRootUnder(base, instance) {
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `scan-gate-${instance}-`));
}
function workRootIn(dir, instance) {
  return mkdtempSync(path.join(dir, `scan-gate-work-${instance}-`));
}

export {
  workRootUnder,
  workRootIn
};

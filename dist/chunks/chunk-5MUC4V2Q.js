import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = "0.1.0";

export {
  TOOL_VERSION
};

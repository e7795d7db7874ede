import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/cli/internal-error.ts
function internalErrorLine(error) {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return `scan-gate: internal error: ${detail}
`;
}

export {
  internalErrorLine
};

/** The line an internal error (exit code 3) prints on stderr, from the CLI or from its scan thread. */
export function internalErrorLine(error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `scan-gate: internal error: ${detail}\n`;
}

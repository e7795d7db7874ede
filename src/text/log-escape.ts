import { randomUUID } from 'node:crypto';

/**
 * The runner treats a log line starting with `::` (after leading spaces) or `##[` as a workflow
 * command, so echoed text could forge annotations or `::stop-commands::` scan-gate's own.
 */
const COMMAND_LINE = /^\s*(?:::|##\[)/m;

/**
 * Text for the log that cannot issue workflow commands: when any line looks like a command, the block
 * is wrapped in `::stop-commands::<random token>` … `::<token>::`, the platform's own way to echo
 * untrusted text (the token cannot be guessed, so the text cannot end the block early).
 */
export function neutraliseCommands(text: string, token: () => string = randomUUID): string {
  if (!COMMAND_LINE.test(text)) return text;
  const t = token();
  return `::stop-commands::${t}\n${text}\n::${t}::`;
}

import { randomUUID } from 'node:crypto';

/**
 * The runner reads a log line as a workflow command when it starts with `::` after .NET's TrimStart
 * (every Unicode white space, U+0085 included, which JavaScript's `\s` leaves out), or when it holds the
 * old syntax `##[` anywhere. Echoed text could otherwise forge annotations or end scan-gate's own
 * `::stop-commands::` block. Lines end at CR, LF or CRLF for the runner; `^` with /m starts after each.
 */
const COMMAND_LINE = /^[\s\u0085]*::|##\[/m;

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

/**
 * Node's JSON.parse errors quote the text they choke on (`Unexpected token 'r', "root:x:0:0"... is not
 * valid JSON`), and that text may be a secret or a file reached through a symlink. Only the position is kept.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/Unexpected end of JSON input/i.test(message)) return 'the JSON ends too early';
  const where = /(?:at )?position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (!where) return 'not valid JSON';
  return where[2] ? `invalid JSON at line ${where[2]} column ${where[3]}` : `invalid JSON at position ${where[1]}`;
}

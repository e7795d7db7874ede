import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The workflow commands the runner would act on in `stdout`, as the runner reads them: a line is a
 * command when it starts with `::` after leading spaces (or `##[`), and nothing between
 * `::stop-commands::<token>` and `::<token>::` is one.
 */
export function effectiveCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::') || line.startsWith('##[')) commands.push(line);
  }
  return commands;
}

/** Every file's text under `dir` (recursively), for "appears nowhere" assertions. */
export function allFileTexts(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) out.push(...allFileTexts(file));
    else if (st.isFile() && st.size < 50 * 2 ** 20) out.push({ file, text: readFileSync(file, 'latin1') });
  }
  return out;
}

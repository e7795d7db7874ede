import type { RunnerIO } from '../github/runner.js';
import { neutraliseCommands } from '../text/log-escape.js';
import { stripAnsi } from '../text/untrusted-text.js';

/** RunnerIO for a terminal: messages to stderr (stdout is the report), inputs from CLI flags. */
export function terminalRunner(opts: {
  inputs: Readonly<Record<string, string>>;
  quiet: boolean;
  write: (text: string) => void;
}): RunnerIO & { readonly outputs: Record<string, string>; readonly shown: ReadonlySet<string> } {
  const outputs: Record<string, string> = {};
  const masks: string[] = [];
  // Notices and warnings already printed, so the final report does not repeat them.
  const shown = new Set<string>();
  const say = (prefix: string, message: string) => {
    let text = message;
    for (const m of masks) text = text.split(m).join('***');
    if (prefix) shown.add(message);
    // The CLI may itself run in CI, where its stderr is the job log: no terminal codes, no workflow commands.
    opts.write(`${neutraliseCommands(`${prefix}${stripAnsi(text)}`)}\n`);
  };
  return {
    outputs,
    shown,
    input: (name) => opts.inputs[name] ?? '',
    setOutput: (name, value) => {
      outputs[name] = String(value);
    },
    info: (message) => {
      if (!opts.quiet) say('', message);
    },
    notice: (message) => say('notice: ', message),
    warning: (message) => say('warning: ', message),
    error: (message) => say('error: ', message),
    // No annotate and no writeSummary: the terminal report the CLI prints shows the findings and is the summary.
    mask: (value) => {
      if (value) masks.push(value);
    },
  };
}

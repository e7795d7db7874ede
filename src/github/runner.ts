import * as core from '@actions/core';
import { neutraliseCommands } from '../text/log-escape.js';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
}

/** Everything the pipeline says to the runner (or the terminal): the only place that touches @actions/core. */
export interface RunnerIO {
  input(name: string): string;
  setOutput(name: string, value: string | number): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A file/line annotation on the run; absent in a terminal, which has nowhere to show one. */
  annotate?(annotation: Annotation): void;
  /** Replaces this step's job summary; false when there is nowhere to write it; absent in a terminal. */
  writeSummary?(markdown: string): Promise<boolean>;
  /** Registers a value to be masked in all later log output. */
  mask(value: string): void;
}

/** The GitHub Actions runner, through @actions/core (which escapes workflow-command data). */
export function actionsRunner(): RunnerIO {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    // core.info writes the text as it is; external text in it must not become workflow commands.
    info: (message) => core.info(neutraliseCommands(message)),
    notice: (message) => core.notice(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    annotate: (a) => {
      const props = { title: a.title, file: a.file, startLine: a.line, endLine: a.endLine };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    },
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return false;
      await core.summary.addRaw(markdown).write({ overwrite: true });
      return true;
    },
    mask: (value) => core.setSecret(value),
  };
}

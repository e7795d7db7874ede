import { ConfigError } from '../config/errors.js';
import { TOOL_VERSION } from '../version.js';
import { CLI_HELP, parseCliArgs } from './args.js';
import { internalErrorLine } from './internal-error.js';

/** `scan-gate …` from a terminal. Returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(`${CLI_HELP}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`scan-gate ${TOOL_VERSION}\n`);
      return 0;
    }
    const { runScanCommand } = await import('./scan-command.js');
    return await runScanCommand(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`scan-gate: configuration error: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(internalErrorLine(error));
    return 3;
  }
}

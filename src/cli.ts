#!/usr/bin/env node
import { cliArgv, runInScanThread, runsInScanThread } from './cli/scan-thread.js';

// A scan runs in a thread of its own, with a bounded young generation (src/cli/scan-thread.ts); in that
// thread, this same module runs the command. The CLI itself is loaded only where it runs.
const argv = cliArgv();
if (runsInScanThread(argv)) process.exitCode = await runInScanThread(new URL(import.meta.url), argv);
else {
  const { runCli } = await import('./cli/run-cli.js');
  process.exitCode = await runCli(argv);
}

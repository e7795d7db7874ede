#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { cliArgv, runInScanThread, runsInScanThread } from './cli/scan-thread.js';

// A scan runs in a thread of its own, with a bounded young generation (src/cli/scan-thread.ts); in that
// thread, this same module runs the command.
const argv = cliArgv();
process.exitCode = runsInScanThread(argv) ? await runInScanThread(new URL(import.meta.url), argv) : await runCli(argv);

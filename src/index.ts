import { runAction } from './main.js';
import { stopHeldOnSignals } from './scan/interruption.js';

// A cancelled or timed-out job signals this process: the scanners (process groups of their own) are
// stopped and the work folder of their raw outputs removed before it ends (src/scan/interruption.ts).
stopHeldOnSignals((line) => process.stderr.write(line));
await runAction();

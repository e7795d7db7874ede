import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/** checkov exits 0 when every check passed and 1 when one failed; anything else is an error. */
const CHECKOV_OK = [0, 1] as const;

/** The file checkov writes into `--output-file-path DIR` for `-o json` (runner_registry.py). */
export const CHECKOV_JSON_FILE = 'results_json.json';

/**
 * `checkov -d <root> -o json --output-file-path <dir>`. No `--soft-fail`: exit codes stay meaningful,
 * and the gate decides from the parsed report anyway. No `--quiet`: it would drop skipped checks,
 * which are the repository's own `checkov:skip` suppressions and are reported as ignored.
 */
export function checkovCommand(ctx: ScanContext): Invocation[] {
  const dir = path.join(ctx.workDir, 'checkov');
  return [
    {
      argv: [ctx.binary, '-d', ctx.root, '-o', 'json', '--output-file-path', dir],
      okExitCodes: CHECKOV_OK,
      findingsExitCodes: [1],
      output: { kind: 'file', path: path.join(dir, CHECKOV_JSON_FILE) },
    },
  ];
}

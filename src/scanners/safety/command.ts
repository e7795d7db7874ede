import type { Invocation, ScanContext } from '../types.js';

/**
 * `safety scan` exits 0 (nothing scan-failing), 64 (vulnerabilities found); 1 and 65–75 are errors
 * (bad key, no database, rate limit…), which are scanner errors: a run that could not check is never clean.
 */
export const SAFETY_OK = [0, 64] as const;

/**
 * One `safety scan` over the scan root, JSON on stdout. `--detailed-output` adds `cve_details` (CVEs and
 * CVSS v3 severity per vulnerability), which the parser needs for severities. The API key is never an
 * argument: safety reads SAFETY_API_KEY from the environment the step was given.
 */
export function safetyCommand(ctx: ScanContext): Invocation[] {
  return [
    {
      argv: [ctx.binary, 'scan', '--output', 'json', '--detailed-output', '--target', ctx.root],
      okExitCodes: SAFETY_OK,
      // 64 with an empty report lost its findings somewhere: a scanner error, never a clean run.
      findingsExitCodes: [64],
      output: { kind: 'stdout' },
      cwd: ctx.root,
    },
  ];
}

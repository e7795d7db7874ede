import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/**
 * osv-scanner v2 exit codes (docs/output.md): 0 = no vulnerabilities, 1 = vulnerabilities found,
 * 128 = no packages found (a tree without lockfiles is not a broken scanner), 127 and the rest = error.
 */
export const OSV_EXIT = { clean: 0, findings: 1, noPackages: 128 } as const;

/** `osv-scanner scan source` over the scan root, JSON into the work directory. */
export function osvScannerCommand(ctx: ScanContext): Invocation[] {
  const output = path.join(ctx.workDir, 'osv-scanner.json');
  return [
    {
      // --output-file replaces v2's deprecated --output; -r makes the scan recursive over the root.
      argv: [ctx.binary, 'scan', 'source', '--format', 'json', '--output-file', output, '-r', ctx.root],
      okExitCodes: [OSV_EXIT.clean, OSV_EXIT.findings],
      findingsExitCodes: [OSV_EXIT.findings],
      nothingToScanExitCodes: [OSV_EXIT.noPackages],
      output: { kind: 'file', path: output },
    },
  ];
}

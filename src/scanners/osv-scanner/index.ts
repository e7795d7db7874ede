import { OSV_SCANNER_SPEC } from '../../install/specs/osv-scanner.js';
import type { ScannerPlugin } from '../types.js';
import { osvScannerCommand } from './command.js';
import { LOCKFILES } from './lockfiles.js';
import { parseOsvReport } from './parse.js';

/** `osv-scanner` v2: vulnerable dependencies from lockfiles, one finding per package and alias group. */
export const osvScanner: ScannerPlugin = {
  id: 'osv-scanner',
  displayName: 'OSV-Scanner',
  install: OSV_SCANNER_SPEC,
  autoSelect: (tree) => {
    const lockfile = tree.firstMatch(LOCKFILES.map((l) => `**/${l}`));
    return lockfile ? `auto: lockfile ${lockfile}` : undefined;
  },
  databaseCache: false,
  categories: ['vulnerability'],
  usesHistory: false,
  // It queries the OSV.dev API and keeps no shared on-disk database in online mode.
  exclusiveCache: false,
  versionArgs: ['--version'],
  // `osv-scanner version: 2.5.0` (followed by commit and build date lines).
  parseVersion: (stdout) => /osv-scanner version:\s*v?(\d+\.\d+\.\d+\S*)/i.exec(stdout)?.[1],
  command: osvScannerCommand,
  parse: parseOsvReport,
};

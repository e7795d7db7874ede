import { TRIVY_SPEC } from '../../install/specs/trivy.js';
import type { ScannerPlugin } from '../types.js';
import { trivyCommand } from './command.js';
import { parseTrivyReport } from './parse.js';

/** Trivy: vulnerabilities, secrets, misconfiguration and licences, for the tree and for images. */
export const trivy: ScannerPlugin = {
  id: 'trivy',
  displayName: 'Trivy',
  install: TRIVY_SPEC,
  autoSelect: (tree) =>
    `auto: always (vulnerabilities, secrets, misconfiguration${tree.images.length > 0 ? `; ${tree.images.length} image(s)` : ''})`,
  databaseCache: true,
  categories: ['vulnerability', 'secret', 'misconfiguration', 'license'],
  usesHistory: false,
  // Trivy's cache (its DB) is single-process: never two trivy processes on one cache dir.
  exclusiveCache: true,
  versionArgs: ['--version'],
  parseVersion: (out) => /Version:\s*v?(\S+)/.exec(out)?.[1],
  command: trivyCommand,
  parse: parseTrivyReport,
};

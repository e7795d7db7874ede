import { GRYPE_SPEC } from '../../install/specs/grype.js';
import type { ScannerPlugin } from '../types.js';
import { grypeCommand } from './command.js';
import { parseGrypeReport } from './parse.js';

/** `grype`: vulnerabilities in the scanned directory and in each image of `images`. */
export const grype: ScannerPlugin = {
  id: 'grype',
  displayName: 'Grype',
  install: GRYPE_SPEC,
  databaseCache: true,
  categories: ['vulnerability'],
  usesHistory: false,
  // The DB update writes into the cache dir: two grype processes must not race on it.
  exclusiveCache: true,
  versionArgs: ['version'],
  // `grype version` prints `Version:            0.116.0` among other lines.
  parseVersion: (stdout) => /^Version:\s*v?(\S+)/m.exec(stdout)?.[1],
  command: grypeCommand,
  parse: parseGrypeReport,
};

import { SAFETY_SPEC } from '../../install/specs/pip.js';
import type { ScannerPlugin } from '../types.js';
import { safetyCommand } from './command.js';
import { parseSafetyReport } from './parse.js';

/** `safety`: Safety CLI's dependency scan; needs SAFETY_API_KEY (checked when the config is loaded). */
export const safety: ScannerPlugin = {
  id: 'safety',
  displayName: 'Safety',
  install: SAFETY_SPEC,
  databaseCache: false,
  categories: ['vulnerability'],
  usesHistory: false,
  // safety keeps its database cache under the user's home; runs never share a scan-gate cache dir.
  exclusiveCache: false,
  versionArgs: ['--version'],
  // `safety, version 3.8.1`
  parseVersion: (stdout) => /safety,? version\s+v?(\d+\.\d+\.\d+\S*)/i.exec(stdout)?.[1],
  command: (ctx) => safetyCommand(ctx),
  parse: parseSafetyReport,
};

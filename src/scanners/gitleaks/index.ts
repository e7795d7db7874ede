import { GITLEAKS_SPEC } from '../../install/specs/gitleaks.js';
import type { ScannerPlugin } from '../types.js';
import { gitleaksCommand } from './command.js';
import { parseGitleaksReport } from './parse.js';

/** gitleaks: secrets in files and git history. */
export const gitleaks: ScannerPlugin = {
  id: 'gitleaks',
  displayName: 'Gitleaks',
  install: GITLEAKS_SPEC,
  autoSelect: () => 'auto: always (secrets in files and history)',
  databaseCache: false,
  categories: ['secret'],
  usesHistory: true,
  exclusiveCache: false,
  versionArgs: ['version'],
  parseVersion: (out) => /v?(\d+\.\d+\.\d+)/.exec(out)?.[1],
  command: gitleaksCommand,
  parse: parseGitleaksReport,
};

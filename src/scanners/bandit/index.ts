import { BANDIT_SPEC } from '../../install/specs/pip.js';
import type { ScannerPlugin } from '../types.js';
import { banditCommand } from './command.js';
import { parseBanditReport } from './parse.js';

/** `bandit`: Python SAST. */
export const bandit: ScannerPlugin = {
  id: 'bandit',
  displayName: 'Bandit',
  install: BANDIT_SPEC,
  autoSelect: (tree) => {
    const python = tree.firstMatch(['**/*.py']);
    return python ? `auto: Python sources (${python})` : undefined;
  },
  databaseCache: false,
  categories: ['code'],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: ['--version'],
  // `bandit 1.6.2` then a `python version = …` line.
  parseVersion: (stdout) => /^bandit\s+v?(\d+\.\d+\.\d+\S*)/m.exec(stdout)?.[1],
  command: banditCommand,
  parse: parseBanditReport,
};

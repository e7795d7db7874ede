import { TRUFFLEHOG_SPEC } from '../../install/specs/trufflehog.js';
import type { ScannerPlugin } from '../types.js';
import { trufflehogCommand } from './command.js';
import { parseTrufflehogOutput, trufflehogLogErrors } from './parse.js';

/** TruffleHog: secrets with live verification (verified → critical by default). */
export const trufflehog: ScannerPlugin = {
  id: 'trufflehog',
  displayName: 'TruffleHog',
  install: TRUFFLEHOG_SPEC,
  databaseCache: false,
  categories: ['secret'],
  usesHistory: true,
  exclusiveCache: false,
  versionArgs: ['--version'],
  parseVersion: (out) => /(\d+\.\d+\.\d+)/.exec(out)?.[1],
  command: trufflehogCommand,
  parse: parseTrufflehogOutput,
  logErrors: trufflehogLogErrors,
};

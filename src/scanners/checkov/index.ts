import { CHECKOV_SPEC } from '../../install/specs/pip.js';
import type { ScannerPlugin } from '../types.js';
import { checkovCommand } from './command.js';
import { parseCheckovReport } from './parse.js';

/** `checkov`: IaC misconfiguration (Terraform, Kubernetes, Dockerfile, …) and its `secrets` framework. */
export const checkov: ScannerPlugin = {
  id: 'checkov',
  displayName: 'Checkov',
  install: CHECKOV_SPEC,
  databaseCache: false,
  categories: ['misconfiguration', 'secret'],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: ['--version'],
  // `checkov --version` prints the bare version, e.g. `3.3.13`.
  parseVersion: (stdout) => /(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1],
  command: checkovCommand,
  parse: parseCheckovReport,
};

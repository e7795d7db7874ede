import { PIP_AUDIT_SPEC } from '../../install/specs/pip.js';
import type { ScannerPlugin } from '../types.js';
import { pipAuditCommand } from './command.js';
import { parsePipAuditReport } from './parse.js';

/** `pip-audit`: known vulnerabilities in Python requirements files (or the root project). */
export const pipAudit: ScannerPlugin = {
  id: 'pip-audit',
  displayName: 'pip-audit',
  install: PIP_AUDIT_SPEC,
  databaseCache: false,
  categories: ['vulnerability'],
  usesHistory: false,
  // Its HTTP cache is pip's, which locks its own files.
  exclusiveCache: false,
  versionArgs: ['--version'],
  // `pip-audit 2.10.1`
  parseVersion: (stdout) => /pip-audit\s+v?(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1],
  command: (ctx) => pipAuditCommand(ctx),
  parse: parsePipAuditReport,
};

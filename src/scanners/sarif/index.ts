import { ScannerError } from '../../config/errors.js';
import type { ScannerPlugin } from '../types.js';
import { parseSarifLog } from './parse.js';
import { failedSarifRuns } from './run-health.js';
import { parseSarifText } from './validate.js';

/**
 * `sarif`: gates any other tool's SARIF (CodeQL, Semgrep, ESLint…) named by `sarif-files`.
 * Nothing runs: the pipeline reads the files (see scan/ingest-sarif.ts), so `command` is empty.
 */
export const sarifScanner: ScannerPlugin = {
  id: 'sarif',
  displayName: 'SARIF files',
  install: { kind: 'none' },
  autoSelect: (tree) => (tree.sarifFiles.length > 0 ? 'auto: `sarif-files` is set' : undefined),
  databaseCache: false,
  categories: ['code', 'vulnerability', 'secret', 'misconfiguration', 'license'],
  usesHistory: false,
  exclusiveCache: false,
  versionArgs: [],
  parseVersion: () => undefined,
  command: () => [],
  parse: (raw, ctx) => {
    const display = ctx.label ?? 'SARIF input';
    const log = parseSarifText(raw, display);
    const failed = failedSarifRuns(log, display);
    if (failed.length > 0) throw new ScannerError('sarif', failed.join('; '));
    return parseSarifLog(log, ctx);
  },
};

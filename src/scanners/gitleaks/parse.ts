import { ScannerError } from '../../config/errors.js';
import type { RawFinding } from '../../findings/finding.js';
import { sha256 } from '../../findings/fingerprint.js';
import { toRepoPath } from '../../findings/paths.js';
import { isRecord, readJsonReport } from '../osv-scanner/json-input.js';
import type { ParseContext } from '../types.js';

const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);

/**
 * Parses `gitleaks --report-format json`: an array of leaks. Severity: gitleaks gives none, so the
 * policy's `secret-severity` (default high). `Secret`, `Match` and `Line` are never copied anywhere,
 * even when a report arrives unredacted; commit metadata is kept (it is not secret).
 */
export function parseGitleaksReport(raw: string, ctx: ParseContext): RawFinding[] {
  const data = readJsonReport(raw, 'gitleaks');
  if (!Array.isArray(data))
    throw new ScannerError('gitleaks', 'output is not a gitleaks JSON report (an array of findings)');
  return data.map((leak, i) => {
    if (!isRecord(leak) || typeof leak.RuleID !== 'string' || typeof leak.File !== 'string') {
      throw new ScannerError('gitleaks', `finding ${i} lacks RuleID/File`);
    }
    const commit = typeof leak.Commit === 'string' && leak.Commit !== '' ? leak.Commit : undefined;
    const secret =
      typeof leak.Secret === 'string' && leak.Secret !== '' && leak.Secret !== 'REDACTED' ? leak.Secret : undefined;
    const description = typeof leak.Description === 'string' && leak.Description !== '' ? leak.Description : undefined;
    return {
      scanner: 'gitleaks',
      ruleId: leak.RuleID,
      aliases: [],
      category: 'secret',
      severity: ctx.policy.secretSeverity,
      title: description ?? `Secret matching ${leak.RuleID}`,
      description: commit ? `Committed in ${commit.slice(0, 12)}` : undefined,
      location: {
        path: toRepoPath(leak.File, ctx),
        startLine: num(leak.StartLine),
        endLine: num(leak.EndLine),
        startColumn: num(leak.StartColumn),
        endColumn: num(leak.EndColumn),
      },
      // With --redact the value is gone; the normaliser then hashes the source line instead.
      secretHash: secret ? sha256(secret) : undefined,
    };
  });
}

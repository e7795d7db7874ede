import { existsSync } from 'node:fs';
import path from 'node:path';
import { ScannerError } from '../../config/errors.js';
import type { RawFinding } from '../../findings/finding.js';
import { sha256 } from '../../findings/fingerprint.js';
import { toRepoPath } from '../../findings/paths.js';
import { pathBase } from '../common/history-path.js';
import { isRecord, readJsonReport } from '../common/json-report.js';
import type { ParseContext } from '../types.js';

type Rec = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * A git-mode leak in a file the workspace no longer has cannot be fingerprinted from its source line
 * (the normaliser would fall back to the bare line number). gitleaks' own fingerprint,
 * `<commit>:<file>:<rule>:<line>`, is stable for a past commit and holds nothing secret, so its hash
 * stands in. Everywhere else `undefined`: the normaliser hashes the source line, which works the same
 * whether or not the report was redacted — the `Secret` field is never hashed or copied.
 */
function historicHash(leak: Rec, repoPath: string, ctx: ParseContext): string | undefined {
  const commit = str(leak.Commit);
  if (!commit || existsSync(path.resolve(ctx.workspace, repoPath))) return undefined;
  const print = `${commit}:${String(leak.File)}:${String(leak.RuleID)}:${String(leak.StartLine ?? 0)}`;
  return sha256(print);
}

function toRawFinding(leak: Rec & { RuleID: string; File: string }, ctx: ParseContext): RawFinding {
  const commit = str(leak.Commit);
  // Git mode reports paths from the repository top level (the workspace), even for a subdirectory root.
  const repoPath = toRepoPath(leak.File, pathBase(commit, ctx));
  return {
    scanner: 'gitleaks',
    ruleId: leak.RuleID,
    aliases: [],
    category: 'secret',
    severity: ctx.policy.secretSeverity,
    title: str(leak.Description) ?? `Secret matching ${leak.RuleID}`,
    // Commit id only: author, email and message are personal data, not needed to act on a leak.
    description: commit ? `Committed in ${commit.slice(0, 12)}` : undefined,
    location: {
      path: repoPath,
      startLine: num(leak.StartLine),
      endLine: num(leak.EndLine),
      startColumn: num(leak.StartColumn),
      endColumn: num(leak.EndColumn),
    },
    secretHash: historicHash(leak, repoPath, ctx),
    commit,
  };
}

/**
 * Parses `gitleaks --report-format json`: an array of leaks. gitleaks has no severity, so every leak
 * gets the policy's `secret-severity`. `Secret`, `Match` and `Line` are never read, even when a
 * report arrives unredacted.
 */
export function parseGitleaksReport(raw: string, ctx: ParseContext): RawFinding[] {
  const data = readJsonReport(raw, 'gitleaks');
  if (!Array.isArray(data)) {
    throw new ScannerError('gitleaks', 'output is not a gitleaks JSON report (an array of findings)');
  }
  return data.map((leak, i) => {
    if (!isRecord(leak) || typeof leak.RuleID !== 'string' || typeof leak.File !== 'string') {
      throw new ScannerError('gitleaks', `finding ${i} lacks RuleID/File`);
    }
    return toRawFinding(leak as Rec & { RuleID: string; File: string }, ctx);
  });
}

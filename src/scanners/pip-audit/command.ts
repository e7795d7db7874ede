import path from 'node:path';
import { toRepoPath } from '../../findings/paths.js';
import type { Invocation, ScanContext } from '../types.js';
import { findPythonManifests, type PythonManifests } from './discover.js';

/**
 * pip-audit exits 0 with no known vulnerabilities and 1 when it found some. A fatal error (network,
 * resolution) also exits 1 but writes no report, which the parser refuses: it never reads as clean.
 */
const PIP_AUDIT_OK = [0, 1] as const;

function common(ctx: ScanContext, output: string): string[] {
  return ['--format', 'json', '--output', output, '--progress-spinner', 'off', '--cache-dir', ctx.cacheDir];
}

/**
 * One invocation per requirements file, labelled with its repository path, so each finding points
 * at the file that pulled the package in; a root `pyproject.toml` is audited when there is none.
 */
export function pipAuditCommand(
  ctx: ScanContext,
  found: PythonManifests = findPythonManifests(ctx.root),
): Invocation[] {
  const perFile = found.requirements.map((rel, i): Invocation => {
    const output = path.join(ctx.workDir, `pip-audit-${i + 1}.json`);
    const file = path.join(ctx.root, rel);
    return {
      argv: [ctx.binary, '--requirement', file, ...common(ctx, output)],
      okExitCodes: PIP_AUDIT_OK,
      findingsExitCodes: [1],
      output: { kind: 'file', path: output },
      label: toRepoPath(file, ctx),
    };
  });
  if (perFile.length > 0 || !found.pyproject) return perFile;
  const output = path.join(ctx.workDir, 'pip-audit-project.json');
  return [
    {
      argv: [ctx.binary, ...common(ctx, output), ctx.root],
      okExitCodes: PIP_AUDIT_OK,
      findingsExitCodes: [1],
      output: { kind: 'file', path: output },
      label: toRepoPath(path.join(ctx.root, 'pyproject.toml'), ctx),
    },
  ];
}

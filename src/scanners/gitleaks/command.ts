import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/**
 * gitleaks v8: `git` over the event's commit range (full history without a base), `dir` when the tree
 * has no history. `--exit-code 2` tells leaks (2) from failures (1). `.gitleaksignore` is applied by
 * scan-gate itself, so the scanner is pointed at an empty directory for it.
 */
export function gitleaksCommand(ctx: ScanContext): Invocation[] {
  const report = path.join(ctx.workDir, 'gitleaks.json');
  const common = [
    '--redact',
    '--exit-code',
    '2',
    '--report-format',
    'json',
    '--report-path',
    report,
    '--no-banner',
    '--gitleaks-ignore-path',
    ctx.workDir,
  ];
  const argv = ctx.hasGitHistory
    ? [
        ctx.binary,
        'git',
        ...common,
        ...(ctx.range?.base ? [`--log-opts=${ctx.range.base}..${ctx.range.head}`] : []),
        ctx.root,
      ]
    : [ctx.binary, 'dir', ...common, ctx.root];
  return [{ argv, okExitCodes: [0, 2], output: { kind: 'file', path: report } }];
}

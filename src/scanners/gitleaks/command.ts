import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/**
 * gitleaks v8: `git` over the event's commit range (full history without a base), `dir` when the tree
 * has no history. `--exit-code 2` tells leaks (2) from failures (1). `--gitleaks-ignore-path` points at the
 * fresh work directory so the cwd's `.gitleaksignore` (the flag's default) is not applied; gitleaks still
 * reads `<root>/.gitleaksignore` whatever the flags (see README).
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
  return [{ argv, okExitCodes: [0, 2], findingsExitCodes: [2], output: { kind: 'file', path: report } }];
}

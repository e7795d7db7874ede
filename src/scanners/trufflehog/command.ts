import type { Invocation, ScanContext } from '../types.js';

/** `git` over the event's range (full history without a base), `filesystem` without history. */
export function trufflehogCommand(ctx: ScanContext): Invocation[] {
  const common = ['--json', '--no-update'];
  const argv = ctx.hasGitHistory
    ? [
        ctx.binary,
        'git',
        `file://${ctx.root}`,
        ...common,
        ...(ctx.range?.base ? ['--since-commit', ctx.range.base, '--branch', ctx.range.head] : []),
      ]
    : [ctx.binary, 'filesystem', ctx.root, ...common];
  return [{ argv, okExitCodes: [0], output: { kind: 'stdout' } }];
}

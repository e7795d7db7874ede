import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

/** bandit exits 0 (no issues) or 1 (issues found); 2 is a usage/config error (e.g. two `.bandit` files). */
const BANDIT_OK = [0, 1] as const;

/**
 * `bandit -r <root> -f json -o <file>`. `--ignore-nosec` makes bandit report `# nosec` lines too, so
 * they are counted as ignored, visibly, instead of vanishing (the parser marks them suppressed and the
 * policy decides). `-q` keeps the log to errors.
 */
export function banditCommand(ctx: ScanContext): Invocation[] {
  const output = path.join(ctx.workDir, 'bandit.json');
  return [
    {
      argv: [ctx.binary, '-r', '-f', 'json', '-o', output, '-q', '--ignore-nosec', ctx.root],
      okExitCodes: BANDIT_OK,
      findingsExitCodes: [1],
      output: { kind: 'file', path: output },
    },
  ];
}

import { parseArgs } from 'node:util';
import { ConfigError } from '../config/errors.js';

export const CLI_HELP = `scan-gate — run your security policy gate locally, before you push.

Usage:
  scan-gate scan [path] [options]
  scan-gate --help | --version

Runs the same pipeline as the GitHub Action on [path] (default: the current directory):
installs pinned, checksum-verified scanners (cached in ~/.cache/scan-gate), runs them, applies
the policy file, prints a report and exits with the verdict.

Options (same names and values as the action inputs):
  --config <file>          policy file (default: .github/scan-gate.yml when present)
  --fail-on <severity>     critical | high | medium | low | any | none (default: high or the preset)
  --scanners <list>        comma list of scanner ids, or auto (default: auto)
  --sarif-files <globs>    comma list of other tools' SARIF files to gate
  --mode <all|new>         new: only findings absent from --baseline can block
  --versions <list>        id=version or id=path overrides, comma separated (e.g. bandit=path)
  --tool-mirror <url>      download base replacing https://github.com
  --scanner-timeout <dur>  per scanner, e.g. 15m (default: 15m)
  --output-dir <dir>       where report.json and SARIF files go (default: ./scan-gate-results)
  --images <list>          container images to scan, comma separated
  --shard <name>           write this run's results as one shard of a larger scan (no verdict on findings)
  --aggregate <globs>      merge shard result folders into one verdict instead of scanning
  --expect-shards <list>   with --aggregate: every shard name that must be present
  --no-fail-on-scanner-error   report broken scanners without failing (refused by zero-tolerance)
  --json                   print report.json to stdout instead of the readable report
  -h, --help               this help
  -V, --version            print the version

Exit codes: 0 pass · 1 the policy failed (blocking findings or a scanner error) · 2 configuration
error (bad option or policy file) · 3 internal error.`;

export interface CliArgs {
  readonly command: 'scan' | 'help' | 'version';
  readonly target: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly json: boolean;
}

const INPUT_OPTIONS = [
  'config',
  'fail-on',
  'scanners',
  'sarif-files',
  'mode',
  'versions',
  'tool-mirror',
  'scanner-timeout',
  'output-dir',
  'images',
  'shard',
  'aggregate',
  'expect-shards',
] as const;

/** Parses argv (without node and the script). Unknown options are configuration errors naming them. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(INPUT_OPTIONS.map((name) => [name, { type: 'string' as const }])),
        'no-fail-on-scanner-error': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`scan-gate --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', target: '.', inputs: {}, json: false };
  if (values.version) return { command: 'version', target: '.', inputs: {}, json: false };
  const [command, target = '.', ...extra] = positionals;
  if (command !== 'scan') {
    throw new ConfigError(
      command === undefined
        ? 'Missing command. Usage: scan-gate scan [path] [options] (see --help).'
        : `Unknown command "${command}". The only command is "scan" (see --help).`,
    );
  }
  if (extra.length > 0) throw new ConfigError(`Unexpected argument "${extra[0]}": scan takes one path.`);
  const inputs: Record<string, string> = {};
  for (const name of INPUT_OPTIONS) {
    const v = values[name];
    if (typeof v === 'string') inputs[name] = v;
  }
  if (values['no-fail-on-scanner-error']) inputs['fail-on-scanner-error'] = 'false';
  return { command: 'scan', target, inputs, json: values.json === true };
}

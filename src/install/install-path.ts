import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { CommandRunner } from './install-io.js';
import type { InstallOptions, InstallResult } from './options.js';

/** Runs `<binary> <args>` and lets the scanner plugin's parser read the version; undefined when it cannot be read. */
export async function runVersionCommand(opts: {
  commands: CommandRunner;
  binary: string;
  args: readonly string[];
  parse: (stdout: string) => string | undefined;
}): Promise<string | undefined> {
  try {
    const result = await opts.commands.run([opts.binary, ...opts.args], { timeoutMs: 60_000 });
    return opts.parse(`${result.stdout}\n${result.stderr}`.trim());
  } catch {
    return undefined;
  }
}

/**
 * `versions: <id>=path` or `<id>=/abs/path`: use an executable already on the machine (self-hosted,
 * air-gapped, offline) and record its version.
 */
export async function installFromPath(opts: InstallOptions, executable: string): Promise<InstallResult> {
  const binary = await opts.adapters.which(executable);
  if (!binary && path.isAbsolute(executable)) {
    throw new ConfigError(
      `versions: ${opts.id}=${executable}, but that is not an executable file. Give the absolute path of the ${opts.id} binary, or \`path\` to use the one on PATH.`,
    );
  }
  if (!binary) {
    throw new ConfigError(
      `versions: ${opts.id}=path, but no \`${executable}\` executable was found on PATH. ` +
        `Install ${opts.id} on the runner (or add it to PATH) before scan-gate, or remove the override to let scan-gate install it.`,
    );
  }
  const version = (await opts.versionOf?.(binary)) ?? 'unknown';
  const warnings =
    version === 'unknown' ? [`Could not read the version of ${binary}; it is reported as "unknown".`] : [];
  return { tool: { id: opts.id, version, binary, verification: 'path', origin: 'path' }, warnings };
}

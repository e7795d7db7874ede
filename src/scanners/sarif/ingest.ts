import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigError } from '../../config/errors.js';
import { appendAll } from '../../findings/append.js';
import type { RawFinding } from '../../findings/finding.js';
import { isInside, isRegularFile, resolvesInside } from '../../findings/workspace-file.js';
import type { ParseContext } from '../types.js';
import { parseSarifLog } from './parse.js';
import { failedSarifRuns } from './run-health.js';
import { parseSarifText } from './validate.js';

export interface SarifIngest {
  readonly files: readonly string[];
  readonly findings: readonly RawFinding[];
  /** Patterns that matched nothing: the step that should have produced them probably failed. */
  readonly unmatched: readonly string[];
  /** Runs whose tool says it failed or did not finish (see failedSarifRuns). */
  readonly failures: readonly string[];
}

/** A file matched inside the workspace that is a link to somewhere else is refused before it is read. */
function refuseLinkOut(workspace: string, file: string, display: string): void {
  if (isInside(workspace, file) && !resolvesInside(workspace, file)) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${display} is a symbolic link (or inside a linked folder) that leads outside the workspace; refusing to read it.`,
    );
  }
}

/** Only a regular file is read (see isRegularFile): a FIFO, or a link inside the workspace to one, would hang the run. */
function refuseSpecialFile(file: string, display: string): void {
  if (!isRegularFile(file)) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${display} is not a regular file (a FIFO, socket or device, or a link to one); refusing to read it.`,
    );
  }
}

/**
 * Reads every SARIF file matched by the `sarif-files` globs (relative to the workspace).
 * Invalid SARIF throws a ConfigError naming the file.
 */
export async function ingestSarifFiles(opts: {
  globs: readonly string[];
  workspace: string;
  ctx: Omit<ParseContext, 'label'>;
}): Promise<SarifIngest> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of opts.globs) {
    const matches = await glob(pattern, { cwd: opts.workspace, absolute: true, dot: true, onlyFiles: true });
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches.sort()) files.add(m);
  }
  const findings: RawFinding[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const display = path.relative(opts.workspace, file).split(path.sep).join('/') || file;
    refuseLinkOut(opts.workspace, file, display);
    refuseSpecialFile(file, display);
    // One read into a buffer of the file's size and one decode: the promise API reads a large file in
    // chunks, joins them and decodes them again (a 28 MB log: about 30 ms more, and a second copy).
    const log = parseSarifText(readFileSync(file, 'utf8'), display);
    appendAll(findings, parseSarifLog(log, { ...opts.ctx, label: display }));
    for (const failure of failedSarifRuns(log, display)) failures.push(failure);
  }
  return { files: [...files], findings, unmatched, failures };
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { RawFinding } from '../../findings/finding.js';
import type { ParseContext } from '../types.js';
import { parseSarifLog } from './parse.js';
import { parseSarifText } from './validate.js';

export interface SarifIngest {
  readonly files: readonly string[];
  readonly findings: readonly RawFinding[];
  /** Patterns that matched nothing: the step that should have produced them probably failed. */
  readonly unmatched: readonly string[];
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
  for (const file of files) {
    const display = path.relative(opts.workspace, file).split(path.sep).join('/') || file;
    const log = parseSarifText(await readFile(file, 'utf8'), display);
    for (const f of parseSarifLog(log, { ...opts.ctx, label: display })) findings.push(f);
  }
  return { files: [...files], findings, unmatched };
}

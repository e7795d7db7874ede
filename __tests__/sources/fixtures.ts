import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../harness/tools.js';

/** GitHub's documented example response for an operation (see __fixtures__/github-api/PROVENANCE.md). */
export function githubExample(operation: string): Record<string, unknown>[] {
  const file = path.join(REPO_ROOT, '__tests__/__fixtures__/github-api', `${operation.replace('/', '--')}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
}

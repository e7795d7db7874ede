import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/config/load-config.js';
import { REPO_ROOT } from '../harness/tools.js';

const action = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('docs cannot drift from action.yml and the schema', () => {
  it('docs/reference.md is what scripts/gen-docs.mjs generates now', async () => {
    const { generate } = await import(path.join(REPO_ROOT, 'scripts/gen-docs.mjs'));
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      expect(readFileSync(path.join(REPO_ROOT, 'docs/reference.md'), 'utf8')).toBe(generate());
    } finally {
      process.chdir(cwd);
    }
  });

  it('every input and output has a description, a README row, and a stated default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(readme, `README row for input ${name}`).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
      expect(input.default === '' ? /Default: /.test(input.description) : true, `default of ${name}`).toBe(true);
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme, `README row for output ${name}`).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
  });

  it('every input the code reads is declared in action.yml, and vice versa', () => {
    const declared = Object.keys(action.inputs).sort();
    const read = [...Object.keys(INPUT_DEFAULTS), 'config', 'github-token'].sort();
    expect(declared).toEqual(read);
  });
});

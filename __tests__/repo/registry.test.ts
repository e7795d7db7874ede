import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isSourceId, SCANNER_IDS, SOURCE_IDS, type ToolId } from '../../src/findings/finding.js';
import { INSTALL_SPECS } from '../../src/install/index.js';
import { SCANNERS } from '../../src/scanners/registry.js';
import { SOURCES } from '../../src/sources/registry.js';
import { REPO_ROOT } from '../harness/tools.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/config/policy.schema.json'), 'utf8'));
const action = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};

/** Every enum in the policy schema that lists scanner ids, with its JSON path. */
function scannerEnums(node: unknown, at = '#'): { at: string; values: string[] }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => scannerEnums(n, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const found: { at: string; values: string[] }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' && Array.isArray(value) && value.includes('trivy')) found.push({ at, values: value });
    else found.push(...scannerEnums(value, `${at}/${key}`));
  }
  return found;
}

describe('every registered scanner is complete', () => {
  const tools = SCANNER_IDS.filter((id): id is ToolId => !isSourceId(id));
  it.each(tools)('%s: plugin, install spec, parser tests, fixtures with provenance, README row', (id) => {
    expect(SCANNERS[id].id).toBe(id);
    expect(INSTALL_SPECS[id]).toBeDefined();
    const tests = path.join(REPO_ROOT, '__tests__/scanners', id);
    expect(existsSync(tests) && readdirSync(tests).some((f) => f.endsWith('.test.ts'))).toBe(true);
    const fixtures = path.join(REPO_ROOT, '__tests__/__fixtures__', id);
    expect(existsSync(path.join(fixtures, 'PROVENANCE.md'))).toBe(true);
    expect(readdirSync(fixtures).filter((f) => f !== 'PROVENANCE.md').length).toBeGreaterThan(0);
    expect(readme).toMatch(new RegExp(`^\\| \`${id}\` \\|`, 'm'));
  });

  it.each(SOURCE_IDS)(
    '%s (alert source): source plugin, nothing to install, tests, README row with its permission',
    (id) => {
      expect(SOURCES[id].id).toBe(id);
      expect(INSTALL_SPECS[id]).toEqual({ kind: 'none' });
      expect(existsSync(path.join(REPO_ROOT, '__tests__/sources', `${id}.test.ts`))).toBe(true);
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(SOURCES[id].permission.replace(/ \(.*$/, ''));
    },
  );
});

describe('lists derived from the registry, or checked against it (CONTRIBUTING.md "Adding a scanner")', () => {
  const tools = SCANNER_IDS.filter((id): id is ToolId => !isSourceId(id));
  const installable = tools.filter((id) => SCANNERS[id].install.kind !== 'none');

  it("the registry holds one plugin per id, and the install-spec index is the plugins' own specs", () => {
    expect(Object.keys(SCANNERS).sort()).toEqual([...tools].sort());
    for (const id of tools) expect(INSTALL_SPECS[id]).toBe(SCANNERS[id].install);
  });

  it('policy.schema.json: every scanner enum lists every scanner (versions: every installable one)', () => {
    const enums = scannerEnums(schema);
    expect(enums.map((e) => e.at)).toEqual(
      expect.arrayContaining([
        '#/properties/versions/propertyNames',
        '#/properties/fail-on-by-scanner/propertyNames',
        expect.stringContaining('/scanner'),
      ]),
    );
    for (const e of enums) {
      const want = e.at.startsWith('#/properties/versions/') ? installable : SCANNER_IDS;
      expect([...e.values].sort(), `enum at ${e.at} in src/config/policy.schema.json`).toEqual([...want].sort());
    }
  });

  it.each(tools)("%s: named in action.yml's `scanners` description and has src/scanners/<id>/README.md", (id) => {
    expect(action.inputs.scanners?.description).toMatch(new RegExp(`(^|[ ,])${id}([ ,]|$)`));
    expect(existsSync(path.join(REPO_ROOT, 'src/scanners', id, 'README.md'))).toBe(true);
  });
});

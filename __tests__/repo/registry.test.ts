import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceId, SCANNER_IDS, SOURCE_IDS, type ToolId } from '../../src/findings/finding.js';
import { INSTALL_SPECS } from '../../src/install/index.js';
import { SCANNERS } from '../../src/scanners/registry.js';
import { SOURCES } from '../../src/sources/registry.js';
import { REPO_ROOT } from '../harness/tools.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

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

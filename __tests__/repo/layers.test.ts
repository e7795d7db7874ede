import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/tools.js';

const SRC = path.join(REPO_ROOT, 'src');

/** Every relative import in src/, as [importing file, imported file], both relative to src/. */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(full, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
          const target = path.relative(SRC, path.resolve(path.dirname(full), m[1] ?? ''));
          out.push([path.relative(SRC, full), target]);
        }
      }
    }
  };
  walk(SRC);
  return out;
}

const layer = (file: string) => file.split(path.sep)[0] ?? '';

describe('imports run one way, down the layers (CONTRIBUTING.md)', () => {
  const all = imports();
  it.each([
    ['config', 'policy'],
    ['github', 'report'],
    ['findings', 'report'],
    ['scanners', 'pipeline'],
    ['policy', 'report'],
  ])('%s/ never imports %s/', (from, to) => {
    expect(all.filter(([a, b]) => layer(a) === from && layer(b) === to)).toEqual([]);
  });

  it('a scanner folder imports no other scanner folder (shared helpers live in scanners/common/)', () => {
    const folder = (file: string) => {
      const parts = file.split(path.sep);
      return parts[0] === 'scanners' && parts.length > 2 ? parts[1] : undefined;
    };
    const crossing = all.filter(([a, b]) => {
      const [fa, fb] = [folder(a), folder(b)];
      return fa !== undefined && fb !== undefined && fa !== fb && fb !== 'common';
    });
    expect(crossing).toEqual([]);
  });
});

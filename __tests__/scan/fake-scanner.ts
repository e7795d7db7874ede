import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPolicy } from '../../src/config/build-policy.js';
import type { RawFinding, ScannerId } from '../../src/findings/finding.js';
import type { ScanContext, ScannerPlugin } from '../../src/scanners/types.js';

export const dir = mkdtempSync(path.join(tmpdir(), 'run-scanners-'));
const policy = buildPolicy({ source: 'test' });

/** A fake scanner: a node script the test writes, run as `node script` (argv, no shell). */
export function script(name: string, body: string): string {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return file;
}

export function plugin(id: ScannerId, argvs: string[][], exclusive = false): ScannerPlugin {
  return {
    id,
    displayName: id,
    install: { kind: 'none' },
    databaseCache: false,
    categories: ['code'],
    usesHistory: false,
    exclusiveCache: exclusive,
    versionArgs: [],
    parseVersion: () => undefined,
    command: () =>
      argvs.map((argv) => ({
        argv: [process.execPath, ...argv],
        okExitCodes: [0, 1],
        output: { kind: 'stdout' as const },
      })),
    parse: (raw): RawFinding[] => {
      const data = JSON.parse(raw) as { n: number };
      if (typeof data.n !== 'number') throw new Error('not a fake report');
      return Array.from({ length: data.n }, (_, i) => ({
        scanner: id,
        ruleId: `R${i}`,
        aliases: [],
        category: 'code',
        severity: 'high',
        title: 't',
        location: { path: 'a.js', startLine: i + 1 },
      }));
    },
  };
}

export function ctx(id: string): ScanContext {
  const workDir = path.join(dir, `work-${id}-${Math.random()}`);
  mkdirSync(workDir, { recursive: true });
  return {
    root: dir,
    workspace: dir,
    binary: process.execPath,
    workDir,
    cacheDir: dir,
    images: [],
    hasGitHistory: false,
    policy,
    sarifFiles: [],
  };
}

export const healthy = script('healthy', 'process.stdout.write(JSON.stringify({ n: 2 }));');

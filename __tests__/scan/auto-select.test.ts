import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectScanners } from '../../src/scan/auto-select.js';

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'auto-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '');
  }
  return root;
}
const select = (root: string, extra: Partial<Parameters<typeof selectScanners>[0]> = {}) =>
  selectScanners({ requested: 'auto', root, sarifFiles: [], images: [], ...extra });

describe('auto scanner selection', () => {
  it('trivy and gitleaks always', () => expect(select(tree(['README.md'])).scanners).toEqual(['trivy', 'gitleaks']));
  it('osv-scanner when a lockfile is present, not for lockfiles inside node_modules', () => {
    expect(select(tree(['web/package-lock.json'])).scanners).toEqual(['trivy', 'gitleaks', 'osv-scanner']);
    expect(select(tree(['node_modules/x/package-lock.json'])).scanners).toEqual(['trivy', 'gitleaks']);
    expect(select(tree(['uv.lock'])).reasons['osv-scanner']).toBe('auto: lockfile uv.lock');
  });
  it('bandit when Python sources are present; sarif when sarif-files is set', () => {
    expect(select(tree(['app/main.py', 'requirements.txt'])).scanners).toEqual([
      'trivy',
      'gitleaks',
      'osv-scanner',
      'bandit',
    ]);
    expect(select(tree([]), { sarifFiles: ['x.sarif'] }).scanners).toEqual(['trivy', 'gitleaks', 'sarif']);
  });
  it('an explicit list wins, deduplicated in order', () => {
    expect(select(tree(['a.py']), { requested: ['gitleaks', 'bandit', 'gitleaks'] }).scanners).toEqual([
      'gitleaks',
      'bandit',
    ]);
  });
});

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
  it('ignores vendored and virtualenv trees, and looks no deeper than 6 levels', () => {
    const r = select(tree(['vendor/x/go.sum', '.venv/lib/site.py', 'a/b/c/d/e/f/g/Cargo.lock', 'docs/readme.md']));
    expect(r.scanners).toEqual(['trivy', 'gitleaks']);
    expect(select(tree(['a/b/c/d/e/Cargo.lock'])).reasons['osv-scanner']).toBe('auto: lockfile a/b/c/d/e/Cargo.lock');
  });
  it('says why each scanner was chosen', () => {
    const r = select(tree(['svc/requirements-dev.txt', 'tool.py']), { sarifFiles: ['out/*.sarif'] });
    expect(r.scanners).toEqual(['trivy', 'gitleaks', 'osv-scanner', 'bandit', 'sarif']);
    expect(r.reasons).toEqual({
      trivy: expect.stringMatching(/^auto: always/),
      gitleaks: expect.stringMatching(/^auto: always/),
      'osv-scanner': 'auto: lockfile svc/requirements-dev.txt',
      bandit: 'auto: Python sources (tool.py)',
      sarif: 'auto: `sarif-files` is set',
    });
    expect(select(tree([]), { requested: ['osv-scanner'] }).reasons).toEqual({ 'osv-scanner': 'listed in `scanners`' });
  });
});

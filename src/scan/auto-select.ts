import { globSync } from 'tinyglobby';
import type { ScannerId } from '../findings/finding.js';

/** Lockfiles and manifests osv-scanner reads. */
export const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'uv.lock',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'requirements*.txt',
  'go.sum',
  'go.mod',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'pom.xml',
  'mix.lock',
  'pubspec.lock',
];

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/.venv/**', '**/venv/**', '**/.tox/**'];

function firstMatch(root: string, patterns: string[]): string | undefined {
  return globSync(patterns, { cwd: root, ignore: IGNORE, deep: 6, dot: false, onlyFiles: true }).sort()[0];
}

/**
 * `auto` (SPEC "Scanners"): trivy and gitleaks always; osv-scanner when a lockfile is present;
 * bandit when Python sources are present; sarif when `sarif-files` is set. Explicit lists win.
 */
export function selectScanners(opts: {
  requested: readonly ScannerId[] | 'auto';
  root: string;
  sarifFiles: readonly string[];
  images: readonly string[];
}): { scanners: ScannerId[]; reasons: Partial<Record<ScannerId, string>> } {
  if (opts.requested !== 'auto') {
    const scanners = [...new Set(opts.requested)];
    return { scanners, reasons: Object.fromEntries(scanners.map((s) => [s, 'listed in `scanners`'])) };
  }
  const reasons: Partial<Record<ScannerId, string>> = {
    trivy: `auto: always (vulnerabilities, secrets, misconfiguration${opts.images.length > 0 ? `; ${opts.images.length} image(s)` : ''})`,
    gitleaks: 'auto: always (secrets in files and history)',
  };
  const lockfile = firstMatch(
    opts.root,
    LOCKFILES.map((l) => `**/${l}`),
  );
  if (lockfile) reasons['osv-scanner'] = `auto: lockfile ${lockfile}`;
  const python = firstMatch(opts.root, ['**/*.py']);
  if (python) reasons.bandit = `auto: Python sources (${python})`;
  if (opts.sarifFiles.length > 0) reasons.sarif = 'auto: `sarif-files` is set';
  return { scanners: Object.keys(reasons) as ScannerId[], reasons };
}

import { globSync } from 'tinyglobby';
import type { ScannerId } from '../findings/finding.js';
import { SCANNERS } from '../scanners/registry.js';
import type { AutoSelectTree } from '../scanners/types.js';

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/.venv/**', '**/venv/**', '**/.tox/**'];

/**
 * `auto`: every registered scanner whose `autoSelect` gives a reason for this tree (trivy and gitleaks
 * always; osv-scanner when a lockfile is present; bandit when Python sources are present; sarif when
 * `sarif-files` is set — see each plugin). Explicit lists win.
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
  const tree: AutoSelectTree = {
    root: opts.root,
    sarifFiles: opts.sarifFiles,
    images: opts.images,
    firstMatch: (globs) =>
      globSync([...globs], { cwd: opts.root, ignore: IGNORE, deep: 6, dot: false, onlyFiles: true }).sort()[0],
  };
  const reasons: Partial<Record<ScannerId, string>> = {};
  for (const plugin of Object.values(SCANNERS)) {
    const reason = plugin.autoSelect?.(tree);
    if (reason) reasons[plugin.id] = reason;
  }
  return { scanners: Object.keys(reasons) as ScannerId[], reasons };
}

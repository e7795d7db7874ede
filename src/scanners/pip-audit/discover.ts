import { existsSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Directories that hold installed or vendored packages, not the project's own requirements. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**', '**/.tox/**', '**/site-packages/**'];

export interface PythonManifests {
  /** Requirements files, relative to the root, sorted. */
  readonly requirements: readonly string[];
  /** A `pyproject.toml` at the root (pip-audit's project mode). */
  readonly pyproject: boolean;
}

/**
 * Finds what pip-audit can audit: every `requirements*.txt` (also under `requirements/`), else the
 * root project. pip-audit itself would otherwise audit the environment it runs in: its own venv.
 */
export function findPythonManifests(root: string): PythonManifests {
  const requirements = globSync(['**/requirements*.txt', '**/requirements/*.txt'], {
    cwd: root,
    ignore: IGNORED,
    dot: false,
  }).sort();
  return { requirements, pyproject: existsSync(path.join(root, 'pyproject.toml')) };
}

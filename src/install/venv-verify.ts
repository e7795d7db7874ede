import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { lockedPins, normalizeName } from './pip-lock.js';

/** Installed by `python -m venv` itself (ensurepip), not from the lock. */
const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);

function sitePackages(venv: string): string | undefined {
  const win = path.join(venv, 'Lib', 'site-packages');
  if (existsSync(win)) return win;
  const lib = path.join(venv, 'lib');
  const py = existsSync(lib) ? readdirSync(lib).find((d) => d.startsWith('python')) : undefined;
  return py ? path.join(lib, py, 'site-packages') : undefined;
}

/** RECORD's `sha256=<urlsafe base64, no padding>` for a file's content. */
function recordHash(file: string): string {
  return `sha256=${createHash('sha256').update(readFileSync(file)).digest('base64url')}`;
}

/** Checks every file a distribution's RECORD lists; returns the first problem, or undefined. */
function checkRecord(site: string, distInfo: string, listed: Set<string>): string | undefined {
  const record = path.join(site, distInfo, 'RECORD');
  if (!existsSync(record)) return `${distInfo} has no RECORD`;
  for (const line of readFileSync(record, 'utf8').split(/\r?\n/)) {
    // `path,sha256=…,size`; paths with commas are quoted (CSV), hashes never contain commas.
    const m = /^"?(.+?)"?,(sha256=[A-Za-z0-9_-]+)?,\d*$/.exec(line);
    if (!m) continue;
    const file = path.resolve(site, m[1]);
    listed.add(file);
    if (!m[2]) continue;
    if (!existsSync(file)) return `${m[1]} (listed in ${distInfo}/RECORD) is missing`;
    if (recordHash(file) !== m[2]) return `${m[1]} differs from the hash in ${distInfo}/RECORD`;
  }
  return undefined;
}

/**
 * Removes every `__pycache__` under the venv. RECORD lists byte-code without a hash (Python rewrites it),
 * so it cannot be verified; Python recompiles it from the verified sources on the next start.
 */
export function purgeBytecode(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === '__pycache__') rmSync(full, { recursive: true, force: true });
    else purgeBytecode(full);
  }
}

/**
 * Re-verifies a cached venv before it is reused: exactly the locked distributions are installed (plus
 * venv's own pip/setuptools), every file their RECORDs list still has its recorded hash (the console
 * scripts included), and nothing at the top of site-packages (a `.pth` hook, sitecustomize.py, a package
 * folder) exists that no RECORD accounts for. A venv restored
 * from the cross-run cache is therefore never run on the marker's word alone.
 */
export function verifyVenv(venv: string, lock: string): string | undefined {
  const site = sitePackages(venv);
  if (!site) return 'no site-packages directory';
  const pins = lockedPins(lock);
  const listed = new Set<string>();
  const seen = new Set<string>();
  for (const entry of readdirSync(site).filter((d) => d.endsWith('.dist-info'))) {
    const m = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
    if (!m) return `unexpected ${entry}`;
    const name = normalizeName(m[1]);
    if (!BOOTSTRAP.has(name)) {
      const locked = [...(pins.get(name) ?? [])];
      if (!locked.includes(m[2]))
        return `${m[1]} ${m[2]} is installed but the lock pins ${locked.join(' or ') || 'nothing'}`;
      seen.add(name);
    }
    const problem = checkRecord(site, entry, listed);
    if (problem) return problem;
  }
  // Anything at the top of site-packages that no RECORD accounts for can run at start-up or on import
  // (`.pth` hooks, sitecustomize.py, a package folder): only what the recorded files lie in may be there.
  const recorded = new Set([...listed].map((f) => path.relative(site, f).split(path.sep)[0]));
  const stray = readdirSync(site).find((f) => f !== '__pycache__' && !f.endsWith('.dist-info') && !recorded.has(f));
  if (stray) return `${stray} is not part of any installed package`;
  return seen.size === 0 ? 'no locked package is installed' : undefined;
}

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { normalisePackageName } from '../findings/fingerprint.js';
import { lockedPins } from './pip-lock.js';

/** Installed by `python -m venv` itself (ensurepip), not from the lock. */
const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);

/** The interpreter a venv was built with: what its `bin/python` must be and its `lib/python<version>` names. */
export interface VenvInterpreter {
  /** The python found on PATH (not resolved). */
  readonly python: string;
  /** `3.11`: the folder Python itself loads packages from is `lib/python3.11/site-packages`. */
  readonly version: string;
}

/**
 * The site-packages folder this venv's Python loads, or a problem. On POSIX that is exactly
 * `lib/python<version>`: another `lib/python*` folder would be the one verified while Python loads
 * the other, so any is refused.
 */
function sitePackages(venv: string, interpreter: VenvInterpreter): { site: string } | { problem: string } {
  const win = path.join(venv, 'Lib', 'site-packages');
  if (existsSync(win)) return { site: win };
  const lib = path.join(venv, 'lib');
  const found = existsSync(lib) ? readdirSync(lib).filter((d) => d.startsWith('python')) : [];
  const want = `python${interpreter.version}`;
  const other = found.find((d) => d !== want);
  if (other) return { problem: `lib/${other} is not the folder Python ${interpreter.version} loads (lib/${want})` };
  return found.length > 0 ? { site: path.join(lib, want, 'site-packages') } : { problem: 'no site-packages directory' };
}

/** Resolves links; a dangling one to its target's path, a missing file to its own. */
function resolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.resolve(path.dirname(file), readlinkSync(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/**
 * Every console script runs `bin/python`, and Python takes its standard library from `home` in
 * pyvenv.cfg: both must still be the interpreter found on PATH (POSIX venvs link to it).
 */
function interpreterProblem(venv: string, interpreter: VenvInterpreter): string | undefined {
  const bin = path.join(venv, 'bin');
  if (!existsSync(bin)) return undefined; // Windows (Scripts\python.exe is a copy)
  const want = resolved(interpreter.python);
  const pythons = readdirSync(bin).filter((f) => /^python[\d.]*$/.test(f));
  if (pythons.length === 0) return 'bin/python is missing';
  for (const f of pythons) {
    const file = path.join(bin, f);
    if (!lstatSync(file).isSymbolicLink() || resolved(file) !== want)
      return `bin/${f} is not a link to ${interpreter.python}`;
  }
  const cfg = path.join(venv, 'pyvenv.cfg');
  const home = existsSync(cfg) ? /^home\s*=\s*(.+?)\s*$/m.exec(readFileSync(cfg, 'utf8'))?.[1] : undefined;
  if (home === undefined) return 'pyvenv.cfg names no home';
  const homes = [path.dirname(interpreter.python), path.dirname(want)].map((d) => path.resolve(d));
  return homes.includes(path.resolve(home)) ? undefined : `pyvenv.cfg points Python at ${home}, not ${homes[0]}`;
}

/** Files under `dir` (links included, never followed), `__pycache__` left out (purged before reuse). */
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__pycache__') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, out);
    else out.push(full);
  }
  return out;
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
 * scripts included), no file in site-packages is one no RECORD lists (a `.pth` hook, sitecustomize.py,
 * an extension module beside a verified `.py`), and `bin/python` and pyvenv.cfg still name the
 * interpreter found on PATH. A venv restored from the cross-run cache is therefore never run on the
 * marker's word alone.
 */
export function verifyVenv(venv: string, lock: string, interpreter: VenvInterpreter): string | undefined {
  const found = sitePackages(venv, interpreter);
  if ('problem' in found) return found.problem;
  const { site } = found;
  const pins = lockedPins(lock);
  const listed = new Set<string>();
  const seen = new Set<string>();
  for (const entry of readdirSync(site).filter((d) => d.endsWith('.dist-info'))) {
    const m = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
    if (!m) return `unexpected ${entry}`;
    const name = normalisePackageName(m[1]);
    if (!BOOTSTRAP.has(name)) {
      const locked = [...(pins.get(name) ?? [])];
      if (!locked.includes(m[2]))
        return `${m[1]} ${m[2]} is installed but the lock pins ${locked.join(' or ') || 'nothing'}`;
      seen.add(name);
    }
    const problem = checkRecord(site, entry, listed);
    if (problem) return problem;
  }
  // Anything in site-packages that no RECORD accounts for can run at start-up or on import: a `.pth`
  // hook, sitecustomize.py, a package folder, or an extension module that Python prefers to the
  // verified `.py` of the same name. The top level is named by its entry, a deeper file by its path.
  const recorded = new Set([...listed].map((f) => path.relative(site, f).split(path.sep)[0]));
  const stray = readdirSync(site).find((f) => f !== '__pycache__' && !f.endsWith('.dist-info') && !recorded.has(f));
  if (stray) return `${stray} is not part of any installed package`;
  const unlisted = filesUnder(site).find((f) => !listed.has(f));
  if (unlisted)
    return `${path.relative(site, unlisted).split(path.sep).join('/')} is not part of any installed package`;
  if (seen.size === 0) return 'no locked package is installed';
  return interpreterProblem(venv, interpreter);
}

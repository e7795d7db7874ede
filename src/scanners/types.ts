import type { Policy } from '../config/types.js';
import type { Category, RawFinding, ScannerId } from '../findings/finding.js';
import type { InstallSpec } from '../install/types.js';

/** A git range for history scanners; absent = scan the whole history (or no history at all). */
export interface GitRange {
  /** Exclusive base commit; absent = from the root. */
  readonly base?: string;
  readonly head: string;
  readonly commitCount: number;
  /** Human-readable description for the summary, e.g. `abc123..def456 (12 commits)`. */
  readonly description: string;
}

export interface ScanContext {
  /** Absolute directory being scanned. */
  readonly root: string;
  /** Absolute repository root (workspace); finding paths are made relative to it. */
  readonly workspace: string;
  /** Absolute path to the scanner executable (or Python venv bin dir entry). */
  readonly binary: string;
  /** A fresh directory the scanner may write reports and temp files into. */
  readonly workDir: string;
  /** Directory for the scanner's persistent cache / vulnerability DB (cached across runs). */
  readonly cacheDir: string;
  readonly images: readonly string[];
  /** Present when the tree is a git repository and history should be scanned. */
  readonly range?: GitRange;
  readonly hasGitHistory: boolean;
  readonly policy: Policy;
  readonly sarifFiles: readonly string[];
}

/** One process to start. argv[0] is the executable; never a shell string. */
export interface Invocation {
  readonly argv: readonly string[];
  /** Exit codes meaning "ran fine" (with or without findings). Anything else is a scanner error. */
  readonly okExitCodes: readonly number[];
  /**
   * Exit codes meaning "found something" (gitleaks 2, bandit 1…): a report listing nothing after one
   * of them is a scanner error — the scanner says it found what its report lost.
   */
  readonly findingsExitCodes?: readonly number[];
  /** Exit codes meaning "nothing to scan": no output expected, zero findings (osv-scanner 128). */
  readonly nothingToScanExitCodes?: readonly number[];
  /** Where the machine-readable report lands: stdout, or a file the scanner writes. */
  readonly output: { readonly kind: 'stdout' } | { readonly kind: 'file'; readonly path: string };
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** A label for messages when a scanner runs several invocations (e.g. one per image). */
  readonly label?: string;
}

export interface ParseContext {
  readonly root: string;
  readonly workspace: string;
  readonly policy: Policy;
  /** The invocation label, e.g. the image reference for image scans. */
  readonly label?: string;
  /**
   * Where a parser records what its scanner says it could not analyse (a file it could not parse, a
   * dependency it skipped): shown as a warning, so a partial scan never reads as a clean one.
   */
  readonly gaps?: string[];
}

/** What `auto` selection may look at: the tree to scan and the inputs that switch scanners on. */
export interface AutoSelectTree {
  readonly root: string;
  readonly sarifFiles: readonly string[];
  readonly images: readonly string[];
  /** The first file under the root matching any of the globs (dependency folders skipped), or undefined. */
  firstMatch(globs: readonly string[]): string | undefined;
}

/**
 * A scanner plugin: everything about one scanner, in its folder (see CONTRIBUTING.md "Adding a scanner").
 * The install-spec index, `auto` selection, the database-cache list, the policy schema's scanner enums,
 * action.yml's `scanners` description and the README table are derived from (or checked against) these.
 */
export interface ScannerPlugin {
  readonly id: ScannerId;
  readonly displayName: string;
  /** How the binary gets onto the runner: a pinned release asset, a hash-locked pip package, or nothing. */
  readonly install: InstallSpec;
  /** `auto` selection: why this scanner runs on this tree, or undefined to leave it out. Absent = never auto. */
  autoSelect?(tree: AutoSelectTree): string | undefined;
  /** Keeps a vulnerability database cached across runs (dated key, saved even when the gate fails). */
  readonly databaseCache: boolean;
  readonly categories: readonly Category[];
  /** Uses git history (gitleaks, trufflehog): gets a `range`. */
  readonly usesHistory: boolean;
  /** Must never run concurrently with another process of the same scanner on the same cache dir. */
  readonly exclusiveCache: boolean;
  /** argv (without the binary) that prints the version, and how to read it. */
  readonly versionArgs: readonly string[];
  parseVersion(stdout: string): string | undefined;
  command(ctx: ScanContext): readonly Invocation[];
  /** Parse one invocation's output. Throws on output that is not this scanner's format. */
  parse(raw: string, ctx: ParseContext): RawFinding[];
  /**
   * What the scanner's own log (its stderr, the last 64 KiB of it) says went wrong in a run that exited
   * as if it succeeded: a scanner error when it says anything (trufflehog logs a failed source at
   * error level and still exits 0). Undefined: nothing.
   */
  logErrors?(stderr: string): string | undefined;
}

import { hash } from 'node:crypto';
import type { RawFinding } from './finding.js';

/**
 * sha256 hex of a string; also what parsers use for `secretHash` before dropping the value. The one-shot
 * `crypto.hash` is several times cheaper than a Hash object per call (three calls per finding).
 */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** PEP 503-style name normalisation so `PyYAML` (pip-audit) and `pyyaml` (osv) meet. */
export function normalisePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** One advisory id for a set of aliases: the first CVE if any (every scanner knows CVEs), else the smallest id. */
export function canonicalAdvisoryId(ids: readonly string[]): string {
  const unique = [...new Set(ids.filter(Boolean).map((id) => id.toUpperCase()))].sort();
  return unique.find((id) => id.startsWith('CVE-')) ?? unique[0] ?? '';
}

/** Two whitespace characters in a row, or one other than a plain space: what collapsing would change. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/**
 * Whitespace-insensitive content hash: survives re-indentation and line moves. The hash of the text with
 * every run of whitespace made one space and the ends trimmed; trimmed first (`trim` removes the very
 * characters `\s` matches), so most lines of code need no regular-expression replace at all.
 */
export function contentHash(text: string): string {
  const trimmed = text.trim();
  return sha256(UNCOLLAPSED.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed);
}

const isDependency = (raw: RawFinding): boolean =>
  raw.package !== undefined && (raw.category === 'vulnerability' || raw.category === 'license');

function dependencyKey(raw: RawFinding): string {
  const pkg = raw.package as NonNullable<RawFinding['package']>;
  const advisory = canonicalAdvisoryId([raw.ruleId, ...raw.aliases]);
  return ['dep', raw.category, normalisePackageName(pkg.name), pkg.version ?? '', advisory].join('\0');
}

/** Holds something other than whitespace (what `trim() !== ''` says, without a copy per finding). */
const NON_BLANK = /\S/;

function codeContent(raw: RawFinding, lineText: string | undefined, hashText: (text: string) => string): string {
  if (raw.snippet !== undefined && NON_BLANK.test(raw.snippet)) return hashText(raw.snippet);
  if (lineText !== undefined && NON_BLANK.test(lineText)) return hashText(lineText);
  return `line:${raw.location.startLine ?? 0}:${raw.title}`;
}

/**
 * What a finding is, before occurrences are told apart (see REPORT_SCHEMA.md "Fingerprints"):
 * - dependencies: package + version + advisory, so trivy and osv-scanner agree; no location, no ordinal;
 * - secrets: path + the parser's hash of the secret (trufflehog, or a gitleaks leak in a deleted file),
 *   else the hash of the source line holding it, else the line number — and no rule name, so gitleaks `aws-access-token` and trivy `aws-access-key-id` on one
 *   line meet — never the secret itself;
 * - code/misconfiguration: category + rule + path + normalised content hash, so moving lines keeps it.
 * `lineText` is the source line at the finding's location when the file could be read; `hashText` is
 * contentHash, or a memo of it (many findings share a line).
 */
export function identityOf(
  raw: RawFinding,
  lineText?: string,
  hashText: (text: string) => string = contentHash,
): { readonly key: string; readonly located: boolean } {
  if (isDependency(raw)) return { key: dependencyKey(raw), located: false };
  const where = raw.location.path;
  if (raw.category === 'secret') {
    const secret =
      raw.secretHash ??
      (lineText !== undefined && NON_BLANK.test(lineText) ? hashText(lineText) : `line:${raw.location.startLine ?? 0}`);
    return { key: `secret\0${where ?? ''}\0${secret}`, located: true };
  }
  // Text joined with NULs as Array#join would (a missing part is empty), without an array per finding.
  const content = codeContent(raw, lineText, hashText);
  return { key: `${raw.category ?? ''}\0${raw.ruleId ?? ''}\0${where ?? ''}\0${content}`, located: true };
}

/**
 * The fingerprint of the `ordinal`-th occurrence (1-based, in file order) of an identity, the way
 * GitHub's `primaryLocationLineHash` appends `:n` to identical line hashes: two identical lines stay
 * two findings, and unrelated lines moving changes nothing. Dependencies have no occurrences.
 */
export function fingerprintFor(identity: { readonly key: string; readonly located: boolean }, ordinal: number): string {
  return identity.located ? sha256(`scan-gate/v2\0${identity.key}\0${ordinal}`) : sha256(identity.key);
}

/**
 * The 0.1.x fingerprint, kept only so baselines and ignores written by 0.1.x still match (once, with a
 * notice). It merged repeated occurrences and keyed secrets by rule name. `identity` (from identityOf)
 * saves hashing the content again: for everything but secrets the 0.1.x fingerprint is its hash.
 */
export function legacyFingerprintOf(raw: RawFinding, lineText?: string, identity = identityOf(raw, lineText)): string {
  if (raw.category !== 'secret' || isDependency(raw)) return sha256(identity.key);
  const secret =
    raw.secretHash ?? (lineText !== undefined ? contentHash(lineText) : `line:${raw.location.startLine ?? 0}`);
  return sha256(['secret', raw.ruleId, raw.location.path, secret].join('\0'));
}

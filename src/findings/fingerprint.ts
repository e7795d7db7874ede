import { hash } from 'node:crypto';
import type { RawFinding } from './finding.js';

/**
 * sha256 hex of a string; also what parsers use for `secretHash` before dropping the value.
 * One-shot `hash` rather than a Hash object per call: two per finding add up at 100,000 findings.
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

/** Whitespace-insensitive content hash: survives re-indentation and line moves. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\s+/g, ' ').trim());
}

/**
 * Stable identity of a finding (see README "Fingerprints"):
 * - dependencies: package + version + advisory (so trivy and osv-scanner agree);
 * - secrets: rule + path + hash of the secret (or of its source line) — never the secret;
 * - code/misconfiguration: rule + path + normalised content hash, so moving lines keeps it.
 * `lineText` is the source line at the finding's location when the file could be read.
 */
export function fingerprintOf(raw: RawFinding, lineText?: string): string {
  if (raw.package && (raw.category === 'vulnerability' || raw.category === 'license')) {
    const advisory = canonicalAdvisoryId([raw.ruleId, ...raw.aliases]);
    return sha256(
      ['dep', raw.category, normalisePackageName(raw.package.name), raw.package.version ?? '', advisory].join('\0'),
    );
  }
  const where = raw.location.path;
  if (raw.category === 'secret') {
    const secret =
      raw.secretHash ?? (lineText !== undefined ? contentHash(lineText) : `line:${raw.location.startLine ?? 0}`);
    return sha256(['secret', raw.ruleId, where, secret].join('\0'));
  }
  const content =
    raw.snippet !== undefined && raw.snippet.trim() !== ''
      ? contentHash(raw.snippet)
      : lineText !== undefined && lineText.trim() !== ''
        ? contentHash(lineText)
        : `line:${raw.location.startLine ?? 0}:${raw.title}`;
  return sha256([raw.category, raw.ruleId, where, content].join('\0'));
}

import picomatch from 'picomatch';
import type { NativeIgnoreRule } from '../config/native-ignores.js';
import type { IgnoreRule } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import { normalisePackageName } from '../findings/fingerprint.js';

/** YYYY-MM-DD of `now` in UTC: an ignore that expires today still applies today. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function isExpired(expires: string | undefined, now: Date): boolean {
  return expires !== undefined && expires < today(now);
}

function idMatches(id: string, f: Finding): boolean {
  // `*` waives every finding under the ignore's `paths` (required with it; see policy-rules.ts).
  if (id === '*') return true;
  const wanted = id.toUpperCase();
  return (
    f.fingerprint === id.toLowerCase() ||
    legacyIdMatches(id, f) ||
    f.ruleId.toUpperCase() === wanted ||
    f.aliases.some((a) => a.toUpperCase() === wanted)
  );
}

/** An id that is this finding's 0.1.x fingerprint (only first occurrences carry one: it matches once). */
export function legacyIdMatches(id: string, f: Finding): boolean {
  return f.legacyFingerprints?.includes(id.toLowerCase()) === true;
}

/** Does a policy-file ignore cover this finding? Every given field must match. */
export function policyIgnoreMatches(rule: IgnoreRule, f: Finding): boolean {
  if (!idMatches(rule.id, f)) return false;
  if (rule.scanner && !f.sources.includes(rule.scanner)) return false;
  if (rule.package && (!f.package || normalisePackageName(f.package.name) !== normalisePackageName(rule.package))) {
    return false;
  }
  if (rule.paths && rule.paths.length > 0 && !picomatch.isMatch(f.location.path, [...rule.paths], { dot: true })) {
    return false;
  }
  return true;
}

/** Does a `.trivyignore` / `.gitleaksignore` line cover this finding? They apply to their own scanner only. */
export function nativeIgnoreMatches(rule: NativeIgnoreRule, f: Finding): boolean {
  if (!f.sources.includes(rule.scanner)) return false;
  if (rule.fingerprints && !rule.fingerprints.includes(f.fingerprint)) return false;
  if (rule.id) return idMatches(rule.id, f);
  const endsWithPath =
    rule.path !== undefined && (f.location.path === rule.path || f.location.path.endsWith(`/${rule.path}`));
  return endsWithPath && f.ruleId === rule.ruleId && f.location.startLine === rule.line;
}

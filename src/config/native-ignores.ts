import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScannerId } from '../findings/finding.js';
import { isRegularFile } from '../findings/workspace-file.js';
import { isCalendarDate } from './policy-rules.js';

/** A line of `.trivyignore` or `.gitleaksignore`, applied by scan-gate so ignored findings stay visible. */
export interface NativeIgnoreRule {
  readonly file: '.trivyignore' | '.gitleaksignore';
  readonly scanner: ScannerId;
  /** `.trivyignore`: a rule/CVE id. */
  readonly id?: string;
  /** `.gitleaksignore`: `[commit:]file:rule:line`. */
  readonly path?: string;
  readonly ruleId?: string;
  readonly line?: number;
  readonly commit?: string;
  readonly expires?: string;
  readonly source: string;
  /** Aggregate runs: the findings of the shard whose ignore file this is (a shard's file never waives another's). */
  readonly fingerprints?: readonly string[];
}

function lines(file: string): { text: string; line: number }[] {
  if (!isRegularFile(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

/** `.trivyignore`: one id per line, optionally `exp:YYYY-MM-DD` (trivy's own expiry syntax). */
function trivyIgnores(root: string): NativeIgnoreRule[] {
  return lines(path.join(root, '.trivyignore')).map(({ text, line }) => {
    const [id = '', ...rest] = text.split(/\s+/);
    const exp = rest.find((r) => r.startsWith('exp:'))?.slice(4);
    return {
      file: '.trivyignore',
      scanner: 'trivy',
      id,
      expires: exp && isCalendarDate(exp) ? exp : undefined,
      source: `.trivyignore:${line}`,
    };
  });
}

/** `.gitleaksignore`: gitleaks fingerprints, `file:rule:line` (dir mode) or `commit:file:rule:line` (git mode). */
function gitleaksIgnores(root: string): NativeIgnoreRule[] {
  return lines(path.join(root, '.gitleaksignore')).flatMap(({ text, line }) => {
    const parts = text.split(':');
    const lineNo = Number(parts.at(-1));
    if (parts.length < 3 || !Number.isInteger(lineNo)) return [];
    const commit = parts.length >= 4 && /^[0-9a-f]{7,64}$/i.test(parts[0] ?? '') ? parts[0] : undefined;
    const ruleId = parts.at(-2);
    const filePath = parts.slice(commit ? 1 : 0, -2).join(':');
    return [
      {
        file: '.gitleaksignore',
        scanner: 'gitleaks',
        path: filePath,
        ruleId,
        line: lineNo,
        commit,
        source: `.gitleaksignore:${line}`,
      },
    ];
  });
}

/** Reads the native ignore files at the scan root. */
export function loadNativeIgnores(root: string): NativeIgnoreRule[] {
  return [...trivyIgnores(root), ...gitleaksIgnores(root)];
}

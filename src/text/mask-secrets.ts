/**
 * Text that comes from scanners (stderr, finding messages, SARIF from other tools) may quote what it
 * found. These mask secret-shaped values before the text is logged, written or sent anywhere.
 */
import { clipText } from './clip.js';

/** Provider token formats with a fixed, recognisable prefix. */
const KNOWN_TOKENS = [
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(:[^\s/@]*)?@/gi;
const KEY_VALUE =
  /\b((?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|authorization|credentials?)\b["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',;]+/gi;

function maskCommon(text: string): string {
  let out = text.replace(PRIVATE_KEY, '***private key***').replace(URL_CREDENTIALS, '$1***@');
  for (const pattern of KNOWN_TOKENS) out = out.replace(pattern, '***');
  return out.replace(KEY_VALUE, '$1***');
}

/**
 * For stderr and error messages: also masks every token-like run (20+ characters mixing letters and
 * digits). Aggressive on purpose — a message is still readable with a path or hash masked.
 */
export function maskSecrets(text: string): string {
  return maskCommon(text).replace(
    /\b(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])[A-Za-z0-9_\-+/=]{20,}\b/g,
    '***',
  );
}

/** A "/" run with a plain lower-case folder name (`src`, `main`) is a path, not base64. */
const pathLike = (run: string) => run.split('/').some((segment) => /^[a-z]{3,}$/.test(segment));

/**
 * For finding titles and descriptions: the generic rule is narrower so rule names, package names,
 * CVE ids, paths and lower-case hashes stay readable — a run must mix upper case, lower case and
 * digits and be 24+ characters long (32+ when it holds a "/", and then not look like a path).
 */
export function maskFindingText(text: string): string {
  return maskCommon(text).replace(/[A-Za-z0-9_\-+/=]{24,}/g, (run) => {
    const mixed = /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);
    return mixed && (!run.includes('/') || (run.length >= 32 && !pathLike(run))) ? '***' : run;
  });
}

/**
 * External text as one masked line of at most `max` characters (then `…`): for messages that quote
 * a scanner, an API or a tool into logs, reasons, comments and reports.
 */
export function maskedLine(text: string, max: number): string {
  const flat = maskSecrets(text).replace(/\s+/g, ' ').trim();
  return clipText(flat, max + 1);
}

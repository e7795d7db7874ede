import { maskFindingText } from './mask-secrets.js';

/** ANSI escape sequences (CSI colour/cursor codes, OSC titles and hyperlinks) and other C0/C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same class, not global: every ANSI sequence starts with ESC (U+001B), which is in it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point.
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Scanner text without colour codes or control characters (tabs and newlines kept), and well-formed: a
 * lone surrogate (valid in JSON as `\ud800`, not valid Unicode) becomes U+FFFD, since it can be neither
 * written as UTF-8 nor put in a URI (encodeURIComponent throws on it).
 */
export function stripAnsi(text: string): string {
  const whole = text.isWellFormed() ? text : text.toWellFormed();
  // Most text has no control character: one scan instead of two replaces and a copy.
  if (!HAS_CONTROL.test(whole)) return whole;
  return whole.replace(ANSI, '').replace(CONTROLS, '');
}

/** encodeURIComponent that never throws: a lone surrogate is encoded as U+FFFD. */
export function uriComponent(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}

/** What every scanner-originated text goes through before a reporter sees it. */
export function cleanScannerText(text: string): string {
  return maskFindingText(stripAnsi(text));
}

/** How many distinct texts one cleaner remembers; past that it still cleans, without remembering. */
const MEMO_ENTRIES = 100_000;

/**
 * cleanScannerText for one run's findings, remembering each distinct text: scanners repeat the same
 * title, description and help link on thousands of findings, and masking is a dozen regular-expression
 * passes. Instance-scoped (one per run), never module state.
 */
export class TextCleaner {
  private readonly cleaned = new Map<string, string>();
  private readonly stripped = new Map<string, string>();

  clean(text: string): string {
    return remembered(this.cleaned, text, cleanScannerText);
  }

  /** stripAnsi, remembered the same way: rule ids and paths repeat on thousands of findings too. */
  strip(text: string): string {
    return remembered(this.stripped, text, stripAnsi);
  }
}

/** `convert(text)`, from `memo` when it was worked out before (up to MEMO_ENTRIES distinct texts). */
function remembered(memo: Map<string, string>, text: string, convert: (text: string) => string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const converted = convert(text);
  if (memo.size < MEMO_ENTRIES) memo.set(text, converted);
  return converted;
}

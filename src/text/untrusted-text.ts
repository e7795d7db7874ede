import { maskFindingText } from './mask-secrets.js';

/** ANSI escape sequences (CSI colour/cursor codes, OSC titles and hyperlinks) and other C0/C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Scanner text without colour codes or control characters (tabs and newlines kept). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(CONTROLS, '');
}

/** What every scanner-originated text goes through before a reporter sees it. */
export function cleanScannerText(text: string): string {
  return maskFindingText(stripAnsi(text));
}

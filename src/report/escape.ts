/**
 * Scanner text is untrusted: a finding title can carry HTML, Markdown links, @mentions or code-fence
 * breakouts. These make it inert in GitHub Markdown (comments, summaries, issues).
 */

import { clipText } from '../text/clip.js';
import { uriComponent } from '../text/untrusted-text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '`': '&#96;',
  '|': '&#124;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '#': '&#35;',
  '\\': '&#92;',
};

/** Inline Markdown text: entities for markup characters, mentions and references broken, one line. */
export function md(text: string, maxLength = 300): string {
  const oneLine = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const clipped = clipText(oneLine, maxLength);
  return clipped
    .replace(/[&<>"'[\]()!`|*_~#\\]/g, (c) => ENTITIES[c] ?? c)
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/:\/\//g, ':&#47;&#47;');
}

/** A repository path for a link: percent-encoded segments so a path cannot break out of the URL. */
export function urlPath(repoPath: string): string {
  return repoPath.split('/').map(uriComponent).join('/');
}

/**
 * Only a plain repository-relative path may become a `blob/<sha>/…` link: browsers resolve `..` and `.`
 * segments, so `../../other/repo` would leave the repository (and absolute paths, URLs or Windows
 * drive paths name nothing in it).
 */
export function insideRepository(repoPath: string): boolean {
  if (repoPath === '' || repoPath.startsWith('/') || repoPath.includes('\\') || repoPath.includes(':')) return false;
  return repoPath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

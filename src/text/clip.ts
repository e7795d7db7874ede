/**
 * `text` cut to at most `max` UTF-16 code units, the last of them `…` when it was cut. Never between the
 * two halves of a surrogate pair (an emoji, many CJK extension characters): half a character is not
 * text — JSON writes it as an escape such as `\ud83d`, and GitHub, AWS or a collector may refuse it or
 * show a replacement character.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

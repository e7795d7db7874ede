import { maskedLine } from '../text/mask-secrets.js';
import type { ParseContext } from './types.js';

const SHOWN = 3;

const oneLine = (text: string) => maskedLine(text, 160);

/**
 * Records, as one line on `ctx.gaps`, what a scanner reported it could not analyse (`what` names them,
 * e.g. "files bandit could not analyse"). Scanner text: one line each, masked, clipped; three shown.
 */
export function recordGaps(ctx: ParseContext, what: string, items: readonly string[]): void {
  if (items.length === 0 || !ctx.gaps) return;
  const shown = items.slice(0, SHOWN).map(oneLine).join('; ');
  const more = items.length > SHOWN ? `; and ${items.length - SHOWN} more` : '';
  ctx.gaps.push(`${what} (${items.length}): ${shown}${more}`);
}

import { maskSecrets } from '../text/mask-secrets.js';
import type { ParseContext } from './types.js';

const SHOWN = 3;

function oneLine(text: string): string {
  const flat = maskSecrets(text).replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

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

import parseSpdx from 'spdx-expression-parse';
import type { LicensePolicy } from '../config/types.js';
import type { Finding } from '../findings/finding.js';

export type LicenceDecision =
  | { readonly blocks: false; readonly why: string }
  | { readonly blocks: true; readonly why: string };

type Node = ReturnType<typeof parseSpdx>;
type Leaf = 'allowed' | 'denied' | 'not-allowed';

/** `GPL-3.0-only` and `GPL-3.0` name the same licence; ids compare case-insensitively. */
const norm = (id: string) => id.toLowerCase().replace(/-only$/, '');

/** Names scanners and GitHub use when they do not know the licence. */
const UNKNOWN = new Set(['', 'unknown', 'noassertion', 'none', 'other']);

function leaf(id: string, p: LicensePolicy): Leaf {
  const n = norm(id);
  if (p.deny.some((d) => norm(d) === n)) return 'denied';
  if (p.allow.length === 0 || p.allow.some((a) => norm(a) === n)) return 'allowed';
  return 'not-allowed';
}

/** `A OR B` passes when either passes (the licensee may choose); `A AND B` only when both pass. */
function judge(node: Node, p: LicensePolicy): Leaf {
  if ('license' in node) return leaf(node.plus ? `${node.license}-or-later` : node.license, p);
  const left = judge(node.left, p);
  const right = judge(node.right, p);
  if (node.conjunction === 'or') return left === 'allowed' || right === 'allowed' ? 'allowed' : left;
  return left !== 'allowed' ? left : right;
}

function parse(expression: string): Node | undefined {
  try {
    return parseSpdx(expression);
  } catch {
    return undefined;
  }
}

/** The licence expression of a licence finding (`license:<expression>`, as trivy and dependency-review name it). */
export function licenceOf(f: Finding): string {
  return f.ruleId.replace(/^license:/, '').trim();
}

/** Applies `licenses: { allow, deny, unknown }` to one licence finding. */
export function decideLicence(f: Finding, p: LicensePolicy): LicenceDecision {
  const expression = licenceOf(f);
  const node = UNKNOWN.has(expression.toLowerCase()) ? undefined : parse(expression);
  const where = `licenses, ${p.source}`;
  if (!node) {
    // Not SPDX (lower case, "MIT/GPL-3.0"): a denied id among its words still denies, whatever `unknown` says.
    const denied = expression.split(/[\s/,;()|&]+/).find((word) => word && leaf(word, p) === 'denied');
    if (denied) return { blocks: true, why: `licence "${expression}" names ${denied}, which is denied (${where})` };
    const label =
      expression && !UNKNOWN.has(expression.toLowerCase()) ? `"${expression}" (not an SPDX expression)` : 'unknown';
    return p.unknown === 'block'
      ? { blocks: true, why: `licence ${label} is not allowed: unknown licences block (${where})` }
      : { blocks: false, why: `licence ${label} accepted: unknown: allow (${where})` };
  }
  const result = judge(node, p);
  if (result === 'allowed') return { blocks: false, why: `licence ${expression} is allowed (${where})` };
  const how = result === 'denied' ? 'is denied' : 'is not in the allow list';
  return { blocks: true, why: `licence ${expression} ${how} (${where})` };
}

import { createHash } from 'node:crypto';
import type { Policy } from './types.js';

/** JSON with object keys sorted at every level, so equal policies hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 (hex) of the effective policy — thresholds, ignores, SLA…, with where each came from — so
 * report.json records which policy decided, and an aggregate run can refuse shards gated by another one.
 */
export function policySha256(policy: Policy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex');
}

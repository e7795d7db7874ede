import type { Policy } from '../config/types.js';
import type { RawFinding, Severity, SourceId } from '../findings/finding.js';
import type { AlertsApi } from '../github/alerts-api.js';

/** What a source knows about the run: the event's refs and the policy (secret severity). */
export interface SourceContext {
  readonly policy: Policy;
  /** Ref the results belong to (`refs/heads/main`, `refs/pull/7/merge`). */
  readonly ref?: string;
  /** Base and head commits of a pull request (dependency review compares them). */
  readonly pullRequest?: { readonly base: string; readonly head: string };
}

/** What the API answered, and a warning GitHub attached to it (dependency review's snapshot warnings). */
export interface SourceRead {
  readonly items: unknown[];
  readonly warning?: string;
}

export interface SourceOutput {
  readonly raw: RawFinding[];
  /** Shown with the source's run (e.g. dependencies a PR removes, alerts left out as scan-gate's own). */
  readonly note?: string;
}

/** An alert source: reads GitHub's API, turns its answer into findings. */
export interface SourcePlugin {
  readonly id: SourceId;
  readonly displayName: string;
  /** The workflow `permissions:` (or token permission) the source needs, for messages and the README. */
  readonly permission: string;
  /** Why the source does not apply to this run (dependency review outside pull requests), if it does not. */
  notApplicable?(ctx: SourceContext): string | undefined;
  read(api: AlertsApi, ctx: SourceContext): Promise<SourceRead>;
  /** Turns the API answer into findings. Throws on a response that is not GitHub's documented shape. */
  parse(items: unknown[], ctx: SourceContext): SourceOutput;
}

export type Rec = Record<string, unknown>;
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const rec = (v: unknown): Rec => (isRec(v) ? v : {});
/** GitHub advisory severities (`moderate` in some APIs) to scan-gate's. */
export function advisorySeverity(value: unknown): Severity {
  const s = String(value ?? '').toLowerCase();
  if (s === 'moderate') return 'medium';
  return s === 'critical' || s === 'high' || s === 'medium' || s === 'low' ? s : 'unknown';
}

/** Every item must be an object: anything else means the response is not what GitHub documents. */
export function records(items: unknown[], source: SourceId): Rec[] {
  if (!Array.isArray(items) || !items.every(isRec)) {
    throw new Error(`${source}: the API response is not a list of alerts`);
  }
  return items;
}

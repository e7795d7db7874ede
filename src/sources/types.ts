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
/** ISO 8601 date-time as GitHub writes it: `2022-06-14T15:21:52Z`, fractions and offsets allowed. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An alert's timestamp (`created_at`), kept only when it is an ISO 8601 date-time naming a real day:
 * anything else (`"1"`, which Date.parse reads as 2001, or 2024-02-31) would start SLA clocks and age
 * bands from a wrong date. Without it the finding's clock is the baseline's (or today).
 */
export const isoDate = (v: unknown): string | undefined => {
  const s = str(v);
  const m = s === undefined ? null : ISO_DATE_TIME.exec(s);
  if (!m || !Number.isFinite(Date.parse(s as string))) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? s : undefined;
};

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

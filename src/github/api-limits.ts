/**
 * Time limits for the GitHub API, so that whatever the API does (never answers, answers slowly, rate
 * limits for an hour, loops its pagination) the verdict is reached and reported within minutes.
 */

export interface ApiLimits {
  /** One HTTP request, from connect to the last body byte. */
  readonly requestTimeoutMs: number;
  /** All API work of one run together; after it, calls fail at once and reporting carries on. */
  readonly totalBudgetMs: number;
  /** The longest rate-limit wait worth sitting out; a later reset is reported, not waited for. */
  readonly maxRateLimitWaitMs: number;
  /** Pages followed by one listing (100 items each). */
  readonly maxPages: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  requestTimeoutMs: 30_000,
  totalBudgetMs: 180_000,
  maxRateLimitWaitMs: 60_000,
  maxPages: 50,
};

/**
 * The limits, with the two budgets overridable through internal variables so that tests can simulate a
 * silent API in seconds (SCAN_GATE_API_TIMEOUT_MS, SCAN_GATE_API_BUDGET_MS; not user inputs).
 */
export function apiLimitsFromEnv(env: NodeJS.ProcessEnv): ApiLimits {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    ...DEFAULT_API_LIMITS,
    requestTimeoutMs: positive(env.SCAN_GATE_API_TIMEOUT_MS, DEFAULT_API_LIMITS.requestTimeoutMs),
    totalBudgetMs: positive(env.SCAN_GATE_API_BUDGET_MS, DEFAULT_API_LIMITS.totalBudgetMs),
  };
}

/**
 * The run's API budget is used up: nothing more will be answered in time. Named like the error of an
 * aborted fetch because that is what it is, and because @octokit/request passes an `AbortError` through
 * as is instead of wrapping it as a retryable 500: a retry would only wait (1 + 4 + 9 s) to fail again.
 */
export class ApiBudgetError extends Error {
  override readonly name = 'AbortError';
}

/**
 * The run's API time budget: a deadline shared by every call, counted from the first call. A client is
 * built before the scan and first used after it: a clock started at construction would spend the
 * budget on scanning and leave none for reporting.
 */
export interface ApiBudget {
  readonly limits: ApiLimits;
  remainingMs(): number;
  /** Throws when the budget is used up (before a call starts, so nothing is retried or waited for). */
  check(): void;
  /** Whether a rate-limit wait of `seconds` is worth it: short enough and inside the budget. */
  mayWait(seconds: number): boolean;
}

export function createApiBudget(limits: ApiLimits, now: () => number = Date.now): ApiBudget {
  let deadline: number | undefined;
  const remainingMs = () => {
    deadline ??= now() + limits.totalBudgetMs;
    return deadline - now();
  };
  return {
    limits,
    remainingMs,
    check() {
      if (remainingMs() <= 0) {
        throw new ApiBudgetError(
          `the GitHub API time budget of ${seconds(limits.totalBudgetMs)} for this run is used up, so no further calls are made`,
        );
      }
    },
    mayWait(s) {
      const ms = s * 1000;
      return ms <= limits.maxRateLimitWaitMs && ms < remainingMs();
    },
  };
}

const NULL_BODY = [101, 204, 205, 304];
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Wraps fetch so every request ends: at the request timeout, or when the budget runs out, whichever is
 * first. Octokit's own `request.timeout` is ignored by @octokit/request ≥ 8, hence the signal here.
 */
export function boundedFetch(inner: typeof fetch, budget: ApiBudget): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    budget.check();
    const { requestTimeoutMs } = budget.limits;
    const limitMs = Math.max(1, Math.min(requestTimeoutMs, budget.remainingMs()));
    const timeout = AbortSignal.timeout(limitMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await inner(url, { ...init, signal });
      // Read the body under the same signal: a server may send headers and then stall.
      const body = await response.arrayBuffer();
      const read = new Response(NULL_BODY.includes(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return Object.defineProperty(read, 'url', { value: response.url });
    } catch (error) {
      if (!timeout.aborted) throw error;
      // Cut by the budget's end: final. Cut by the request timeout inside the budget: may be retried.
      if (limitMs < requestTimeoutMs) {
        throw new ApiBudgetError(
          `the GitHub API did not answer before the run's API time budget (${seconds(budget.limits.totalBudgetMs)}) ran out`,
        );
      }
      throw new Error(`the GitHub API did not answer within ${seconds(requestTimeoutMs)}`);
    }
  }) as typeof fetch;
}

/**
 * The `Link: rel="next"` URL of a listing page, or undefined on the last page. A link back to a page already
 * read (`seen` holds the next-links followed so far) is a loop: an error, so an API cannot hold the run.
 */
export function nextPageLink(link: string | undefined, seen: Set<string>): string | undefined {
  const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
  if (next === undefined) return undefined;
  if (seen.has(next)) throw new Error('the API\'s pagination loops (rel="next" points back to a page already read)');
  seen.add(next);
  return next;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { apiLimitsFromEnv, boundedFetch, createApiBudget, DEFAULT_API_LIMITS } from '../../src/github/api-limits.js';
import { createGithubApi } from '../../src/github/octokit.js';

describe('GitHub API limits', () => {
  it('defaults: 30 s per request, 3 minutes for all API work of a run, 60 s longest rate-limit wait, 50 pages', () => {
    expect(DEFAULT_API_LIMITS).toEqual({
      requestTimeoutMs: 30_000,
      totalBudgetMs: 180_000,
      maxRateLimitWaitMs: 60_000,
      maxPages: 50,
    });
    expect(apiLimitsFromEnv({})).toEqual(DEFAULT_API_LIMITS);
  });

  it('the internal variables shorten the budgets for tests; garbage is ignored', () => {
    const limits = apiLimitsFromEnv({ SCAN_GATE_API_TIMEOUT_MS: '400', SCAN_GATE_API_BUDGET_MS: '2500' });
    expect(limits.requestTimeoutMs).toBe(400);
    expect(limits.totalBudgetMs).toBe(2500);
    expect(apiLimitsFromEnv({ SCAN_GATE_API_TIMEOUT_MS: '-1', SCAN_GATE_API_BUDGET_MS: 'soon' })).toEqual(
      DEFAULT_API_LIMITS,
    );
  });

  it('the budget: calls fail at once after the deadline; a rate-limit wait is taken only if short and inside it', () => {
    let clock = 0;
    const budget = createApiBudget(DEFAULT_API_LIMITS, () => clock);
    expect(() => budget.check()).not.toThrow();
    expect(budget.mayWait(30)).toBe(true);
    expect(budget.mayWait(3600)).toBe(false);
    clock = 170_000;
    expect(budget.mayWait(30)).toBe(false);
    clock = 180_000;
    expect(() => budget.check()).toThrow(/GitHub API time budget of 180 s for this run is used up/);
  });

  it('the budget starts with the first API call, not when the client is built (scans before reporting take minutes)', () => {
    let clock = 0;
    const budget = createApiBudget(DEFAULT_API_LIMITS, () => clock);
    clock = 15 * 60_000; // a 15-minute scan between building the reporting client and its first call
    expect(() => budget.check()).not.toThrow();
    expect(budget.remainingMs()).toBe(180_000);
    clock += 179_000;
    expect(() => budget.check()).not.toThrow();
    clock += 1_000;
    expect(() => budget.check()).toThrow(/time budget of 180 s for this run is used up/);
  });

  it('a server that accepts the request and never answers is cut at the request timeout', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const budget = createApiBudget({ ...DEFAULT_API_LIMITS, requestTimeoutMs: 200 });
      const started = Date.now();
      await expect(boundedFetch(fetch, budget)(`http://127.0.0.1:${port}/`)).rejects.toThrow(
        /the GitHub API did not answer within 0\.2 s/,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('a server that sends headers and then stalls the body is cut too', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const budget = createApiBudget({ ...DEFAULT_API_LIMITS, requestTimeoutMs: 200 });
      await expect(boundedFetch(fetch, budget)(`http://127.0.0.1:${port}/`)).rejects.toThrow(/did not answer within/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  /** The GitHub client against a local server answering with `handler`, run through `use`, then closed. */
  async function withApi(
    handler: http.RequestListener,
    opts: { retryDelayMs: number; limits: Partial<typeof DEFAULT_API_LIMITS> },
    use: (api: ReturnType<typeof createGithubApi>) => Promise<void>,
  ): Promise<void> {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await use(
        createGithubApi({
          token: 't',
          baseUrl: `http://127.0.0.1:${port}`,
          owner: 'o',
          repo: 'r',
          retryDelayMs: opts.retryDelayMs,
          limits: { ...DEFAULT_API_LIMITS, ...opts.limits },
        }),
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('a call the budget runs out during is not retried: no retry waits once the budget is used up', async () => {
    // Never answers: the first attempt runs into the budget's end. Retries would then wait 1 + 4 + 9 times
    // the retry delay (7 s here) for attempts that can only fail.
    const limits = { requestTimeoutMs: 5_000, totalBudgetMs: 400 };
    await withApi(
      () => undefined,
      { retryDelayMs: 500, limits },
      async (api) => {
        const started = Date.now();
        await expect(api.listIssueComments(1)).rejects.toThrow(/API time budget \(0\.4 s\) ran out|budget of 0\.4 s/);
        expect(Date.now() - started).toBeLessThan(4_000);
      },
    );
  });

  it('a request that times out inside the budget is still retried once the API answers again', async () => {
    let calls = 0;
    const answerAfterOneHang: http.RequestListener = (_req, res) => {
      calls += 1;
      if (calls === 1) return; // the first attempt hangs past the request timeout
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[]');
    };
    const limits = { requestTimeoutMs: 200, totalBudgetMs: 10_000 };
    await withApi(answerAfterOneHang, { retryDelayMs: 5, limits }, async (api) => {
      await expect(api.listIssueComments(1)).resolves.toEqual([]);
      expect(calls).toBe(2);
    });
  });
});

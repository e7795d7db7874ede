import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createAlertsApi } from '../../src/github/alerts-api.js';

describe('a GitHub API that accepts the request and never answers', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  // DEFECT (reported, not fixed here: src/github/octokit.ts belongs to another change): octokit.ts passes
  // `request: { timeout: 30_000 }`, but @octokit/request 10 (native fetch) has no `timeout` option, so no
  // GitHub API call is bounded by scan-gate; only undici's default 300 s headers timeout ends it, and
  // plugin-retry then tries 3 more times (about 20 minutes per call). Fix: pass `request.signal` /
  // an undici dispatcher with headersTimeout/bodyTimeout. When fixed, turn `it.fails` into `it`.
  it.fails('the client gives up on the request within its 30 s timeout', async () => {
    let aborted = false;
    server = createServer((req) => {
      req.resume();
      req.socket.on('close', () => {
        aborted = true;
      });
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const api = createAlertsApi({
      token: 'not-a-token',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      owner: 'octo-org',
      repo: 'octo-repo',
      retryDelayMs: 1,
    });
    api.dependabotAlerts().catch(() => undefined);
    for (let waited = 0; waited < 34_000 && !aborted; waited += 500) await sleep(500);
    expect(aborted).toBe(true);
  }, 40_000);
});

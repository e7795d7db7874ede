import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createAlertsApi } from '../../src/github/alerts-api.js';
import { DEFAULT_API_LIMITS } from '../../src/github/api-limits.js';

describe('a GitHub API that accepts the request and never answers', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  // Found from outside: @octokit/request 10 ignores `request.timeout`, so calls were bounded only by undici's
  // 300 s headers timeout (times the retries). The client now ends every request at its own timeout.
  it('the client gives up on a request that never answers within its request timeout', async () => {
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
      limits: { ...DEFAULT_API_LIMITS, requestTimeoutMs: 1_000 },
    });
    api.dependabotAlerts().catch(() => undefined);
    for (let waited = 0; waited < 10_000 && !aborted; waited += 250) await sleep(250);
    expect(aborted).toBe(true);
  }, 20_000);
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecurityHubPort } from '../../src/forward/security-hub-client.js';
import { FAKE_AWS } from '../harness/fake-security-hub.js';

describe('an AWS endpoint that accepts requests and never answers', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  // The SDK's requestTimeout only logged a warning (no throwOnRequestTimeout): one hung request then held
  // the whole 5-minute forwarding budget and was never retried.
  it('each request ends at the 30 s request timeout and is retried within the budget', async () => {
    let requests = 0;
    server = createServer((req) => {
      requests++;
      req.resume();
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const port = await createSecurityHubPort({
      signal: AbortSignal.timeout(45_000),
      clientConfig: {
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        region: FAKE_AWS.region,
        credentials: { accessKeyId: FAKE_AWS.accessKeyId, secretAccessKey: FAKE_AWS.secretAccessKey },
      },
    });
    await expect(port.importFindings([])).rejects.toThrow();
    expect(requests).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

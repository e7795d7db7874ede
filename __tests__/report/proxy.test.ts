import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGithubApi } from '../../src/github/octokit.js';
import { startFakeGithub } from '../harness/fake-github.js';

/** A forward proxy for plain-HTTP targets (absolute-URI requests), recording what it relayed. */
async function startProxy(): Promise<{
  url: string;
  relayed: string[];
  close: () => Promise<void>;
  closeAll: () => void;
}> {
  const relayed: string[] = [];
  const server = http.createServer((req, res) => {
    relayed.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  // undici tunnels through the proxy with CONNECT, also for http:// targets.
  server.on('connect', (req, client, head) => {
    relayed.push(`CONNECT ${req.url}`);
    const [host = '', port = '80'] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    relayed,
    close: () => new Promise((r) => server.close(() => r())),
    closeAll: () => server.closeAllConnections(),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GitHub API calls honour the runner proxy settings', () => {
  it('goes through HTTP_PROXY when it is set, and directly when NO_PROXY covers the host', async () => {
    const gh = await startFakeGithub();
    const proxy = await startProxy();
    try {
      vi.stubEnv('HTTP_PROXY', proxy.url);
      vi.stubEnv('NO_PROXY', '');
      const api = createGithubApi({ token: 't', baseUrl: gh.url, owner: 'o', repo: 'r', retryDelayMs: 5 });
      await api.listIssueComments(1);
      expect(proxy.relayed).toEqual([
        expect.stringMatching(
          /^(CONNECT 127\.0\.0\.1:\d+|GET http:\/\/127\.0\.0\.1:\d+\/repos\/o\/r\/issues\/1\/comments)/,
        ),
      ]);
      vi.stubEnv('NO_PROXY', '127.0.0.1');
      const direct = createGithubApi({ token: 't', baseUrl: gh.url, owner: 'o', repo: 'r', retryDelayMs: 5 });
      await direct.listIssueComments(1);
      expect(proxy.relayed).toHaveLength(1);
      expect(gh.requests).toHaveLength(2);
    } finally {
      proxy.closeAll();
      await proxy.close();
      await gh.close();
    }
  });
});

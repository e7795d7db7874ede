import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './tools.js';

const DB = path.join(REPO_ROOT, '__tests__/__fixtures__/safety/db');

/**
 * A stand-in for Safety's platform on 127.0.0.1 (safetycli.com is unreachable from CI): the OpenID
 * configuration and empty JWKS safety 3.8 asks for at start-up, the CLI initialise call, and the
 * vulnerability database — safety's own test database (see __fixtures__/safety/PROVENANCE.md), or a
 * 500 when `database: 'broken'`. `env` points a real safety at it through its documented URL settings.
 */
export async function startSafetyPlatform(opts: { database: 'test-db' | 'broken' }) {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}`);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
    };
    const file = /^\/data\/(insecure(?:_full)?\.json)$/.exec(url.pathname)?.[1];
    if (url.pathname === '/.well-known/openid-configuration') {
      json(200, {
        issuer: base,
        jwks_uri: `${base}/jwks`,
        token_endpoint: `${base}/token`,
        authorization_endpoint: `${base}/auth`,
      });
    } else if (url.pathname === '/jwks') json(200, { keys: [] });
    else if (file && opts.database === 'test-db') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(readFileSync(path.join(DB, file)));
    } else if (file) json(500, { detail: 'database unavailable' });
    else json(200, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    requests,
    env: {
      SAFETY_AUTH_SERVER_URL: base,
      SAFETY_PLATFORM_URL: base,
      SAFETY_PLATFORM_V2_URL: base,
      SAFETY_PLATFORM_API_BASE_URL: `${base}/cli/api/v1`,
      SAFETY_DATA_API_BASE_URL: `${base}/data/`,
      SAFETY_FIREWALL_API_BASE_URL: base,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

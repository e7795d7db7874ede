import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http-body.js';

interface Entry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly chunks: { start: number; data: Buffer }[];
  committed: boolean;
  readonly created: number;
}

/**
 * The Actions cache service as @actions/cache talks to it without ACTIONS_CACHE_SERVICE_V2 (the
 * "v1" artifactcache API, still what GHES uses): look up by key then restore-key prefix, reserve,
 * PATCH chunks with Content-Range, commit, download. Lets end-to-end runs keep a baseline.
 */
export class FakeCacheService {
  private readonly entries: Entry[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const json = (status: number, value?: unknown) =>
          res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(value === undefined ? '' : JSON.stringify(value));
        const id = Number(/\/caches\/(\d+)$/.exec(url.pathname)?.[1]);
        const entry = this.entries.find((e) => e.id === id);
        if (req.method === 'GET' && url.pathname.endsWith('/_apis/artifactcache/cache')) {
          const hit = this.lookup(
            (url.searchParams.get('keys') ?? '').split(/,|%2C/i),
            url.searchParams.get('version') ?? '',
          );
          if (!hit) return json(204);
          return json(200, {
            cacheKey: hit.key,
            scope: 'refs/heads/main',
            archiveLocation: `${this.url}/download/${hit.id}`,
          });
        }
        if (req.method === 'POST' && url.pathname.endsWith('/_apis/artifactcache/caches')) {
          const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
          if (this.entries.some((e) => e.key === key && e.version === version)) return json(409, { message: 'exists' });
          const created = {
            id: this.entries.length + 1,
            key,
            version,
            chunks: [],
            committed: false,
            created: Date.now(),
          };
          this.entries.push(created);
          return json(201, { cacheId: created.id });
        }
        if (req.method === 'PATCH' && entry) {
          const start = Number(/bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1] ?? 0);
          entry.chunks.push({ start, data: body });
          return json(204);
        }
        if (req.method === 'POST' && entry) {
          entry.committed = true;
          return json(204);
        }
        const download = this.entries.find((e) => url.pathname === `/download/${e.id}`);
        if (req.method === 'GET' && download) {
          const data = Buffer.concat([...download.chunks].sort((a, b) => a.start - b.start).map((c) => c.data));
          return res.writeHead(200, { 'content-length': data.length }).end(data);
        }
        json(404, { message: `unexpected ${req.method} ${url.pathname}` });
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Exact key first, then the newest committed entry whose key starts with a restore key. */
  private lookup(keys: string[], version: string): Entry | undefined {
    const ready = this.entries.filter((e) => e.committed && e.version === version);
    for (const key of keys) {
      const exact = ready.find((e) => e.key === key);
      if (exact) return exact;
      const prefixed = ready.filter((e) => e.key.startsWith(key)).sort((a, b) => b.created - a.created || b.id - a.id);
      if (prefixed[0]) return prefixed[0];
    }
    return undefined;
  }

  env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: `${this.url}/`, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token' };
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}

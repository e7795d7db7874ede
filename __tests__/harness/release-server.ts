/**
 * A GitHub-Releases look-alike on 127.0.0.1 for install tests.
 *
 *   const server = await startReleaseServer();
 *   server.addAsset({ repo: 'aquasecurity/trivy', tag: 'v0.44.1', name: 'trivy_0.44.1_Linux-64bit.tar.gz', body });
 *   server.addChecksums({ repo, tag, name: 'trivy_0.44.1_checksums.txt' });   // sha256 of every asset so far
 *   server.fault('trivy_0.44.1_Linux-64bit.tar.gz', { kind: 'reset' }, 2);    // the next 2 requests fail
 *   // use server.url as `tool-mirror`: <url>/<owner>/<repo>/releases/download/<tag>/<asset>
 *   server.requests  // every request: { method, path, asset, status, fault? }
 *   await server.close();
 *
 * Faults: `{kind:'status', status}` (404, 500…), `reset` (socket destroyed mid-body), `truncate`
 * (Content-Length promises the whole body, half is sent, then the socket ends), `slow` (waits
 * `delayMs` before answering).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'slow'; readonly delayMs: number };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Asset name when the path has the release layout. */
  readonly asset?: string;
  readonly status: number;
  readonly fault?: Fault['kind'];
}

export interface ReleaseServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash): the `tool-mirror` value. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  addAsset(asset: { repo: string; tag: string; name: string; body: Buffer | string }): void;
  /** Adds a GoReleaser-style checksums file covering every asset of that release added so far. */
  addChecksums(release: { repo: string; tag: string; name: string }): void;
  /** Injects `fault` for the next `times` requests of the asset (default: every request). */
  fault(asset: string, fault: Fault, times?: number): void;
  /** Download URL of an asset. */
  urlFor(repo: string, tag: string, name: string): string;
  close(): Promise<void>;
}

export function sha256Hex(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

const LAYOUT = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/;

function serve(res: http.ServerResponse, body: Buffer, fault: Fault | undefined): void {
  if (fault?.kind === 'status') {
    res.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`injected ${fault.status}`);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
  if (fault?.kind === 'reset' || fault?.kind === 'truncate') {
    const half = body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
    res.write(half, () => {
      if (fault.kind === 'reset') res.socket?.resetAndDestroy();
      else res.socket?.end();
    });
    return;
  }
  if (fault?.kind === 'slow') {
    setTimeout(() => res.end(body), fault.delayMs).unref();
    return;
  }
  res.end(body);
}

export async function startReleaseServer(): Promise<ReleaseServer> {
  const assets = new Map<string, Buffer>();
  const faults = new Map<string, { fault: Fault; remaining: number }>();
  const requests: RecordedRequest[] = [];
  const key = (repo: string, tag: string, name: string) => `${repo}@${tag}/${name}`;

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const m = LAYOUT.exec(path);
    const asset = m ? decodeURIComponent(m[4]) : undefined;
    const body = m ? assets.get(key(`${m[1]}/${m[2]}`, decodeURIComponent(m[3]), asset as string)) : undefined;
    const planned = asset ? faults.get(asset) : undefined;
    const fault = planned && planned.remaining > 0 ? planned.fault : undefined;
    if (planned && fault) planned.remaining--;
    const status = !body ? 404 : fault?.kind === 'status' ? fault.status : 200;
    requests.push({ method: req.method ?? 'GET', path, asset, status, fault: fault?.kind });
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    serve(res, body, fault);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    addAsset: ({ repo, tag, name, body }) => assets.set(key(repo, tag, name), Buffer.from(body)),
    addChecksums({ repo, tag, name }) {
      const lines = [...assets.entries()]
        .filter(([k]) => k.startsWith(`${repo}@${tag}/`))
        .map(([k, body]) => `${sha256Hex(body)}  ${k.slice(`${repo}@${tag}/`.length)}`);
      assets.set(key(repo, tag, name), Buffer.from(`${lines.join('\n')}\n`));
    },
    fault: (asset, fault, times = Number.POSITIVE_INFINITY) => faults.set(asset, { fault, remaining: times }),
    urlFor: (repo, tag, name) =>
      `${url}/${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

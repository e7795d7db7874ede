import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpClient } from '@actions/http-client';
import { DownloadError, type Downloader } from './install-io.js';

/** Statuses worth another attempt: GitHub's CDN answers 5xx/429 under load, and a fresh release can 404 briefly. */
function retryableStatus(status: number): boolean {
  return status >= 500 || status === 404 || status === 408 || status === 429;
}

/** Counts bytes so a body that ends early (server closed after a partial write) is caught even without a socket error. */
function byteCounter(): Transform & { bytes: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

/** Downloads over @actions/http-client (proxy settings and redirects to the release CDN are honoured). */
export function httpDownloader(options: { readonly socketTimeoutMs?: number } = {}): Downloader {
  return {
    async download(url, dest) {
      const client = new HttpClient('scan-gate', [], {
        allowRedirects: true,
        maxRedirects: 10,
        socketTimeout: options.socketTimeoutMs ?? 60_000,
      });
      try {
        const res = await client.get(url);
        const status = res.message.statusCode ?? 0;
        if (status !== 200) {
          res.message.resume();
          throw new DownloadError(
            `HTTP ${status} ${res.message.statusMessage ?? ''}`.trim(),
            url,
            retryableStatus(status),
            status,
          );
        }
        const declared = Number(res.message.headers['content-length']);
        const counter = byteCounter();
        await pipeline(res.message, counter, createWriteStream(dest));
        if (Number.isFinite(declared) && counter.bytes !== declared) {
          throw new DownloadError(`truncated body: got ${counter.bytes} of ${declared} bytes`, url, true);
        }
      } catch (error) {
        if (error instanceof DownloadError) throw error;
        const e = error as NodeJS.ErrnoException;
        throw new DownloadError(`${e.code ? `${e.code} ` : ''}${e.message}`, url, true);
      } finally {
        client.dispose();
      }
    },
  };
}

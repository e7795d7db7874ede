import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedBatch {
  readonly body: string;
  readonly signatureValid: boolean;
  readonly contentType: string;
  readonly records: Record<string, unknown>[];
}

/**
 * An HTTP collector on 127.0.0.1 that verifies `X-Scan-Gate-Signature` (HMAC-SHA256 of the raw
 * body) the way a receiver should (constant-time compare), parses the JSON lines, and can answer
 * the first requests with an error status or stall them past the client's timeout.
 */
export class SiemReceiver {
  readonly batches: ReceivedBatch[] = [];
  attempts = 0;
  /** Called as each batch is accepted (a test's look at the sender's state at that moment). */
  onBatch?: () => void;
  private readonly faults: (number | 'stall')[] = [];
  private server?: Server;
  url = '';

  constructor(private readonly key?: string) {}

  inject(...faults: (number | 'stall')[]): void {
    this.faults.push(...faults);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.attempts++;
        const fault = this.faults.shift();
        if (fault === 'stall') return;
        if (typeof fault === 'number') return void res.writeHead(fault).end();
        const body = Buffer.concat(chunks).toString('utf8');
        this.batches.push({
          body,
          signatureValid: this.verify(body, String(req.headers['x-scan-gate-signature'] ?? '')),
          contentType: String(req.headers['content-type']),
          records: body
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        });
        this.onBatch?.();
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/collect?token=collector-token`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  private verify(body: string, header: string): boolean {
    if (!this.key) return header === '';
    const expected = Buffer.from(`sha256=${createHmac('sha256', this.key).update(body).digest('hex')}`);
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

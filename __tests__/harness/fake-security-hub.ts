import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type AwsSecurityFinding,
  BatchImportFindingsRequest$,
  BatchUpdateFindingsRequest$,
} from '@aws-sdk/client-securityhub';
import { SignatureV4 } from '@smithy/signature-v4';
import { readBody } from './http-body.js';
import { checkShape } from './smithy-shape.js';

/** Fake credentials handed to the action's environment (not real AWS keys). */
export const FAKE_AWS = {
  accessKeyId: ['AKIA', 'FAKEFORTESTS0001'].join(''),
  secretAccessKey: ['fake', 'secret', 'for', 'local', 'tests'].join('-'),
  region: 'eu-west-1',
  account: '123456789012',
} as const;

/** A fault the next matching request gets instead of a normal answer. */
export type Fault =
  | { readonly kind: 'throttle' }
  | { readonly kind: '5xx' }
  | { readonly kind: 'reject'; readonly ids: readonly string[]; readonly message?: string };

export interface HubRequest {
  readonly operation: 'GetCallerIdentity' | 'BatchImportFindings' | 'BatchUpdateFindings';
  readonly body: string;
  readonly json?: { Findings?: AwsSecurityFinding[]; FindingIdentifiers?: { Id: string }[] };
  readonly status: number;
}

const toBytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof d === 'string'
    ? d
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d);

/** SigV4 wants a hash constructor (optionally keyed for HMAC); node:crypto provides both. */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret ? createHmac('sha256', toBytes(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(toBytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

/** Recomputes the SigV4 signature over the headers the client signed, with the fake secret key. */
async function signatureProblem(req: IncomingMessage, body: string, service: string): Promise<string | undefined> {
  const auth = req.headers.authorization ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return `malformed Authorization header: ${auth.slice(0, 40)}`;
  const [, key, , region, svc, signedHeaders = '', signature] = m;
  if (key !== FAKE_AWS.accessKeyId || region !== FAKE_AWS.region || svc !== service)
    return `wrong scope ${key}/${region}/${svc}`;
  const headers: Record<string, string> = {};
  for (const h of signedHeaders.split(';')) headers[h] = String(req.headers[h] ?? '');
  const url = new URL(req.url ?? '/', 'http://x');
  const signer = new SignatureV4({
    credentials: { accessKeyId: FAKE_AWS.accessKeyId, secretAccessKey: FAKE_AWS.secretAccessKey },
    region: FAKE_AWS.region,
    service,
    sha256: Sha256,
  });
  const amzDate = headers['x-amz-date'] ?? '';
  const date = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const signed = await signer.sign(
    {
      method: req.method ?? 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
    },
    { signingDate: date },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
  return expected === signature ? undefined : 'SigV4 signature does not match';
}

function sendJson(res: ServerResponse, status: number, body: unknown, errorType?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (errorType) headers['x-amzn-errortype'] = errorType;
  res.writeHead(status, headers).end(JSON.stringify(body));
}

/**
 * Security Hub and STS on 127.0.0.1: every request must carry a valid SigV4 signature (fake keys)
 * and match the BatchImportFindings / BatchUpdateFindings input shape of the SDK's service model.
 * Keeps findings by Id (so tests see creates vs updates) and plays queued faults.
 */
export class FakeSecurityHub {
  readonly requests: HubRequest[] = [];
  readonly problems: string[] = [];
  /** Id → last imported finding. */
  readonly findings = new Map<string, AwsSecurityFinding>();
  readonly resolved = new Set<string>();
  created = 0;
  updated = 0;
  private readonly faults: Fault[] = [];
  private server?: Server;
  url = '';

  inject(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }

  /** Environment for a child process: fake static credentials and endpoints pointing here. */
  env(): Record<string, string> {
    return {
      AWS_ACCESS_KEY_ID: FAKE_AWS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: FAKE_AWS.secretAccessKey,
      AWS_REGION: FAKE_AWS.region,
      AWS_ENDPOINT_URL_SECURITYHUB: this.url,
      AWS_ENDPOINT_URL_STS: this.url,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const body = (await readBody(req)).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/' && body.includes('Action=GetCallerIdentity')) {
      await this.check(req, body, 'sts');
      this.requests.push({ operation: 'GetCallerIdentity', body, status: 200 });
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${FAKE_AWS.account}:assumed-role/ci/gh</Arn><UserId>AROAFAKE:gh</UserId><Account>${FAKE_AWS.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
        );
      return;
    }
    const operation =
      req.method === 'POST' && url.pathname === '/findings/import'
        ? 'BatchImportFindings'
        : req.method === 'PATCH' && url.pathname === '/findings/batchupdate'
          ? 'BatchUpdateFindings'
          : undefined;
    if (!operation) {
      this.problems.push(`unexpected ${req.method} ${url.pathname}`);
      sendJson(res, 404, { message: 'not found' });
      return;
    }
    await this.check(req, body, 'securityhub');
    const json = JSON.parse(body) as HubRequest['json'];
    const shape = operation === 'BatchImportFindings' ? BatchImportFindingsRequest$ : BatchUpdateFindingsRequest$;
    for (const p of checkShape(shape, json)) this.problems.push(`${operation} ${p}`);
    const fault = this.faults.shift();
    const status = fault?.kind === 'throttle' ? 429 : fault?.kind === '5xx' ? 500 : 200;
    this.requests.push({ operation, body, json, status });
    if (fault?.kind === 'throttle') return sendJson(res, 429, { message: 'Rate exceeded' }, 'ThrottlingException');
    if (fault?.kind === '5xx') return sendJson(res, 500, { Message: 'internal' }, 'InternalException');
    const rejected = new Set(fault?.kind === 'reject' ? fault.ids : []);
    const rejectMessage = fault?.kind === 'reject' ? fault.message : undefined;
    if (operation === 'BatchUpdateFindings') return this.batchUpdate(res, json, rejected);
    this.batchImport(res, json, rejected, rejectMessage);
  }

  private batchImport(res: ServerResponse, json: HubRequest['json'], rejected: Set<string>, rejectMessage?: string) {
    const findings = json?.Findings ?? [];
    if (findings.length > 100) this.problems.push(`BatchImportFindings with ${findings.length} findings (> 100)`);
    const failed = [];
    for (const f of findings) {
      const id = String(f.Id);
      if (rejected.has(id)) {
        failed.push({ Id: id, ErrorCode: 'InvalidInput', ErrorMessage: rejectMessage ?? 'Finding is not valid' });
        continue;
      }
      if (this.findings.has(id)) this.updated++;
      else this.created++;
      this.findings.set(id, f);
    }
    sendJson(res, 200, {
      FailedCount: failed.length,
      SuccessCount: findings.length - failed.length,
      FailedFindings: failed,
    });
  }

  private batchUpdate(res: ServerResponse, json: HubRequest['json'], rejected: Set<string>) {
    const ids = (json?.FindingIdentifiers ?? []).map((i) => i.Id);
    const processed = ids.filter((id) => !rejected.has(id) && this.findings.has(id));
    for (const id of processed) this.resolved.add(id);
    const unprocessed = ids
      .filter((id) => !processed.includes(id))
      .map((Id) => ({
        FindingIdentifier: { Id, ProductArn: 'x' },
        ErrorCode: 'FindingNotFound',
        ErrorMessage: 'no such finding',
      }));
    sendJson(res, 200, {
      ProcessedFindings: processed.map((Id) => ({ Id, ProductArn: 'x' })),
      UnprocessedFindings: unprocessed,
    });
  }

  private async check(req: IncomingMessage, body: string, service: string) {
    const problem = await signatureProblem(req, body, service);
    if (problem) this.problems.push(`${service}: ${problem}`);
  }
}

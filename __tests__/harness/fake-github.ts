/**
 * A fake GitHub REST API on 127.0.0.1 for integration tests. Every request is recorded and checked
 * against GitHub's published OpenAPI description (the subset in openapi-subset.json, extracted by
 * scripts/extract-openapi-subset.mjs): an unknown method/path answers 404 and a body that does not
 * match the operation's schema answers 422, with the reason. State (comments, issues, SARIF uploads)
 * lives in memory; faults can be injected per operation. Alert lists (Dependabot, code scanning, secret
 * scanning) and dependency diffs are served from `state` and paginated as GitHub does (Link headers;
 * a cursor `after` for Dependabot); secret scanning honours `hide_secret`.
 *
 *   const gh = await startFakeGithub();
 *   gh.fault('issues/create-comment', { status: 403 }, 1);   // the next call answers 403
 *   gh.fault('*', { status: 0, hang: true }, 100);            // every operation accepts and never answers
 *   // GITHUB_API_URL = gh.url ; gh.requests ; gh.state.comments ; await gh.close()
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Operation {
  method: string;
  path: string;
  operationId: string;
  requestBody?: object;
  requestBodyRequired: boolean;
  parameters: { name: string; in: string; required: boolean; schema?: object }[];
}

export interface RecordedApiRequest {
  readonly method: string;
  readonly path: string;
  /** The query string (`?state=open&per_page=100`), '' when none. */
  readonly search?: string;
  readonly operationId?: string;
  readonly body?: unknown;
  readonly status: number;
  readonly rejected?: string;
}

export interface Fault {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Destroy the socket instead of answering (connection reset). */
  readonly reset?: boolean;
  readonly delayMs?: number;
  /** Accept the request and never answer (a silent API). */
  readonly hang?: boolean;
  /** Answer `status`/`body` with a `Link: rel="next"` pointing back to this same page (looping pagination). */
  readonly linkToSelf?: boolean;
}

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
  issue: number;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
  assignees: string[];
}

export interface FakeGithub {
  readonly url: string;
  readonly requests: RecordedApiRequest[];
  readonly state: {
    comments: FakeComment[];
    issues: FakeIssue[];
    sarifs: { id: string; ref: string; commit_sha: string; sarif: unknown; status: string }[];
    dependabotAlerts: Record<string, unknown>[];
    codeScanningAlerts: Record<string, unknown>[];
    secretScanningAlerts: Record<string, unknown>[];
    /** `base...head` → the dependency diff GitHub would return. */
    dependencyDiffs: Record<string, unknown[]>;
    /** Sent base64-encoded in `x-github-dependency-graph-snapshot-warnings`, as GitHub does. */
    dependencySnapshotWarnings?: string;
  };
  /** Injects `fault` into the next `times` calls of an operation (`*`: of any operation). */
  fault(operationId: string, fault: Fault, times?: number): void;
  /** Processing status the next uploads end in (`complete` by default). */
  sarifOutcome(status: 'complete' | 'failed'): void;
  close(): Promise<void>;
}

const subset = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'openapi-subset.json'), 'utf8'),
) as { operations: Operation[] };
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>();
/** OpenAPI 3.0's `nullable` is not JSON Schema: turn it into a type union ajv understands. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, example: _example, ...rest } = node as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, toJsonSchema(v)]));
  if (nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (nullable === true && !out.type) return { anyOf: [out, { type: 'null' }] };
  return out;
}
for (const op of subset.operations) {
  if (op.requestBody) validators.set(op.operationId, ajv.compile(toJsonSchema(op.requestBody) as object));
}
// Path and query values arrive as strings: coerce them to the declared type before checking.
const paramAjv = new Ajv({ strict: false, coerceTypes: true });
addFormats.default(paramAjv);
const paramValidators = new Map<string, ValidateFunction>();
function paramValidator(op: Operation, name: string, schema: object): ValidateFunction {
  const key = `${op.operationId} ${name}`;
  const found = paramValidators.get(key);
  if (found) return found;
  const v = paramAjv.compile({ type: 'object', properties: { [name]: toJsonSchema(schema) } });
  paramValidators.set(key, v);
  return v;
}

/** Why the path or query parameters do not match the operation, if they do not. */
function checkParams(op: Operation, path: Record<string, string>, query: URLSearchParams): string | undefined {
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const value = p.in === 'path' ? path[p.name] : (query.get(p.name) ?? undefined);
    if (value === undefined) {
      if (p.required) return `${p.in} parameter ${p.name} is required`;
      continue;
    }
    const v = p.schema ? paramValidator(op, p.name, p.schema) : undefined;
    if (v && !v({ [p.name]: value })) return `${p.in} parameter ${p.name}: ${paramAjv.errorsText(v.errors)}`;
  }
  return undefined;
}

function match(method: string, urlPath: string): { op: Operation; params: Record<string, string> } | undefined {
  for (const op of subset.operations) {
    if (op.method !== method) continue;
    const names: string[] = [];
    const pattern = op.path.replace(/\{(\w+)\}/g, (_m, n: string) => {
      names.push(n);
      return '([^/]+)';
    });
    const re = new RegExp(`^${pattern}$`);
    const m = re.exec(urlPath);
    if (m) return { op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')])) };
  }
  return undefined;
}

export async function startFakeGithub(): Promise<FakeGithub> {
  const requests: RecordedApiRequest[] = [];
  const state: FakeGithub['state'] = {
    comments: [],
    issues: [],
    sarifs: [],
    dependabotAlerts: [],
    codeScanningAlerts: [],
    secretScanningAlerts: [],
    dependencyDiffs: {},
  };
  const faults = new Map<string, Fault[]>();
  let nextId = 1000;
  let outcome: 'complete' | 'failed' = 'complete';
  let clock = Date.parse('2026-11-22T00:00:00Z');
  let base = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      const send = (
        status: number,
        body: unknown,
        headers: Record<string, string> = {},
        rejected?: string,
        operationId?: string,
      ) => {
        requests.push({
          method: req.method ?? '',
          path: url.pathname,
          search: url.search,
          operationId,
          body: text ? safeJson(text) : undefined,
          status,
          rejected,
        });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(status === 204 ? undefined : JSON.stringify(body));
      };
      const found = match(req.method ?? '', url.pathname);
      if (!found)
        return send(
          404,
          { message: `Not Found: ${req.method} ${url.pathname} is not an operation in GitHub's OpenAPI description` },
          {},
          'unknown operation',
        );
      const { op, params } = found;
      const badParam = checkParams(op, params, url.searchParams);
      if (badParam)
        return send(
          badParam.startsWith('path') ? 404 : 422,
          { message: `Invalid request: ${badParam}` },
          {},
          badParam,
          op.operationId,
        );
      const body = text ? safeJson(text) : undefined;
      const validate = validators.get(op.operationId);
      if (op.requestBodyRequired && body === undefined)
        return send(422, { message: 'Request body required' }, {}, 'missing body', op.operationId);
      if (validate && body !== undefined && !validate(body)) {
        const why = ajv.errorsText(validate.errors);
        return send(422, { message: `Invalid request: ${why}` }, {}, why, op.operationId);
      }
      const fault = faults.get(op.operationId)?.shift() ?? faults.get('*')?.shift();
      if (fault) {
        if (fault.hang) {
          requests.push({ method: req.method ?? '', path: url.pathname, operationId: op.operationId, body, status: 0 });
          return;
        }
        if (fault.reset) {
          requests.push({
            method: req.method ?? '',
            path: url.pathname,
            operationId: op.operationId,
            body,
            status: 0,
            rejected: 'reset',
          });
          return req.socket.destroy();
        }
        const self: Record<string, string> = fault.linkToSelf ? { link: `<${base}${req.url}>; rel="next"` } : {};
        const answer = () =>
          send(
            fault.status,
            fault.body ?? { message: `injected ${fault.status}` },
            { ...fault.headers, ...self },
            undefined,
            op.operationId,
          );
        return fault.delayMs ? void setTimeout(answer, fault.delayMs) : answer();
      }
      clock += 1000;
      const now = new Date(clock).toISOString();
      const [status, payload, headers] = handle({
        op: op.operationId,
        params,
        body: body as Record<string, unknown>,
        query: url.searchParams,
        now,
      });
      send(status, payload, headers, undefined, op.operationId);
    });
  });

  const html = (p: string) => `https://github.com/octo-org/octo-repo/${p}`;
  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    html_url: html(`pull/${c.issue}#issuecomment-${c.id}`),
    created_at: c.created_at,
    updated_at: c.created_at,
    user: { login: 'github-actions[bot]' },
  });
  const issueJson = (i: FakeIssue) => ({
    id: i.number + 5000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    html_url: html(`issues/${i.number}`),
    labels: i.labels.map((name) => ({ name })),
  });

  function handle(r: {
    op: string;
    params: Record<string, string>;
    body: Record<string, unknown>;
    query: URLSearchParams;
    now: string;
  }): [number, unknown, Record<string, string>?] {
    const issueNo = Number(r.params.issue_number);
    switch (r.op) {
      case 'repos/get':
        return [
          200,
          {
            id: 1,
            name: r.params.repo,
            full_name: `${r.params.owner}/${r.params.repo}`,
            archived: false,
            default_branch: 'main',
          },
        ];
      case 'code-scanning/upload-sarif': {
        const id = `sarif-${nextId++}`;
        const sarif = JSON.parse(gunzipSync(Buffer.from(String(r.body.sarif), 'base64')).toString('utf8'));
        state.sarifs.push({
          id,
          ref: String(r.body.ref),
          commit_sha: String(r.body.commit_sha),
          sarif,
          status: 'pending',
        });
        return [202, { id, url: `http://fake/sarifs/${id}` }];
      }
      case 'code-scanning/get-sarif': {
        const s = state.sarifs.find((x) => x.id === r.params.sarif_id);
        if (!s) return [404, { message: 'Not Found' }];
        const was = s.status;
        s.status = outcome;
        return [
          200,
          {
            processing_status: was === 'pending' ? 'pending' : outcome,
            analyses_url: null,
            errors: outcome === 'failed' ? ['locationFromSarifResult: expected artifact location'] : null,
          },
        ];
      }
      case 'issues/list-comments': {
        const all = state.comments.filter((c) => c.issue === issueNo).sort((a, b) => a.id - b.id);
        const per = Number(r.query.get('per_page') ?? 30);
        const page = Number(r.query.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / per));
        const link: Record<string, string> =
          page < last
            ? {
                link: `<${base}/repos/${r.params.owner}/${r.params.repo}/issues/${issueNo}/comments?per_page=${per}&page=${page + 1}>; rel="next"`,
              }
            : {};
        return [200, all.slice((page - 1) * per, page * per).map(commentJson), link];
      }
      case 'issues/create-comment': {
        const c = { id: nextId++, body: String(r.body.body), created_at: r.now, issue: issueNo };
        state.comments.push(c);
        const issue = state.issues.find((i) => i.number === issueNo);
        issue?.comments.push(c.body);
        return [201, commentJson(c)];
      }
      case 'issues/update-comment': {
        const c = state.comments.find((x) => x.id === Number(r.params.comment_id));
        if (!c) return [404, { message: 'Not Found' }];
        c.body = String(r.body.body);
        return [200, commentJson(c)];
      }
      case 'issues/delete-comment': {
        const i = state.comments.findIndex((x) => x.id === Number(r.params.comment_id));
        if (i < 0) return [404, { message: 'Not Found' }];
        state.comments.splice(i, 1);
        return [204, undefined];
      }
      case 'issues/list-for-repo': {
        const label = r.query.get('labels');
        const st = r.query.get('state') ?? 'open';
        const list = state.issues.filter(
          (i) => (!label || i.labels.includes(label)) && (st === 'all' || i.state === st),
        );
        return [200, list.map(issueJson)];
      }
      case 'issues/create': {
        const i: FakeIssue = {
          number: state.issues.length + 1,
          title: String(r.body.title),
          body: String(r.body.body ?? ''),
          state: 'open',
          labels: (r.body.labels as string[]) ?? [],
          comments: [],
          assignees: (r.body.assignees as string[]) ?? [],
        };
        state.issues.push(i);
        return [201, issueJson(i)];
      }
      case 'issues/update': {
        const i = state.issues.find((x) => x.number === issueNo);
        if (!i) return [404, { message: 'Not Found' }];
        if (typeof r.body.title === 'string') i.title = r.body.title;
        if (typeof r.body.body === 'string') i.body = r.body.body;
        if (r.body.state === 'open' || r.body.state === 'closed') i.state = r.body.state;
        return [200, issueJson(i)];
      }
      case 'dependabot/list-alerts-for-repo': {
        const states = (r.query.get('state') ?? '').split(',').filter(Boolean);
        const all = state.dependabotAlerts.filter((a) => states.length === 0 || states.includes(String(a.state)));
        const per = Number(r.query.get('per_page') ?? 30);
        const from = Number(r.query.get('after') ?? 0);
        const next = from + per < all.length ? from + per : undefined;
        const link: Record<string, string> =
          next === undefined
            ? {}
            : {
                link: `<${base}/repos/${r.params.owner}/${r.params.repo}/dependabot/alerts?state=${states.join(',')}&per_page=${per}&after=${next}>; rel="next"`,
              };
        return [200, all.slice(from, from + per), link];
      }
      case 'code-scanning/list-alerts-for-repo': {
        const st = r.query.get('state');
        const ref = r.query.get('ref');
        const all = state.codeScanningAlerts.filter(
          (a) =>
            (!st || a.state === st) && (!ref || (a.most_recent_instance as { ref?: string } | undefined)?.ref === ref),
        );
        return paged(all, r, 'code-scanning/alerts');
      }
      case 'secret-scanning/list-alerts-for-repo': {
        const st = r.query.get('state');
        const hide = r.query.get('hide_secret') === 'true';
        const all = state.secretScanningAlerts
          .filter((a) => !st || a.state === st)
          .map((a) => (hide ? Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'secret')) : a));
        return paged(all, r, 'secret-scanning/alerts');
      }
      case 'dependency-graph/diff-range': {
        const diff = state.dependencyDiffs[r.params.basehead ?? ''];
        if (!diff) return [404, { message: 'Not Found' }];
        const warnings = state.dependencySnapshotWarnings;
        return [
          200,
          diff,
          warnings ? { 'x-github-dependency-graph-snapshot-warnings': Buffer.from(warnings).toString('base64') } : {},
        ];
      }
      default:
        return [501, { message: `fake does not implement ${r.op}` }];
    }
  }

  /** Page-number pagination with GitHub's Link header. */
  function paged(
    all: unknown[],
    r: { params: Record<string, string>; query: URLSearchParams },
    route: string,
  ): [number, unknown, Record<string, string>] {
    const per = Number(r.query.get('per_page') ?? 30);
    const page = Number(r.query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / per));
    const q = new URLSearchParams(r.query);
    q.set('page', String(page + 1));
    const link: Record<string, string> =
      page < last ? { link: `<${base}/repos/${r.params.owner}/${r.params.repo}/${route}?${q}>; rel="next"` } : {};
    return [200, all.slice((page - 1) * per, page * per), link];
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    fault(operationId, fault, times = 1) {
      const list = faults.get(operationId) ?? [];
      for (let i = 0; i < times; i++) list.push(fault);
      faults.set(operationId, list);
    },
    sarifOutcome(status) {
      outcome = status;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Hanging requests keep their sockets open; end them so close() returns.
        server.closeAllConnections();
      }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

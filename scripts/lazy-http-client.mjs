// Build-time stand-in for `@actions/http-client` as imported by @actions/core's OIDC helper, which
// needs an HTTP client only when a workflow asks for an OIDC token (scan-gate never does). Importing
// the client statically loads node:http, node:https, node:net and node:tls in every process,
// including the action failing fast on a bad input. The helper only constructs a client and a bearer
// handler and calls `getJson`; the real client is imported on that call. Everything else in scan-gate
// imports the real client.
export class BearerCredentialHandler {
  constructor(token) {
    this.token = token;
  }
}

export class HttpClient {
  constructor(userAgent, handlers, requestOptions) {
    this.args = [userAgent, handlers, requestOptions];
  }

  async getJson(...args) {
    const [{ HttpClient: Real }, { BearerCredentialHandler: RealBearer }] = await Promise.all([
      import('@actions/http-client'),
      import('@actions/http-client/lib/auth'),
    ]);
    const [userAgent, handlers, requestOptions] = this.args;
    const real = (handlers ?? []).map((h) => (h instanceof BearerCredentialHandler ? new RealBearer(h.token) : h));
    return new Real(userAgent, real, requestOptions).getJson(...args);
  }
}

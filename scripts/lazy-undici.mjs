// Build-time stand-in for `undici` as imported by @actions/http-client, which needs only ProxyAgent and
// only when a proxy dispatcher is requested. Importing undici itself evaluates all of it (≈100 ms of
// CPU) in every process, including a `--version` or a bad-input run; this defers that to first use.
export class ProxyAgent {
  constructor(...args) {
    // biome-ignore lint/correctness/noConstructorReturn: hands back the real undici agent
    return new (require('undici').ProxyAgent)(...args);
  }
}

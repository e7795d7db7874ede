import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import type { RejectedFinding, SecurityHubPort } from './security-hub.js';

/** Per request; the SDK retries throttling (429/ThrottlingException) and 5xx within `maxAttempts`. */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS = 5;

// Without throwOnRequestTimeout the SDK only logs a warning and keeps waiting: one hung request would hold the budget.
const requestHandler = {
  requestTimeout: REQUEST_TIMEOUT_MS,
  connectionTimeout: CONNECT_TIMEOUT_MS,
  throwOnRequestTimeout: true,
};

/**
 * The real Security Hub, through the AWS SDK v3 and its standard credential chain (env vars from
 * aws-actions/configure-aws-credentials, web identity, profiles, instance roles). Loaded lazily so
 * runs without `security-hub` never pay for the SDK. `AWS_ENDPOINT_URL_SECURITYHUB`/`_STS` are honoured by the SDK.
 */
/**
 * The SDK ships CommonJS: a bundle split into chunks hands a dynamic import of it over as `{ default:
 * module.exports }`, while Node's own loader also names the exports. Either way, the exports object.
 */
function commonJs<T extends object>(imported: T): T {
  const wrapped = (imported as { default?: unknown }).default;
  return wrapped && typeof wrapped === 'object' && !('SecurityHubClient' in imported) && !('STSClient' in imported)
    ? (wrapped as T)
    : imported;
}

export async function createSecurityHubPort(opts: {
  signal: AbortSignal;
  /** Explicit endpoint/region/keys (in-process tests); the action uses the environment and credential chain. */
  clientConfig?: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } };
}): Promise<SecurityHubPort> {
  const hub = commonJs(await import('@aws-sdk/client-securityhub'));
  const sts = commonJs(await import('@aws-sdk/client-sts'));
  const base = { maxAttempts: MAX_ATTEMPTS, retryMode: 'standard', requestHandler, ...opts.clientConfig };
  const client = new hub.SecurityHubClient(base);
  const region = await client.config.region().catch(() => '');
  if (!region) {
    throw new Error(
      'no AWS Region is configured: set `aws-region` in aws-actions/configure-aws-credentials, or AWS_REGION.',
    );
  }
  const stsClient = new sts.STSClient({ ...base, region });
  const abort = { abortSignal: opts.signal };
  return {
    region,
    async accountId() {
      const who = await stsClient.send(new sts.GetCallerIdentityCommand({}), abort);
      if (!who.Account) throw new Error('STS GetCallerIdentity returned no account id.');
      return who.Account;
    },
    async importFindings(findings: readonly AwsSecurityFinding[]) {
      const out = await client.send(new hub.BatchImportFindingsCommand({ Findings: [...findings] }), abort);
      return (out.FailedFindings ?? []).map(
        (f): RejectedFinding => ({ id: f.Id ?? '?', code: f.ErrorCode ?? '?', message: f.ErrorMessage ?? '' }),
      );
    },
    async resolveFindings(ids) {
      const out = await client.send(
        new hub.BatchUpdateFindingsCommand({
          FindingIdentifiers: [...ids],
          Workflow: { Status: 'RESOLVED' },
          Note: { Text: 'Fixed: no longer reported by scan-gate.', UpdatedBy: 'scan-gate' },
        }),
        abort,
      );
      return (out.UnprocessedFindings ?? []).map(
        (f): RejectedFinding => ({
          id: f.FindingIdentifier?.Id ?? '?',
          code: f.ErrorCode ?? '?',
          message: f.ErrorMessage ?? '',
        }),
      );
    },
  };
}

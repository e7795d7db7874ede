import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';

/** What forwarding needs from Security Hub; the SDK-backed implementation is in security-hub-client.ts. */
export interface SecurityHubPort {
  /** The account the credentials belong to (the default product lives there). */
  accountId(): Promise<string>;
  readonly region: string;
  importFindings(findings: readonly AwsSecurityFinding[]): Promise<readonly RejectedFinding[]>;
  /** Sets workflow status RESOLVED on archived findings (an import cannot change Workflow). */
  resolveFindings(ids: readonly { Id: string; ProductArn: string }[]): Promise<readonly RejectedFinding[]>;
}

export interface RejectedFinding {
  readonly id: string;
  readonly code: string;
  readonly message: string;
}

/** BatchImportFindings limits (Security Hub API reference): 100 findings and 6 MB per call, 240 KB per finding. */
export const IMPORT_LIMITS = { count: 100, bytes: 6 * 1024 * 1024, findingBytes: 240 * 1024 } as const;

/** Splits findings into calls within the count and request-size limits; oversize findings are rejected here. */
export function batchFindings(
  findings: readonly AwsSecurityFinding[],
  limits: { count: number; bytes: number; findingBytes: number } = IMPORT_LIMITS,
): { batches: AwsSecurityFinding[][]; oversize: RejectedFinding[] } {
  const batches: AwsSecurityFinding[][] = [];
  const oversize: RejectedFinding[] = [];
  let current: AwsSecurityFinding[] = [];
  // The envelope {"Findings":[…]} plus commas between findings.
  let size = 16;
  for (const f of findings) {
    const bytes = Buffer.byteLength(JSON.stringify(f));
    if (bytes > limits.findingBytes) {
      oversize.push({ id: f.Id ?? '?', code: 'TooLarge', message: `${bytes} bytes > ${limits.findingBytes}` });
      continue;
    }
    if (current.length >= limits.count || (current.length > 0 && size + bytes + 1 > limits.bytes)) {
      batches.push(current);
      current = [];
      size = 16;
    }
    current.push(f);
    size += bytes + 1;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversize };
}

export interface SecurityHubOutcome {
  readonly active: number;
  readonly archived: number;
  readonly rejected: readonly RejectedFinding[];
  readonly calls: number;
}

/** Imports active and archived findings in limited batches, then resolves the archived ones that were accepted. */
export async function sendToSecurityHub(opts: {
  port: SecurityHubPort;
  active: readonly AwsSecurityFinding[];
  archived: readonly AwsSecurityFinding[];
}): Promise<SecurityHubOutcome> {
  const { batches, oversize } = batchFindings([...opts.active, ...opts.archived]);
  const rejected: RejectedFinding[] = [...oversize];
  for (const batch of batches) rejected.push(...(await opts.port.importFindings(batch)));
  let calls = batches.length;
  const failedIds = new Set(rejected.map((r) => r.id));
  const toResolve = opts.archived
    .filter((f) => f.Id && f.ProductArn && !failedIds.has(f.Id))
    .map((f) => ({ Id: f.Id as string, ProductArn: f.ProductArn as string }));
  for (let i = 0; i < toResolve.length; i += IMPORT_LIMITS.count) {
    rejected.push(...(await opts.port.resolveFindings(toResolve.slice(i, i + IMPORT_LIMITS.count))));
    calls++;
  }
  return {
    active: opts.active.filter((f) => !failedIds.has(f.Id ?? '')).length,
    archived: opts.archived.filter((f) => !failedIds.has(f.Id ?? '')).length,
    rejected,
    calls,
  };
}

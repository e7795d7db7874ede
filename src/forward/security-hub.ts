import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import type { ItemList } from '../report/item-list.js';

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

type ImportLimits = { count: number; bytes: number; findingBytes: number };

/**
 * The calls to make, each within the count and request-size limits, built as the findings come: a batch
 * is handed out as soon as it is full. Oversize findings are rejected here (added to `oversize`).
 */
export function* findingBatches(
  findings: Iterable<AwsSecurityFinding>,
  oversize: RejectedFinding[],
  limits: ImportLimits = IMPORT_LIMITS,
): Generator<AwsSecurityFinding[]> {
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
      yield current;
      current = [];
      size = 16;
    }
    current.push(f);
    size += bytes + 1;
  }
  if (current.length > 0) yield current;
}

export interface SecurityHubOutcome {
  readonly active: number;
  readonly archived: number;
  readonly rejected: readonly RejectedFinding[];
  readonly calls: number;
}

/**
 * Imports active and archived findings in limited batches, then resolves the archived ones that were
 * accepted. Findings are built as their batch fills and dropped once it is sent: at 100,000 findings the
 * ASFF objects of all of them were held at once (about 190 MB); only their Ids are kept now.
 */
export async function sendToSecurityHub(opts: {
  port: SecurityHubPort;
  active: ItemList<AwsSecurityFinding>;
  archived: ItemList<AwsSecurityFinding>;
}): Promise<SecurityHubOutcome> {
  const activeIds: string[] = [];
  const archivedKeys: { Id: string | undefined; ProductArn: string | undefined }[] = [];
  function* all(): Generator<AwsSecurityFinding> {
    for (let i = 0; i < opts.active.length; i++) {
      const f = opts.active.at(i) as AwsSecurityFinding;
      activeIds.push(f.Id ?? '');
      yield f;
    }
    for (let i = 0; i < opts.archived.length; i++) {
      const f = opts.archived.at(i) as AwsSecurityFinding;
      archivedKeys.push({ Id: f.Id, ProductArn: f.ProductArn });
      yield f;
    }
  }
  const oversize: RejectedFinding[] = [];
  const refused: RejectedFinding[] = [];
  let calls = 0;
  for (const batch of findingBatches(all(), oversize)) {
    for (const r of await opts.port.importFindings(batch)) refused.push(r);
    calls++;
  }
  // Oversize findings first, as they were found before any call.
  const rejected: RejectedFinding[] = [...oversize, ...refused];
  const failedIds = new Set(rejected.map((r) => r.id));
  const toResolve = archivedKeys
    .filter((k) => k.Id && k.ProductArn && !failedIds.has(k.Id))
    .map((k) => ({ Id: k.Id as string, ProductArn: k.ProductArn as string }));
  for (let i = 0; i < toResolve.length; i += IMPORT_LIMITS.count) {
    for (const r of await opts.port.resolveFindings(toResolve.slice(i, i + IMPORT_LIMITS.count))) rejected.push(r);
    calls++;
  }
  return {
    active: activeIds.filter((id) => !failedIds.has(id)).length,
    archived: archivedKeys.filter((k) => !failedIds.has(k.Id ?? '')).length,
    rejected,
    calls,
  };
}

import { hash } from 'node:crypto';
import type { Finding } from '../findings/finding.js';
import { insideRepository, urlPath } from '../report/escape.js';
import type { RunReport } from '../report/types.js';

/** Where a finding lives, in the terms every forwarded format needs. */
export interface FindingPlace {
  /** `https://github.com/owner/repo` */
  readonly repositoryUrl: string;
  /** The image reference for container image findings (trivy/grype `image: target` paths). */
  readonly image?: string;
  /** The file at the scanned commit (with line anchor), or the repository for image findings. */
  readonly sourceUrl: string;
}

/**
 * Id = repository + instance + fingerprint, so a re-run (or a later run that archives it) addresses
 * the same Security Hub finding / OCSF finding uid. Hashed: fingerprints can be long, ASFF Ids are capped at 512.
 */
export function forwardedId(report: RunReport, fingerprint: string): string {
  const { owner, repo } = report.event;
  const digest = hash('sha256', `${owner}/${repo}/${report.instance}\n${fingerprint}`, 'hex');
  return `scan-gate/${owner}/${repo}/${digest.slice(0, 40)}`;
}

/** Image findings are located as `<image>: <target>` (see the trivy and grype parsers). */
export function placeOf(
  finding: Pick<Finding, 'location'>,
  report: RunReport,
  images: readonly string[],
): FindingPlace {
  const { owner, repo, serverUrl, sha } = report.event;
  const repositoryUrl = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`;
  const image = images.find((i) => finding.location.path.startsWith(`${i}: `));
  if (image) return { repositoryUrl, image, sourceUrl: repositoryUrl };
  // Only a path inside the repository gets a link to it (as in the PR comment); else the repository.
  if (!insideRepository(finding.location.path)) return { repositoryUrl, sourceUrl: repositoryUrl };
  const line = finding.location.startLine ? `#L${finding.location.startLine}` : '';
  return { repositoryUrl, sourceUrl: `${repositoryUrl}/blob/${sha}/${urlPath(finding.location.path)}${line}` };
}

/** Text fields have length limits everywhere; clip on a character boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Runs whose findings describe the default branch: pushes and manual runs on it, and scheduled runs (the same
 * runs that record the baseline). An unknown default branch (no payload) trusts the push.
 */
export function describesDefaultBranch(event: RunReport['event']): boolean {
  // Schedules run on the default branch; a manual run can be started on any branch, so it counts like a push.
  if (event.name === 'schedule') return true;
  if (!['push', 'workflow_dispatch'].includes(event.name) || !event.ref?.startsWith('refs/heads/')) return false;
  return event.defaultBranch === undefined || event.ref === `refs/heads/${event.defaultBranch}`;
}

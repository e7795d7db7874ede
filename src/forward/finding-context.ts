import { hash } from 'node:crypto';
import type { Finding } from '../findings/finding.js';
import { insideRepository, urlPath } from '../report/escape.js';
import type { RunReport } from '../report/types.js';
import { clipText } from '../text/clip.js';

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
  return placeFinder(report, images)(finding);
}

/**
 * placeOf for the findings of one report: the repository's URL built once, and each path's image, test
 * and escaped URL once per path (100,000 findings usually name a few hundred files).
 */
export function placeFinder(
  report: RunReport,
  images: readonly string[],
): (finding: Pick<Finding, 'location'>) => FindingPlace {
  const { owner, repo, serverUrl, sha } = report.event;
  const repositoryUrl = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`;
  const repositoryOnly: FindingPlace = { repositoryUrl, sourceUrl: repositoryUrl };
  // Per path: the place itself (image, or outside the repository), or the file's URL a line anchor follows.
  const byPath = new Map<string, FindingPlace | string>();
  return (finding) => {
    const path = finding.location.path;
    let known = byPath.get(path);
    if (known === undefined) {
      const image = images.find((i) => path.startsWith(`${i}: `));
      // Only a path inside the repository gets a link to it (as in the PR comment); else the repository.
      known = image
        ? { repositoryUrl, image, sourceUrl: repositoryUrl }
        : !insideRepository(path)
          ? repositoryOnly
          : `${repositoryUrl}/blob/${sha}/${urlPath(path)}`;
      byPath.set(path, known);
    }
    if (typeof known !== 'string') return known;
    const line = finding.location.startLine ? `#L${finding.location.startLine}` : '';
    return { repositoryUrl, sourceUrl: `${known}${line}` };
  };
}

/** Text fields have length limits everywhere; clip on a character boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  return clipText(text, max);
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

import type { SourceId } from '../findings/finding.js';
import { codeScanning } from './code-scanning.js';
import { dependabot } from './dependabot.js';
import { dependencyReview } from './dependency-review.js';
import { secretScanning } from './secret-scanning.js';
import type { SourcePlugin } from './types.js';

/** GitHub's own security data, selectable in `scanners` like a scanner. */
export const SOURCES: Readonly<Record<SourceId, SourcePlugin>> = {
  dependabot,
  'dependency-review': dependencyReview,
  'code-scanning': codeScanning,
  'secret-scanning': secretScanning,
};

import type { ToolId } from '../findings/finding.js';
import { bandit } from './bandit/index.js';
import { checkov } from './checkov/index.js';
import { gitleaks } from './gitleaks/index.js';
import { grype } from './grype/index.js';
import { osvScanner } from './osv-scanner/index.js';
import { pipAudit } from './pip-audit/index.js';
import { safety } from './safety/index.js';
import { sarifScanner } from './sarif/index.js';
import { trivy } from './trivy/index.js';
import { trufflehog } from './trufflehog/index.js';
import type { ScannerPlugin } from './types.js';

/**
 * Every scanner scan-gate runs. Adding one = its folder + one line here (+ its install spec).
 * The alert sources (dependabot, code-scanning…) are not processes: see src/sources/registry.ts.
 */
export const SCANNERS: Readonly<Record<ToolId, ScannerPlugin>> = {
  trivy,
  gitleaks,
  trufflehog,
  'osv-scanner': osvScanner,
  grype,
  'pip-audit': pipAudit,
  bandit,
  checkov,
  safety,
  sarif: sarifScanner,
};

import type { ScannerId } from '../../findings/finding.js';
import type { InstallSpec } from '../types.js';
import { GITLEAKS_SPEC } from './gitleaks.js';
import { GRYPE_SPEC } from './grype.js';
import { OSV_SCANNER_SPEC } from './osv-scanner.js';
import { BANDIT_SPEC, CHECKOV_SPEC, PIP_AUDIT_SPEC, SAFETY_SPEC } from './pip.js';
import { TRIVY_SPEC } from './trivy.js';
import { TRUFFLEHOG_SPEC } from './trufflehog.js';

/** How each scanner gets onto the runner; `sarif` only reads files other steps wrote. */
export const INSTALL_SPECS: Readonly<Record<ScannerId, InstallSpec>> = {
  trivy: TRIVY_SPEC,
  gitleaks: GITLEAKS_SPEC,
  trufflehog: TRUFFLEHOG_SPEC,
  'osv-scanner': OSV_SCANNER_SPEC,
  grype: GRYPE_SPEC,
  'pip-audit': PIP_AUDIT_SPEC,
  bandit: BANDIT_SPEC,
  checkov: CHECKOV_SPEC,
  safety: SAFETY_SPEC,
  sarif: { kind: 'none' },
};

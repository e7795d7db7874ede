import type { PipSpec } from '../types.js';

// Versions: the newest PyPI release when locked (scripts/lock-pip.mjs, whose REQUIREMENTS must agree).

/** pip-audit 2.10.1 (2026-06-10); no SARIF output, the plugin reads its JSON. */
export const PIP_AUDIT_SPEC: PipSpec = {
  kind: 'pip',
  package: 'pip-audit',
  defaultVersion: '2.10.1',
  executable: 'pip-audit',
  lock: () => import('./pip-locks/pip-audit.js').then((m) => m.PIP_AUDIT_LOCK),
};

/** bandit 1.9.4 with the `sarif` extra (SARIF needs it since 1.7.8). */
export const BANDIT_SPEC: PipSpec = {
  kind: 'pip',
  package: 'bandit',
  defaultVersion: '1.9.4',
  executable: 'bandit',
  extras: ['sarif'],
  lock: () => import('./pip-locks/bandit.js').then((m) => m.BANDIT_LOCK),
};

/** checkov 3.3.30 (PyPI package list, 2026-10). */
export const CHECKOV_SPEC: PipSpec = {
  kind: 'pip',
  package: 'checkov',
  defaultVersion: '3.3.30',
  executable: 'checkov',
  lock: () => import('./pip-locks/checkov.js').then((m) => m.CHECKOV_LOCK),
};

/** safety 3.8.1 (PyPI, 2026-11); `safety scan` needs an account key (SAFETY_API_KEY). */
export const SAFETY_SPEC: PipSpec = {
  kind: 'pip',
  package: 'safety',
  defaultVersion: '3.8.1',
  executable: 'safety',
  lock: () => import('./pip-locks/safety.js').then((m) => m.SAFETY_LOCK),
};

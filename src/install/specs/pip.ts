import type { PipSpec } from '../types.js';

// Versions from shared/reference/scanners.md (PyPI): the newest release with evidence when pinned.

/** pip-audit 2.10.1 (2026-06-10); no SARIF output, the plugin reads its JSON. */
export const PIP_AUDIT_SPEC: PipSpec = {
  kind: 'pip',
  package: 'pip-audit',
  defaultVersion: '2.10.1',
  executable: 'pip-audit',
};

/** bandit 1.9.4 with the `sarif` extra (SARIF needs it since 1.7.8). */
export const BANDIT_SPEC: PipSpec = {
  kind: 'pip',
  package: 'bandit',
  defaultVersion: '1.9.4',
  executable: 'bandit',
  extras: ['sarif'],
};

/** checkov 3.3.30 (PyPI package list, 2026-10). */
export const CHECKOV_SPEC: PipSpec = {
  kind: 'pip',
  package: 'checkov',
  defaultVersion: '3.3.30',
  executable: 'checkov',
};

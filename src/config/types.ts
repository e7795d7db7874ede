import type { Category, ScannerId, Severity } from '../findings/finding.js';

/** Lowest severity that fails the check. `any` includes `unknown`; `none` never fails on findings. */
export const THRESHOLDS = ['critical', 'high', 'medium', 'low', 'any', 'none'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export const PRESETS = ['zero-tolerance', 'strict', 'standard'] as const;
export type Preset = (typeof PRESETS)[number];

export type Tristate = 'auto' | 'true' | 'false';
export type Mode = 'all' | 'new';

export interface IgnoreRule {
  /** Rule id, CVE/GHSA/alias, or a finding fingerprint. */
  readonly id: string;
  readonly paths?: readonly string[];
  readonly package?: string;
  readonly scanner?: ScannerId;
  readonly reason: string;
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD); the ignore applies through the end of that day (UTC). */
  readonly expires?: string;
  /** Where the rule was written (policy file path and line), for reports. */
  readonly source: string;
}

/** How trufflehog's verification states map to severities. */
export interface TrufflehogSeverities {
  readonly verified: Severity;
  readonly unknown: Severity;
  readonly unverified: Severity;
}

/** Licences by SPDX id: deny blocks; a non-empty allow list refuses everything else; `unknown` decides the rest. */
export interface LicensePolicy {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
  readonly unknown: 'block' | 'allow';
  /** Where it was written (`policy.yml:12`), for reasons. */
  readonly source: string;
}

export interface Policy {
  readonly preset?: Preset;
  readonly failOn: Threshold;
  readonly scannerFailOn: Readonly<Partial<Record<ScannerId, Threshold>>>;
  readonly categoryFailOn: Readonly<Partial<Record<Category, Threshold>>>;
  readonly ignoreUnfixed: boolean;
  readonly ignores: readonly IgnoreRule[];
  readonly allowIgnores: boolean;
  /** Native ignore files and inline suppressions honoured (on by default; off under zero-tolerance). */
  readonly allowNativeIgnores: boolean;
  readonly sla: Readonly<Partial<Record<Severity, number>>>;
  readonly slaBlocks: boolean;
  /** Also scan licences (trivy's `license` scanner); findings have category `license`. */
  readonly scanLicenses: boolean;
  /** `licenses: { allow, deny, unknown }`: the licence policy by SPDX id (implies scanLicenses). */
  readonly licensePolicy?: LicensePolicy;
  readonly secretSeverity: Severity;
  readonly trufflehog: TrufflehogSeverities;
  readonly failOnScannerError: boolean;
  /** Where the global threshold came from (`preset standard`, `fail-on input`, `policy.yml:3`…), for explanations. */
  readonly failOnSource: string;
  /** `file:line` of per-scanner / per-category thresholds, keyed `fail-on-by-scanner` / `fail-on-by-category`. */
  readonly ruleSources: Readonly<Record<string, string>>;
}

/** Every input, read once and validated, merged with the policy file (workflow inputs win). */
export interface Config {
  readonly scanners: readonly ScannerId[] | 'auto';
  readonly workspace: string;
  /** Absolute directory to scan. */
  readonly path: string;
  readonly images: readonly string[];
  /** Path of the policy file that was loaded, if any. */
  readonly configFile?: string;
  readonly mode: Mode;
  readonly uploadSarif: Tristate;
  readonly comment: Tristate;
  readonly summary: boolean;
  readonly issue: Tristate;
  readonly token: string;
  /** `id → version` or `id → 'path'` (use the binary found on PATH). */
  readonly versions: Readonly<Partial<Record<ScannerId, string>>>;
  readonly toolMirror?: string;
  readonly cache: boolean;
  readonly sarifFiles: readonly string[];
  readonly scannerTimeoutMs: number;
  readonly outputDir: string;
  readonly policy: Policy;
  /** Distinguishes several uses of the action in one job/PR (comment marker, SARIF category). */
  readonly instance: string;
  readonly allowUntrustedHead: boolean;
  /** Matrix scale-out (see src/shard/): this run's shard name, or the aggregate's folder globs and expected shards. */
  readonly shards: ShardMode;
  /** Where findings go besides GitHub (Security Hub, OCSF file, SIEM webhook). */
  readonly forward: ForwardConfig;
  /** Logins the tracking issue is assigned to when it opens. */
  readonly issueAssignees: readonly string[];
  /** `@user` / `@org/team` mentioned when the tracking issue opens or an SLA is breached. */
  readonly issueMentions: readonly string[];
}

/** Forwarding outputs (README "Forwarding to AWS Security Hub"): `security-hub`, `ocsf`, `siem-webhook`. */
export interface ForwardConfig {
  readonly securityHub: boolean;
  readonly ocsf: boolean;
  /** Collector URL (from a secret: masked, never logged). */
  readonly siemWebhook?: string;
  /** HMAC-SHA256 key for the webhook body signature. */
  readonly siemWebhookSecret?: string;
  /** `warn`: a forwarding failure is a warning; `fail`: it also fails the step (the verdict is still reported). */
  readonly failure: 'warn' | 'fail';
}

/** `single`: an ordinary run. `shard`: writes its results only. `aggregate`: merges shard folders into one verdict. */
export type ShardMode =
  | { readonly kind: 'single' }
  | { readonly kind: 'shard'; readonly name: string }
  | { readonly kind: 'aggregate'; readonly patterns: readonly string[]; readonly expect: readonly string[] };

import { ConfigError } from './errors.js';
import type { PolicyRules } from './policy-rules.js';
import type { Policy, Preset, Threshold } from './types.js';

const PRESET_FAIL_ON: Readonly<Record<Preset, Threshold>> = {
  'zero-tolerance': 'any',
  strict: 'medium',
  standard: 'high',
};

export interface BuildPolicyOptions {
  readonly rules?: PolicyRules;
  /** Merged value (workflow input wins over the file); undefined = the preset's or `high`. */
  readonly failOn?: Threshold;
  /** Where failOn came from, e.g. `fail-on input` or `.github/scan-gate.yml:4`. */
  readonly failOnSource?: string;
  readonly failOnScannerError?: boolean;
  /** The policy file path (or `inputs`), for messages. */
  readonly source: string;
}

/** zero-tolerance means no exceptions and no overrides: refuse whatever would weaken it. */
function checkZeroTolerance(o: BuildPolicyOptions): void {
  const rules = o.rules;
  const problems: string[] = [];
  if (o.failOn !== undefined && o.failOn !== 'any') problems.push(`fail-on is "${o.failOn}" (must be any)`);
  if (o.failOnScannerError === false) problems.push('fail-on-scanner-error is false');
  if ((rules?.ignores.length ?? 0) > 0) problems.push(`${rules?.ignores.length} ignore(s) are listed`);
  if (rules?.ignoreUnfixed) problems.push('ignore-unfixed is true');
  if (rules?.nativeIgnores === true) problems.push('native-ignores is true');
  const relaxed = [...Object.entries(rules?.failOnByScanner ?? {}), ...Object.entries(rules?.failOnByCategory ?? {})]
    .filter(([, t]) => t !== 'any')
    .map(([k, t]) => `${k}: ${t}`);
  if (relaxed.length > 0) problems.push(`per-scanner/category thresholds relax it (${relaxed.join(', ')})`);
  if (problems.length > 0) {
    throw new ConfigError(
      `${o.source}: preset zero-tolerance allows no exceptions or overrides, but ${problems.join('; ')}. Remove them, or choose preset strict or standard.`,
    );
  }
}

/** Applies the preset, then explicit settings; validates combinations. */
export function buildPolicy(o: BuildPolicyOptions): Policy {
  const rules = o.rules;
  const preset = rules?.preset;
  if (preset === 'zero-tolerance') checkZeroTolerance(o);
  const zero = preset === 'zero-tolerance';
  const failOn = o.failOn ?? (preset ? PRESET_FAIL_ON[preset] : 'high');
  const failOnSource = o.failOn !== undefined ? (o.failOnSource ?? 'fail-on') : preset ? `preset ${preset}` : 'default';
  return {
    preset,
    failOn,
    failOnSource,
    scannerFailOn: rules?.failOnByScanner ?? {},
    categoryFailOn: rules?.failOnByCategory ?? {},
    ignoreUnfixed: rules?.ignoreUnfixed ?? false,
    ignores: rules?.ignores ?? [],
    allowIgnores: zero ? false : (rules?.allowIgnores ?? true),
    allowNativeIgnores: zero ? false : (rules?.nativeIgnores ?? true),
    sla: rules?.sla ?? {},
    slaBlocks: rules?.slaBlocks ?? false,
    scanLicenses: rules?.licenses ?? false,
    licensePolicy: rules?.licensePolicy,
    secretSeverity: rules?.secretSeverity ?? 'high',
    trufflehog: { verified: 'critical', unknown: 'high', unverified: 'medium', ...rules?.trufflehog },
    failOnScannerError: o.failOnScannerError ?? true,
    ruleSources: rules?.sources ?? {},
  };
}

import { buildPolicy } from '../../src/config/build-policy.js';
import { parsePolicyText } from '../../src/config/policy-file.js';
import type { Policy } from '../../src/config/types.js';
import type { Category, Finding, ScannerId, Severity } from '../../src/findings/finding.js';

let counter = 0;

/** A finding built by hand; fingerprints are unique unless given. */
export function finding(over: Partial<Finding> & { severity: Severity }): Finding {
  counter++;
  const scanner: ScannerId = over.scanner ?? 'trivy';
  return {
    scanner,
    sources: over.sources ?? [scanner],
    ruleId: over.ruleId ?? `RULE-${counter}`,
    aliases: over.aliases ?? [],
    category: over.category ?? ('vulnerability' as Category),
    title: over.title ?? `finding ${counter}`,
    location: over.location ?? { path: 'src/app.ts', startLine: counter },
    fingerprint: over.fingerprint ?? `fp${counter.toString(16).padStart(6, '0')}`,
    ...over,
  };
}

/** Policy from YAML text exactly as the action builds it (file + optional workflow inputs). */
export function policyFrom(
  yaml: string,
  inputs: { failOn?: Policy['failOn']; failOnScannerError?: boolean } = {},
): Policy {
  const file = parsePolicyText(yaml, 'policy.yml');
  const failOnText = file.inputs['fail-on'];
  return buildPolicy({
    rules: file.rules,
    failOn: inputs.failOn ?? (failOnText as Policy['failOn'] | undefined),
    failOnSource: inputs.failOn ? 'fail-on input' : file.rules.sources['fail-on'],
    failOnScannerError:
      inputs.failOnScannerError ??
      (file.inputs['fail-on-scanner-error'] === undefined
        ? undefined
        : file.inputs['fail-on-scanner-error'] === 'true'),
    source: 'policy.yml',
  });
}

export const NOW = new Date('2026-11-22T12:00:00Z');

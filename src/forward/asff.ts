import type { AwsSecurityFinding, Vulnerability } from '@aws-sdk/client-securityhub';
import { type Category, ruleScannerOf, type Severity } from '../findings/finding.js';
import type { EvaluatedFinding, FixedFinding } from '../policy/types.js';
import type { RunReport } from '../report/types.js';
import { clip, forwardedId, placeOf } from './finding-context.js';

/** Where the findings go: the account's default product in one Region. */
export interface AsffTarget {
  readonly accountId: string;
  readonly region: string;
  /** Container images that were scanned (to recognise image findings). */
  readonly images: readonly string[];
  readonly now: Date;
}

const SEVERITY_LABEL: Readonly<Record<Severity, 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'>> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  unknown: 'INFORMATIONAL',
};

/** ASFF types are namespace/category/classifier; the namespaces are fixed by AWS, the classifiers are ours. */
const TYPES: Readonly<Record<Category, string>> = {
  vulnerability: 'Software and Configuration Checks/Vulnerabilities/CVE',
  secret: 'Sensitive Data Identifications/Passwords/Hard-coded secret',
  misconfiguration: 'Software and Configuration Checks/Industry and Regulatory Standards/Infrastructure as code',
  code: 'Software and Configuration Checks/Vulnerabilities/Source code',
  license: 'Software and Configuration Checks/Industry and Regulatory Standards/Software licence',
};

function partition(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** Findings a customer imports themselves belong to the account's "default" product. */
export function defaultProductArn(target: Pick<AsffTarget, 'accountId' | 'region'>): string {
  const { accountId, region } = target;
  return `arn:${partition(region)}:securityhub:${region}:${accountId}:product/${accountId}/default`;
}

function generatorId(scanner: string | undefined, ruleId: string | undefined): string {
  return clip(`scan-gate/${scanner ?? 'unknown'}/${ruleId ?? 'unknown'}`, 512);
}

function vulnerabilities(f: EvaluatedFinding): Vulnerability[] | undefined {
  if (f.category !== 'vulnerability' || !f.package?.name) return undefined;
  const fixed = f.package.fixedVersions ?? [];
  return [
    {
      Id: clip([f.ruleId, ...f.aliases].find((id) => id.startsWith('CVE-')) ?? f.ruleId, 512),
      VulnerablePackages: [
        {
          Name: f.package.name,
          Version: f.package.version,
          FixedInVersion: fixed.length > 0 ? fixed.join(', ') : undefined,
          PackageManager: f.package.ecosystem,
        },
      ],
      FixAvailable: fixed.length > 0 ? 'YES' : 'NO',
      ReferenceUrls: f.helpUri ? [f.helpUri] : undefined,
    },
  ];
}

function common(report: RunReport, target: AsffTarget, fingerprint: string) {
  const now = target.now.toISOString();
  return {
    SchemaVersion: '2018-10-08',
    Id: forwardedId(report, fingerprint),
    ProductArn: defaultProductArn(target),
    AwsAccountId: target.accountId,
    UpdatedAt: now,
    ProductName: 'scan-gate',
    CompanyName: 'scan-gate',
    Region: target.region,
  };
}

/** One ASFF finding per scan-gate finding. Findings never carry a secret value, so neither does this. */
export function toAsffFinding(f: EvaluatedFinding, report: RunReport, target: AsffTarget): AwsSecurityFinding {
  const place = placeOf(f, report, target.images);
  const resources: AwsSecurityFinding['Resources'] = [
    { Type: 'Other', Id: place.repositoryUrl, Details: { Other: { Commit: report.event.sha } } },
  ];
  if (place.image)
    resources.push({ Type: 'Container', Id: place.image, Details: { Container: { ImageName: place.image } } });
  return {
    ...common(report, target, f.fingerprint),
    // The same generator as when the finding is archived from its baseline entry (see ruleScannerOf).
    GeneratorId: generatorId(ruleScannerOf(f), f.ruleId),
    CreatedAt: f.firstSeen ?? target.now.toISOString(),
    Types: [TYPES[f.category]],
    Severity: { Label: SEVERITY_LABEL[f.severity], Original: f.severity },
    Title: clip(f.title || f.ruleId, 256),
    Description: clip(f.description || f.title || f.ruleId, 1024),
    SourceUrl: place.sourceUrl,
    Remediation: f.helpUri ? { Recommendation: { Text: clip(`See ${f.ruleId}`, 512), Url: f.helpUri } } : undefined,
    Resources: resources,
    Vulnerabilities: vulnerabilities(f),
    ProductFields: {
      'scan-gate/Scanner': f.scanner,
      'scan-gate/RuleId': clip(f.ruleId, 1024),
      'scan-gate/Fingerprint': f.fingerprint,
      'scan-gate/Status': f.status,
      'scan-gate/Blocking': String(f.blocking),
      'scan-gate/Path': clip(f.location.path, 1024),
      ...(f.ignoredBy ? { 'scan-gate/IgnoredBy': clip(f.ignoredBy.source, 1024) } : {}),
    },
    RecordState: 'ACTIVE',
  };
}

/** A finding the baseline had and this run does not: re-imported as ARCHIVED so Security Hub closes it. */
export function toArchivedAsffFinding(f: FixedFinding, report: RunReport, target: AsffTarget): AwsSecurityFinding {
  const title = `Fixed: ${f.ruleId ?? f.fingerprint}${f.path ? ` in ${f.path}` : ''}`;
  return {
    ...common(report, target, f.fingerprint),
    GeneratorId: generatorId(f.scanner, f.ruleId),
    CreatedAt: f.firstSeen ?? target.now.toISOString(),
    Types: [TYPES[f.category ?? 'vulnerability']],
    Severity: { Label: SEVERITY_LABEL[isSeverityText(f.severity) ? f.severity : 'unknown'] },
    Title: clip(title, 256),
    Description: clip(
      `No longer reported by scan-gate at ${report.event.sha} (${report.event.ref ?? 'no ref'}).`,
      1024,
    ),
    Resources: [{ Type: 'Other', Id: placeOf({ location: { path: f.path ?? '' } }, report, []).repositoryUrl }],
    ProductFields: { 'scan-gate/Fingerprint': f.fingerprint, 'scan-gate/Status': 'fixed' },
    RecordState: 'ARCHIVED',
  };
}

function isSeverityText(s: string | undefined): s is Severity {
  return s !== undefined && s in SEVERITY_LABEL;
}

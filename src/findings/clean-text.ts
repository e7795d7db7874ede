import type { ScannerRun } from '../policy/types.js';
import { cleanScannerText, stripAnsi } from '../text/untrusted-text.js';
import type { Finding, PackageRef } from './finding.js';

function cleanPackage(pkg: PackageRef | undefined): PackageRef | undefined {
  if (!pkg) return undefined;
  return {
    ...pkg,
    name: stripAnsi(pkg.name),
    ...(pkg.version !== undefined ? { version: stripAnsi(pkg.version) } : {}),
    ...(pkg.fixedVersions ? { fixedVersions: pkg.fixedVersions.map(stripAnsi) } : {}),
  };
}

/**
 * The one step between parsing and every reporter: scanner prose (title, description, suppression
 * reason, help link) is masked for secrets, and every text field loses colour codes and control
 * characters, so annotations, summary, comment, report.json and SARIF all carry the same clean text.
 * Runs after fingerprinting, so masking never changes a finding's identity.
 */
export function cleanFindingText(f: Finding): Finding {
  return {
    ...f,
    ruleId: stripAnsi(f.ruleId),
    aliases: f.aliases.map(stripAnsi),
    title: cleanScannerText(f.title),
    ...(f.description !== undefined ? { description: cleanScannerText(f.description) } : {}),
    ...(f.helpUri !== undefined ? { helpUri: cleanScannerText(f.helpUri) } : {}),
    location: { ...f.location, path: stripAnsi(f.location.path) },
    ...(f.package ? { package: cleanPackage(f.package) } : {}),
    ...(f.suppressed
      ? {
          suppressed: {
            source: stripAnsi(f.suppressed.source),
            ...(f.suppressed.reason !== undefined ? { reason: cleanScannerText(f.suppressed.reason) } : {}),
          },
        }
      : {}),
  };
}

/** Scanner errors quote stderr (already masked when captured); colour codes go too. */
export function cleanRunText(run: ScannerRun): ScannerRun {
  return {
    ...run,
    ...(run.error !== undefined ? { error: cleanScannerText(run.error) } : {}),
    ...(run.note !== undefined ? { note: stripAnsi(run.note) } : {}),
  };
}

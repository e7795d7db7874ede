import type { ScannerRun } from '../policy/types.js';
import { cleanScannerText, stripAnsi, TextCleaner } from '../text/untrusted-text.js';
import type { Finding, PackageRef } from './finding.js';

/** The same array when no element changed, so clean findings are not copied. */
function mapSame(items: readonly string[], fn: (s: string) => string): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    const cleaned = fn(item);
    if (cleaned !== item && out === undefined) out = items.slice(0, i);
    out?.push(cleaned);
  }
  return out ?? items;
}

function cleanPackage(pkg: PackageRef): PackageRef {
  const name = stripAnsi(pkg.name);
  const version = pkg.version === undefined ? undefined : stripAnsi(pkg.version);
  const fixedVersions = pkg.fixedVersions === undefined ? undefined : mapSame(pkg.fixedVersions, stripAnsi);
  if (name === pkg.name && version === pkg.version && fixedVersions === pkg.fixedVersions) return pkg;
  return {
    ...pkg,
    name,
    ...(version !== undefined ? { version } : {}),
    ...(fixedVersions ? { fixedVersions } : {}),
  };
}

function cleanSuppression(s: NonNullable<Finding['suppressed']>, clean: (t: string) => string): Finding['suppressed'] {
  const source = stripAnsi(s.source);
  const reason = s.reason === undefined ? undefined : clean(s.reason);
  if (source === s.source && reason === s.reason) return s;
  return { source, ...(reason !== undefined ? { reason } : {}) };
}

/**
 * The one step between parsing and every reporter: scanner prose (title, description, suppression
 * reason, help link) is masked for secrets, and every text field loses colour codes and control
 * characters, so annotations, summary, comment, report.json and SARIF all carry the same clean text.
 * Runs after fingerprinting, so masking never changes a finding's identity. A finding with nothing to
 * clean is returned as is; `cleaner` remembers texts across the findings of one run.
 */
export function cleanFindingText(f: Finding, cleaner: TextCleaner = new TextCleaner()): Finding {
  const clean = (t: string) => cleaner.clean(t);
  const ruleId = cleaner.strip(f.ruleId);
  const aliases = mapSame(f.aliases, stripAnsi);
  const title = clean(f.title);
  const description = f.description === undefined ? undefined : clean(f.description);
  const helpUri = f.helpUri === undefined ? undefined : clean(f.helpUri);
  const path = cleaner.strip(f.location.path);
  const pkg = f.package === undefined ? undefined : cleanPackage(f.package);
  const suppressed = f.suppressed === undefined ? undefined : cleanSuppression(f.suppressed, clean);
  if (
    ruleId === f.ruleId &&
    aliases === f.aliases &&
    title === f.title &&
    description === f.description &&
    helpUri === f.helpUri &&
    path === f.location.path &&
    pkg === f.package &&
    suppressed === f.suppressed
  )
    return f;
  return {
    ...f,
    ruleId,
    aliases,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(helpUri !== undefined ? { helpUri } : {}),
    location: path === f.location.path ? f.location : { ...f.location, path },
    ...(pkg ? { package: pkg } : {}),
    ...(suppressed ? { suppressed } : {}),
  };
}

/** Every finding of one run, texts remembered across them (see TextCleaner). */
export function cleanFindingsText(findings: readonly Finding[]): Finding[] {
  const cleaner = new TextCleaner();
  return findings.map((f) => cleanFindingText(f, cleaner));
}

/** Scanner errors quote stderr (already masked when captured); colour codes go too. */
export function cleanRunText(run: ScannerRun): ScannerRun {
  return {
    ...run,
    ...(run.error !== undefined ? { error: cleanScannerText(run.error) } : {}),
    ...(run.note !== undefined ? { note: stripAnsi(run.note) } : {}),
  };
}

#!/usr/bin/env node
/**
 * Refreshes the pinned SHA-256 tables in src/install/specs/<id>.ts from the releases' own checksums
 * files, so pins are never typed by hand. Run by a maintainer on a machine with internet access:
 *
 *   node scripts/update-pins.mjs --version trivy=0.76.0 --version grype=0.121.0   # chosen versions
 *   node scripts/update-pins.mjs --only gitleaks                                  # newest release of one scanner
 *   node scripts/update-pins.mjs --dry-run                                        # print, write nothing
 *   flags: --drop-old (keep only the new version), --require-signature (fail when cosign cannot check)
 *
 * For each release scanner it takes the asset names from the spec itself (bundled with esbuild), downloads
 * `<checksums file>` for the version, verifies its cosign signature when `cosign` is on PATH (trivy: sigstore
 * bundle; grype and trufflehog: .sig/.pem; gitleaks publishes none; osv-scanner uses SLSA provenance, check it
 * with slsa-verifier by hand), and rewrites the block between `// BEGIN PINNED` and `// END PINNED`, making the
 * new version the default. Review the diff, run `npm run format`, `npm test`, and add a CHANGELOG line.
 * GITHUB_TOKEN, when set, is used for the "latest release" API look-up only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];
const BEGIN = '// BEGIN PINNED';
const END = '// END PINNED';

/** `<64 hex>  <name>` (or ` *<name>`) per line → Map(name → lower-case hash); conflicting duplicates throw. */
export function parseChecksumsText(text) {
  const sums = new Map();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw.trim());
    if (!m) continue;
    const hash = m[1].toLowerCase();
    if (sums.has(m[2]) && sums.get(m[2]) !== hash)
      throw new Error(`checksums file lists ${m[2]} twice with different hashes`);
    sums.set(m[2], hash);
  }
  return sums;
}

/** One pinned entry per platform from a checksums file; an asset missing from it is an error, not a gap. */
export function pinnedEntries({ assetNames, checksumsText, evidence }) {
  const sums = parseChecksumsText(checksumsText);
  const row = {};
  for (const platform of PLATFORMS) {
    const name = assetNames[platform];
    const sha256 = sums.get(name);
    if (!sha256) throw new Error(`the checksums file has no line for ${name} (${platform})`);
    row[platform] = { name, sha256, evidence };
  }
  return row;
}

const quote = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** TypeScript for the generated block: DEFAULT_VERSION and PINNED (version → platform → entry), newest first. */
export function renderPinnedBlock({ defaultVersion, table }) {
  const lines = [`${BEGIN}: rewritten by scripts/update-pins.mjs (evidence for hand-collected values: docs/pins.md)`];
  lines.push(`export const DEFAULT_VERSION = ${quote(defaultVersion)};`, 'export const PINNED: PinnedTable = {');
  for (const [version, row] of Object.entries(table)) {
    lines.push(`  ${quote(version)}: {`);
    for (const platform of PLATFORMS.filter((p) => row[p])) {
      const e = row[platform];
      lines.push(`    ${quote(platform)}: {`, `      name: ${quote(e.name)},`, `      sha256: ${quote(e.sha256)},`);
      lines.push(`      evidence: ${quote(e.evidence)},`, '    },');
    }
    lines.push('  },');
  }
  lines.push('};', END);
  return lines.join('\n');
}

/** Swaps the block between the markers; a file without exactly one block is refused. */
export function replacePinnedBlock(source, block) {
  const start = source.indexOf(BEGIN);
  const end = source.indexOf(END);
  if (start < 0 || end < start || source.indexOf(BEGIN, start + 1) >= 0)
    throw new Error('expected exactly one PINNED block');
  return source.slice(0, start) + block + source.slice(end + END.length);
}

async function loadSpecs() {
  const { build } = await import('esbuild');
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'update-pins-')), 'specs.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/install/specs/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
  });
  return (await import(pathToFileURL(out).href)).INSTALL_SPECS;
}

async function fetchText(url, headers = {}) {
  const res = await fetch(url, { headers, redirect: 'follow' });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.text();
}

async function latestVersion(repo) {
  const headers = process.env.GITHUB_TOKEN ? { authorization: `Bearer ${process.env.GITHUB_TOKEN}` } : {};
  const json = JSON.parse(await fetchText(`https://api.github.com/repos/${repo}/releases/latest`, headers));
  return String(json.tag_name).replace(/^v/, '');
}

/** cosign verify-blob over the checksums file; returns a note for the evidence, or throws when required. */
async function verifySignature({ id, spec, version, file, base, requireSignature }) {
  const tag = spec.tag(version);
  const issuer = ['--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com'];
  let args;
  if (id === 'trivy') {
    const bundle = `${file}.sigstore.json`;
    writeFileSync(bundle, await fetchText(`${base}/${path.basename(bundle)}`));
    const identity = `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/${tag}`;
    args = ['verify-blob', '--bundle', bundle, '--certificate-identity', identity, ...issuer, file];
  } else if (id === 'grype' || id === 'trufflehog') {
    for (const ext of ['sig', 'pem'])
      writeFileSync(`${file}.${ext}`, await fetchText(`${base}/${path.basename(file)}.${ext}`));
    const identity = `https://github\\.com/${spec.repo}/\\.github/workflows/.+`;
    args = [
      'verify-blob',
      '--certificate',
      `${file}.pem`,
      '--signature',
      `${file}.sig`,
      '--certificate-identity-regexp',
      identity,
      ...issuer,
      file,
    ];
  } else {
    return 'no cosign signature published for this checksums file';
  }
  try {
    execFileSync('cosign', args, { stdio: 'inherit' });
    return 'checksums file signature verified with cosign';
  } catch (error) {
    if (requireSignature) throw new Error(`${id}: cosign verification failed or cosign is missing: ${error.message}`);
    console.warn(`warning: ${id}: could not verify the checksums signature (${error.message})`);
    return 'signature NOT verified';
  }
}

async function updateOne({ id, spec, version, flags }) {
  if (spec.forbiddenVersions?.includes(version))
    throw new Error(`${id} ${version} is a forbidden (compromised) version`);
  const base = `https://github.com/${spec.repo}/releases/download/${spec.tag(version)}`;
  const checksumsName = spec.checksumsAsset(version);
  const checksumsText = await fetchText(`${base}/${checksumsName}`);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pins-')), checksumsName);
  writeFileSync(file, checksumsText);
  const signature = await verifySignature({ id, spec, version, file, base, requireSignature: flags.requireSignature });
  const date = new Date().toISOString().slice(0, 10);
  const evidence = `${base}/${checksumsName} (fetched ${date} by scripts/update-pins.mjs; ${signature})`;
  const assetNames = Object.fromEntries(PLATFORMS.map((p) => [p, spec.assetFor(version, p).name]));
  const row = pinnedEntries({ assetNames, checksumsText, evidence });
  const old = flags.dropOld ? {} : Object.fromEntries(Object.entries(spec.pinned).filter(([v]) => v !== version));
  const keep = Object.fromEntries(
    Object.entries(old).map(([v, r]) => [
      v,
      Object.fromEntries(
        Object.entries(r).map(([p, a]) => [p, { name: a.name, sha256: a.sha256, evidence: a.evidence }]),
      ),
    ]),
  );
  const specFile = path.join(ROOT, 'src/install/specs', `${id}.ts`);
  const updated = replacePinnedBlock(
    readFileSync(specFile, 'utf8'),
    renderPinnedBlock({ defaultVersion: version, table: { [version]: row, ...keep } }),
  );
  if (flags.dryRun) console.log(updated);
  else writeFileSync(specFile, updated);
  console.log(`${id}: pinned ${version} from ${checksumsName} (${signature})`);
}

function parseArgs(argv) {
  const flags = { versions: {}, only: undefined, dryRun: false, dropOld: false, requireSignature: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--version') {
      const [id, v] = argv[++i].split('=');
      flags.versions[id] = v.replace(/^v/, '');
    } else if (a === '--only') flags.only = argv[++i].split(',');
    else if (a === '--dry-run') flags.dryRun = true;
    else if (a === '--drop-old') flags.dropOld = true;
    else if (a === '--require-signature') flags.requireSignature = true;
    else throw new Error(`unknown argument ${a} (see the comment at the top of scripts/update-pins.mjs)`);
  }
  return flags;
}

async function main() {
  const flags = parseArgs(process.argv.slice(2));
  const specs = await loadSpecs();
  for (const [id, spec] of Object.entries(specs)) {
    if (spec.kind !== 'github-release') continue;
    if (flags.only && !flags.only.includes(id)) continue;
    if (Object.keys(flags.versions).length > 0 && !flags.versions[id] && !flags.only) continue;
    const version = flags.versions[id] ?? (await latestVersion(spec.repo));
    await updateOne({ id, spec, version, flags });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`update-pins: ${error.message}`);
    process.exit(1);
  });
}

// Checks that a release tag (vX.Y.Z) matches package.json, src/version.ts and a CHANGELOG.md section;
// with --notes, prints that section (the release notes).
import { readFileSync } from 'node:fs';

const [tag, flag] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`release-check: ${message}\n`);
  process.exit(1);
};
if (!/^v\d+\.\d+\.\d+$/.test(tag ?? '')) fail(`"${tag}" is not a release tag of the form vX.Y.Z`);
const version = tag.slice(1);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.version !== version) fail(`package.json has version ${pkg.version}, the tag says ${version}`);
if (!readFileSync('src/version.ts', 'utf8').includes(`'${version}'`)) fail(`src/version.ts does not say ${version}`);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const start = changelog.indexOf(`## [${version}]`);
if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`);
const rest = changelog.slice(start);
const next = rest.indexOf('\n## [', 1);
const section = next < 0 ? rest : rest.slice(0, next);
if (flag === '--notes') process.stdout.write(`${section.trim()}\n`);

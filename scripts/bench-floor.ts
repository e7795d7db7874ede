// The floor the bench compares scan-gate with (issue "Processing at the physical floor"): what any
// tool must do with the same input — read + JSON.parse + JSON.stringify + gzip of the SARIF, and read
// each source file once to compute GitHub's line hashes. Run as its own process, like the CLI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { lineHashes } from '../src/report/sarif/line-hash.js';

interface Log {
  runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

const [workspace = '.', sarifFile = 'bench.sarif'] = process.argv.slice(2);
const log = JSON.parse(readFileSync(path.join(workspace, sarifFile), 'utf8')) as Log;
const uris = new Set<string>();
for (const run of log.runs)
  for (const r of run.results) uris.add(r.locations[0]?.physicalLocation.artifactLocation.uri ?? '');
let lines = 0;
for (const uri of uris) lines += lineHashes(readFileSync(path.join(workspace, uri), 'utf8')).length;
const gz = gzipSync(JSON.stringify(log)).length;
process.stdout.write(`${JSON.stringify({ files: uris.size, lines, gz })}\n`);

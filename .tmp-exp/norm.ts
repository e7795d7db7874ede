import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPolicy } from '../src/config/build-policy.js';
import { contentHash, identityOf, sha256 } from '../src/findings/fingerprint.js';
import { mergeDuplicates, normaliseFindings, SourceLines, toFindings } from '../src/findings/normalise.js';
import { SourceFiles } from '../src/findings/source-files.js';
import { parseSarifLog } from '../src/scanners/sarif/parse.js';

const ws = '/tmp/pf/w100k/workspace';
const log = JSON.parse(readFileSync(path.join(ws, 'bench.sarif'), 'utf8'));
const policy = buildPolicy({ source: 'bench' });
const raw = parseSarifLog(log, { root: ws, workspace: ws, policy, label: 'bench.sarif' });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sources = new SourceFiles(ws);
const sl = new SourceLines(sources);
for (const r of raw) sl.line(r.location.path, r.location.startLine);
(globalThis as any).gc?.();
for (let k = 0; k < 3; k++) {
  let t = cpu();
  const lines = raw.map((r) => sl.line(r.location.path, r.location.startLine));
  console.log('lines', (cpu() - t).toFixed(0));
  t = cpu();
  const ids = raw.map((r, i) => identityOf(r, lines[i]));
  console.log('identity (no memo)', (cpu() - t).toFixed(0));
  t = cpu();
  const h = ids.map((x) => sha256(x.key));
  console.log('sha256 key', (cpu() - t).toFixed(0));
  t = cpu();
  const f = toFindings(raw, sl);
  console.log('toFindings', (cpu() - t).toFixed(0));
  t = cpu();
  const m = mergeDuplicates(f);
  console.log('merge', (cpu() - t).toFixed(0), m.length);
  t = cpu();
  (globalThis as any).gc?.();
  console.log('gc', (cpu() - t).toFixed(0));
}

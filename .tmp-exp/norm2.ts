import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPolicy } from '../src/config/build-policy.js';
import { contentHash, fingerprintFor, identityOf, legacyFingerprintOf } from '../src/findings/fingerprint.js';
import { SourceLines } from '../src/findings/normalise.js';
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
const source = new SourceLines(new SourceFiles(ws));
for (const r of raw) source.line(r.location.path, r.location.startLine);
(globalThis as any).gc?.();
for (let k = 0; k < 3; k++) {
  let t = cpu();
  const lap = (n: string) => {
    const c = cpu();
    console.log(n, (c - t).toFixed(0));
    t = c;
  };
  const hashed = new Map<string, string>();
  const hashText = (text: string) => {
    let h = hashed.get(text);
    if (h === undefined) {
      h = contentHash(text);
      hashed.set(text, h);
    }
    return h;
  };
  const lines = raw.map((r) => source.line(r.location.path, r.location.startLine));
  lap('lines');
  const ids = raw.map((r, i) => identityOf(r, lines[i], hashText));
  lap('identity memo ' + hashed.size);
  const leg = raw.map((r, i) => legacyFingerprintOf(r, lines[i], ids[i]));
  lap('legacy');
  const items = raw.map((r, index) => ({
    raw: r,
    key: ids[index]!.key,
    located: ids[index]!.located,
    legacy: leg[index]!,
    index,
  }));
  lap('items');
  const groups = new Map<string, Map<string, any[]>>();
  for (const item of items) {
    const where = `${item.raw.scanner}\0${item.raw.commit ?? ''}`;
    let byKey = groups.get(where);
    if (!byKey) {
      byKey = new Map();
      groups.set(where, byKey);
    }
    const list = byKey.get(item.key);
    if (list) list.push(item);
    else byKey.set(item.key, [item]);
  }
  lap('group');
  let multi = 0,
    inMulti = 0;
  const out = new Array<number>(items.length).fill(1);
  for (const byKey of groups.values())
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      multi++;
      inMulti += list.length;
      list.sort(
        (a: any, b: any) => (a.raw.location.startLine ?? 0) - (b.raw.location.startLine ?? 0) || a.index - b.index,
      );
      list.forEach((it: any, i: number) => {
        out[it.index] = i + 1;
      });
    }
  lap(`sort groups=${multi} items=${inMulti}`);
  const fps = items.map((it) => fingerprintFor(it, out[it.index] ?? 1));
  lap('fingerprint');
  const fs2 = items.map((item) => {
    const { secretHash: _a, snippet: _b, commit: _c, ...rest } = item.raw;
    return rest;
  });
  lap('rest');
  (globalThis as any).gc?.();
  lap('gc');
}

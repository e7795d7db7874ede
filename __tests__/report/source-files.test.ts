import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { SourceFiles } from '../../src/findings/source-files.js';

describe('SourceFiles: each source read once per run', () => {
  it('serves the text it read first, even when the file is gone (fingerprints and line hashes share it)', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'source-files-'));
    mkdirSync(path.join(ws, 'src'));
    writeFileSync(path.join(ws, 'src', 'a.py'), 'import os\nos.system(cmd)\n');
    const sources = new SourceFiles(ws);
    const [finding] = normaliseFindings(
      [
        {
          scanner: 'bandit',
          ruleId: 'B605',
          aliases: [],
          category: 'code',
          severity: 'high',
          title: 'shell',
          location: { path: 'src/a.py', startLine: 2 },
        },
      ],
      ws,
      sources,
    );
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    rmSync(path.join(ws, 'src', 'a.py'));
    expect(sources.text('src/a.py')).toBe('import os\nos.system(cmd)\n');
  });

  it('never reads outside the workspace', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'source-files-'));
    writeFileSync(path.join(ws, '..', `${path.basename(ws)}-outside.txt`), 'secret');
    expect(new SourceFiles(ws).text(`../${path.basename(ws)}-outside.txt`)).toBeUndefined();
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseFindings } from '../../src/findings/normalise.js';
import { SourceFiles } from '../../src/findings/source-files.js';
import { isInside, readWorkspaceFile } from '../../src/findings/workspace-file.js';

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

describe('workspace containment (one rule for source files, SARIF inputs and scanner binaries)', () => {
  it('a file whose name starts with two dots is inside; a parent folder, a sibling and a link out are not', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'inside-'));
    writeFileSync(path.join(ws, '..env.example'), 'A=1\n');
    expect(readWorkspaceFile(ws, '..env.example', 1000)).toBe('A=1\n');
    expect(isInside(ws, path.join(ws, '..env.example'))).toBe(true);
    expect(isInside(ws, ws)).toBe(true);
    expect(isInside(ws, path.dirname(ws))).toBe(false);
    expect(isInside(ws, `${ws}-sibling/x`)).toBe(false);
    expect(isInside(ws, path.join(ws, '..', 'x'))).toBe(false);
    symlinkSync('/etc/hostname', path.join(ws, 'link'));
    expect(readWorkspaceFile(ws, 'link', 1000)).toBeUndefined();
  });

  it('a FIFO, or a link to one, is not read (the read would wait for a writer, holding the run forever)', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'inside-'));
    execFileSync('mkfifo', [path.join(ws, 'pipe.py')]);
    symlinkSync('pipe.py', path.join(ws, 'link.py'));
    // A writer in another process, so that a read of the FIFO ends (with its text) instead of blocking.
    const writer = spawn('sh', ['-c', 'echo "import os" > pipe.py; echo "import os" > pipe.py'], {
      cwd: ws,
      stdio: 'ignore',
    });
    try {
      expect(readWorkspaceFile(ws, 'pipe.py', 1000)).toBeUndefined();
      expect(readWorkspaceFile(ws, 'link.py', 1000)).toBeUndefined();
      expect(new SourceFiles(ws).text('link.py')).toBeUndefined();
    } finally {
      writer.kill();
    }
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsafeArchiveError } from '../../src/install/archive-guard.js';
import { unpackAsset } from '../../src/install/extract.js';
import type { ArchiveType } from '../../src/install/types.js';
import { tarGz, zip } from './archives.js';
import { tempDir } from './fakes.js';

async function unpack(body: Buffer, archive: ArchiveType, maxBytes = 1024 * 1024) {
  const dir = tempDir();
  const file = path.join(dir, archive === 'zip' ? 'asset.zip' : 'asset.tar.gz');
  writeFileSync(file, body);
  const dest = path.join(dir, 'out');
  const result = await unpackAsset({ file, archive, binaryPath: 'tool', dest, label: 'asset', maxBytes }).catch(
    (e: Error) => e,
  );
  return { result, dest, dir };
}

const TOOL = { name: 'tool', body: '#!/bin/sh\necho ok\n' };

describe('tar.gz extraction', () => {
  it('extracts a normal archive and marks the executable', async () => {
    const { result, dest } = await unpack(
      tarGz([{ name: 'docs/', type: 'dir' }, TOOL, { name: 'docs/a.tpl', body: 'x' }]),
      'tar.gz',
    );
    expect(result).toBe(path.join(dest, 'tool'));
    expect(readFileSync(path.join(dest, 'docs/a.tpl'), 'utf8')).toBe('x');
  });

  it.each([
    ['a ../ path', [TOOL, { name: '../evil', body: 'x' }], /contains "\.\."/],
    ['a nested ../ path', [TOOL, { name: 'a/../../evil', body: 'x' }], /contains "\.\."/],
    ['an absolute path', [TOOL, { name: '/tmp/scan-gate-evil', body: 'x' }], /absolute path/],
    [
      'a symlink pointing outside',
      [{ name: 'link', type: 'symlink', linkTarget: '../../etc' }, TOOL],
      /symlink "link" points outside/,
    ],
    ['an absolute symlink', [{ name: 'link', type: 'symlink', linkTarget: '/etc/passwd' }, TOOL], /points outside/],
    [
      'a hardlink pointing outside',
      [TOOL, { name: 'h', type: 'hardlink', linkTarget: '../x' }],
      /hardlink "h" points outside/,
    ],
    [
      'a chain of links that climbs out',
      [TOOL, { name: 'd/l', type: 'symlink', linkTarget: '..' }, { name: 'd/l/l2', type: 'symlink', linkTarget: '..' }],
      /written through the link "d\/l"/,
    ],
    ['an entry above the size cap', [TOOL, { name: 'bomb', declaredSize: 2 * 1024 * 1024 }], /size.*limit/],
  ] as const)('refuses %s and writes nothing', async (_label, entries, pattern) => {
    const { result, dest, dir } = await unpack(tarGz(entries), 'tar.gz');
    expect(result).toBeInstanceOf(UnsafeArchiveError);
    expect((result as Error).message).toMatch(pattern);
    expect(existsSync(dest) ? readdirSync(dest) : []).toEqual([]);
    expect(readdirSync(path.dirname(dir)).includes('evil')).toBe(false);
  });

  it('allows a symlink that stays inside', async () => {
    const { result, dest } = await unpack(
      tarGz([TOOL, { name: 'bin/t', type: 'symlink', linkTarget: '../tool' }]),
      'tar.gz',
    );
    expect(result).toBe(path.join(dest, 'tool'));
  });

  it('fails when the executable is missing', async () => {
    const { result } = await unpack(tarGz([{ name: 'other', body: 'x' }]), 'tar.gz');
    expect((result as Error).message).toMatch(/does not contain the executable tool/);
  });
});

describe('zip extraction', () => {
  it('extracts a normal archive', async () => {
    const { result, dest } = await unpack(zip([{ name: 'sub/', body: '' }, TOOL, { name: 'sub/x', body: 'y' }]), 'zip');
    expect(result).toBe(path.join(dest, 'tool'));
    expect(readFileSync(path.join(dest, 'sub/x'), 'utf8')).toBe('y');
  });

  it.each([
    ['a ../ path', [TOOL, { name: '../evil', body: 'x' }], /\.\.|invalid relative path/],
    ['an absolute path', [TOOL, { name: '/tmp/evil', body: 'x' }], /absolute path/],
    [
      'a symlink pointing outside',
      [TOOL, { name: 'link', body: '../../etc/passwd', symlink: true }],
      /symlink "link" points outside/,
    ],
    [
      'a file written through an archive symlink',
      [TOOL, { name: 'l', body: '.', symlink: true }, { name: 'l/x', body: 'y' }],
      /written through the link "l"/,
    ],
    ['sizes that lie', [TOOL, { name: 'x', body: 'abc', declaredSize: 1 }], /size mismatch|refusing/],
    [
      'an entry above the size cap',
      [TOOL, { name: 'bomb', body: Buffer.alloc(2 * 1024 * 1024), deflate: true }],
      /limit/,
    ],
  ] as const)('refuses %s and writes nothing', async (_label, entries, pattern) => {
    const { result, dest } = await unpack(zip(entries), 'zip');
    expect(result).toBeInstanceOf(UnsafeArchiveError);
    expect((result as Error).message).toMatch(pattern);
    expect(existsSync(dest) ? readdirSync(dest) : []).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/config/errors.js';
import type { Policy } from '../../../src/config/types.js';
import { normaliseFindings } from '../../../src/findings/normalise.js';
import { grype } from '../../../src/scanners/grype/index.js';
import { grypeSeverity, parseGrypeReport } from '../../../src/scanners/grype/parse.js';
import type { ScanContext } from '../../../src/scanners/types.js';
import { REPO_ROOT } from '../../harness/tools.js';

const FIXTURES = path.join(REPO_ROOT, '__tests__/__fixtures__/grype');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ctx = { root: '/ws', workspace: '/ws', policy: {} as Policy };

describe('grype command', () => {
  it('scans dir:<root> and then each image, JSON to a file per invocation, DB in the cache dir', () => {
    const scan = {
      root: '/ws/src',
      workspace: '/ws',
      binary: '/t/grype',
      workDir: '/w',
      cacheDir: '/c/grype',
      images: ['alpine:3.10', 'ghcr.io/o/app@sha256:abc'],
    } as unknown as ScanContext;
    const invocations = grype.command(scan);
    expect(invocations.map((i) => i.argv)).toEqual([
      ['/t/grype', '-o', 'json', '--file', '/w/grype-dir.json', '--', 'dir:/ws/src'],
      ['/t/grype', '-o', 'json', '--file', '/w/grype-image-1.json', '--', 'alpine:3.10'],
      ['/t/grype', '-o', 'json', '--file', '/w/grype-image-2.json', '--', 'ghcr.io/o/app@sha256:abc'],
    ]);
    expect(invocations.map((i) => i.label)).toEqual([undefined, 'alpine:3.10', 'ghcr.io/o/app@sha256:abc']);
    expect(invocations.every((i) => i.okExitCodes.join() === '0')).toBe(true);
    expect(invocations[0]?.output).toEqual({ kind: 'file', path: '/w/grype-dir.json' });
    expect(invocations[0]?.env).toMatchObject({ GRYPE_DB_CACHE_DIR: '/c/grype' });
    expect(grype.exclusiveCache).toBe(true);
    expect(grype.parseVersion('Application:         grype\nVersion:             0.116.0\n')).toBe('0.116.0');
  });
});

describe('parseGrypeReport on real grype JSON', () => {
  it('reads a directory report: labels 1:1 (not the CVSS score), fix versions only when fixed', () => {
    const findings = parseGrypeReport(fixture('TestJsonDirsPresenter.json'), ctx);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      scanner: 'grype',
      ruleId: 'CVE-1999-0001',
      category: 'vulnerability',
      severity: 'low', // label Low although its CVSS score is 8.2
      location: { path: 'foo/bar/somefile-1.txt' },
      package: { name: 'package-1', version: '1.1.1', ecosystem: 'rpm', fixedVersions: ['1.2.1', '2.1.3', '3.4.0'] },
    });
    expect(findings[0]?.description).toContain('Fix state: fixed.');
    expect(findings[1]).toMatchObject({
      ruleId: 'CVE-1999-0002',
      severity: 'critical',
      title: 'CVE-1999-0002 in package-2@2.2.2',
      package: { name: 'package-2', fixedVersions: [] },
    });
    expect(findings[1]?.description).toContain('Fix state: unknown.');
  });

  it('makes directory paths repository-relative (grype reports them from the scanned dir with a slash)', () => {
    const findings = parseGrypeReport(fixture('TestJsonDirsPresenter.json'), { ...ctx, root: '/ws/app' });
    expect(findings.map((f) => f.location.path)).toEqual(['app/foo/bar/somefile-1.txt', 'app/foo/bar/somefile-2.txt']);
    // An absolute path already inside the scanned directory is taken as it is.
    const inside = parseGrypeReport(fixture('TestJsonDirsPresenter.json'), { ...ctx, root: '/foo', workspace: '/' });
    expect(inside[0]?.location.path).toBe('foo/bar/somefile-1.txt');
  });

  it('names image findings by the image reference and the path inside it', () => {
    const findings = parseGrypeReport(fixture('TestJsonImgsPresenter.json'), ctx);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([
      ['CVE-1999-0001', 'low', 'user-input:/foo/bar/somefile-1.txt'],
      ['CVE-1999-0002', 'critical', 'user-input:/foo/bar/somefile-2.txt'],
    ]);
    const labelled = parseGrypeReport(fixture('TestJsonImgsPresenter.json'), { ...ctx, label: 'alpine:3.10' });
    expect(labelled[0]?.location.path).toBe('alpine:3.10:/foo/bar/somefile-1.txt');
  });

  it('gives distinct, stable fingerprints per package and advisory', () => {
    const dir = normaliseFindings(parseGrypeReport(fixture('TestJsonDirsPresenter.json'), ctx), '/ws');
    const img = normaliseFindings(parseGrypeReport(fixture('TestJsonImgsPresenter.json'), ctx), '/ws');
    expect(new Set(dir.map((f) => f.fingerprint)).size).toBe(2);
    // Same package, version and CVE: the same finding wherever it was seen.
    expect(img.map((f) => f.fingerprint)).toEqual(dir.map((f) => f.fingerprint));
  });

  it('maps every grype severity label, Negligible to low and Unknown to unknown', () => {
    expect(['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown', '', undefined].map(grypeSeverity)).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      'low',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('reads an empty report as zero findings and refuses garbage naming grype', () => {
    expect(parseGrypeReport(fixture('TestEmptyJsonPresenter.json'), ctx)).toEqual([]);
    const full = fixture('TestJsonDirsPresenter.json');
    for (const bad of ['', 'failed to load vulnerability db', full.slice(0, 500), '{"results": []}']) {
      expect(() => parseGrypeReport(bad, ctx)).toThrow(ScannerError);
      expect(() => parseGrypeReport(bad, ctx)).toThrow(/^grype: /);
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/config/types.js';
import { parseOsvReport } from '../../../src/scanners/osv-scanner/parse.js';
import { REPO_ROOT } from '../../harness/tools.js';

const recorded = readFileSync(
  path.join(REPO_ROOT, '__tests__/__fixtures__/osv-scanner/offline-lockfiles-2.6.0.json'),
  'utf8',
);
const ctx = { root: '/tmp/sg-osvws', workspace: '/tmp/sg-osvws', policy: {} as Policy };

describe('parseOsvReport on a real osv-scanner 2.6.0 run over four lockfile kinds (offline database)', () => {
  it('one finding per lockfile, named by the real advisory, at the lockfile path', () => {
    const findings = parseOsvReport(recorded, ctx);
    expect(findings.map((f) => [f.location.path, f.package?.name, f.package?.version, f.ruleId])).toEqual([
      ['npm/package-lock.json', 'lodash', '4.17.11', 'CVE-2019-10744'],
      ['pip/requirements.txt', 'jinja2', '2.11.2', 'CVE-2020-28493'],
      ['poetry/poetry.lock', 'requests', '2.30.0', 'CVE-2023-32681'],
      ['uv/uv.lock', 'pyyaml', '5.3.1', 'CVE-2020-14343'],
    ]);
    expect(findings[0]?.severity).toBe('critical');
  });

  it('fixed versions come from version ranges only, never a GIT range commit (PYSEC-2023-74 has both)', () => {
    const fixes = parseOsvReport(recorded, ctx).map((f) => [f.package?.name, f.package?.fixedVersions]);
    expect(fixes).toEqual([
      ['lodash', ['4.17.12']],
      ['jinja2', ['2.11.3']],
      ['requests', ['2.31.0']],
      ['pyyaml', ['5.4']],
    ]);
  });
});

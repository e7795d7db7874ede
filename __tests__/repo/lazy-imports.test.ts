// The bundle defers two imports of its libraries to first use (scripts/build-plugins.mjs): undici in
// @actions/http-client and @actions/http-client in @actions/core's OIDC helper. These check that the
// action starting up loads neither, and that the deferred code still works when it is finally called:
// an entry bundled with the same plugins asks @actions/core for an OIDC token from a server on 127.0.0.1.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script without type declarations
import { lazyHttpClient, lazyUndici } from '../../scripts/build-plugins.mjs';
import { REPO_ROOT } from '../harness/tools.js';

const execFileAsync = promisify(execFile);

describe('imports deferred by the bundle', () => {
  let server: Server;
  let url: string;
  const seen: { auth?: string; path?: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ auth: req.headers.authorization, path: req.url });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: 'id-token-from-test-server' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?x=1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('@actions/core still fetches an OIDC token through the real HTTP client, on first use', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-gate-lazy-'));
    const entry = path.join(dir, 'entry.mjs');
    writeFileSync(
      entry,
      "import { getIDToken } from '@actions/core';\nprocess.stdout.write(JSON.stringify({ token: await getIDToken('aud-1') }));\n",
    );
    const out = path.join(dir, 'out.mjs');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      outfile: out,
      absWorkingDir: REPO_ROOT,
      nodePaths: [path.join(REPO_ROOT, 'node_modules')],
      plugins: [lazyUndici, lazyHttpClient],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'error',
    });
    // The stand-in, not the client, is what the bundle's OIDC helper imports statically.
    expect(readFileSync(out, 'utf8')).toContain('lazy-http-client.mjs');
    // Asynchronous: the test server answers from this process. @actions/core logs workflow commands to
    // stdout (::debug::, ::add-mask::); the token is the last line.
    const run = await execFileAsync(process.execPath, [out], {
      env: { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-1' },
      timeout: 20_000,
    });
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '')).toEqual({ token: 'id-token-from-test-server' });
    expect(seen).toEqual([{ auth: 'Bearer request-token-1', path: '/token?x=1&audience=aud-1' }]);
  }, 60_000);

  it('the action failing on a bad input loads no HTTP stack (node:http, node:https, node:tls, undici)', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'scan-gate-lazy-ws-'));
    const hook = path.join(ws, '..', `${path.basename(ws)}-hook.mjs`);
    // Which built-in modules the process loaded, read as it exits.
    writeFileSync(
      hook,
      [
        'const wanted = /^NativeModule (https?|_http_\\w+|tls|internal\\/deps\\/undici)/;',
        "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList.filter((m) => wanted.test(m))) + '\\n'));",
        '',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--import', `file://${hook}`, path.join(REPO_ROOT, 'dist', 'index.js')], {
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: ws,
        'INPUT_FAIL-ON': 'severe',
        GITHUB_EVENT_NAME: 'push',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Input `fail-on` has an invalid value "severe"');
    const loaded = JSON.parse(/LOADED (.*)/.exec(r.stderr)?.[1] ?? 'null');
    expect(loaded).toEqual([]);
  });

  it('a CLI scan loads nothing from node_modules, in either thread: what ships is what runs', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'scan-gate-lazy-cli-'));
    writeFileSync(
      path.join(ws, 'one.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 't', rules: [] } }, results: [] }] }),
    );
    const hook = path.join(ws, '..', `${path.basename(ws)}-hook.mjs`);
    // Every module file either thread loads (ESM imports and require alike), listed as the thread ends.
    writeFileSync(
      hook,
      [
        "import { registerHooks } from 'node:module';",
        "import { isMainThread } from 'node:worker_threads';",
        'const seen = [];',
        'registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });',
        "process.on('exit', () => process.stderr.write('\\nLOADED ' + (isMainThread ? 'main ' : 'scan ') + JSON.stringify(seen.filter((u) => u.includes('/node_modules/'))) + '\\n'));",
        '',
      ].join('\n'),
    );
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        `file://${hook}`,
        path.join(REPO_ROOT, 'dist', 'cli.js'),
        'scan',
        ws,
        '--scanners',
        'sarif',
        '--sarif-files',
        'one.sarif',
        '--output-dir',
        path.join(ws, 'out'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('LOADED '));
    expect(lines.sort()).toEqual(['LOADED main []', 'LOADED scan []']);
  });
});

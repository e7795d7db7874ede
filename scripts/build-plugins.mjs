// esbuild plugins of the bundle (scripts/build.mjs); also used by the test that checks the deferred
// modules still work when they are finally needed (__tests__/repo/lazy-imports.test.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const here = import.meta.dirname;

/** @actions/http-client's static undici import → scripts/lazy-undici.mjs (see there). */
export const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      /@actions[\\/]http-client/.test(args.importer) ? { path: path.join(here, 'lazy-undici.mjs') } : undefined,
    );
  },
};

/** @actions/core's static @actions/http-client import (OIDC only) → scripts/lazy-http-client.mjs (see there). */
export const lazyHttpClient = {
  name: 'lazy-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, (args) =>
      /@actions[\\/]core[\\/]lib[\\/]oidc-utils/.test(args.importer)
        ? { path: path.join(here, 'lazy-http-client.mjs') }
        : undefined,
    );
  },
};

/** fdir's optional lookup of picomatch, as the bundle ships it (fdir 6.x; the build fails if it changes). */
const FDIR_OPTIONAL_PICOMATCH =
  /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;

/**
 * fdir (under tinyglobby) looks for picomatch at run time with `require`, for its own `glob()`, which
 * tinyglobby never calls (it matches with the picomatch bundled here). Shipped, the action finds none
 * (dist/ has no node_modules); run from a checkout with node_modules, the CLI found one and loaded a
 * second picomatch in every scan. Dropping the lookup makes both the same: none.
 */
export const fdirWithoutOptionalPicomatch = {
  name: 'fdir-without-optional-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!FDIR_OPTIONAL_PICOMATCH.test(source))
        throw new Error(`${args.path}: fdir's optional picomatch lookup changed; update scripts/build-plugins.mjs`);
      return { contents: source.replace(FDIR_OPTIONAL_PICOMATCH, ''), loader: 'js' };
    });
  },
};

// esbuild plugins of the bundle (scripts/build.mjs); also used by the test that checks the deferred
// modules still work when they are finally needed (__tests__/repo/lazy-imports.test.ts).
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

import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// @ts-expect-error: a plain .mjs module without declarations (shared with build-modules.mjs)
import { annotateDateFnsBuilders, dropDateFnsFormatters } from './scripts/date-fns-plugins.mjs';

/**
 * The library, built twice from the same source (see package.json `exports`):
 *
 * - `dist/*.js` for Node (the `node` condition, and what `dist/index.js` is): the dependencies
 *   are inlined, so that `import 'embedsift'` reads a few files instead of several hundred
 *   (date-fns alone is one module per function and per locale part), which is what made
 *   importing cost about 0.5 s;
 * - `dist/esm/` for bundlers (the `default` condition), written by scripts/build-modules.mjs:
 *   one file per source module with the dependencies external, so that a bundler drops every
 *   module a caller does not reach, and tree-shakes date-fns per function and per locale.
 */
const forNode: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  dts: false,
  // Minified (names too): V8 compiles less source on import. The source map keeps stack traces
  // readable with `node --enable-source-maps`, and costs nothing unless asked for.
  sourcemap: true,
  minify: true,
  noExternal: [/./],
  esbuildPlugins: [dropDateFnsFormatters, annotateDateFnsBuilders],
  esbuildOptions(options) {
    // Keep the dependencies' license comments in the output (see also THIRD-PARTY-NOTICES).
    options.legalComments = 'inline';
  },
};

/** `embedsift/core` is the same source, built with the English-only default date locales. */
const englishDefault = {
  name: 'english-default-date-locales',
  setup(build: { onResolve: (o: { filter: RegExp }, f: () => { path: string }) => void }) {
    build.onResolve({ filter: /\/default-locales\.js$/ }, () => ({
      path: fileURLToPath(new URL('src/core/dates/default-locales.en.ts', import.meta.url)),
    }));
  },
};

export default defineConfig([
  // The main entry (every date language by default) and the locale rows as data; then
  // embedsift/core: English dates unless the caller passes locale rows.
  { ...forNode, entry: { index: 'src/index.ts', locales: 'src/locales.ts' }, clean: true },
  { ...forNode, entry: { core: 'src/index.ts' }, clean: false, esbuildPlugins: [dropDateFnsFormatters, annotateDateFnsBuilders, englishDefault] },
  // Declarations of the three entries (core has the main entry's).
  {
    entry: { index: 'src/index.ts', locales: 'src/locales.ts', core: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The CLI: the only code that touches process and fs; it imports the library entry.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    // Inlined and minified like the Node build: one file to read at start. The CLI prints
    // messages, never stack traces, so it ships no source map.
    sourcemap: false,
    minify: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: [/./],
    esbuildPlugins: [dropDateFnsFormatters, annotateDateFnsBuilders],
    esbuildOptions(options) {
      options.legalComments = 'inline';
    },
    // CommonJS dependencies inlined into this ES module (iconv-lite, under encoding-sniffer, and
    // warcio's) call require() for Node's built-ins: give them one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __embedsiftRequire } from 'node:module';\nconst require = __embedsiftRequire(import.meta.url);" },
  },
]);

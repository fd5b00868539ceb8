// esbuild plugins for inlining date-fns locales (used by tsup.config.ts and build-modules.mjs).
// List dropDateFnsFormatters first: esbuild takes the first onLoad that answers for a file.
//
// embedsift reads dates with date-fns `parse`, which uses a locale's `match`, `localize`,
// `formatLong` and `options`; a locale's `formatDistance` and `formatRelative` (about a third of
// its code, and what pulls date-fns's week functions into ru, uk, be, …) are never called.
import { readFile } from 'node:fs/promises';

/** date-fns's locale builders: calls with no side effects, but not annotated as such. */
const BUILDERS = /\b(buildLocalizeFn|buildMatchFn|buildMatchPatternFn|buildFormatLongFn)\(/g;

/**
 * Writes the pure annotation into date-fns's locale modules as they are read, so that a bundler
 * can drop every locale a caller does not use once the locales are inlined.
 */
export const annotateDateFnsBuilders = {
  name: 'annotate-date-fns-builders',
  setup(build) {
    build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(BUILDERS, '/* @__PURE__ */ $1('),
      loader: 'js',
    }));
  },
};

/** Replaces each locale's formatDistance and formatRelative with a function that returns ''. */
export const dropDateFnsFormatters = {
  name: 'drop-date-fns-formatters',
  setup(build) {
    build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/][^\\/]+[\\/]_lib[\\/]format(Distance|Relative)\.js$/ }, () => ({
      contents: "export const formatDistance = () => '';\nexport const formatRelative = () => '';\n",
      loader: 'js',
    }));
  },
};

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

/**
 * A locale part that `parse` reads, with the entries it never reads given no value. embedsift's
 * patterns hold only the tokens d, do, M, MMMM and yyyy (test/dates/parts-read.test.ts holds them to
 * that), so `parse` calls `match.month` and `match.ordinalNumber` and nothing else; embedsift
 * itself reads `localize.month` and `localize.day` for its name tables. The era, quarter and
 * day-period tables (and the weekday matcher, and the ordinal writer) are then dead weight: with
 * formatLong, more than half of the locales' minified size (326 KB of the main entry's date-fns
 * code became 138 KB). A locale whose entry is written in another shape keeps it: the pattern
 * below matches only a builder call with a flat options object.
 */
const UNREAD = {
  localize: /\b(era|quarter|dayPeriod):\s*buildLocalizeFn\(\{[^{}]*\}\)/g,
  match: /\b(era|quarter|day|dayPeriod):\s*buildMatchFn\(\{[^{}]*\}\)/g,
};
const ORDINAL_WRITER = /^(\s*)ordinalNumber(\s*:\s*ordinalNumber)?,/m;

/**
 * Replaces each locale's formatDistance and formatRelative with a function that returns '', its
 * formatLong (read by `parse` only for the P and p tokens) with an empty object, and drops the
 * entries of `localize` and `match` that nothing reads (see UNREAD). The pure annotation of
 * annotateDateFnsBuilders is applied here too, since esbuild takes the first onLoad that answers.
 */
export const dropDateFnsFormatters = {
  name: 'drop-date-fns-formatters',
  setup(build) {
    build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/][^\\/]+[\\/]_lib[\\/]format(Distance|Relative)\.js$/ }, () => ({
      contents: "export const formatDistance = () => '';\nexport const formatRelative = () => '';\n",
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/][^\\/]+[\\/]_lib[\\/]formatLong\.js$/ }, () => ({
      contents: 'export const formatLong = {};\n',
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/][^\\/]+[\\/]_lib[\\/](localize|match)\.js$/ }, async (args) => {
      const part = /localize\.js$/.test(args.path) ? 'localize' : 'match';
      let text = (await readFile(args.path, 'utf8')).replace(UNREAD[part], '$1: void 0');
      if (part === 'localize') text = text.replace(ORDINAL_WRITER, '$1ordinalNumber: void 0,');
      return { contents: text.replace(BUILDERS, '/* @__PURE__ */ $1('), loader: 'js' };
    });
  },
};

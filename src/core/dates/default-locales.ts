/**
 * The languages dates are read in when the caller passes no locale data: every supported one.
 *
 * The `embedsift/core` build replaces this module with ./default-locales.en.ts (English only),
 * so that a bundle of that entry holds no other language (see tsup.config.ts). Everything else
 * (the main entry, the CLI, the tests) reads every language by default.
 */
export { DATE_LOCALES as DEFAULT_DATE_LOCALES } from './locales.js';

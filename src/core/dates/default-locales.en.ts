/**
 * The languages dates are read in by default in the `embedsift/core` build: English only (the
 * date-fns default). Callers pass other languages as data: `{ locales: [de, fr] }`, with the
 * rows imported from `embedsift/locales`.
 */
import type { DateLocaleRow } from './locales.js';
import { en } from './locales.js';

export const DEFAULT_DATE_LOCALES: readonly DateLocaleRow[] = [en];

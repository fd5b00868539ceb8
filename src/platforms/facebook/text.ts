/**
 * Flattened Facebook posts in plain text: the fb-post fallback's body, then its byline.
 *
 * ```
 * The ferry is back on its winter timetable.Posted by Harbour City Council on Thursday, August 27, 2015
 * ^body                                     ^lead     ^name               ^joiner ^date (no time)
 * ```
 *
 * The byline comes in the embed's language, the ones the HTML route reads (`html.ts`); it shows
 * no handle, and without a date after the name it is prose ("Posted by the editor"), not a post.
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import type { AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** Facebook's "Posted by Name on <weekday, date>" (the fb-post fallback), in each language. */
export const FACEBOOK_BYLINE: AttributionGrammar = {
  lead: [
    'Posted by', // English
    'Publiée par', // French
    'Publié par',
    'Gepostet von', // German
    'Publicado por', // Spanish, Portuguese
    'Publicada por', // Spanish
    'Pubblicato da', // Italian
    'Geplaatst door', // Dutch
    'Dikirim oleh', // Indonesian
  ],
  handle: null,
  handleRequired: false,
  dateJoiners: [' on ', ' sur ', ' am ', ' el ', ' en ', ' em ', ' il ', ' su ', ' op ', ' pada '],
  dateRequired: true,
  dateTime: false,
  maxName: 75,
};

/** Facebook's flattened route: its byline; a post's body is long (the fallback shows it whole). */
export const FACEBOOK_ROUTE: FlattenedRoute = {
  platform: 'facebook',
  grammar: FACEBOOK_BYLINE,
  budget: 5000,
  bodyRequired: false,
  reach: 'paragraph',
};

/**
 * Scans plain text for flattened Facebook posts (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanFacebookText({ input: 'Ferry back.Posted by Harbour City Council on Thursday, August 27, 2015', source: 'text', locales: undefined, dates: {} });
 * // [{ platform: 'facebook', author: { name: 'Harbour City Council', handle: null }, date: '2015-08-27', text: 'Ferry back.', … }]
 * ```
 */
export function scanFacebookText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, FACEBOOK_ROUTE);
}

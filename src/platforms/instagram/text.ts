/**
 * Flattened Instagram posts in plain text: the caption, then the byline the embed shows.
 *
 * ```
 * View this post on Instagram⏎Lanterns over the harbour ✨ #harbour⏎A post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST
 * ^chrome (left out)          ^caption                              ^byline           ^name          ^dotted handle      ^date
 * ```
 *
 * The byline comes in the embed's language (German, French, Spanish, Italian, Portuguese, …:
 * `INSTAGRAM_BYLINE`); newer embeds show no date. A caption holds at most 2,200 characters; an
 * embed without one is still a post, with `text` null.
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readInstagramHandle, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** Instagram's "A post shared by Name (@handle) on <date>", in each language the embed shows. */
export const INSTAGRAM_BYLINE: AttributionGrammar = {
  lead: [
    'A post shared by', // English
    'Ein Beitrag geteilt von', // German
    'Une publication partagée par', // French
    'Una publicación compartida de', // Spanish
    'Una publicación compartida por',
    'Un post condiviso da', // Italian
    'Uma publicação partilhada por', // Portuguese (Portugal)
    'Uma publicação compartilhada por', // Portuguese (Brazil)
  ],
  handle: { open: '(@', close: ')', read: readInstagramHandle },
  handleRequired: true,
  // 'on' (en), 'am' (de), 'le' (fr), 'el' (es), 'in data:' (it), 'em'/'a' (pt); newer embeds show no date.
  dateJoiners: ['on', 'am', 'le', 'el', 'in data:', 'em', 'a', ''],
  dateRequired: false,
  dateTime: true,
  maxName: 60,
};

/** The line an Instagram embed prints above the caption, in the languages of its byline. */
const VIEW_ON_INSTAGRAM = [
  'View this post on Instagram',
  'Diesen Beitrag auf Instagram ansehen',
  'Voir cette publication sur Instagram',
  'Ver esta publicación en Instagram',
  'Visualizza questo post su Instagram',
  'Ver essa publicação no Instagram',
  'Ver esta publicação no Instagram',
] as const;

/** Instagram's flattened route: its byline, the caption budget, the chrome line. */
export const INSTAGRAM_ROUTE: FlattenedRoute = {
  platform: 'instagram',
  grammar: INSTAGRAM_BYLINE,
  budget: 2200,
  chrome: VIEW_ON_INSTAGRAM,
  bodyRequired: false,
};

/**
 * Scans plain text for flattened Instagram posts (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanInstagramText({ input: 'Lanterns ✨\nA post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026', source: 'text', locales: undefined });
 * // [{ platform: 'instagram', author: { name: 'Harbour Watch', handle: 'harbour.watch' }, date: '2026-02-05', text: 'Lanterns ✨', … }]
 * ```
 */
export function scanInstagramText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, INSTAGRAM_ROUTE);
}

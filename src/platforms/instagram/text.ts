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
import { BYLINE_PREFIXES, BYLINE_SUFFIXES, PLACEHOLDERS } from './byline.js';
import { linksAndHashtags } from '../../core/entities/index.js';
import { captionMentions } from './html.js';

/**
 * Instagram's "A post shared by Name (@handle) on <date>", in each language the embed shows: the
 * lead phrases are the HTML route's (`byline.ts`), so both routes read the same languages.
 */
export const INSTAGRAM_BYLINE: AttributionGrammar = {
  lead: BYLINE_PREFIXES,
  leadAnyCase: true,
  // Japanese names the author first: `Name(@handle)がシェアした投稿 - 2017 4月 10 8:24午後 PDT`.
  trail: BYLINE_SUFFIXES,
  handle: { open: '(@', close: ')', read: readInstagramHandle },
  handleRequired: true,
  // 'on' (en), 'am' (de), 'le' (fr), 'el' (es), 'il'/'in data:' (it), 'em'/'a' (pt), 'op' (nl),
  // 'på' (sv, da, nb), 'pada' (id), '-' (ja, after its closing phrase); newer embeds show no date.
  dateJoiners: ['on', 'am', 'le', 'el', 'il', 'in data:', 'em', 'a', 'op', 'på', 'pada', '-', ''],
  dateRequired: false,
  dateTime: true,
  maxName: 60,
};

/** Instagram's flattened route: its byline, the caption budget, the chrome line. */
export const INSTAGRAM_ROUTE: FlattenedRoute = {
  platform: 'instagram',
  grammar: INSTAGRAM_BYLINE,
  budget: 2200,
  chrome: PLACEHOLDERS,
  bodyRequired: false,
  reach: 'paragraph',
  entities: (caption) => ({ ...linksAndHashtags(caption), mentions: captionMentions(caption), cashtags: [] }),
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

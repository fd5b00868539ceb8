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
import { INSTAGRAM_BYLINE } from '../../core/attribution/bylines.js';
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

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

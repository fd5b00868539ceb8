/**
 * Flattened TikTok video embeds in plain text: the creator's handle, the caption, then the
 * sound credit.
 *
 * ```
 * @ferry.crew Last crossing of the night with @harbour.watch 🌙#nightshift ♬ original sound - Ferry Crew
 * ^handle    ^caption (text: the caption alone)                            ^closer and credit (left out)
 * ```
 *
 * The handle opens the embed, so the body stands after the attribution; a handle without a
 * `♬` credit after it, on the same block, is a mention in prose, not an embed.
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readInstagramHandle, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** TikTok's `@handle` opening the embed (letters, digits, `_` and `.`, as Instagram's). */
export const TIKTOK_BYLINE: AttributionGrammar = {
  lead: ['@'],
  handle: { open: '', close: '', read: readInstagramHandle },
  handleRequired: true,
  dateJoiners: [],
  dateRequired: false,
  dateTime: false,
  maxName: 0,
};

/** TikTok's flattened route: handle, caption (at most 2,200 characters), `♬` credit. */
export const TIKTOK_ROUTE: FlattenedRoute = {
  platform: 'tiktok',
  grammar: TIKTOK_BYLINE,
  budget: 2200,
  bodyRequired: false,
  body: 'after',
  closer: '♬',
};

/**
 * Scans plain text for flattened TikTok video embeds (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanTiktokText({ input: '@ferry.crew Last crossing #nightshift ♬ original sound - Ferry Crew', source: 'text', locales: undefined, dates: {} });
 * // [{ platform: 'tiktok', author: { name: null, handle: 'ferry.crew' }, text: 'Last crossing #nightshift', hashtags: ['nightshift'], … }]
 * ```
 */
export function scanTiktokText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, TIKTOK_ROUTE);
}

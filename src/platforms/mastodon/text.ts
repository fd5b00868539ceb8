/**
 * Flattened Mastodon embeds in plain text: the embed code's fallback, which shows no body.
 *
 * ```
 * Post by @deckcrew@harbour.social View on Mastodon
 * ^lead   ^user@host handle        ^trailer (required: "Post by @…" alone is prose)
 * ```
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readFediverseHandle, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** Mastodon's "Post by @user@host". */
export const MASTODON_BYLINE: AttributionGrammar = {
  lead: ['Post by'],
  handle: { open: '@', close: '', read: readFediverseHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: false,
  dateTime: true,
  maxName: 0,
};

/** Mastodon's flattened route: the byline, then "View on Mastodon"; no body. */
export const MASTODON_ROUTE: FlattenedRoute = {
  platform: 'mastodon',
  grammar: MASTODON_BYLINE,
  budget: 500,
  bodyRequired: false,
  body: 'none',
  trailer: { phrases: ['View on Mastodon'], word: false, required: true },
};

/**
 * Scans plain text for flattened Mastodon embeds (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanMastodonText({ input: 'Post by @deckcrew@harbour.social View on Mastodon', source: 'text', locales: undefined, dates: {} });
 * // [{ platform: 'mastodon', author: { name: null, handle: 'deckcrew@harbour.social' }, text: null, … }]
 * ```
 */
export function scanMastodonText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, MASTODON_ROUTE);
}

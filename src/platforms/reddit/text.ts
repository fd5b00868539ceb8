/**
 * Flattened Reddit post embeds in plain text: the title, then `by u/user in <subreddit>`.
 *
 * ```
 * The ferry ran on time for once by u/deckhand_42 in Harbours
 * ^title (text)                  ^lead ^handle    ^trailer (required: "by u/…" alone is prose)
 * ```
 *
 * textContent glues the links to the words (`byu/deckhand_42 inHarbours`); both read.
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readRedditUser, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** Reddit's "<title> by u/user in <subreddit>": the byline is `by u/user`. */
export const REDDIT_BYLINE: AttributionGrammar = {
  lead: ['by'],
  handle: { open: 'u/', close: '', read: readRedditUser },
  handleRequired: true,
  dateJoiners: [],
  dateRequired: false,
  dateTime: false,
  maxName: 0,
};

/** Reddit's flattened route: the title (at most 300 characters), the byline, `in <subreddit>`. */
export const REDDIT_ROUTE: FlattenedRoute = {
  platform: 'reddit',
  grammar: REDDIT_BYLINE,
  budget: 300,
  bodyRequired: true,
  trailer: { phrases: ['in'], word: true, required: true },
};

/**
 * Scans plain text for flattened Reddit post embeds (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanRedditText({ input: 'The ferry ran on time for once by u/deckhand_42 in Harbours', source: 'text', locales: undefined, dates: {} });
 * // [{ platform: 'reddit', author: { name: null, handle: 'deckhand_42' }, text: 'The ferry ran on time for once', … }]
 * ```
 */
export function scanRedditText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, REDDIT_ROUTE);
}

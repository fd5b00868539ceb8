/**
 * Flattened Threads embeds in plain text: the embed code's fallback, which shows no body.
 *
 * ```
 * Post by @ferry.rider View on Threads
 * ^lead   ^handle     ^trailer (required: "Post by @…" alone is prose)
 * ```
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readInstagramHandle, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';

/** Threads' "Post by @user" (Instagram's handle grammar). */
export const THREADS_BYLINE: AttributionGrammar = {
  lead: ['Post by'],
  handle: { open: '@', close: '', read: readInstagramHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: false,
  dateTime: true,
  maxName: 0,
};

/** Threads' flattened route: the byline, then "View on Threads"; no body. */
export const THREADS_ROUTE: FlattenedRoute = {
  platform: 'threads',
  grammar: THREADS_BYLINE,
  budget: 500,
  bodyRequired: false,
  body: 'none',
  trailer: { phrases: ['View on Threads'], word: false, required: true },
};

/**
 * Scans plain text for flattened Threads embeds (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanThreadsText({ input: 'Post by @ferry.rider View on Threads', source: 'text', locales: undefined, dates: {} });
 * // [{ platform: 'threads', author: { name: null, handle: 'ferry.rider' }, text: null, … }]
 * ```
 */
export function scanThreadsText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, THREADS_ROUTE);
}

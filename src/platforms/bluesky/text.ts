/**
 * Flattened Bluesky posts in plain text: a body, then the attribution the embed shows.
 *
 * ```
 * Lanterns over the harbour tonight ✨— Harbour Watch (@harbour.bsky.social) February 5, 2026 at 2:31 PM
 * ^body                               ^dash ^name       ^domain handle        ^date, with its time
 * ```
 *
 * Bluesky's attribution is X's shape with a domain handle, and its date carries a time; a post
 * holds at most 300 characters.
 */
import { scanFlattened, type FlattenedRoute } from '../../core/attribution/flattened.js';
import { readDomainHandle, type AttributionGrammar } from '../../core/attribution/grammar.js';
import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';
import type { LinkedPost } from '../types.js';
import { entitiesOf } from './html.js';
import { ATTACHMENT_PLACEHOLDER, parsePostUrl, postPermalink } from './url.js';

/** Bluesky's attribution: dash, display name, `(@handle.domain)`, date and time. */
export const BLUESKY_ATTRIBUTION: AttributionGrammar = {
  lead: 'dash',
  handle: { open: '(@', close: ')', read: readDomainHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: true,
  dateTime: true,
  maxName: 64,
};

/** Bluesky's flattened route: its attribution and its 300-character budget. */
export const BLUESKY_ROUTE: FlattenedRoute = {
  platform: 'bluesky',
  grammar: BLUESKY_ATTRIBUTION,
  budget: 300,
  placeholders: [ATTACHMENT_PLACEHOLDER],
  bodyRequired: false,
  entities: entitiesOf,
};

/**
 * Scans plain text for flattened Bluesky posts (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanBlueskyText({ input: 'Lanterns tonight— Harbour Watch (@harbour.bsky.social) February 5, 2026 at 2:31 PM', source: 'text', locales: undefined });
 * // [{ platform: 'bluesky', author: { name: 'Harbour Watch', handle: 'harbour.bsky.social' }, date: '2026-02-05',
 * //    dateText: 'February 5, 2026 at 2:31 PM', text: 'Lanterns tonight', … }]
 * ```
 */
export function scanBlueskyText(ctx: ScanContext): Embed[] {
  return scanFlattened(ctx, BLUESKY_ROUTE);
}

/**
 * The post a link of a flattened post names (the date links to it in Markdown), written with the
 * post's handle as the HTML route writes it, else with the link's own actor.
 */
export function linkedBlueskyPost(href: string, embed: Embed): LinkedPost | null {
  const ref = parsePostUrl(href);
  return ref === null ? null : { id: ref.rkey, url: postPermalink(embed.author.handle ?? ref.actor, ref.rkey) };
}

/**
 * `extractEntities`: URLs, mentions, hashtags and cashtags of one post's text by the
 * twitter-text rules, with [start, end) UTF-16 offsets into the text.
 *
 * Each kind is found on its own (`urls.ts`, `tags.ts`); then, as in twitter-text, entities
 * that overlap an earlier-starting one are dropped (a `#tag` inside a URL is part of the URL).
 */
import type { Entities } from '../../types.js';
import { extractCashtagList, extractHashtagList, extractMentionsOrLists, type MentionOrList, type Tag } from './tags.js';
import { extractUrlEntities, type UrlEntity } from './urls.js';

export { extractUrlEntities } from './urls.js';
export { extractCashtagList, extractHashtagList, extractMentionsOrLists, extractReply } from './tags.js';
export type { MentionOrList, Tag } from './tags.js';
export type { UrlEntity } from './urls.js';

/**
 * Finds the URLs, mentions, hashtags and cashtags of one post's text, following the
 * twitter-text rules (its conformance suite is run against this function). Offsets are
 * [start, end) UTF-16 indices: `text.slice(start, end)` is the entity with its sign.
 * A list mention (`@user/list`) is reported as the mention of `user`. Never throws.
 *
 * @example
 * ```ts
 * extractEntities('RT @TheInsiderPaper: talks resume #Ukraine $SPY https://t.co/EflYXFDBkL');
 * // → {
 * //   urls: [{ url: 'https://t.co/EflYXFDBkL', start: 45, end: 68 }],
 * //   mentions: [{ handle: 'TheInsiderPaper', start: 3, end: 19 }],
 * //   hashtags: [{ tag: 'Ukraine', start: 34, end: 42 }],
 * //   cashtags: [{ tag: 'SPY', start: 43, end: 47 }],
 * // }
 * ```
 */
export function extractEntities(text: string): Entities {
  const result: Entities = { urls: [], mentions: [], hashtags: [], cashtags: [] };
  if (typeof text !== 'string' || text.length === 0) return result;
  const kept = keptEntityLists(text);
  for (const x of kept.urls) result.urls.push({ url: x.url, start: x.start, end: x.end });
  for (const x of kept.mentions) result.mentions.push({ handle: x.handle, start: x.start, end: x.start + 1 + x.handle.length });
  for (const x of kept.hashtags) result.hashtags.push({ tag: x.tag, start: x.start, end: x.end });
  for (const x of kept.cashtags) result.cashtags.push({ tag: x.tag, start: x.start, end: x.end });
  return result;
}

/**
 * The links and hashtags of a post's body by the rules of {@link extractEntities}, each list in
 * text order without repeats: what an embed's `links` and `hashtags` hold. Not part of the
 * package's API.
 *
 * @example
 * ```ts
 * linksAndHashtags('#a https://x.co/1 #a'); // { links: ['https://x.co/1'], hashtags: ['a'] }
 * ```
 */
export function linksAndHashtags(text: string): { links: string[]; hashtags: string[] } {
  const kept = keptEntityLists(text);
  const links: string[] = [];
  for (const u of kept.urls) if (!links.includes(u.url)) links.push(u.url);
  const hashtags: string[] = [];
  for (const h of kept.hashtags) if (!hashtags.includes(h.tag)) hashtags.push(h.tag);
  return { links, hashtags };
}

/** Each kind's finds, in order; a list mention keeps its slug in `end`. */
export interface EntityLists {
  urls: UrlEntity[];
  mentions: MentionOrList[];
  hashtags: Tag[];
  cashtags: Tag[];
}

/**
 * The finds of each kind that survive the overlap rule of {@link extractEntities}, as the
 * finders return them: when nothing overlaps (the usual case) the lists themselves, uncopied.
 * Not part of the package's API.
 *
 * @example
 * ```ts
 * keptEntityLists('see https://t.co/EflYXFDBkL @jack').mentions;
 * // → [{ handle: 'jack', list: '', start: 28, end: 33 }]
 * ```
 */
export function keptEntityLists(text: string): EntityLists {
  const found: EntityLists = {
    urls: extractUrlEntities(text),
    mentions: extractMentionsOrLists(text),
    hashtags: extractHashtagList(text),
    cashtags: extractCashtagList(text),
  };
  if (!mergeLists(found, null)) return found;
  const kept: EntityLists = { urls: [], mentions: [], hashtags: [], cashtags: [] };
  mergeLists(found, kept);
  return kept;
}

/**
 * Walks the lists (each sorted by start) in text order, dropping any entity that starts inside
 * the one kept before it; on equal starts the earlier kind (URL, mention, hashtag, cashtag) wins,
 * as in twitter-text. A list mention covers its slug here. Kept entities go to `out` when given;
 * returns whether any was dropped.
 */
function mergeLists(lists: EntityLists, out: EntityLists | null): boolean {
  const { urls, mentions, hashtags, cashtags } = lists;
  let dropped = false;
  let u = 0;
  let m = 0;
  let h = 0;
  let c = 0;
  let lastEnd = -1;
  for (;;) {
    const us = u < urls.length ? (urls[u] as UrlEntity).start : Infinity;
    const ms = m < mentions.length ? (mentions[m] as MentionOrList).start : Infinity;
    const hs = h < hashtags.length ? (hashtags[h] as Tag).start : Infinity;
    const cs = c < cashtags.length ? (cashtags[c] as Tag).start : Infinity;
    const first = Math.min(us, ms, hs, cs);
    if (first === Infinity) break;
    if (us === first) {
      const x = urls[u++] as UrlEntity;
      if (x.start >= lastEnd) {
        out?.urls.push(x);
        lastEnd = x.end;
      } else dropped = true;
    } else if (ms === first) {
      const x = mentions[m++] as MentionOrList;
      if (x.start >= lastEnd) {
        out?.mentions.push(x);
        lastEnd = x.end;
      } else dropped = true;
    } else if (hs === first) {
      const x = hashtags[h++] as Tag;
      if (x.start >= lastEnd) {
        out?.hashtags.push(x);
        lastEnd = x.end;
      } else dropped = true;
    } else {
      const x = cashtags[c++] as Tag;
      if (x.start >= lastEnd) {
        out?.cashtags.push(x);
        lastEnd = x.end;
      } else dropped = true;
    }
  }
  return dropped;
}

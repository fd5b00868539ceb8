/**
 * `extractEntities`: URLs, mentions, hashtags and cashtags of one post's text by the
 * twitter-text rules, with [start, end) UTF-16 offsets into the text.
 *
 * Each kind is found on its own (`urls.ts`, `tags.ts`); then, as in twitter-text, entities
 * that overlap an earlier-starting one are dropped (a `#tag` inside a URL is part of the URL).
 */
import type { Entities } from '../../types.js';
import { extractCashtagList, extractHashtagList, extractMentionsOrLists } from './tags.js';
import { extractUrlEntities } from './urls.js';

export { extractUrlEntities } from './urls.js';
export { extractCashtagList, extractHashtagList, extractMentionsOrLists, extractReply } from './tags.js';
export type { MentionOrList, Tag } from './tags.js';
export type { UrlEntity } from './urls.js';

const KIND_URL = 0;
const KIND_MENTION = 1;
const KIND_HASHTAG = 2;
const KIND_CASHTAG = 3;

interface Candidate {
  kind: number;
  start: number;
  /** End used for overlap: a list mention covers its slug too. */
  end: number;
  /** End reported. */
  shownEnd: number;
  value: string;
}

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

  const all: Candidate[] = [];
  for (const u of extractUrlEntities(text)) {
    all.push({ kind: KIND_URL, start: u.start, end: u.end, shownEnd: u.end, value: u.url });
  }
  for (const m of extractMentionsOrLists(text)) {
    const shownEnd = m.start + 1 + m.handle.length;
    all.push({ kind: KIND_MENTION, start: m.start, end: m.end, shownEnd, value: m.handle });
  }
  for (const h of extractHashtagList(text)) {
    all.push({ kind: KIND_HASHTAG, start: h.start, end: h.end, shownEnd: h.end, value: h.tag });
  }
  for (const c of extractCashtagList(text)) {
    all.push({ kind: KIND_CASHTAG, start: c.start, end: c.end, shownEnd: c.end, value: c.tag });
  }
  if (all.length === 0) return result;

  // Stable sort: on equal starts the earlier kind (URL first) wins, as in twitter-text.
  all.sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const e of all) {
    if (e.start < lastEnd) continue;
    lastEnd = e.end;
    switch (e.kind) {
      case KIND_URL:
        result.urls.push({ url: e.value, start: e.start, end: e.shownEnd });
        break;
      case KIND_MENTION:
        result.mentions.push({ handle: e.value, start: e.start, end: e.shownEnd });
        break;
      case KIND_HASHTAG:
        result.hashtags.push({ tag: e.value, start: e.start, end: e.shownEnd });
        break;
      default:
        result.cashtags.push({ tag: e.value, start: e.start, end: e.shownEnd });
    }
  }
  return result;
}

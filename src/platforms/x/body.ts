/**
 * The entity lists of one X post body, as the Embed fields want them: glued t.co and
 * pic.twitter.com links are split where their slugs end, then the twitter-text rules read the
 * pieces (a mention glued after a link, `…Zo@SEPeaceMissions`, is a mention once split).
 */
import { keptEntityLists } from '../../core/entities/index.js';
import { isMediaLink, splitGluedLinks, tcoSlugLength } from '../../core/links.js';

/** The entity lists of one X post body, as the Embed fields want them. */
export interface BodyEntities {
  links: string[];
  media: string[];
  mentions: string[];
  hashtags: string[];
  cashtags: string[];
}

/** Keys already taken: scanned while few (a post has a handful of each), a Set beyond. */
interface Seen {
  keys: string[];
  set: Set<string> | null;
}

const FEW = 16;

/** Appends `value` unless an equal one (compared by `key`) is already there. */
function addOnce(list: string[], seen: Seen, value: string, key: string): void {
  if (seen.set !== null) {
    if (seen.set.has(key)) return;
    seen.set.add(key);
  } else {
    for (const k of seen.keys) if (k === key) return;
    seen.keys.push(key);
    if (seen.keys.length >= FEW) seen.set = new Set(seen.keys);
  }
  list.push(value);
}

function seen(): Seen {
  return { keys: [], set: null };
}

/**
 * Links, media links, mentions, hashtags and cashtags of one post body as shown (already
 * white-space-collapsed), each in order and without duplicates. Mentions, hashtags and cashtags
 * are compared case-insensitively, as X does, and keep the first spelling shown. `options.date`
 * ('YYYY-MM-DD' or null) picks the slug length that decides where a glued link ends.
 *
 * @example
 * ```ts
 * bodyEntities('Talks resume https://t.co/EflYXFDBkL pic.twitter.com/tNveF44FuZ', { date: '2026-02-05' });
 * // → { links: ['https://t.co/EflYXFDBkL'], media: ['pic.twitter.com/tNveF44FuZ'],
 * //     mentions: [], hashtags: [], cashtags: [] }
 * bodyEntities('Thanks https://t.co/bTcwtG77Zo@SEPeaceMissions', { date: null }).mentions;
 * // → ['SEPeaceMissions']
 * ```
 */
export function bodyEntities(text: string, options: { date: string | null }): BodyEntities {
  const result: BodyEntities = { links: [], media: [], mentions: [], hashtags: [], cashtags: [] };
  if (typeof text !== 'string' || text.length === 0) return result;
  const entities = keptEntityLists(splitGluedLinks(text, tcoSlugLength(options.date)));

  // Each list is deduplicated on its own; a kind absent from the body costs nothing.
  const { urls, mentions, hashtags, cashtags } = entities;
  if (urls.length > 0) {
    const seenLinks = seen();
    for (const { url } of urls) addOnce(isMediaLink(url) ? result.media : result.links, seenLinks, url, url);
  }
  if (mentions.length > 0) {
    const seenMentions = seen();
    for (const { handle } of mentions) addOnce(result.mentions, seenMentions, handle, handle.toLowerCase());
  }
  if (hashtags.length > 0) {
    const seenHashtags = seen();
    for (const { tag } of hashtags) addOnce(result.hashtags, seenHashtags, tag, tag.toLowerCase());
  }
  if (cashtags.length > 0) {
    const seenCashtags = seen();
    for (const { tag } of cashtags) addOnce(result.cashtags, seenCashtags, tag, tag.toUpperCase());
  }
  return result;
}

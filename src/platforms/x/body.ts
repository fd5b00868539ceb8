/**
 * The entity lists of one X post body, as the Embed fields want them: glued t.co and
 * pic.twitter.com links are split where their slugs end, then the twitter-text rules read the
 * pieces (a mention glued after a link, `…Zo@SEPeaceMissions`, is a mention once split).
 */
import { keptEntityLists } from '../../core/entities/index.js';
import { isMediaLink, splitGluedLinks, tcoSlugLength } from './links.js';

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
  if (typeof text !== 'string' || text.length === 0) return { links: [], media: [], mentions: [], hashtags: [], cashtags: [] };
  const entities = keptEntityLists(splitGluedLinks(text, tcoSlugLength(options.date)));

  // Each list is deduplicated on its own; a kind absent from the body costs nothing.
  const { urls, mentions, hashtags, cashtags } = entities;
  const links: string[] = [];
  const media: string[] = [];
  if (urls.length > 0) {
    const seenLinks = seen();
    for (const { url } of urls) {
      if (isGluedSentence(url)) continue;
      addOnce(isMediaLink(url) ? media : links, seenLinks, url, url);
    }
  }
  const mentionList: string[] = [];
  if (mentions.length > 0) {
    const seenMentions = seen();
    for (const { handle } of mentions) addOnce(mentionList, seenMentions, handle, handle.toLowerCase());
  }
  const hashtagList: string[] = [];
  if (hashtags.length > 0) {
    const seenHashtags = seen();
    for (const { tag } of hashtags) addOnce(hashtagList, seenHashtags, tag, tag.toLowerCase());
  }
  const cashtagList: string[] = [];
  if (cashtags.length > 0) {
    const seenCashtags = seen();
    for (const { tag } of cashtags) addOnce(cashtagList, seenCashtags, tag, tag.toUpperCase());
  }
  return { links: exact(links), media: exact(media), mentions: exact(mentionList), hashtags: exact(hashtagList), cashtags: exact(cashtagList) };
}

/**
 * A link without scheme whose top-level label opens with a capital after a letter
 * (`footage.How`, `name.No`, `Eisenhower.US`): two sentences that lost the line break between
 * them (textContent drops `<br>`), not a link X shows. X shows links lower-cased.
 */
function isGluedSentence(url: string): boolean {
  if (url.includes('://')) return false;
  const slash = url.indexOf('/');
  const host = slash < 0 ? url : url.slice(0, slash);
  const dot = host.lastIndexOf('.');
  return dot > 0 && GLUED_TLD.test(host.slice(dot - 1, dot + 2));
}
/** A letter, the dot, a capital: `e.H` of `footage.How`. */
const GLUED_TLD = /^\p{L}\.\p{Lu}$/u;

/**
 * `list` with no spare capacity. An array grown by `push` reserves room for 16 more elements
 * (136 bytes for a one-link post); results live as long as the caller keeps them, so each list
 * is handed out at its exact size. An empty list has no storage to trim.
 */
function exact(list: string[]): string[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * YouTube links: player (embed) URLs in every spelling iframes carry, the watch, short and
 * live links WordPress blocks hold, and the canonical permalinks of a video and a playlist.
 */

/** What a link names: a video (its 11-character id), a playlist (its list id), or both. */
export interface YouTubeRef {
  /** The video id, or null for a playlist alone. */
  readonly id: string | null;
  /** The playlist id, or null. */
  readonly list: string | null;
}

/** The longest URL read; real player and watch URLs are a few hundred units at most. */
const MAX_URL_LENGTH = 2048;

/**
 * An absolute or protocol-relative URL cut into host, path and query, anchored at the start:
 * `[http[s]:]//<host><path>[?<query>][#…]`.
 *
 * - group 1: the host (no port, user or white space)
 * - group 2: the path, from its `/` (may be empty)
 * - group 3: the query, without `?` (absent when there is none)
 *
 * Matches `https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0`, `//youtu.be/dQw4w9WgXcQ`.
 */
const URL_PARTS = /^(?:https?:)?\/\/([\w.-]{1,253})(\/[^?#\s]{0,2047})?(?:\?([^#\s]{0,2047}))?/i;

/** A video id: 11 characters of the URL-safe base 64 alphabet. */
const VIDEO_ID = /^[\w-]{11}$/;

/** A playlist id (`PL…`, `UU…`, `OLAK5uy_…`): the same alphabet, 2 to 64 characters. */
const LIST_ID = /^[\w-]{2,64}$/;

/**
 * True when `s` is a well-formed video id (11 characters of `[A-Za-z0-9_-]`).
 *
 * @example
 * ```ts
 * isVideoId('dQw4w9WgXcQ'); // true
 * isVideoId('videoseries'); // true by its shape alone: parsePlayerUrl rules such path words out
 * isVideoId('dQw4w9WgXc');  // false
 * ```
 */
export function isVideoId(s: string): boolean {
  return VIDEO_ID.test(s);
}

/**
 * True when `s` is a well-formed playlist id (2 to 64 characters of `[A-Za-z0-9_-]`).
 *
 * @example
 * ```ts
 * isListId('PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG'); // true
 * isListId('PL x');                               // false
 * ```
 */
export function isListId(s: string): boolean {
  return LIST_ID.test(s);
}

/** Hosts of the player: `youtube.com` and `youtube-nocookie.com`, bare or with `www.` or `m.`. */
const PLAYER_HOSTS = new Set([
  'youtube.com', 'www.youtube.com', 'm.youtube.com',
  'youtube-nocookie.com', 'www.youtube-nocookie.com',
]);

/** Hosts of watch, short and live links (the player's, without the privacy host). */
const WATCH_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);

/** The short-link host: `youtu.be/<id>`. */
const SHORT_HOST = 'youtu.be';

/**
 * Path words of `/embed/<word>` that name no video, though both have a video id's shape
 * (11 characters): the player's playlist form, and a channel's live stream (`?channel=…`).
 */
const PLAYLIST_WORD = 'videoseries';
const LIVE_WORD = 'live_stream';

/** The host (lower case), path and query of an absolute or protocol-relative URL, or null. */
function partsOf(url: string): { host: string; path: string; query: string } | null {
  const s = url.trim();
  if (s.length === 0 || s.length > MAX_URL_LENGTH) return null;
  const m = URL_PARTS.exec(s);
  if (m === null) return null;
  return { host: (m[1] ?? '').toLowerCase(), path: m[2] ?? '', query: m[3] ?? '' };
}

/** The value of query parameter `name` (first occurrence, as written), or null. */
function param(query: string, name: string): string | null {
  if (query.length === 0) return null;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq === name.length && pair.startsWith(name)) return pair.slice(eq + 1);
  }
  return null;
}

/**
 * The playlist a query names: `list=<id>`, unless `listType` says the list is something other
 * than a playlist (`user_uploads`, `search`: a user name or a search, not a playlist id).
 */
function listOf(query: string): string | null {
  const type = param(query, 'listType');
  if (type !== null && type !== 'playlist') return null;
  const list = param(query, 'list');
  return list !== null && LIST_ID.test(list) ? list : null;
}

/**
 * Reads a YouTube player URL, `[http[s]:]//[www.|m.]youtube[-nocookie].com/embed/<id>[?…]`:
 * the video it plays, or for `embed/videoseries?list=…` (and an `embed?list=…` with no video)
 * the playlist. Null for anything else, a player URL with a malformed id included.
 *
 * @example
 * ```ts
 * parsePlayerUrl('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0'); // { id: 'dQw4w9WgXcQ', list: null }
 * parsePlayerUrl('//www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG');
 * // { id: null, list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG' }
 * parsePlayerUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ'); // null: a watch link, not a player
 * ```
 */
export function parsePlayerUrl(url: string): YouTubeRef | null {
  if (typeof url !== 'string') return null;
  const p = partsOf(url);
  if (p === null || !PLAYER_HOSTS.has(p.host)) return null;
  return playerRef(p.path, p.query);
}

/** What a player path (`/embed…`) and query name. */
function playerRef(path: string, query: string): YouTubeRef | null {
  if (path === '/embed' || path === '/embed/') {
    const list = listOf(query);
    return list !== null ? { id: null, list } : null;
  }
  if (!path.startsWith('/embed/')) return null;
  const word = segment(path, 7);
  if (word === PLAYLIST_WORD) {
    const list = listOf(query);
    return list !== null ? { id: null, list } : null;
  }
  return word !== LIVE_WORD && isVideoId(word) ? { id: word, list: null } : null;
}

/**
 * Reads the Flash player's URL of YouTube's embed code before iframes,
 * `[http[s]:]//[www.]youtube[-nocookie].com/v/<id>[&hl=en&fs=1|?version=3…]`: the video it plays,
 * or null. The old code appended its options to the path with `&`, no `?` before them.
 *
 * @example
 * ```ts
 * parseFlashPlayerUrl('http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1'); // { id: 'dQw4w9WgXcQ', list: null }
 * parseFlashPlayerUrl('https://www.youtube.com/embed/dQw4w9WgXcQ');        // null: an iframe's player
 * ```
 */
export function parseFlashPlayerUrl(url: string): YouTubeRef | null {
  if (typeof url !== 'string') return null;
  const p = partsOf(url);
  return p !== null && PLAYER_HOSTS.has(p.host) ? flashRef(p.path) : null;
}

/** The video of a `/v/<id>` path, its id ended by `/`, `&` or the path's end; null for another path. */
function flashRef(path: string): YouTubeRef | null {
  if (!path.startsWith('/v/')) return null;
  const word = segment(path, 3);
  const amp = word.indexOf('&');
  const id = amp < 0 ? word : word.slice(0, amp);
  return isVideoId(id) ? { id, list: null } : null;
}

/** The path segment starting at `from` (up to the next `/`). */
function segment(path: string, from: number): string {
  const slash = path.indexOf('/', from);
  return slash < 0 ? path.slice(from) : path.slice(from, slash);
}

/**
 * Reads a link to a YouTube video or playlist as pages and WordPress blocks hold it:
 * `youtube.com/watch?v=<id>`, `youtu.be/<id>`, `/shorts/<id>`, `/live/<id>`, `/v/<id>`, a player
 * URL, or `youtube.com/playlist?list=<list>`. Null for anything else (channels, searches).
 *
 * @example
 * ```ts
 * parseVideoUrl('https://youtu.be/dQw4w9WgXcQ?t=42');              // { id: 'dQw4w9WgXcQ', list: null }
 * parseVideoUrl('https://www.youtube.com/shorts/dQw4w9WgXcQ');      // { id: 'dQw4w9WgXcQ', list: null }
 * parseVideoUrl('https://www.youtube.com/@SomeChannel');            // null
 * ```
 */
export function parseVideoUrl(url: string): YouTubeRef | null {
  if (typeof url !== 'string') return null;
  const p = partsOf(url);
  if (p === null) return null;
  if (p.host === SHORT_HOST) {
    const word = segment(p.path, 1);
    return p.path.startsWith('/') && isVideoId(word) ? { id: word, list: null } : null;
  }
  if (PLAYER_HOSTS.has(p.host) && p.path.startsWith('/embed')) return playerRef(p.path, p.query);
  if (!WATCH_HOSTS.has(p.host)) return null;
  if (p.path === '/watch' || p.path === '/watch/') {
    const v = param(p.query, 'v');
    if (v !== null) return isVideoId(v) ? { id: v, list: null } : null;
    const list = listOf(p.query);
    return list !== null ? { id: null, list } : null;
  }
  if (p.path === '/playlist' || p.path === '/playlist/') {
    const list = listOf(p.query);
    return list !== null ? { id: null, list } : null;
  }
  if (p.path.startsWith('/v/')) return flashRef(p.path);
  for (const prefix of ['/shorts/', '/live/']) {
    if (!p.path.startsWith(prefix)) continue;
    const word = segment(p.path, prefix.length);
    return isVideoId(word) ? { id: word, list: null } : null;
  }
  return null;
}

/**
 * The canonical permalink of what `ref` names: `https://www.youtube.com/watch?v=<id>` for a
 * video, `https://www.youtube.com/playlist?list=<list>` for a playlist alone.
 *
 * @example
 * ```ts
 * youtubePermalink({ id: 'dQw4w9WgXcQ', list: null }); // 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
 * youtubePermalink({ id: null, list: 'PLx0sYbCqOb8' }); // 'https://www.youtube.com/playlist?list=PLx0sYbCqOb8'
 * ```
 */
export function youtubePermalink(ref: YouTubeRef): string | null {
  if (ref.id !== null) return `https://www.youtube.com/watch?v=${ref.id}`;
  if (ref.list !== null) return `https://www.youtube.com/playlist?list=${ref.list}`;
  return null;
}

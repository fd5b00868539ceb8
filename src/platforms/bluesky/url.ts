/**
 * Bluesky identifiers and links: `at://` record URIs, `bsky.app` post links, the sources of
 * rendered embed iframes, and the canonical permalink. Total: any string in, a value or null out.
 *
 * ```
 * at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3laz2ixmxx22x
 *      ^repo (a DID, or a handle)         ^collection        ^record key
 * https://bsky.app/profile/bsky.app/post/3laz2ixmxx22x
 *                          ^actor (handle or DID)
 * ```
 */

/** The collection of posts. */
const POST_COLLECTION = 'app.bsky.feed.post';

/**
 * The link Bluesky's embed code appends to a post's text when the post carries an attachment
 * (`<br><br><a href="…/post/…">[image or embed]</a>`): the generator's placeholder, not the
 * post's text.
 */
export const ATTACHMENT_PLACEHOLDER = '[image or embed]';

/** A DID: `did:<method>:<id>` (`did:plc:…`, `did:web:example.com`), bounded. */
const DID = /^did:[a-z]{1,16}:[\w.%:-]{1,256}$/;
/** A record key: the characters the record-key grammar allows (TIDs are 13 of them). */
const RKEY = /^[\w.:~-]{1,512}$/;
/** One label of a handle (a DNS name). */
const LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/** True for a DID (`did:plc:…`). */
export function isDid(s: string): boolean {
  return DID.test(s);
}

/**
 * True for a Bluesky handle: a domain name of two labels or more, the last not all digits.
 *
 * @example
 * ```ts
 * isHandle('alice.bsky.social'); // true
 * isHandle('did:plc:abc');       // false
 * ```
 */
export function isHandle(s: string): boolean {
  if (s.length < 3 || s.length > 253) return false;
  const labels = s.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] as string);
}

/** True when `rkey` is a record key other than the reserved `.` and `..`. */
function isRkey(rkey: string): boolean {
  return RKEY.test(rkey) && rkey !== '.' && rkey !== '..';
}

/** A post: who (a handle or a DID, as the link gives it) and its record key. */
export interface PostRef {
  readonly actor: string;
  readonly rkey: string;
}

/**
 * The repository and record key of an `at://` URI of a post, or null.
 *
 * @example
 * ```ts
 * parseAtUri('at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3laz2ixmxx22x');
 * // { actor: 'did:plc:z72i7hdynmk6r22z27h6tvur', rkey: '3laz2ixmxx22x' }
 * ```
 */
export function parseAtUri(uri: string): PostRef | null {
  const s = uri.trim();
  if (s.length > 1024 || !s.startsWith('at://')) return null;
  return postPath(s.slice(5).split(/[?#]/)[0] ?? '');
}

/** `<actor>/app.bsky.feed.post/<rkey>` as a post, or null. */
function postPath(path: string): PostRef | null {
  const parts = path.split('/');
  if (parts.length !== 3 || parts[1] !== POST_COLLECTION) return null;
  const [actor = '', , rkey = ''] = parts;
  if (!(isDid(actor) || isHandle(actor)) || !isRkey(rkey)) return null;
  return { actor, rkey };
}

/** `https://<host>/<path>` split, for the hosts given; null for anything else. */
function pathOn(url: string, hosts: readonly string[]): string | null {
  const s = url.trim();
  if (s.length > 2048) return null;
  const m = /^(?:https?:)?\/\/([^/?#]{1,64})(\/[^?#]*)?/i.exec(s);
  if (m === null || !hosts.includes((m[1] ?? '').toLowerCase())) return null;
  return m[2] ?? '/';
}

/**
 * The post a `bsky.app` link points at (`/profile/<actor>/post/<rkey>`), or null.
 *
 * @example
 * ```ts
 * parsePostUrl('https://bsky.app/profile/bsky.app/post/3laz2ixmxx22x?ref_src=embed');
 * // { actor: 'bsky.app', rkey: '3laz2ixmxx22x' }
 * ```
 */
export function parsePostUrl(url: string): PostRef | null {
  const path = pathOn(url, ['bsky.app', 'www.bsky.app', 'staging.bsky.app']);
  const m = path !== null ? /^\/profile\/([^/]{1,256})\/post\/([^/]{1,512})\/?$/.exec(path) : null;
  if (m === null) return null;
  const actor = decodeURIComponentSafe(m[1] ?? '');
  const rkey = m[2] ?? '';
  return actor !== null && (isDid(actor) || isHandle(actor)) && isRkey(rkey) ? { actor, rkey } : null;
}

/**
 * The post a rendered embed iframe shows (`embed.bsky.app/embed/<did>/app.bsky.feed.post/<rkey>`), or null.
 *
 * @example
 * ```ts
 * parseEmbedSource('https://embed.bsky.app/embed/did:plc:abc/app.bsky.feed.post/3laz2ixmxx22x?id=1');
 * // { actor: 'did:plc:abc', rkey: '3laz2ixmxx22x' }
 * ```
 */
export function parseEmbedSource(src: string): PostRef | null {
  const path = pathOn(src, ['embed.bsky.app']);
  if (path === null || !path.startsWith('/embed/')) return null;
  return postPath(path.slice(7).replace(/\/$/, ''));
}

/** The profile a `bsky.app/profile/<actor>` link names (no post), or null. */
export function parseProfileUrl(url: string): string | null {
  const path = pathOn(url, ['bsky.app', 'www.bsky.app']);
  const m = path !== null ? /^\/profile\/([^/]{1,256})\/?$/.exec(path) : null;
  const actor = m !== null ? decodeURIComponentSafe(m[1] ?? '') : null;
  return actor !== null && (isDid(actor) || isHandle(actor)) ? actor : null;
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * The canonical permalink: `https://bsky.app/profile/<handle or DID>/post/<rkey>`.
 *
 * @example
 * ```ts
 * postPermalink('bsky.app', '3laz2ixmxx22x'); // 'https://bsky.app/profile/bsky.app/post/3laz2ixmxx22x'
 * ```
 */
export function postPermalink(actor: string, rkey: string): string {
  return `https://bsky.app/profile/${actor}/post/${rkey}`;
}

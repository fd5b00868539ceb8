/**
 * Instagram post links: reading a permalink in the spellings embeds carry, and the canonical
 * permalink the API contract fixes (`https://www.instagram.com/p/<code>/`, `/reel/` for reels).
 */
import type { LinkedPost } from '../types.js';

/**
 * A post link, anchored at the start and bounded everywhere:
 * `[[https:]//][www.|m.](instagram.com|instagr.am)/[<user>/](p|reel|reels|tv)/<shortcode>[/…|?…|#…]`.
 *
 * - group 1: the user name some share links put before the kind (`instagram.com/ada/p/C0dE/`)
 * - group 2: the kind of page (`p`, `reel`, `reels`, `tv`)
 * - group 3: the shortcode (letters, digits, `_` and `-`)
 *
 * Matches `https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed`,
 * `//instagram.com/reel/C1a2b3c4d5/embed/captioned`, `instagr.am/tv/CIq0000/`.
 */
const POST_URL =
  /^(?:(?:https?:)?\/\/)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am)\/(?:([\w.]{1,30})\/)?(p|reels?|tv)\/([\w-]{5,64})(?:[/?#]|$)/i;

/** An Instagram handle: letters, digits, `.` and `_`, at most 30 (Instagram's own limit). */
export const HANDLE = /^[\w.]{1,30}$/;

/** A shortcode as the embed attributes give it. */
const SHORTCODE = /^[\w-]{5,64}$/;

/** A post link read: its shortcode, whether it is a reel, and a user name the link names. */
export interface InstagramPost {
  readonly code: string;
  readonly reel: boolean;
  readonly handle: string | null;
}

/**
 * Reads an Instagram post link (`/p/`, `/reel/`, `/reels/`, `/tv/`), with any query, fragment or
 * `/embed` tail; null for anything else (profile links, share intents, other hosts).
 *
 * @example
 * ```ts
 * parseInstagramUrl('https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed');
 * // { code: 'B8pT40EBjoK', reel: false, handle: null }
 * parseInstagramUrl('https://www.instagram.com/reel/C1a2b3c4d5/embed'); // { code: 'C1a2b3c4d5', reel: true, handle: null }
 * parseInstagramUrl('https://www.instagram.com/natgeo/'); // null
 * ```
 */
export function parseInstagramUrl(url: string): InstagramPost | null {
  if (typeof url !== 'string') return null;
  const s = url.length > 2048 ? url.slice(0, 2048) : url;
  const m = POST_URL.exec(s.trim());
  if (m === null) return null;
  const user = m[1] ?? null;
  const kind = (m[2] ?? '').toLowerCase();
  return {
    code: m[3] ?? '',
    reel: kind === 'reel' || kind === 'reels',
    handle: user !== null && HANDLE.test(user) && !/^(?:p|reels?|tv|explore|stories)$/i.test(user) ? user : null,
  };
}

/**
 * The shortcode `s` when it is one (`amp-instagram[data-shortcode]`), trimmed; else null.
 *
 * @example
 * ```ts
 * shortcode(' B1mHd6sHGXK '); // 'B1mHd6sHGXK'
 * shortcode('not a code');    // null
 * ```
 */
export function shortcode(s: string | null): string | null {
  if (s === null) return null;
  const t = s.trim();
  return SHORTCODE.test(t) ? t : null;
}

/**
 * The canonical permalink of a post: `/reel/<code>/` for reels, `/p/<code>/` for every other post.
 * An IGTV link (`/tv/<code>/`) names a video post by the same shortcode, and Instagram serves it
 * at `/p/<code>/` too: the contract's two forms cover it.
 *
 * @example
 * ```ts
 * instagramPermalink('CIqsGheBmpi', false); // 'https://www.instagram.com/p/CIqsGheBmpi/'
 * ```
 */
export function instagramPermalink(code: string, reel: boolean): string {
  return `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`;
}

/**
 * The post `href` names, by its permalink: for a link of a flattened post (the caption and byline
 * link to it, in Markdown), and for the URL an embed service was given.
 */
export function linkedInstagramPost(href: string): LinkedPost | null {
  const post = parseInstagramUrl(href);
  return post === null ? null : { id: post.code, url: instagramPermalink(post.code, post.reel) };
}

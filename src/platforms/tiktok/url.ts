/**
 * TikTok links: video permalinks (`/@handle/video/<id>`), profile, tag and sound links as an
 * embed's fallback writes them, player iframe URLs, the canonical permalink, and the creation
 * time a video id carries.
 */
import type { LinkedPost } from '../types.js';

/** The longest URL read; real TikTok links are a few hundred units at most. */
const MAX_URL_LENGTH = 2048;

/**
 * A tiktok.com URL cut at its path, anchored at the start: `[http[s]:]//[www.|m.]tiktok.com/<path>`.
 *
 * - group 1: the path after the host's `/`, up to `?`, `#` or white space
 *
 * Matches `https://www.tiktok.com/@user/video/7`, `//m.tiktok.com/tag/news?refer=embed`.
 */
const TIKTOK_URL = /^(?:https?:)?\/\/(?:www\.|m\.)?tiktok\.com\/([^?#\s]{0,512})/i;

/** A handle: letters, digits, `_` and `.`, 2 to 24 characters (TikTok's rule). */
const HANDLE = /^[\w.]{2,24}$/;

/** A video id: decimal digits; real ones are 19 digits long. */
const VIDEO_ID = /^\d{1,20}$/;

/** The path of a tiktok.com URL (after the host's `/`), or null. */
function pathOf(url: string): string | null {
  if (typeof url !== 'string') return null;
  const s = url.trim();
  if (s.length === 0 || s.length > MAX_URL_LENGTH) return null;
  const m = TIKTOK_URL.exec(s);
  return m === null ? null : (m[1] ?? '');
}

/**
 * True when `s` is a TikTok handle as links write it (without `@`).
 *
 * @example
 * ```ts
 * isTikTokHandle('harbour.watch'); // true
 * isTikTokHandle('a');             // false
 * ```
 */
export function isTikTokHandle(s: string): boolean {
  return HANDLE.test(s);
}

/**
 * True when `s` is a TikTok video id (decimal digits, at most 20).
 *
 * @example
 * ```ts
 * isTikTokVideoId('7301234567890123456'); // true
 * isTikTokVideoId('73012x');              // false
 * ```
 */
export function isTikTokVideoId(s: string): boolean {
  return VIDEO_ID.test(s);
}

/**
 * Reads a video permalink, `[http[s]:]//[www.|m.]tiktok.com/@<handle>/video/<id>[/…|?…]`
 * (`/photo/<id>` for photo posts): its handle and id, or null.
 *
 * @example
 * ```ts
 * parseVideoUrl('https://www.tiktok.com/@harbour.watch/video/7301234567890123456?is_from_webapp=1');
 * // { handle: 'harbour.watch', id: '7301234567890123456' }
 * parseVideoUrl('https://www.tiktok.com/@harbour.watch'); // null: a profile
 * ```
 */
export function parseVideoUrl(url: string): { handle: string; id: string } | null {
  const path = pathOf(url);
  if (path === null || !path.startsWith('@')) return null;
  const parts = path.split('/');
  const handle = (parts[0] ?? '').slice(1);
  const kind = parts[1];
  const id = parts[2] ?? '';
  if (!isTikTokHandle(handle) || (kind !== 'video' && kind !== 'photo') || !isTikTokVideoId(id)) return null;
  return { handle, id };
}

/**
 * Reads a profile link, `…tiktok.com/@<handle>[/][?…]`: the handle, or null (a video link is
 * no profile link).
 *
 * @example
 * ```ts
 * parseProfileUrl('https://www.tiktok.com/@harbour.watch?refer=embed'); // 'harbour.watch'
 * ```
 */
export function parseProfileUrl(url: string): string | null {
  const path = pathOf(url);
  if (path === null || !path.startsWith('@')) return null;
  const handle = path.endsWith('/') ? path.slice(1, -1) : path.slice(1);
  return isTikTokHandle(handle) ? handle : null;
}

/**
 * Reads a tag link, `…tiktok.com/tag/<tag>[?…]`: the tag (percent-decoded), or null.
 *
 * @example
 * ```ts
 * parseTagUrl('https://www.tiktok.com/tag/harbour?refer=embed'); // 'harbour'
 * ```
 */
export function parseTagUrl(url: string): string | null {
  const path = pathOf(url);
  if (path === null || !path.startsWith('tag/')) return null;
  const raw = path.slice(4).replace(/\/$/, '');
  if (raw.length === 0 || raw.includes('/')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * True for a sound link, `…tiktok.com/music/<name>-<id>`: the credit a fallback ends with.
 *
 * @example
 * ```ts
 * isSoundUrl('https://www.tiktok.com/music/original-sound-7301234567890123457?refer=embed'); // true
 * ```
 */
export function isSoundUrl(url: string): boolean {
  const path = pathOf(url);
  return path !== null && path.startsWith('music/');
}

/**
 * Reads a player URL, `//www.tiktok.com/embed/v2/<id>`, `/embed/v3/<id>`, `/embed/<id>` or
 * `/player/v1/<id>`, with any query: the video id, or null.
 *
 * @example
 * ```ts
 * parsePlayerUrl('https://www.tiktok.com/embed/v2/7301234567890123456?lang=en-US'); // '7301234567890123456'
 * parsePlayerUrl('https://www.tiktok.com/embed.js');                                // null
 * ```
 */
export function parsePlayerUrl(url: string): string | null {
  const path = pathOf(url);
  if (path === null) return null;
  const parts = path.split('/');
  let id: string | undefined;
  if (parts[0] === 'embed') id = parts[1] === 'v2' || parts[1] === 'v3' ? parts[2] : parts[1];
  else if (parts[0] === 'player' && parts[1] === 'v1') id = parts[2];
  return id !== undefined && isTikTokVideoId(id) ? id : null;
}

/**
 * The canonical permalink of a video, `https://www.tiktok.com/@<handle>/video/<id>`, or null when
 * the handle is unknown: the permalink's form has no place for a missing handle.
 *
 * @example
 * ```ts
 * tiktokPermalink('harbour.watch', '7301234567890123456'); // 'https://www.tiktok.com/@harbour.watch/video/7301234567890123456'
 * tiktokPermalink(null, '7301234567890123456');            // null
 * ```
 */
export function tiktokPermalink(handle: string | null, id: string): string | null {
  return handle !== null ? `https://www.tiktok.com/@${handle}/video/${id}` : null;
}

/** 2016-01-01T00:00:00Z and 2100-01-01T00:00:00Z in seconds: the times a video id may carry. */
const FIRST_SECOND = 1_451_606_400n;
const LAST_SECOND = 4_102_444_800n;

/**
 * The creation time a video id carries: TikTok ids are 64-bit numbers whose upper 32 bits are
 * the Unix time in seconds of the upload. ISO 8601 UTC with milliseconds (always `.000`), or
 * null for an id whose time falls outside 2016–2099 (no id of the app's lifetime does).
 *
 * @example
 * ```ts
 * videoTime('6718335390845095173'); // '2019-07-27T13:32:33.000Z'
 * videoTime('12345');               // null
 * ```
 */
export function videoTime(id: string): string | null {
  if (!isTikTokVideoId(id) || id.length < 18) return null;
  const seconds = BigInt(id) >> 32n;
  if (seconds < FIRST_SECOND || seconds >= LAST_SECOND) return null;
  return new Date(Number(seconds) * 1000).toISOString();
}

/**
 * The video `href` names: for a link of a flattened post, where its Markdown keeps one, and for
 * the URL an embed service was given.
 */
export function linkedTiktokPost(href: string): LinkedPost | null {
  const video = parseVideoUrl(href);
  const url = video !== null ? tiktokPermalink(video.handle, video.id) : null;
  return video === null || url === null ? null : { id: video.id, url, handle: video.handle };
}

/**
 * Facebook post links: the id and page name a permalink shows, and the post link a plugin
 * iframe carries URL-encoded in its `href` parameter.
 *
 * | permalink | id |
 * |---|---|
 * | `/<page>/posts/<id>` (a `:0` suffix cut), `/<page>/posts/pfbid…` | the number, or the `pfbid…` string |
 * | `/<page>/videos/[<slug>/]<id>`, `/<page>/photos/<album>/<id>` | the last number of the path |
 * | `/photo.php?fbid=<id>`, `/permalink.php?story_fbid=<id>`, `/story.php?story_fbid=<id>` | the parameter |
 * | `/watch/?v=<id>`, `/video.php?v=<id>`, `/reel/<id>` | the video id |
 * | `/groups/<group>/posts/<id>`, `/groups/<group>/permalink/<id>` | the number |
 */
import type { LinkedPost } from '../types.js';

/** A post id: decimal digits, or the opaque `pfbid…` form Facebook has written since 2022. */
const POST_ID = /^(?:\d{1,25}|pfbid[0-9A-Za-z]{10,100})$/;

/** A page or user name as a permalink path shows it. */
const PAGE_NAME = /^[\w.-]{1,80}$/;

/** First path segments that are no page name. */
const RESERVED = new Set([
  'photo.php', 'photo', 'permalink.php', 'story.php', 'watch', 'video.php', 'reel', 'groups', 'share', 'events',
  'pages', 'people', 'profile.php', 'plugins', 'sharer', 'sharer.php', 'dialog', 'login', 'hashtag', 'media', 'notes',
]);

/** A Facebook post link read. */
export interface FacebookPost {
  /** The post id as the permalink shows it, or null when it shows none this module reads. */
  readonly id: string | null;
  /** The page or user name in the path, or null. */
  readonly handle: string | null;
}

/**
 * `raw` as an https/http URL of a Facebook host (`facebook.com` and its subdomains; a `//` or
 * scheme-less link read as https), or null. Never throws.
 *
 * @example
 * ```ts
 * facebookUrl('//www.facebook.com/a/posts/1')?.pathname; // '/a/posts/1'
 * facebookUrl('https://facebook.com.example.org/a');     // null
 * ```
 */
export function facebookUrl(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  let s = raw.trim();
  if (s.startsWith('//')) s = `https:${s}`;
  else if (/^(?:www\.|m\.)?facebook\.com\//i.test(s)) s = `https://${s}`;
  if (!/^https?:\/\//i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  return host === 'facebook.com' || host.endsWith('.facebook.com') ? url : null;
}

/** `s` as a post id (a trailing `:0` cut), or null. */
function postId(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/:\d+$/, '');
  return POST_ID.test(t) ? t : null;
}

/** The last path segment (from `from` on) that is a post id, or null. */
function lastId(segments: readonly string[], from: number): string | null {
  for (let i = segments.length - 1; i >= from; i--) {
    const id = postId(segments[i]);
    if (id !== null) return id;
  }
  return null;
}

/**
 * Reads a Facebook post permalink (see the module table); null for anything that is not a post
 * link (pages, profiles, share dialogs, plugins, other hosts).
 *
 * @example
 * ```ts
 * parseFacebookUrl('https://www.facebook.com/egypt.mohp/posts/139298604287427');
 * // { id: '139298604287427', handle: 'egypt.mohp' }
 * parseFacebookUrl('https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1&type=3');
 * // { id: '10207393772231779', handle: null }
 * parseFacebookUrl('https://www.facebook.com/Minuto30com/'); // null
 * ```
 */
export function parseFacebookUrl(raw: string): FacebookPost | null {
  const url = facebookUrl(raw);
  if (url === null) return null;
  const seg = url.pathname.split('/').filter((s) => s.length > 0);
  const q = url.searchParams;
  const first = (seg[0] ?? '').toLowerCase();
  let id: string | null = null;
  let handle: string | null = null;
  switch (first) {
    case 'photo.php':
    case 'photo':
      id = postId(q.get('fbid'));
      break;
    case 'permalink.php':
    case 'story.php':
      id = postId(q.get('story_fbid'));
      break;
    case 'watch':
    case 'video.php':
      id = postId(q.get('v'));
      break;
    case 'reel':
      id = postId(seg[1]);
      break;
    case 'groups':
      if (seg[2] === 'posts' || seg[2] === 'permalink') id = postId(seg[3]);
      break;
    default: {
      const kind = seg[1];
      if (kind === 'posts') id = postId(seg[2]);
      else if (kind === 'videos' || kind === 'photos') id = lastId(seg, 2);
      else return null;
      const page = seg[0] ?? '';
      handle = PAGE_NAME.test(page) && !RESERVED.has(first) && !/^\d+$/.test(page) ? page : null;
    }
  }
  return id !== null ? { id, handle } : null;
}

/** An API version opening a path: `/v2.8`, `/v19.0`. */
const API_VERSION = /^\/v\d{1,2}\.\d{1,2}(?=\/)/;

/** The paths of the plugins that show one post (or one comment, whose link names its post). */
export const PLUGIN_PATHS: readonly string[] = ['/plugins/post.php', '/plugins/video.php', '/plugins/comment_embed.php'];

/**
 * The post link a plugin iframe's address carries (`facebook.com/plugins/post.php?href=…`,
 * `plugins/video.php?href=…`, or `plugins/comment_embed.php?href=…` for a comment, whose link
 * names its post), URL-decoded; null for any other address (page plugins, like buttons, the
 * comments box).
 *
 * @example
 * ```ts
 * pluginHref('https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fa%2Fposts%2F1&width=500');
 * // 'https://www.facebook.com/a/posts/1'
 * ```
 */
export function pluginHref(src: string): string | null {
  const url = facebookUrl(src);
  if (url === null) return null;
  // The SDK renders the plugin under its API version (`/v2.8/plugins/post.php`).
  if (!PLUGIN_PATHS.includes(url.pathname.toLowerCase().replace(API_VERSION, ''))) return null;
  const href = url.searchParams.get('href');
  return href !== null && href.trim().length > 0 ? href.trim() : null;
}

/**
 * The post `href` names, with the page its path names: the permalink as the markup gives it, as
 * the HTML route keeps it. For a link of a flattened post (the date links to it, in Markdown),
 * and for the URL an embed service was given.
 */
export function linkedFacebookPost(href: string): LinkedPost | null {
  const post = parseFacebookUrl(href);
  return post === null || post.id === null ? null : { id: post.id, url: href, handle: post.handle };
}

/**
 * Threads post links: `https://www.threads.net/@<user>/post/<code>` (and `threads.com`, the host
 * since 2025), and the short `https://www.threads.com/t/<code>` that Threads' oEmbed answer puts in
 * its embed code, read for the handle (the short form names none) and the post code; the
 * permalink kept as the markup gives it.
 */
import type { LinkedPost } from '../types.js';

/**
 * A post link, anchored at the start and bounded everywhere:
 * `[https:]//[www.]threads.(net|com)/(@<user>/post|t)/<code>[/…|?…|#…]`.
 *
 * - group 1: the user name (Instagram's grammar: letters, digits, `.` and `_`, at most 30);
 *   absent in the short `/t/<code>` form
 * - group 2: the post code
 *
 * Matches `https://www.threads.net/@zuck/post/C8x_1abcDE`, `//threads.com/@a.b/post/DAbc-12345/?igshid=1`,
 * `https://www.threads.com/t/C8x_1abcDE?utm_source=th_embed`.
 */
const POST_URL = /^(?:https?:)?\/\/(?:www\.)?threads\.(?:net|com)\/(?:@([\w.]{1,30})\/post|t)\/([\w-]{5,64})(?:[/?#]|$)/i;

/** A player URL the embed script makes of a post link: the link with `/embed` (and a `/`) after it. */
const EMBED_SUFFIX = /\/embed\/?$/i;

/** A Threads post link read. */
export interface ThreadsPost {
  /** The user the link names; null for the short `/t/<code>` form. */
  readonly handle: string | null;
  readonly code: string;
  /** The link as given, without its query and fragment (`https:` before a `//` link); null unless https. */
  readonly url: string | null;
}

/**
 * Reads a Threads post link; null for anything else (profiles, intents, other hosts).
 *
 * @example
 * ```ts
 * parseThreadsUrl('https://www.threads.net/@zuck/post/C8x_1abcDE?xmt=AQ');
 * // { handle: 'zuck', code: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE' }
 * parseThreadsUrl('https://www.threads.net/@zuck'); // null
 * ```
 */
export function parseThreadsUrl(raw: string): ThreadsPost | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  const s = raw.trim();
  const m = POST_URL.exec(s);
  if (m === null) return null;
  const cut = s.search(/[?#]/);
  let bare = cut >= 0 ? s.slice(0, cut) : s;
  // A protocol-relative link is the https link the page loads.
  if (bare.startsWith('//')) bare = `https:${bare}`;
  return { handle: m[1] ?? null, code: m[2] ?? '', url: bare.startsWith('https://') ? bare : null };
}

/**
 * Reads the source of the iframe Threads' embed script renders in place of the embed code (the
 * post link with `/embed/` after it): the post, its `url` without the `/embed/`; null for any
 * other source.
 *
 * @example
 * ```ts
 * parseThreadsEmbedSource('https://www.threads.com/t/C8x_1abcDE/embed/'); // { handle: null, code: 'C8x_1abcDE', url: 'https://www.threads.com/t/C8x_1abcDE' }
 * parseThreadsEmbedSource('https://www.threads.com/t/C8x_1abcDE');        // null: a link, not a player
 * ```
 */
export function parseThreadsEmbedSource(raw: string): ThreadsPost | null {
  const post = parseThreadsUrl(raw);
  if (post === null || post.url === null || !EMBED_SUFFIX.test(post.url)) return null;
  const url = post.url.replace(EMBED_SUFFIX, '');
  // The link before `/embed` must itself end at the code.
  return url.endsWith(`/${post.code}`) ? { ...post, url } : null;
}

/**
 * The post `href` names: for a link of a flattened post (the embed's own link, in Markdown), and
 * for the URL an embed service was given.
 */
export function linkedThreadsPost(href: string): LinkedPost | null {
  const post = parseThreadsUrl(href);
  return post === null || post.url === null ? null : { id: post.code, url: post.url, handle: post.handle };
}

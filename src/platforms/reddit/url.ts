/**
 * Reddit post and comment links, the sources of embed iframes, and the canonical comments
 * link. Total: any string in, a value or null out.
 *
 * ```
 * https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat_on_a_mat/
 *                          ^sub          ^post id (base 36) ^slug
 * https://www.reddit.com/r/aww/comments/1c2d3e4/comment/kz9y8x7/     (a comment; also …/<slug>/<comment id>/)
 * https://embed.reddit.com/r/aww/comments/1c2d3e4/a_cat_on_a_mat/?embed=true
 * ```
 */
import type { LinkedPost } from '../types.js';

/** A post, or a comment on it. */
export interface PostRef {
  readonly subreddit: string;
  /** The post's base-36 id, lower-cased. */
  readonly id: string;
  readonly slug: string | null;
  /** The comment's base-36 id when the link is a comment's, else null. */
  readonly comment: string | null;
}

/** Hosts that serve posts and embeds. */
const HOSTS = new Set([
  'reddit.com', 'www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'np.reddit.com', 'm.reddit.com',
  'embed.reddit.com', 'redditmedia.com', 'www.redditmedia.com', 'sh.reddit.com',
]);
/** Hosts that serve only embeds. */
const EMBED_HOSTS = new Set(['embed.reddit.com', 'redditmedia.com', 'www.redditmedia.com']);
const SUBREDDIT = /^\w{2,21}$/;
const BASE36 = /^[a-z\d]{1,13}$/i;
const SLUG = /^[\w%-]{1,300}$/;

/** The path of a Reddit URL on one of `hosts`, or null. */
function pathOn(url: string, hosts: ReadonlySet<string>): string[] | null {
  const s = url.trim();
  if (s.length > 2048) return null;
  const m = /^(?:https?:)?\/\/([^/?#]{1,64})(\/[^?#]*)?/i.exec(s);
  if (m === null || !hosts.has((m[1] ?? '').toLowerCase())) return null;
  const parts = (m[2] ?? '/').split('/').slice(1);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The post (and comment) a link points at: `/r/<sub>/comments/<id>[/<slug>][/<comment>]` or
 * `…/comments/<id>/comment/<comment>`; null for anything else (a subreddit, a user, a share link).
 *
 * @example
 * ```ts
 * parsePostUrl('https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat_on_a_mat/?utm_source=share');
 * // { subreddit: 'aww', id: '1c2d3e4', slug: 'a_cat_on_a_mat', comment: null }
 * ```
 */
export function parsePostUrl(url: string): PostRef | null {
  return postOf(pathOn(url, HOSTS));
}

/**
 * The post an embed iframe shows (`embed.reddit.com/r/…` or `redditmedia.com/r/…`), or null.
 *
 * @example
 * ```ts
 * parseEmbedSource('https://www.redditmedia.com/r/aww/comments/7bqo6e/slug/?ref_source=embed&embed=true');
 * // { subreddit: 'aww', id: '7bqo6e', slug: 'slug', comment: null }
 * ```
 */
export function parseEmbedSource(src: string): PostRef | null {
  return postOf(pathOn(src, EMBED_HOSTS));
}

function postOf(parts: string[] | null): PostRef | null {
  if (parts === null || parts[0]?.toLowerCase() !== 'r' || parts[2] !== 'comments' || parts.length > 7) return null;
  const subreddit = parts[1] ?? '';
  const id = (parts[3] ?? '').toLowerCase();
  if (!SUBREDDIT.test(subreddit) || !BASE36.test(id)) return null;
  const rest = parts.slice(4);
  let slug: string | null = null;
  let comment: string | null = null;
  if (rest[0] === 'comment') comment = rest[1] ?? null;
  else {
    slug = rest[0] ?? null;
    comment = rest[1] ?? null;
    if (rest.length > 2) return null;
  }
  if ((slug !== null && !SLUG.test(slug)) || (comment !== null && !BASE36.test(comment))) return null;
  return { subreddit, id, slug, comment: comment?.toLowerCase() ?? null };
}

/** The user a profile link names (`/user/<name>` or `/u/<name>`), or null. */
export function parseUserUrl(url: string): string | null {
  const parts = pathOn(url, HOSTS);
  if (parts === null || parts.length !== 2 || (parts[0] !== 'user' && parts[0] !== 'u')) return null;
  return USER.test(parts[1] ?? '') ? (parts[1] ?? null) : null;
}

/**
 * Whether a link points at a subreddit's front page (`/r/<sub>`), as the embed code's "in
 * <sub>" and the older card's "from <sub>" do.
 *
 * @example
 * ```ts
 * isSubredditUrl('https://www.reddit.com/r/aww/');                       // true
 * isSubredditUrl('https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat/'); // false
 * ```
 */
export function isSubredditUrl(url: string): boolean {
  const parts = pathOn(url, HOSTS);
  return parts !== null && parts.length === 2 && parts[0]?.toLowerCase() === 'r' && SUBREDDIT.test(parts[1] ?? '');
}

/** A user name as Reddit allows it. */
const USER = /^[\w-]{3,20}$/;

/**
 * The user of a `u/name` text (as the embed code shows the author), or null.
 *
 * @example
 * ```ts
 * userOfText('u/cat_person'); // 'cat_person'
 * ```
 */
export function userOfText(text: string): string | null {
  const t = text.trim();
  const name = t.startsWith('u/') ? t.slice(2) : t.startsWith('/u/') ? t.slice(3) : null;
  return name !== null && USER.test(name) ? name : null;
}

/**
 * The canonical link: the post's comments page,
 * `https://www.reddit.com/r/<sub>/comments/<id>/<slug>/` (no slug when none is known), or a
 * comment's, `https://www.reddit.com/r/<sub>/comments/<id>/comment/<comment>/`.
 *
 * @example
 * ```ts
 * commentsLink({ subreddit: 'aww', id: '1c2d3e4', slug: 'a_cat', comment: null });
 * // 'https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat/'
 * ```
 */
export function commentsLink(ref: PostRef): string {
  const base = `https://www.reddit.com/r/${ref.subreddit}/comments/${ref.id}/`;
  if (ref.comment !== null) return `${base}comment/${ref.comment}/`;
  return ref.slug !== null ? `${base}${ref.slug}/` : base;
}

/**
 * The post `href` names: for a link of a flattened post (its title links to it, in Markdown), and
 * for the URL an embed service was given.
 */
export function linkedRedditPost(href: string): LinkedPost | null {
  const ref = parsePostUrl(href);
  return ref === null ? null : { id: ref.id, url: commentsLink(ref) };
}

/**
 * Mastodon status links on any instance, and the canonical permalink. Instances are any host,
 * so a link is known by its path, never by its domain. Total: any string in, a value or null out.
 *
 * ```
 * https://mastodon.social/@Gargron/113311212305040003/embed
 *         ^instance        ^user   ^status id (digits)  ^embed page (iframes)
 * https://example.social/users/alice/statuses/109/embed      (older instances)
 * ```
 */
import type { LinkedPost } from '../types.js';

/** A status on an instance. */
export interface StatusRef {
  /** The instance serving the link, lower-cased. */
  readonly host: string;
  /** The user as the path names them (`alice`, or `alice@remote.example` for a remote account). */
  readonly user: string;
  readonly id: string;
  /** True when the link is the embed page (`…/embed`). */
  readonly embed: boolean;
}

/** A host name: dot-separated labels, a letter-led top-level label, an optional port. */
const HOST = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.){1,8}[a-z][a-z\d-]{0,62}(?::\d{1,5})?$/;
/** A user name (ASCII letters, digits, `_`, and `.`/`-` inside), optionally `@domain`. */
const USER = /^\w(?:[\w.-]{0,62}\w)?(?:@(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.){1,8}[a-z][a-z\d-]{0,62})?$/i;
/** A status id: digits (snowflake-like since Mastodon 2.0, small integers before). */
const ID = /^\d{1,20}$/;

/**
 * The status a link points at, on any host: `/@user/<id>`, `/@user/<id>/embed`,
 * `/users/<user>/statuses/<id>(/embed)`; null for anything else.
 *
 * @example
 * ```ts
 * parseStatusUrl('https://mastodon.social/@Gargron/113311212305040003/embed');
 * // { host: 'mastodon.social', user: 'Gargron', id: '113311212305040003', embed: true }
 * parseStatusUrl('https://mastodon.social/@Gargron'); // null
 * ```
 */
export function parseStatusUrl(url: string): StatusRef | null {
  const s = url.trim();
  if (s.length > 2048) return null;
  const m = /^(?:https?:)?\/\/([^/?#@]{1,260})(\/[^?#]*)/i.exec(s);
  if (m === null) return null;
  const host = (m[1] ?? '').toLowerCase();
  if (!HOST.test(host)) return null;
  const parts = (m[2] ?? '').split('/').slice(1);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  let user: string;
  let rest: string[];
  if (parts[0]?.startsWith('@') === true && parts.length >= 2) {
    user = parts[0].slice(1);
    rest = parts.slice(1);
  } else if (parts[0] === 'users' && parts[2] === 'statuses' && parts.length >= 4) {
    user = parts[1] ?? '';
    rest = parts.slice(3);
  } else return null;
  const [id = '', tail] = rest;
  if (!USER.test(user) || !ID.test(id) || rest.length > 2 || (tail !== undefined && tail !== 'embed')) return null;
  return { host, user, id, embed: tail === 'embed' };
}

/**
 * The handle of a status's author, `user@instance`: the user of the link at the link's host,
 * unless the path names a remote account (`@alice@remote.example`).
 */
export function handleOf(ref: StatusRef): string {
  return ref.user.includes('@') ? ref.user : `${ref.user}@${ref.host}`;
}

/**
 * The canonical permalink `https://<instance>/@<user>/<id>`.
 *
 * @example
 * ```ts
 * statusPermalink({ host: 'mastodon.social', user: 'Gargron', id: '1', embed: true }); // 'https://mastodon.social/@Gargron/1'
 * ```
 */
export function statusPermalink(ref: StatusRef): string {
  return `https://${ref.host}/@${ref.user}/${ref.id}`;
}

/**
 * The status `href` names: for a link of a flattened post (the embed's own link, in Markdown),
 * and for the URL an embed service was given.
 */
export function linkedMastodonPost(href: string): LinkedPost | null {
  const ref = parseStatusUrl(href);
  return ref === null ? null : { id: ref.id, url: statusPermalink(ref), handle: handleOf(ref) };
}

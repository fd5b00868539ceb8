/**
 * Mastodon embeds in HTML, on any instance: the embed code of Mastodon 4.3 and later, the older
 * iframes, and WordPress embed blocks holding a status link.
 *
 * ```
 * <blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/1133…/embed" …>
 *   <a href="https://mastodon.social/@Gargron/1133…"> <svg …/> <div>Post by @Gargron@mastodon.social</div> <div>View on Mastodon</div></a>
 * </blockquote>
 * <iframe src="https://mastodon.social/@Gargron/1133…/embed" class="mastodon-embed" …></iframe>
 * ```
 *
 * The fallback shows no body and no date; the handle is the `@user@host` it shows (an account's
 * domain may differ from the host serving it), else the link's user at the link's host.
 */
import { buildEmbed } from '../../core/embed.js';
import { attr, flattenElement, hasClass, isFrame, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext } from '../types.js';
import { findElement, firstUrl, frameAddress, isWpBlock, neverEmbeds } from '../../core/html/parts.js';
import { handleOf, linkedMastodonPost, parseStatusUrl, statusPermalink, type StatusRef } from './url.js';

/**
 * What a start tag opens: 'blockquote' (the 4.3 embed code), 'iframe' (an iframe of class
 * `mastodon-embed` or whose source is a status's embed page), 'wp-block', or null.
 *
 * @example
 * ```ts
 * mastodonKind('iframe', { attribs: { src: 'https://fosstodon.org/@alice/109/embed' } }); // 'iframe'
 * mastodonKind('iframe', { attribs: { src: 'https://fosstodon.org/@alice/109' } });       // null: a page, not an embed
 * ```
 */
export function mastodonKind(name: string, el: WithAttributes): EmbedKind | null {
  if (neverEmbeds(name)) return null;
  if (name === 'blockquote') return hasClass(el, 'mastodon-embed') ? 'blockquote' : null;
  if (isFrame(name)) {
    if (hasClass(el, 'mastodon-embed')) return 'iframe';
    return frameAddress(el, embedStatus) !== null ? 'iframe' : null;
  }
  return isWpBlock(name, el, ['mastodon']) ? 'wp-block' : null;
}

/** `@user@domain` in a fallback's text (`Post by @alice@example.social`, in any language). */
const SHOWN_HANDLE = /@(\w[\w.-]{0,63})@((?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.){1,8}[a-z][a-z\d-]{0,62})/i;

/** The status an embed URL (`/@user/<id>/embed`) names, or null for any other URL. */
function embedStatus(url: string): StatusRef | null {
  const ref = parseStatusUrl(url);
  return ref?.embed === true ? ref : null;
}

/** The status an element names: its own embed URL or source, then its links. */
function statusOf(root: HtmlElement): StatusRef | null {
  const own = attr(root, 'data-embed-url');
  const ref = (own !== null ? parseStatusUrl(own) : null) ?? (isFrame(root.name) ? frameAddress(root, parseStatusUrl) : null);
  if (ref !== null) return ref;
  const inner = findElement(root, (el) => el !== root && (el.name === 'blockquote' || isFrame(el.name)) && mastodonKind(el.name, el) !== null);
  if (inner !== null) return statusOf(inner);
  return firstUrl(root, parseStatusUrl);
}

/** Reads one Mastodon embed element; null when it names no status. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  const ref = statusOf(root);
  if (ref === null) return null;
  const shown = !isFrame(root.name) ? SHOWN_HANDLE.exec(flattenElement(root).text) : null;
  // The shown handle is the author's only when its user is the link's.
  const handle = shown !== null && (shown[1] ?? '').toLowerCase() === ref.user.split('@')[0]?.toLowerCase()
    ? `${shown[1]}@${(shown[2] ?? '').toLowerCase()}`
    : handleOf(ref);
  return buildEmbed({
    platform: 'mastodon',
    kind,
    source: ctx.source,
    id: ref.id,
    url: statusPermalink(ref),
    handle,
    start: root.start,
    end: root.end,
  });
}

/**
 * Mastodon's embed forms in HTML, for core's one pass over a page.
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `mastodon-embed` | the class of the 4.3 blockquote and of the iframes Mastodon's share dialog gives |
 * | `iframe src="https://` | an iframe whose source comes first: a status's embed page on any host, class or none |
 * | `is-provider-mastodon` | WordPress embed blocks |
 *
 * Instances are any host, so no URL piece marks them: an iframe without the class is found by
 * its start tag (`<iframe src="https://…`), and {@link mastodonKind} keeps only those whose
 * source ends in `/@user/<id>/embed`.
 *
 * @example
 * ```ts
 * extractEmbeds('<iframe src="https://mastodon.social/@Gargron/99662106175542726/embed" class="mastodon-embed"></iframe>');
 * // [{ platform: 'mastodon', kind: 'iframe', id: '99662106175542726', url: 'https://mastodon.social/@Gargron/99662106175542726', … }]
 * ```
 */
export const mastodonHtml: HtmlForms = {
  markers: ['mastodon-embed', 'iframe src="https://', 'is-provider-mastodon'],
  classify: mastodonKind,
  interpret,
  names: { attributes: ['data-embed-url', 'allowfullscreen'] },
  widgetScripts: ['/embed.js'],
  servedPost: linkedMastodonPost,
};

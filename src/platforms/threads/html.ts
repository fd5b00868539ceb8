/**
 * Threads embeds in HTML: the embed code's `blockquote.text-post-media[data-text-post-permalink]`
 * (threads.net and threads.com hosts) and WordPress embed figures holding a post URL.
 *
 * ```
 * <blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@user/post/C0dE" data-text-post-version="0">
 *   <a href="https://www.threads.net/@user/post/C0dE"><div>Post by @user</div><div>View on Threads</div></a>
 * </blockquote>
 * ```
 *
 * The embed code shows no post text, no display name and no date: the post's code and handle
 * are all it settles.
 */
import { buildEmbed } from '../../core/embed.js';
import { attr, elements, flattenElement, hasClass, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms } from '../types.js';
import { parseThreadsUrl, type ThreadsPost } from './url.js';

/**
 * What a Threads embed element is, from its start tag alone, or null when it is none.
 *
 * @example
 * ```ts
 * threadsKind('blockquote', { attribs: { class: 'text-post-media', 'data-text-post-permalink': '…' } }); // 'blockquote'
 * threadsKind('a', { attribs: { class: 'text-post-media' } });                                          // null
 * ```
 */
export function threadsKind(name: string, el: WithAttributes): EmbedKind | null {
  if (name === 'blockquote' && hasClass(el, 'text-post-media')) return 'blockquote';
  if (name !== 'a' && hasClass(el, 'wp-block-embed') && (hasClass(el, 'is-provider-threads') || hasClass(el, 'wp-block-embed-threads'))) {
    return 'wp-block';
  }
  return null;
}

/**
 * The first post an element names, and the element that names it: a nested embed code's
 * permalink attribute (an unclosed embed before it swallowed it), a link's href, else a bare
 * URL in its text (WordPress figures).
 */
function postIn(root: HtmlElement, text: string): { post: ThreadsPost; at: HtmlElement } | null {
  for (const el of elements(root)) {
    const post =
      el.name === 'a'
        ? parseThreadsUrl(attr(el, 'href') ?? '')
        : el !== root && el.name === 'blockquote'
          ? parseThreadsUrl(attr(el, 'data-text-post-permalink') ?? '')
          : null;
    if (post !== null) return { post, at: el.name === 'a' ? root : el };
  }
  for (const word of collapseSpace(text).split(' ')) {
    const post = parseThreadsUrl(word);
    if (post !== null) return { post, at: root };
  }
  return null;
}

function interpret(root: HtmlElement, kind: EmbedKind): Embed | null {
  const flat = flattenElement(root);
  const own = parseThreadsUrl(attr(root, 'data-text-post-permalink') ?? '');
  const found = own !== null ? { post: own, at: root } : postIn(root, flat.text);
  if (found === null) return null;
  const { post, at } = found;
  return buildEmbed({
    platform: 'threads',
    kind,
    source: 'html',
    start: at.start,
    end: at.end,
    id: post.code,
    url: post.url,
    handle: post.handle,
    lang: flat.lang ?? attr(root, 'lang')?.trim() ?? null,
  });
}

/**
 * Threads' embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `text-post-media` | the embed code's blockquote |
 * | `is-provider-threads`, `wp-block-embed-threads` | WordPress embed figures |
 *
 * @example
 * ```ts
 * extractEmbeds('<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8x_1abcDE"></blockquote>');
 * // [{ platform: 'threads', kind: 'blockquote', id: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE', … }]
 * ```
 */
export const threadsHtml: HtmlForms = {
  markers: ['text-post-media', 'is-provider-threads', 'wp-block-embed-threads'],
  classify: threadsKind,
  interpret: (read) => interpret(read.root, read.kind),
  names: { attributes: ['data-text-post-permalink', 'data-text-post-version'] },
  widgetScripts: ['threads.net/embed.js', 'threads.com/embed.js'],
};

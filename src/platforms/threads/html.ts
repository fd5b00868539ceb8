/**
 * Threads embeds in HTML: the embed code's `blockquote.text-post-media[data-text-post-permalink]`
 * (threads.net and threads.com hosts, the permalink as `/@user/post/<code>` or, from Threads'
 * oEmbed, `/t/<code>`), the iframe its script renders in its place, and WordPress embed figures
 * holding a post URL.
 *
 * ```
 * <blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@user/post/C0dE" data-text-post-version="0">
 *   <a href="https://www.threads.net/@user/post/C0dE"><div>Post by @user</div><div>View on Threads</div></a>
 * </blockquote>
 * ```
 *
 * The embed code shows no post text, no display name and no date: the post's code and handle
 * are all it settles. The handle comes from the permalink, else from the fallback's "Post by
 * @user" (the short `/t/<code>` permalink names no user).
 */
import { buildEmbed } from '../../core/embed.js';
import { scanAttributions } from '../../core/attribution/grammar.js';
import { attr, declaredLang, elements, flattenElement, hasClass, isFrame, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms } from '../types.js';
import { THREADS_BYLINE } from './text.js';
import { linkedThreadsPost, parseThreadsEmbedSource, parseThreadsUrl, type ThreadsPost } from './url.js';

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
  if (isFrame(name)) return frameAddress(el, parseThreadsEmbedSource) !== null ? 'iframe' : null;
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
  const own =
    kind === 'iframe' ? frameAddress(root, parseThreadsEmbedSource) : parseThreadsUrl(attr(root, 'data-text-post-permalink') ?? '');
  const found = own !== null ? { post: own, at: root } : postIn(root, flat.text);
  if (found === null) return null;
  const { post, at } = found;
  // The short permalink names no user: the fallback's "Post by @user" does, read by the text route's grammar.
  const handle = post.handle ?? scanAttributions(flat.text, THREADS_BYLINE)[0]?.handle ?? null;
  return buildEmbed({
    platform: 'threads',
    kind,
    source: 'html',
    start: at.start,
    end: at.end,
    id: post.code,
    url: post.url,
    handle,
    lang: flat.lang !== undefined ? flat.lang : (declaredLang(root) ?? null),
  });
}

/**
 * Threads' embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `text-post-media` | the embed code's blockquote |
 * | `//www.threads.com/`, `//www.threads.net/` | the source of the iframe the embed script renders (`…/t/<code>/embed/`) |
 * | `is-provider-threads`, `wp-block-embed-threads` | WordPress embed figures |
 *
 * @example
 * ```ts
 * extractEmbeds('<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8x_1abcDE"></blockquote>');
 * // [{ platform: 'threads', kind: 'blockquote', id: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE', … }]
 * ```
 */
export const threadsHtml: HtmlForms = {
  markers: ['text-post-media', '//www.threads.com/', '//www.threads.net/', 'is-provider-threads', 'wp-block-embed-threads'],
  classify: threadsKind,
  interpret: (read) => interpret(read.root, read.kind),
  names: { attributes: ['data-text-post-permalink', 'data-text-post-version'] },
  widgetScripts: ['threads.net/embed.js', 'threads.com/embed.js'],
  // The script renders its iframe beside the embed code it replaces.
  renderedTwins: true,
  servedPost: linkedThreadsPost,
};

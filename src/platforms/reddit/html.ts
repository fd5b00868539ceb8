/**
 * Reddit embeds in HTML: the embed code of posts and comments (`blockquote.reddit-embed-bq`),
 * the older `blockquote.reddit-card`, `embed.reddit.com` and `redditmedia.com` iframes, AMP's
 * `amp-reddit` (a post's or a comment's link in `data-src`) and WordPress embed blocks holding a
 * post link.
 *
 * ```
 * <blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat/">A cat</a><br> by
 *   <a href="https://www.reddit.com/user/cat_person/">u/cat_person</a> in <a href="https://www.reddit.com/r/aww/">aww</a></blockquote>
 *   ^post link, its text the title           ^author                        ^subreddit (also in the post link)
 * <blockquote class="reddit-card"><a href="…/comments/7bqo6e/slug/">Title</a> from <a href="…/r/aww">aww</a></blockquote>
 * ```
 *
 * A comment's code links the comment first (`Comment`), then its author, then the discussion:
 * the embed's id is the post's, its url the comment's link, and its text null (the comment's
 * body is not shown; the title is the discussion's, not the comment's).
 */
import { buildEmbed } from '../../core/embed.js';
import { attr, flattenElement, hasClass, isFrame, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext } from '../types.js';
import { findElement, firstUrl, frameAddress, isWpBlock, langWithin, neverEmbeds } from '../../core/html/parts.js';
import { commentsLink, isSubredditUrl, linkedRedditPost, parseEmbedSource, parsePostUrl, parseUserUrl, userOfText, type PostRef } from './url.js';

/** True for the embed code's quote, new or old. */
function isQuote(name: string, el: { attribs: Readonly<Record<string, string>> }): boolean {
  return name === 'blockquote' && (hasClass(el, 'reddit-embed-bq') || hasClass(el, 'reddit-card'));
}

/** The post or comment an `amp-reddit` names in `data-src`, or null. */
function ampPost(el: WithAttributes): PostRef | null {
  return parsePostUrl((attr(el, 'data-src') ?? '').trim());
}

/**
 * What a start tag opens: 'blockquote', 'iframe', 'amp', 'wp-block', or null.
 *
 * @example
 * ```ts
 * redditKind('blockquote', { attribs: { class: 'reddit-embed-bq' } });                              // 'blockquote'
 * redditKind('iframe', { attribs: { src: 'https://embed.reddit.com/r/aww/comments/1c2d3e4/x/' } }); // 'iframe'
 * redditKind('a', { attribs: { href: 'https://www.reddit.com/submit?url=…' } });                    // null
 * ```
 */
export function redditKind(name: string, el: WithAttributes): EmbedKind | null {
  if (neverEmbeds(name)) return null;
  if (isQuote(name, el)) return 'blockquote';
  if (isFrame(name)) return frameAddress(el, parseEmbedSource) !== null ? 'iframe' : null;
  if (name === 'amp-reddit') return ampPost(el) !== null ? 'amp' : null;
  return isWpBlock(name, el, ['reddit']) ? 'wp-block' : null;
}

/** The longest link text read as a title or a `u/name`. */
const MAX_LINK_TEXT = 600;

/** What a quote shows. */
interface Quoted {
  ref: PostRef | null;
  title: string | null;
  handle: string | null;
}

/**
 * Reads the post (or comment) link, the title and the author of a quote. The post link's text
 * is the title only where the quote shows the embed code's byline, an author or a subreddit
 * link: a quote a site writes itself around a bare link labels it (`View on Reddit`).
 */
function readQuote(bq: HtmlElement): Quoted {
  const flat = flattenElement(bq);
  let post: PostRef | null = null;
  let comment: PostRef | null = null;
  let title: string | null = null;
  let handle: string | null = null;
  let subreddit = false;
  for (const a of flat.anchors) {
    // A title is 300 characters at most; longer link text (unclosed links nest) is none.
    const shown = a.end - a.start <= MAX_LINK_TEXT ? collapseSpace(flat.text.slice(a.start, a.end)) : '';
    const p = parsePostUrl(a.href);
    if (p !== null) {
      if (p.comment !== null) comment ??= p;
      else if (post === null) {
        post = p;
        // The title; the link's own URL shown as its text is none.
        title = shown.length > 0 && parsePostUrl(shown) === null && !shown.startsWith('http') ? shown : null;
      }
      continue;
    }
    handle ??= userOfText(shown) ?? parseUserUrl(a.href);
    subreddit ||= isSubredditUrl(a.href);
  }
  if (comment !== null) return { ref: comment, title: null, handle };
  return { ref: post, title: handle !== null || subreddit ? title : null, handle };
}

/** Reads one Reddit embed element; null when it names no post. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  const bq = isQuote(root.name, root) ? root : findElement(root, (el) => isQuote(el.name, el));
  const quoted: Quoted = bq !== null ? readQuote(bq) : { ref: null, title: null, handle: null };
  let ref = quoted.ref ?? (kind === 'amp' ? ampPost(root) : null);
  if (ref === null) {
    const frame = isFrame(root.name) ? root : findElement(root, (el) => isFrame(el.name) && frameAddress(el, parseEmbedSource) !== null);
    ref = frame !== null ? frameAddress(frame, parseEmbedSource) : null;
  }
  if (ref === null && kind === 'wp-block') ref = firstUrl(root, parsePostUrl);
  if (ref === null) return null;
  const titleLink = quoted.title !== null && bq !== null ? findElement(bq, (el) => el.name === 'a' && attr(el, 'href') !== null) : null;
  return buildEmbed({
    platform: 'reddit',
    kind,
    source: ctx.source,
    id: ref.id,
    url: commentsLink(ref),
    handle: quoted.handle,
    text: quoted.title,
    lang: titleLink !== null && bq !== null ? langWithin(bq, titleLink) : null,
    start: root.start,
    end: root.end,
  });
}

/**
 * Reddit's embed forms in HTML, for core's one pass over a page.
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `reddit-embed`, `reddit-card` | the classes of the embed codes' quotes |
 * | `//embed.reddit.com/`, `//www.redditmedia.com/`, `//redditmedia.com/` | embed iframes' sources |
 * | `is-provider-reddit` | WordPress embed blocks |
 * | `amp-reddit` | AMP's element |
 *
 * @example
 * ```ts
 * extractEmbeds('<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat/">A cat</a>'
 *   + '<br> by <a href="https://www.reddit.com/user/cat_person/">u/cat_person</a></blockquote>');
 * // [{ platform: 'reddit', id: '1c2d3e4', url: 'https://www.reddit.com/r/aww/comments/1c2d3e4/a_cat/', text: 'A cat', … }]
 * ```
 */
export const redditHtml: HtmlForms = {
  markers: ['reddit-embed', 'reddit-card', '//embed.reddit.com/', '//www.redditmedia.com/', '//redditmedia.com/', 'is-provider-reddit', 'amp-reddit'],
  classify: redditKind,
  interpret,
  names: { tags: ['amp-reddit'], attributes: ['data-embed-height', 'data-embed-showmedia', 'data-embed-created', 'data-card-created'] },
  widgetScripts: ['embed.reddit.com/widgets.js', 'embed.redditmedia.com/widgets/platform.js'],
  servedPost: linkedRedditPost,
};

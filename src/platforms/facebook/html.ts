/**
 * Facebook embeds in HTML: the SDK's `div.fb-post` / `div.fb-video` widgets (with the
 * `blockquote.fb-xfbml-parse-ignore` fallback they hold) and `div.fb-comment-embed`,
 * `plugins/post.php`, `plugins/video.php` and `plugins/comment_embed.php` iframes (the address in
 * `src`, in a lazy-loading attribute, or in an iframe held entity-escaped by a wrapper's `data-*`
 * attribute), AMP's `amp-facebook` (a post, a video or a comment in `data-href`) and WordPress
 * embed figures. A comment's link names its post (`…/posts/<id>?comment_id=…`): the embed's id is
 * the post's, its url the comment's link, as Reddit's comment embeds are read.
 *
 * ```
 * <div class="fb-post" data-href="https://www.facebook.com/Page/posts/123">
 *   <blockquote cite="https://www.facebook.com/Page/posts/123" class="fb-xfbml-parse-ignore">
 *     <p>Body #tag</p>                                                  body
 *     Posted by <a href="https://www.facebook.com/Page/">Name</a> on <a href="…">Thursday, August 27, 2015</a>
 *     ^prefix    ^name anchor                                           ^date anchor
 *   </blockquote>
 * </div>
 * ```
 */
import { buildEmbed, shownDate } from '../../core/embed.js';
import { linksAndHashtags } from '../../core/entities/index.js';
import {
  attr,
  declaredLang,
  elements,
  flattenElement,
  hasClass,
  isFrame,
  readElement,
  type FlatAnchor,
  type FlatText,
  type HtmlElement,
  type WithAttributes,
} from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { DateOptions, Embed, EmbedKind } from '../../types.js';
import type { HtmlForms } from '../types.js';
import { facebookUrl, linkedFacebookPost, parseFacebookUrl, PLUGIN_PATHS, pluginHref } from './url.js';

/** Elements that are never an embed whatever their attributes (links, buttons, metadata). */
const NEVER_EMBEDS = new Set(['a', 'button', 'img', 'input', 'link', 'meta', 'head', 'html', 'body', 'style', 'template', 'svg']);

/**
 * What opens the fallback's byline, lower case, by language, and the words that join the name
 * to the date when the byline has no links to tell them apart.
 */
export const BYLINE_PREFIXES: readonly string[] = [
  'posted by', // en
  'publiée par', // fr
  'publié par', // fr
  'gepostet von', // de
  'publicado por', // es, pt
  'publicada por', // es
  'pubblicato da', // it
  'geplaatst door', // nl
  'dikirim oleh', // id
  'người đăng:', // vi
];
const CONNECTORS: readonly string[] = [' on ', ' sur ', ' am ', ' en ', ' su ', ' em ', ' op ', ' pada ', ' vào '];

/** An attribute value that holds a plugin address: as a URL, or inside held iframe markup. */
function pluginIn(value: string): string | null {
  if (!PLUGIN_PATHS.some((path) => value.includes(path))) return null;
  const direct = pluginHref(value);
  if (direct !== null) return direct;
  // Markup held in an attribute (`data-html="&lt;iframe src=&quot;…&quot;&gt;"`, decoded by the
  // reader); markup, not a JSON state blob that happens to quote an iframe.
  const lt = value.indexOf('<iframe');
  if (lt < 0 || !value.trimStart().startsWith('<')) return null;
  const frame = readElement(value, lt, { maxLength: 8192 });
  return frame !== null ? pluginOf(frame, false) : null;
}

/**
 * The post link of a plugin iframe, from any attribute that holds its address (`src`,
 * `data-src`, `data-lazy-src` …); with `held`, also from `data-*` attributes holding an iframe's
 * markup.
 */
function pluginOf(el: WithAttributes, held: boolean): string | null {
  if (!held) return frameAddress(el, pluginHref);
  for (const name of Object.keys(el.attribs)) {
    if (!name.startsWith('data-')) continue;
    const href = pluginIn(el.attribs[name] ?? '');
    if (href !== null) return href;
  }
  return null;
}

/**
 * What a Facebook embed element is, from its start tag alone, or null when it is none.
 *
 * @example
 * ```ts
 * facebookKind('div', { attribs: { class: 'fb-post', 'data-href': 'https://www.facebook.com/a/posts/1' } }); // 'widget'
 * facebookKind('div', { attribs: { class: 'fb-page', 'data-href': 'https://www.facebook.com/a/' } });         // null
 * ```
 */
export function facebookKind(name: string, el: WithAttributes): EmbedKind | null {
  if (NEVER_EMBEDS.has(name)) return null;
  // `amp-facebook-page`, `-like` and `-comments` carry the marker too: no post.
  if (name === 'amp-facebook') return attr(el, 'data-href') !== null ? 'amp' : null;
  if ((hasClass(el, 'fb-post') || hasClass(el, 'fb-video') || hasClass(el, 'fb-comment-embed')) && attr(el, 'data-href') !== null) return 'widget';
  if (isFrame(name)) return pluginOf(el, false) !== null ? 'iframe' : null;
  if (name === 'blockquote' && hasClass(el, 'fb-xfbml-parse-ignore')) {
    return parseFacebookUrl(attr(el, 'cite') ?? '') !== null ? 'blockquote' : null;
  }
  if (hasClass(el, 'wp-block-embed') && (hasClass(el, 'is-provider-facebook') || hasClass(el, 'wp-block-embed-facebook'))) {
    return 'wp-block';
  }
  // A wrapper keeping the iframe, as markup, in an attribute until it is shown.
  return pluginOf(el, true) !== null ? 'iframe' : null;
}

/** What the fallback shows. */
interface Fallback {
  name: string | null;
  dateText: string | null;
  text: string | null;
  /** What its first paragraph declares: undefined where it declares nothing (see `FlatText.lang`). */
  lang: string | null | undefined;
}

/** Reads the fallback blockquote: the body before the byline, the byline's name and date. */
function readFallback(bq: HtmlElement): Fallback {
  const flat = flattenElement(bq);
  const text = flat.text;
  let lineStart = text.length;
  let name: string | null = null;
  let dateText: string | null = null;
  // The byline: the last line opening with a known prefix.
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = collapseSpace(text.slice(start, end));
    const lower = line.toLowerCase();
    const prefix = BYLINE_PREFIXES.find((p) => lower.startsWith(p));
    if (prefix !== undefined) {
      lineStart = start;
      const anchors = flat.anchors.filter((a) => a.start >= start && a.end <= end);
      const read = anchors.length > 0 ? byAnchors(text, anchors, end) : byWords(line.slice(prefix.length));
      name = read.name;
      dateText = read.dateText;
      break;
    }
    end = start - 1;
  }
  const body = collapseSpace(text.slice(0, lineStart));
  // No byline, and all the quote shows is one link to a Facebook post: a label a site put
  // there (`View post`), not the post's text.
  if (lineStart === text.length && body.length > 0 && isLoneFacebookLink(flat, body)) return { name, dateText, text: null, lang: flat.lang };
  return { name, dateText, text: body.length > 0 ? body : null, lang: flat.lang };
}

/** Whether `body` (the quote's whole text, collapsed) is the text of its one link, to a Facebook post. */
function isLoneFacebookLink(flat: FlatText, body: string): boolean {
  const only = flat.anchors.length === 1 ? flat.anchors[0] : undefined;
  return only !== undefined && parseFacebookUrl(only.href) !== null && collapseSpace(flat.text.slice(only.start, only.end)) === body;
}

/**
 * Name and date from the byline's links: the first names the author, the last (a post link)
 * shows the date; a video's byline shows its date unlinked after the name (`… on Friday, …`).
 */
function byAnchors(text: string, anchors: readonly FlatAnchor[], lineEnd: number): { name: string | null; dateText: string | null } {
  const first = anchors[0] as FlatAnchor;
  const last = anchors[anchors.length - 1] as FlatAnchor;
  const name = parseFacebookUrl(first.href) === null ? collapseSpace(text.slice(first.start, first.end)) : '';
  let date = last !== first || name.length === 0 ? collapseSpace(text.slice(last.start, last.end)) : '';
  if (date.length === 0) {
    const after = ` ${collapseSpace(text.slice(first.end, lineEnd))}`;
    const connector = CONNECTORS.find((c) => after.startsWith(c));
    if (connector !== undefined && /\d/.test(after)) date = after.slice(connector.length).trim();
  }
  return { name: name.length > 0 && name.length <= 100 ? name : null, dateText: date.length > 0 ? date : null };
}

/** Name and date from a byline without links: split at the last connector word. */
function byWords(rest: string): { name: string | null; dateText: string | null } {
  let at = -1;
  let connector = '';
  for (const c of CONNECTORS) {
    const i = rest.lastIndexOf(c);
    if (i > at) {
      at = i;
      connector = c;
    }
  }
  if (at < 0) return { name: null, dateText: null };
  const name = collapseSpace(rest.slice(0, at));
  const date = collapseSpace(rest.slice(at + connector.length));
  return { name: name.length > 0 && name.length <= 100 ? name : null, dateText: date.length > 0 ? date : null };
}

/** The first fallback blockquote under `root` (root included), or null. */
function fallbackIn(root: HtmlElement): HtmlElement | null {
  for (const el of elements(root)) if (el.name === 'blockquote' && hasClass(el, 'fb-xfbml-parse-ignore')) return el;
  return null;
}

/** A post link a WordPress figure holds: an iframe, a link, or its bare URL. */
function linkIn(root: HtmlElement): string | null {
  for (const el of elements(root)) {
    if (isFrame(el.name)) {
      const href = pluginOf(el, false);
      if (href !== null) return href;
    }
    if (el.name === 'a' && parseFacebookUrl(attr(el, 'href') ?? '') !== null) return attr(el, 'href');
  }
  for (const word of collapseSpace(flattenElement(root).text).split(' ')) if (parseFacebookUrl(word) !== null) return word;
  return null;
}

/** A share link standing for a post (`/share/p/<code>/`, `/share/v/…`, `/share/r/…`): no id shown. */
const SHARE_PATH = /^\/share\/[prv]\/[\w-]{4,40}\/?$/;

function embedOf(root: HtmlElement, kind: EmbedKind, href: string | null, fb: Fallback | null, options: DateOptions): Embed | null {
  const url = href !== null ? facebookUrl(href) : null;
  if (href === null || url === null) return null;
  const post = parseFacebookUrl(href);
  // A page, profile or anything else that is no post: no embed.
  if (post === null && !SHARE_PATH.test(url.pathname)) return null;
  const date = shownDate(fb?.dateText, options);
  const text = fb?.text ?? null;
  const { links, hashtags } = text !== null ? linksAndHashtags(text) : { links: [], hashtags: [] };
  return buildEmbed({
    platform: 'facebook',
    kind,
    source: 'html',
    start: root.start,
    end: root.end,
    id: post?.id ?? null,
    url: href,
    name: fb?.name ?? null,
    handle: post?.handle ?? null,
    date: date.date,
    dateText: date.dateText,
    text,
    lang: fb !== null && fb.lang !== undefined ? fb.lang : (declaredLang(root) ?? null),
    links,
    hashtags,
    truncated: text !== null && text.endsWith('…'),
  });
}

function interpret(root: HtmlElement, kind: EmbedKind, options: DateOptions): Embed | null {
  switch (kind) {
    case 'widget':
    case 'amp': {
      const bq = fallbackIn(root);
      return embedOf(root, kind, attr(root, 'data-href')?.trim() ?? null, bq !== null ? readFallback(bq) : null, options);
    }
    case 'blockquote':
      return embedOf(root, kind, attr(root, 'cite')?.trim() ?? null, readFallback(root), options);
    case 'iframe':
      return embedOf(root, kind, isFrame(root.name) ? pluginOf(root, false) : pluginOf(root, true), null, options);
    case 'wp-block': {
      const bq = fallbackIn(root);
      return embedOf(root, kind, linkIn(root), bq !== null ? readFallback(bq) : null, options);
    }
    default:
      return null;
  }
}

/**
 * Facebook's embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `fb-post`, `fb-video`, `fb-comment-embed` | the SDK's widget divs |
 * | `fb-xfbml-parse-ignore` | a fallback blockquote standing without its widget |
 * | `plugins/post.php?`, `plugins/video.php?`, `plugins/comment_embed.php?` | plugin iframes, in any attribute, escaped in held markup too |
 * | `is-provider-facebook`, `wp-block-embed-facebook` | WordPress embed figures |
 * | `amp-facebook` | AMP's element |
 *
 * @example
 * ```ts
 * extractEmbeds('<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fa%2Fposts%2F1"></iframe>');
 * // [{ platform: 'facebook', kind: 'iframe', id: '1', url: 'https://www.facebook.com/a/posts/1', … }]
 * ```
 */
export const facebookHtml: HtmlForms = {
  markers: [
    'fb-post',
    'fb-video',
    'fb-comment-embed',
    'fb-xfbml-parse-ignore',
    'plugins/post.php?',
    'plugins/video.php?',
    'plugins/comment_embed.php?',
    'is-provider-facebook',
    'wp-block-embed-facebook',
    'amp-facebook',
  ],
  classify: facebookKind,
  interpret: (read, ctx) => interpret(read.root, read.kind, ctx.dates),
  names: { tags: ['amp-facebook'], attributes: ['data-href', 'data-width', 'data-show-text', 'cite'] },
  widgetScripts: ['connect.facebook.net/'],
  servedPost: linkedFacebookPost,
};

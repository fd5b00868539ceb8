/**
 * Instagram embeds in HTML: the embed code's `blockquote.instagram-media` (with or without a
 * caption, reduced to its placeholder, empty, or held entity-escaped in a consent wrapper's
 * attribute), `amp-instagram`, rendered `instagram.com/p/<code>/embed` iframes and WordPress
 * embed figures.
 *
 * ```
 * <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C0dE/" data-instgrm-version="12">
 *   <div><a href="…">View this post on Instagram</a></div>          placeholder line: not the caption
 *   <p><a href="…">Caption #tag @friend</a></p>                     caption (versions before 14 only)
 *   <p>A post shared by <a href="…">Name</a> (@handle) on <time datetime="2020-02-16T23:02:32+00:00">Feb 16, 2020</time></p>
 * </blockquote>
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
  hasClassWord,
  readElement,
  type FlatText,
  type HtmlElement,
  type WithAttributes,
} from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { DateOptions, Embed, EmbedKind } from '../../types.js';
import type { HtmlForms } from '../types.js';
import { isPlaceholder, readByline, type Byline } from './byline.js';
import { instagramPermalink, type InstagramPost, linkedInstagramPost, parseInstagramUrl, shortcode } from './url.js';

/** Elements that are never an embed whatever their attributes (links, buttons, metadata). */
const NEVER_EMBEDS = new Set(['a', 'button', 'img', 'input', 'link', 'meta', 'head', 'html', 'body', 'style', 'template', 'svg']);

/** The first embed code that a `data-*` attribute holds as markup (consent wrappers), or null. */
function heldQuote(el: WithAttributes): string | null {
  for (const name of Object.keys(el.attribs)) {
    if (!name.startsWith('data-')) continue;
    const value = el.attribs[name] ?? '';
    if (value.length < 40 || !value.includes('instagram-media')) continue;
    // Markup, not a JSON state blob that happens to quote an embed code.
    if (value.trimStart().startsWith('<') && value.includes('<blockquote')) return value;
  }
  return null;
}

/** The post an iframe's address names (`src`, else a lazy or consent attribute: `frameAddress`), or null. */
function iframePost(el: WithAttributes): InstagramPost | null {
  return frameAddress(el, parseInstagramUrl);
}

/**
 * What an Instagram embed element is, from its start tag alone, or null when it is none.
 *
 * @example
 * ```ts
 * instagramKind('blockquote', { attribs: { class: 'instagram-media' } });         // 'blockquote'
 * instagramKind('amp-instagram', { attribs: { 'data-shortcode': 'B1mHd6sHGXK' } }); // 'amp'
 * instagramKind('div', { attribs: { class: 'instagram-media post-template' } });  // null
 * ```
 */
export function instagramKind(name: string, el: WithAttributes): EmbedKind | null {
  if (NEVER_EMBEDS.has(name)) return null;
  if (name === 'amp-instagram') return shortcode(attr(el, 'data-shortcode')) !== null ? 'amp' : null;
  if (name === 'blockquote' && (hasClass(el, 'instagram-media') || hasClassWord(el, 'instagram'))) return 'blockquote';
  if (isFrame(name)) return iframePost(el) !== null ? 'iframe' : null;
  if (hasClass(el, 'wp-block-embed') && (hasClass(el, 'is-provider-instagram') || hasClass(el, 'wp-block-embed-instagram'))) {
    return 'wp-block';
  }
  // A consent wrapper holding the embed code, entity-escaped, until the reader agrees.
  return heldQuote(el) !== null ? 'blockquote' : null;
}

/** Fields of one Instagram embed before it becomes an {@link Embed}. */
interface Read {
  post: InstagramPost;
  name?: string | null;
  handle?: string | null;
  dateText?: string | null;
  date?: string | null;
  text?: string | null;
  /** What the post's paragraph declares: undefined where it declares nothing (see `FlatText.lang`). */
  lang?: string | null | undefined;
}

/** A `@handle` of a caption: not glued to a word, an e-mail or another `@` before it. */
const MENTION = /(?<![\w.@])@([\w.]{1,30})/gu;

/**
 * The Instagram handles a caption mentions, in order, no duplicates, trailing dots cut (a full
 * stop after a handle is punctuation; Instagram handles end with no dot).
 *
 * @example
 * ```ts
 * captionMentions('with @old.pier and @harbour_watch.'); // ['old.pier', 'harbour_watch']
 * captionMentions('mail ed@example.org');                // []
 * ```
 */
export function captionMentions(text: string): string[] {
  const out: string[] = [];
  // matchAll works on a copy of the regex: no lastIndex is shared between calls.
  for (const m of text.matchAll(MENTION)) {
    const found = m[1] ?? '';
    let end = found.length;
    while (end > 0 && found.charCodeAt(end - 1) === 0x2e /* . */) end--;
    const handle = found.slice(0, end);
    if (handle.length > 0 && !out.includes(handle)) out.push(handle);
  }
  return out;
}

/** The {@link Embed} of what was read, placed at `root`: canonical permalink, caption entities. */
function embedOf(r: Read, kind: EmbedKind, root: HtmlElement): Embed {
  const text = r.text ?? null;
  const { links, hashtags } = text !== null ? linksAndHashtags(text) : { links: [], hashtags: [] };
  return buildEmbed({
    platform: 'instagram',
    kind,
    source: 'html',
    start: root.start,
    end: root.end,
    id: r.post.code,
    url: instagramPermalink(r.post.code, r.post.reel),
    name: r.name ?? null,
    handle: r.handle ?? r.post.handle,
    date: r.date ?? null,
    dateText: r.dateText ?? null,
    text,
    lang: r.lang !== undefined ? r.lang : (declaredLang(root) ?? null),
    links,
    mentions: text !== null ? captionMentions(text) : [],
    hashtags,
    truncated: text !== null && text.endsWith('…'),
  });
}

/** Where a time of day starts in a shown date (`… at 3:02pm`, `… um 12:30`, `… à 11h25`). */
const TIME_OF_DAY = /\s(?:[^\s\d]{1,8}\s){0,2}\d{1,2}[:h]\d{2}/u;

/** The date of a shown date text, read whole, else without its time of day. */
function dateOf(dateText: string | null, datetime: string | null, options: DateOptions): { dateText: string | null; date: string | null } {
  const shown = shownDate(dateText, options);
  if (shown.dateText !== null && shown.date === null) {
    const t = TIME_OF_DAY.exec(shown.dateText);
    if (t !== null && t.index > 0) shown.date = shownDate(shown.dateText.slice(0, t.index), options).date;
  }
  // The shown text settles nothing: the `<time datetime>` the code writes, as written.
  if (shown.date === null && datetime !== null) {
    const d = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(datetime);
    if (d !== null) shown.date = d[1] ?? null;
  }
  return shown;
}

/**
 * Reads an embed code blockquote: its post (from `data-instgrm-permalink`, else its first post
 * link), the byline, the caption (the lines before the byline, placeholder lines left out;
 * none in version 14 and later, which show no caption), and the date. Null when it names no post.
 */
function readQuote(bq: HtmlElement, flatRead: FlatText | null, listed: readonly HtmlElement[], options: DateOptions): Read | null {
  const flat = flatRead ?? flattenElement(bq);
  const all = flatRead !== null ? listed : [...elements(bq)];
  let post = parseInstagramUrl(attr(bq, 'data-instgrm-permalink') ?? '');
  for (let i = 0; post === null && i < flat.anchors.length; i++) post = parseInstagramUrl(flat.anchors[i]?.href ?? '');
  if (post === null) {
    for (const el of all) {
      if (el.name === 'a' && (post = parseInstagramUrl(attr(el, 'href') ?? '')) !== null) break;
    }
  }
  if (post === null) return null;
  const lines = flat.text.split('\n').map(collapseSpace);
  let at = -1;
  let byline: Byline | null = null;
  for (let i = lines.length - 1; i >= 0 && byline === null; i--) {
    const line = lines[i] as string;
    if (line.length > 0 && (byline = readByline(line)) !== null) at = i;
  }
  let datetime: string | null = null;
  for (const el of all) if (el.name === 'time') datetime = attr(el, 'datetime');
  const version = Number.parseInt(attr(bq, 'data-instgrm-version') ?? '', 10);
  if (byline === null) {
    const other = unlistedByline(flat, lines, datetime !== null, version >= 14);
    if (other !== null) ({ at, byline } = other);
  }
  let text: string | null = null;
  if (!(version >= 14)) {
    const caption = lines.slice(0, at >= 0 ? at : lines.length).filter((l) => l.length > 0 && !isPlaceholder(l));
    text = caption.length > 0 ? collapseSpace(caption.join(' ')) : null;
  }
  const date = dateOf(byline?.rest ?? null, datetime, options);
  return {
    post,
    name: byline?.name ?? null,
    handle: byline?.handle ?? null,
    dateText: date.dateText,
    date: date.date,
    text,
    lang: flat.lang,
  };
}

/** `(@handle)` in a line: the handle (group 1). */
const HANDLE_GROUP = /\(@([\w.]{1,30})\)/;

/**
 * A byline in a language {@link readByline} does not know: the last line holding `(@handle)`,
 * taken only where the code marks it as the byline: it carries the `<time>` (`timed`), or, in a
 * version 14 code (`linkedByline`: no caption, the byline is the post link), the whole line is a
 * link to the post; before version 14 the caption is a post link too. Its handle only: where the
 * unknown phrase ends and the name begins cannot be told.
 */
function unlistedByline(
  flat: FlatText,
  lines: readonly string[],
  timed: boolean,
  linkedByline: boolean,
): { at: number; byline: Byline } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (line.length === 0) continue;
    const m = line.length <= 400 ? HANDLE_GROUP.exec(line) : null;
    if (m === null) return null;
    const isPostLink =
      linkedByline &&
      flat.anchors.some((a) => parseInstagramUrl(a.href) !== null && collapseSpace(flat.text.slice(a.start, a.end)) === line);
    return timed || isPostLink ? { at: i, byline: { name: null, handle: m[1] ?? '', rest: null } } : null;
  }
  return null;
}

/** The first `blockquote.instagram-media` under `root` (root included), or null. */
function quoteIn(root: HtmlElement): HtmlElement | null {
  for (const el of elements(root)) if (el.name === 'blockquote' && hasClass(el, 'instagram-media')) return el;
  return null;
}

/** A post a WordPress figure names without the embed code: an iframe, a link, or its bare URL. */
function postIn(root: HtmlElement): InstagramPost | null {
  for (const el of elements(root)) {
    const post = isFrame(el.name) ? iframePost(el) : el.name === 'a' ? parseInstagramUrl(attr(el, 'href') ?? '') : null;
    if (post !== null) return post;
  }
  for (const word of collapseSpace(flattenElement(root).text).split(' ')) {
    const post = parseInstagramUrl(word);
    if (post !== null) return post;
  }
  return null;
}

function interpret(root: HtmlElement, kind: EmbedKind, flat: FlatText | null, listed: readonly HtmlElement[], options: DateOptions): Embed | null {
  switch (kind) {
    case 'amp': {
      const code = shortcode(attr(root, 'data-shortcode'));
      return code !== null ? embedOf({ post: { code, reel: false, handle: null } }, kind, root) : null;
    }
    case 'iframe': {
      const post = iframePost(root);
      return post !== null ? embedOf({ post }, kind, root) : null;
    }
    case 'wp-block': {
      const bq = quoteIn(root);
      const read = bq !== null ? readQuote(bq, null, [], options) : null;
      if (read !== null) return embedOf(read, kind, root);
      const post = postIn(root);
      return post !== null ? embedOf({ post }, kind, root) : null;
    }
    case 'blockquote': {
      if (root.name === 'blockquote') {
        const read = readQuote(root, flat, listed, options);
        // A card's lines are the publisher's ("View this photo on Instagram"), not a caption.
        if (read !== null) return embedOf(hasClass(root, 'instagram-media') ? read : { ...read, text: null }, kind, root);
        // An embed code naming no post that never closed holds the next one: read that (read
        // flattened, its children were not built: its post comes from its attributes alone).
        const inner = (flat !== null ? listed : [...elements(root)]).find(
          (el) => el !== root && el.name === 'blockquote' && attr(el, 'data-instgrm-permalink') !== null,
        );
        if (inner === undefined) return null;
        const again = readQuote(inner, null, [], options);
        return again !== null ? embedOf(again, kind, inner) : null;
      }
      // The embed code held in an attribute: read from there, placed at the holder.
      const held = heldQuote(root);
      const lt = held !== null ? held.indexOf('<blockquote') : -1;
      const bq = held !== null && lt >= 0 ? readElement(held, lt, { maxLength: 65_536 }) : null;
      const read = bq !== null && hasClass(bq, 'instagram-media') ? readQuote(bq, null, [], options) : null;
      return read !== null ? embedOf(read, kind, root) : null;
    }
    default:
      return null;
  }
}

/**
 * Instagram's embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `instagram-media` | the embed code's blockquote, rendered iframes' class, consent wrappers' attributes |
 * | `-instagram` | a publisher's card for a post (`blockquote.js-instagram__container`) |
 * | `amp-instagram` | the AMP component |
 * | `is-provider-instagram`, `wp-block-embed-instagram` | WordPress embed figures |
 * | `//www.instagram.com/p/`, `/reel/`, `/tv/` | iframes addressing a post (`…/p/<code>/embed`) |
 *
 * @example
 * ```ts
 * extractEmbeds('<amp-instagram data-shortcode="B1mHd6sHGXK" width="1" height="1"></amp-instagram>');
 * // [{ platform: 'instagram', kind: 'amp', id: 'B1mHd6sHGXK', url: 'https://www.instagram.com/p/B1mHd6sHGXK/', … }]
 * ```
 */
export const instagramHtml: HtmlForms = {
  markers: [
    'instagram-media',
    '-instagram',
    'amp-instagram',
    'is-provider-instagram',
    'wp-block-embed-instagram',
    '//www.instagram.com/p/',
    '//www.instagram.com/reel/',
    '//www.instagram.com/tv/',
    '//instagram.com/p/',
  ],
  classify: instagramKind,
  flatten: (kind) => kind === 'blockquote',
  interpret: (read, ctx) => interpret(read.root, read.kind, read.flat, read.flatElements, ctx.dates),
  names: {
    tags: ['amp-instagram'],
    attributes: ['data-instgrm-permalink', 'data-instgrm-version', 'data-instgrm-captioned', 'data-shortcode'],
  },
  widgetScripts: ['instagram.com/embed.js', 'platform.instagram.com/en_US/embeds.js'],
  servedPost: linkedInstagramPost,
};

/**
 * Bluesky embeds in HTML: the embed code `blockquote.bluesky-embed[data-bluesky-uri]`, the
 * `div.bluesky-embed` holding the iframe its script renders (or that iframe alone), and WordPress
 * embed blocks holding a post link.
 *
 * ```
 * <blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:…/app.bsky.feed.post/3l…"><p lang="en">Body</p>
 *   &mdash; Name (<a href="https://bsky.app/profile/did:plc:…">@name.bsky.social</a>) <a href="…/post/3l…">October 10, 2024 at 5:00 PM</a></blockquote>
 *                   ^handle from the link text, never the DID in its href             ^date
 * ```
 * Newer codes put name and handle in one link: `&mdash; <a href="…">Name (@handle)</a>`.
 */
import { buildEmbed, shownDate } from '../../core/embed.js';
import { attr, flattenElement, hasClass, isFrame, type FlatAnchor, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import { extractEntities } from '../../core/entities/index.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { DateOptions, Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext, ServedPost } from '../types.js';
import { findElement, firstUrl, frameAddress, isWpBlock, langWithin, neverEmbeds } from '../../core/html/parts.js';
import { ATTACHMENT_PLACEHOLDER, isHandle, parseAtUri, parseEmbedSource, parsePostUrl, postPermalink, type PostRef } from './url.js';

/** The provider names WordPress gives Bluesky blocks (`is-provider-bluesky`, `is-provider-bluesky-social`). */
const WP_PROVIDERS = ['bluesky', 'bluesky-social'];

/**
 * What a start tag opens: 'blockquote' (the embed code), 'iframe' (a rendered embed or its
 * wrapper), 'wp-block', or null.
 *
 * @example
 * ```ts
 * blueskyKind('blockquote', { attribs: { class: 'bluesky-embed', 'data-bluesky-uri': 'at://…' } }); // 'blockquote'
 * blueskyKind('a', { attribs: { href: 'https://bsky.app/profile/bsky.app' } });                      // null
 * ```
 */
export function blueskyKind(name: string, el: WithAttributes): EmbedKind | null {
  if (neverEmbeds(name)) return null;
  if (hasClass(el, 'bluesky-embed')) return name === 'blockquote' ? 'blockquote' : name === 'div' ? 'iframe' : null;
  if (isFrame(name)) return frameAddress(el, parseEmbedSource) !== null ? 'iframe' : null;
  return isWpBlock(name, el, WP_PROVIDERS) ? 'wp-block' : null;
}

/** An ISO 8601 timestamp as some embed codes show the date (`2024-11-20T14:43:00.000Z`). */
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The date an embed shows: the shown text and its calendar date. Local forms go to core's
 * date reader; an ISO timestamp, which it does not read, gives the date it writes (no shifting).
 */
export function embedDate(text: string, options: DateOptions): { dateText: string | null; date: string | null } {
  const shown = shownDate(text, options);
  if (shown.date !== null || shown.dateText === null) return shown;
  const m = ISO_TIMESTAMP.exec(shown.dateText);
  if (m === null) return shown;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= days;
  return { dateText: shown.dateText, date: valid ? `${m[1]}-${m[2]}-${m[3]}` : null };
}

/** `@handle` as a whole link text. */
const AT_HANDLE = /^@(\S{3,253})$/;
/** `Name (@handle)` as a whole link text: the name (group 1) and the handle (group 2). */
const NAME_AND_HANDLE = /^([^()]{0,200}?)\s?\(@(\S{3,253})\)$/;
/**
 * A mention in a post's text: `@` and a handle (a domain name), not glued to a word or a URL
 * before it. Group 1: what precedes the `@`; group 2: the handle.
 */
const MENTION = /(^|[^\w@./])@([a-z\d][a-z\d-]{0,62}(?:\.[a-z\d][a-z\d-]{0,62}){1,8})/gi;
/** Dashes that open an attribution: em dash, en dash, a hyphen standing alone. */
const DASHES = ['\u2014', '\u2013', '- '];

/** The longest link text read as a date or a byline (a name of 200 and a handle of 253, with room). */
const MAX_LINK_TEXT = 600;

/** What a Bluesky quote shows. */
interface Quoted {
  ref: PostRef | null;
  name: string | null;
  handle: string | null;
  dateText: string | null;
  date: string | null;
  body: HtmlElement | null;
}

/** Reads the byline, the post link (its text is the date) and the body paragraph of a quote. */
function readQuote(bq: HtmlElement, options: DateOptions): Quoted {
  const flat = flattenElement(bq);
  const text = flat.text;
  let ref = parseAtUri(attr(bq, 'data-bluesky-uri') ?? '');
  let name: string | null = null;
  let handle: string | null = null;
  let dateText: string | null = null;
  let date: string | null = null;
  let post: FlatAnchor | null = null;
  const body = findElement(bq, (el) => el.name === 'p');
  for (const a of flat.anchors) {
    // Dates and bylines are short; longer link text (unclosed links nest) is neither.
    if (a.end - a.start > MAX_LINK_TEXT) continue;
    // Links in the body are the post's own (a mention links its profile), not its byline.
    if (body !== null && a.element.start >= body.start && a.element.start < body.end) continue;
    const p = parsePostUrl(a.href);
    if (p !== null && (ref === null || p.rkey === ref.rkey)) {
      ref ??= p;
      post = a;
      // A post link's text: the date (its own URL shown as text is none).
      const shown = collapseSpace(text.slice(a.start, a.end));
      if (shown.length > 0 && !shown.includes('/')) ({ dateText, date } = embedDate(shown, options));
      continue;
    }
    const linkText = collapseSpace(text.slice(a.start, a.end));
    const whole = NAME_AND_HANDLE.exec(linkText);
    if (whole !== null && isHandle(whole[2] ?? '')) {
      handle = whole[2] ?? null;
      name = collapseSpace(whole[1] ?? '') || null;
      continue;
    }
    const at = AT_HANDLE.exec(linkText);
    if (at !== null && isHandle(at[1] ?? '')) {
      handle = at[1] ?? null;
      // `— Name (<a>@handle</a>)`: the name stands between the dash (if any) and the
      // parenthesis, on the byline's own line (the body's paragraph ends with a line break).
      const from = Math.max(0, a.start - 240, text.lastIndexOf('\n', a.start - 1) + 1);
      const before = text.slice(from, a.start);
      let cut = 0;
      for (const d of DASHES) {
        const at = before.lastIndexOf(d);
        if (at >= 0) cut = Math.max(cut, at + d.length);
      }
      const n = collapseSpace(before.slice(cut).replace(/\(\s*$/, ''));
      name = n.length > 0 && n.length <= 200 ? n : null;
    }
  }
  // A handle in the post link's path (not a DID) is shown in the markup too.
  if (handle === null && post !== null && ref !== null) {
    const p = parsePostUrl(post.href);
    if (p !== null && isHandle(p.actor)) handle = p.actor;
  }
  return { ref, name, handle, dateText, date, body };
}

/** `s` without the dots and hyphens it ends with (a sentence's full stop after a handle). */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x2e || s.charCodeAt(end - 1) === 0x2d)) end--;
  return s.slice(0, end);
}

/** Mentions, links, hashtags and cashtags of a post's text; Bluesky mentions are whole handles. */
export function entitiesOf(text: string): Pick<Embed, 'links' | 'mentions' | 'hashtags' | 'cashtags'> {
  const mentions = new Set<string>();
  /** Where each mention stands, in text order (the regex walks forward). */
  const spans: [number, number][] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const h = trimTrailing(m[2] ?? '');
    const at = m.index + (m[1] ?? '').length;
    if (!isHandle(h)) continue;
    spans.push([at, at + 1 + h.length]);
    mentions.add(h);
  }
  const found = extractEntities(text);
  // URLs come in text order too: one walk over both lists drops any found inside a mention
  // (a handle is a domain name, which a link finder may take for a link).
  const links = new Set<string>();
  let k = 0;
  for (const u of found.urls) {
    while (k < spans.length && (spans[k] as [number, number])[1] <= u.start) k++;
    const span = spans[k];
    if (span !== undefined && u.end > span[0] && u.start < span[1]) continue;
    links.add(u.url);
  }
  return {
    links: [...links],
    mentions: [...mentions],
    hashtags: [...new Set(found.hashtags.map((h) => h.tag))],
    cashtags: [...new Set(found.cashtags.map((c) => c.tag))],
  };
}

/**
 * The text of a post's paragraph, white space collapsed, without the placeholder link the embed
 * code appends for an attachment ({@link ATTACHMENT_PLACEHOLDER}) when it ends the paragraph.
 */
function bodyText(body: HtmlElement): string {
  const flat = flattenElement(body);
  const last = flat.anchors[flat.anchors.length - 1];
  const cut =
    last !== undefined &&
    collapseSpace(flat.text.slice(last.start, last.end)) === ATTACHMENT_PLACEHOLDER &&
    collapseSpace(flat.text.slice(last.end)).length === 0;
  return collapseSpace(cut ? flat.text.slice(0, last.start) : flat.text);
}

/** Reads one Bluesky embed element; null when it names no post. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  const bq = root.name === 'blockquote' && hasClass(root, 'bluesky-embed')
    ? root
    : findElement(root, (el) => el.name === 'blockquote' && hasClass(el, 'bluesky-embed'));
  let quoted: Quoted | null = bq !== null ? readQuote(bq, ctx.dates) : null;
  let ref = quoted?.ref ?? null;
  if (ref === null) {
    const frame = findElement(root, (el) => isFrame(el.name) && frameAddress(el, parseEmbedSource) !== null);
    ref = frame !== null ? frameAddress(frame, parseEmbedSource) : parseAtUri(attr(root, 'data-bluesky-uri') ?? '');
  }
  if (ref === null && kind === 'wp-block') ref = firstUrl(root, parsePostUrl);
  if (ref === null) return null;
  if (quoted === null) quoted = { ref, name: null, handle: null, dateText: null, date: null, body: null };
  const handle = quoted.handle ?? (isHandle(ref.actor) ? ref.actor : null);
  const shown = quoted.body !== null ? bodyText(quoted.body) : '';
  const text = shown.length > 0 ? shown : null;
  const lang = quoted.body !== null && bq !== null ? langWithin(bq, quoted.body) : null;
  return buildEmbed({
    platform: 'bluesky',
    kind,
    source: ctx.source,
    id: ref.rkey,
    url: postPermalink(handle ?? ref.actor, ref.rkey),
    name: quoted.name,
    handle,
    dateText: quoted.dateText,
    date: quoted.date,
    text,
    lang,
    ...(text !== null ? entitiesOf(text) : {}),
    truncated: text !== null && text.endsWith('…'),
    start: root.start,
    end: root.end,
  });
}

/** The post a URL names, for a post an embed service shows (`core/html/services.ts`). */
function servedPost(url: string): ServedPost | null {
  const ref = parsePostUrl(url);
  return ref === null ? null : { id: ref.rkey, url: postPermalink(ref.actor, ref.rkey), handle: isHandle(ref.actor) ? ref.actor : null };
}

/**
 * Bluesky's embed forms in HTML, for core's one pass over a page.
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `bluesky-embed` | the class of the embed code's blockquote and of the div its script renders |
 * | `//embed.bsky.app/` | the source of a rendered iframe standing alone |
 * | `is-provider-bluesky` | WordPress embed blocks |
 *
 * @example
 * ```ts
 * extractEmbeds('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3laz2ixmxx22x">'
 *   + '<p lang="en">Hi</p>&mdash; Bluesky (<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur">@bsky.app</a>) '
 *   + '<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3laz2ixmxx22x">November 20, 2024 at 2:43 PM</a></blockquote>');
 * // [{ platform: 'bluesky', id: '3laz2ixmxx22x', url: 'https://bsky.app/profile/bsky.app/post/3laz2ixmxx22x', … }]
 * ```
 */
export const blueskyHtml: HtmlForms = {
  markers: ['bluesky-embed', '//embed.bsky.app/', 'is-provider-bluesky'],
  classify: blueskyKind,
  interpret,
  names: { attributes: ['data-bluesky-uri', 'data-bluesky-cid', 'data-bluesky-embed-color-mode'] },
  widgetScripts: ['embed.bsky.app/static/embed.js'],
  servedPost,
};

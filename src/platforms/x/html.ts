/**
 * X embeds in HTML: `blockquote.twitter-tweet` / `.twitter-video`, `amp-twitter`, widget-rendered
 * iframes and divs, WordPress embed figures and publishers' wrappers carrying a status id.
 *
 * The shape is gate, locate, read bounded:
 *
 * 1. A page holding no embed marker ({@link MARKER_ANCHORS}) has nothing to do (most pages; a few
 *    first-character `indexOf` passes).
 * 2. Each marker occurrence, in page order, is tied to the start tag it sits in by a short,
 *    bounded look back for `<`; markers in comments, `script`, `style`, `template` and other
 *    raw-text content are skipped ({@link InertRanges}).
 * 3. The start tag is tokenized; if its name and attributes make it an embed element, the element
 *    is read up to its end tag (at most {@link MAX_ELEMENT_LENGTH} units) and interpreted: a tweet
 *    quote straight into its flattened text, other forms into a small tree. The scan resumes past
 *    it, so no part of the page is read twice.
 *
 * ```
 * <figure class="wp-block-embed is-provider-twitter"><blockquote class="twitter-tweet">…</blockquote></figure>
 *                                 ^marker                         ^marker (inside, not re-read)
 * ^start tag found by looking back from the first marker          element end^
 * ```
 */
import { fitsDisplayName } from '../../core/attribution/name.js';
import { parseEmbedDate } from '../../core/dates/index.js';
import {
  InertRanges,
  attr,
  elements,
  flattenElement,
  hasClass,
  ElementReader,
  type FlatAnchor,
  type FlatText,
  type HtmlElement,
  type HtmlNode,
  type WithAttributes,
} from '../../core/html/index.js';
import { authorRecord, embedRecord } from '../../core/record.js';
import { CharCode, collapseSpace, detached, isGap } from '../../core/text/chars.js';
import type { DateOptions, Embed, InputFormat } from '../../types.js';
import type { ScanContext } from '../types.js';
import { bodyEntities } from './body.js';
import { findDashBefore, matchHandleGroup, MAX_NAME_CODE_POINTS } from './signature.js';
import { isTruncated } from './text.js';
import { canonicalIdTime, normaliseId, parseStatusUrl, statusPermalink, widgetStatusId } from './url.js';

/**
 * Anchors of the marker search: single characters rare in prose, each occurrence confirmed by
 * {@link markerAt}. Every X embed element carries at least one marker:
 *
 * | anchor | marker confirmed around it                                                 |
 * |--------|----------------------------------------------------------------------------|
 * | `-`    | `twitter-tweet(-rendered)`, `data-tweet(-)id`, `amp-twitter`, `provider-twitter`, `embed-twitter` (`-tw…`), `twitter-video`, `twitter-embed` |
 * | `?`    | `embed/Tweet.html?`, `embed/index.html?` (widget iframes: `platform.twitter.com/embed/Tweet.html?id=…`; the id is a query parameter, so the `?` is always there) |
 *
 * The markers at a `-` share one pass: a first-character search stops at every `-` whatever
 * follows it, so one pass costs what each of them would. The widget marker is found from its `?`
 * rather than its letters: V8 finds a character in a two-byte string by searching for one of its
 * bytes, and the byte of `T` also stands in a few hundred CJK ideographs and in common Cyrillic,
 * Arabic and kana letters, where that of `?` mostly stands in `?` and `п` (a third less time on the
 * bench's multilingual pages, a little less on the stored real ones).
 */
export const MARKER_ANCHORS = ['-', '?'] as const;

/** Is the anchor occurrence at `i` (of anchor number `which`) part of an X embed marker? */
function markerAt(input: string, i: number, which: number): boolean {
  if (which === 0) {
    const c = input.charCodeAt(i + 1);
    if (c === 0x74 /* t */) return input.startsWith('-tweet', i) || input.startsWith('-twitter', i);
    if (c !== 0x76 /* v */ && c !== 0x65 /* e */) return false;
    return i >= 7 && (input.startsWith('-video', i) || input.startsWith('-embed', i)) && input.startsWith('twitter', i - 7);
  }
  // `embed/Tweet.html?` or `embed/index.html?`, read back from the `?`.
  return i >= 16 && input.startsWith('.html', i - 5) && (input.startsWith('embed/Tweet', i - 16) || input.startsWith('embed/index', i - 16));
}

/**
 * Width of the windows the marker search walks a page in. Every anchor is searched in one window
 * before any moves on to the next, so a page is read from memory once while the window sits in
 * cache, not once per anchor: that keeps a 10 MB page at ten times the cost of a 1 MB one.
 */
const MARKER_WINDOW = 65_536;

/**
 * The marker search over one page: each anchor's next occurrence, and how far each is known to
 * be absent, so no stretch of the page is searched twice for the same anchor.
 */
class MarkerSearch {
  /** Per anchor: its next occurrence found, or -2 when none is cached. */
  private readonly next: number[] = MARKER_ANCHORS.map(() => -2);
  /** Per anchor: no occurrence starts before this offset that was not already returned. */
  private readonly searched: number[] = MARKER_ANCHORS.map(() => 0);

  constructor(private readonly input: string) {}

  /** The first confirmed marker at or after `from`, or -1. */
  from(from: number): number {
    const { input } = this;
    let at = Math.max(0, from);
    while (at < input.length) {
      const windowEnd = Math.min(input.length, (Math.floor(at / MARKER_WINDOW) + 1) * MARKER_WINDOW);
      let best = -1;
      for (let k = 0; k < MARKER_ANCHORS.length; k++) {
        let p = this.occurrence(k, at, windowEnd);
        while (p >= 0 && !markerAt(input, p, k)) p = this.occurrence(k, p + 1, windowEnd);
        if (p >= 0 && (best < 0 || p < best)) best = p;
      }
      if (best >= 0) return best;
      at = windowEnd;
    }
    return -1;
  }

  /** Per anchor: the window it was last searched in, as a slice, and that window's start. */
  private readonly windows: string[] = MARKER_ANCHORS.map(() => '');
  private readonly windowStarts: number[] = MARKER_ANCHORS.map(() => -1);

  /** The first occurrence of anchor `k` starting in [from, windowEnd), or -1. */
  private occurrence(k: number, from: number, windowEnd: number): number {
    const cached = this.next[k] as number;
    if (cached >= from) return cached < windowEnd ? cached : -1;
    const start = Math.max(from, this.searched[k] as number);
    if (start >= windowEnd) return -1;
    const anchor = MARKER_ANCHORS[k] as string;
    // A slice of a flat string is a view in V8, not a copy; it bounds the search to the window
    // (plus the few units an anchor starting in it may reach past its end). One slice per window
    // and anchor, searched from each occurrence on: a page can hold a `-` every 40 units.
    const windowStart = windowEnd - 1 - ((windowEnd - 1) % MARKER_WINDOW);
    if (this.windowStarts[k] !== windowStart) {
      this.windows[k] = this.input.slice(windowStart, Math.min(this.input.length, windowEnd + anchor.length - 1));
      this.windowStarts[k] = windowStart;
    }
    const i = (this.windows[k] as string).indexOf(anchor, start - windowStart);
    if (i >= 0) {
      this.next[k] = windowStart + i;
      this.searched[k] = windowStart + i + 1;
      return windowStart + i;
    }
    this.next[k] = -2;
    this.searched[k] = windowEnd;
    return -1;
  }
}

/** The longest element read as one embed, in UTF-16 units (real ones are a few KB). */
export const MAX_ELEMENT_LENGTH = 65_536;
/** How far back from a marker its start tag's `<` may stand. */
const MAX_TAG_LOOKBACK = 4096;

/** Elements that are never an embed whatever their attributes (buttons, scripts, metadata). */
const NEVER_EMBEDS = new Set(['a', 'button', 'script', 'style', 'template', 'meta', 'link', 'img', 'input', 'noscript', 'head', 'html', 'body']);

/**
 * What an embed element is, from its start tag alone: 'blockquote', 'amp', 'iframe' (widget
 * iframes and the divs widgets render), 'wp-block', 'wrapper' (a publisher's element carrying a
 * status id); null when it is none.
 *
 * @example
 * ```ts
 * embedKind('blockquote', { class: 'tw-align-center twitter-tweet' }); // 'blockquote'
 * embedKind('a', { class: 'twitter-timeline' });                       // null
 * ```
 */
export function embedKind(name: string, attribs: Record<string, string>): string | null {
  if (NEVER_EMBEDS.has(name)) return null;
  const el: WithAttributes = { attribs };
  if (name === 'amp-twitter') return 'amp';
  const tweetClass = isTweetMarked(el);
  if (name === 'blockquote' && (tweetClass || hasClass(el, 'nojs-tweet'))) return 'blockquote';
  if (tweetClass || hasClass(el, 'twitter-tweet-rendered')) return 'iframe';
  if (name === 'iframe') {
    const src = attr(el, 'src') ?? attr(el, 'data-src') ?? '';
    return attr(el, 'data-tweet-id') !== null || widgetStatusId(src) !== null ? 'iframe' : null;
  }
  if (hasClass(el, 'wp-block-embed-twitter') || (hasClass(el, 'wp-block-embed') && hasClass(el, 'is-provider-twitter'))) {
    return 'wp-block';
  }
  if (attr(el, 'data-tweet-id') !== null || attr(el, 'data-tweetid') !== null) return 'wrapper';
  if ((hasClass(el, 'embed-twitter') || hasClass(el, 'twitter-embed')) && idFromDataAttributes(el) !== null) {
    return 'wrapper';
  }
  return null;
}

/**
 * Whether an element is marked as a tweet: class `twitter-tweet` or `twitter-video`, or the
 * class moved into a data attribute (`data-twitter="twitter-tweet"`).
 */
function isTweetMarked(el: WithAttributes): boolean {
  if (hasClass(el, 'twitter-tweet') || hasClass(el, 'twitter-video')) return true;
  const data = attr(el, 'data-twitter');
  return data !== null && /(?:^|\s)twitter-(?:tweet|video)(?:\s|$)/u.test(data);
}

/**
 * A status id (and handle) a publisher's wrapper keeps in a `data-*` attribute: a status URL in
 * any of them, or bare digits in one whose name says id (`data-embed-id`, `data-tweet-id`).
 */
function idFromDataAttributes(el: WithAttributes): { id: string; handle: string | null } | null {
  for (const name of Object.keys(el.attribs)) {
    if (!name.startsWith('data-')) continue;
    const value = (el.attribs[name] ?? '').trim();
    const fromUrl = parseStatusUrl(value);
    if (fromUrl !== null) return fromUrl;
    if (name.includes('id') && value.length >= 2) {
      const id = normaliseId(value);
      if (id !== null) return { id, handle: null };
    }
  }
  return null;
}

/** Fields an embed element yields before they become an {@link Embed}. */
export interface XEmbedFields {
  kind: string;
  source: InputFormat;
  /** The status id, canonical (as normaliseId returns it), or null. */
  id: string | null;
  name: string | null;
  handle: string | null;
  /** The date text the embed shows (the signature link's text), or null. */
  dateText: string | null;
  /** The body as shown, white space not yet collapsed; null when the embed shows none. */
  body: string | null;
  lang: string | null;
  /** Links the markup shows in a shortened display form, with where they stand in `body`. */
  displayLinks: { href: string; text: string }[];
  /** Hashtags, mentions and cashtags the markup links as such, as shown (sign included), in order. */
  linked?: LinkedEntity[];
  start: number;
  end: number;
}

/** How long a shown date may be (the longest forms carry a weekday and a time). */
const MAX_DATE_TEXT = 80;

/**
 * Builds the {@link Embed} of one X embed: canonical permalink, snowflake time, the date shown
 * (else the UTC date of the snowflake time), the body's entities.
 */
export function xEmbed(f: XEmbedFields, options: DateOptions): Embed {
  const createdAt = f.id !== null ? canonicalIdTime(f.id) : null;
  let dateText = f.dateText !== null ? collapseSpace(f.dateText) : null;
  let date = dateText !== null && dateText.length > 0 ? parseEmbedDate(dateText, options) : null;
  if (date === null) {
    // Shown text that is no date (the link's URL, a 'View on X'): not a date text at all.
    if (dateText !== null && !(dateText.length <= MAX_DATE_TEXT && /\d/.test(dateText) && !dateText.includes('/'))) {
      dateText = null;
    }
    if (createdAt !== null) date = createdAt.slice(0, 10);
  }
  // Fields are cut from the element's flattened text (or the quote's lines): detached, so a
  // kept result does not keep that text alive.
  const shown = f.body !== null ? collapseSpace(f.body) : '';
  const text = shown.length > 0 ? detached(shown) : null;
  const entities = text !== null ? bodyEntities(text, { date }) : null;
  const links = entities !== null ? withDisplayLinks(text ?? '', entities.links, f.displayLinks) : [];
  const linked = f.linked ?? [];
  const handle = f.handle !== null ? detached(f.handle) : null;
  return embedRecord({
    platform: 'x',
    kind: f.kind,
    source: f.source,
    id: f.id,
    url: f.id !== null ? statusPermalink(handle, f.id) : null,
    author: authorRecord(f.name !== null ? detached(f.name) : null, handle),
    date,
    dateText: dateText !== null ? detached(dateText) : null,
    createdAt,
    text,
    lang: f.lang,
    links,
    media: entities?.media ?? [],
    mentions: withLinked(text, entities?.mentions ?? [], linked, 'mention'),
    hashtags: withLinked(text, entities?.hashtags ?? [], linked, 'hashtag'),
    cashtags: withLinked(text, entities?.cashtags ?? [], linked, 'cashtag'),
    truncated: text !== null && isTruncated(text),
    start: f.start,
    end: f.end,
  });
}

/** A hashtag, mention or cashtag the markup links as one. */
export interface LinkedEntity {
  kind: 'hashtag' | 'mention' | 'cashtag';
  /** Without its sign, as shown. */
  value: string;
}

/**
 * What an anchor of a post's body links as an entity: `/hashtag/<tag>` shown as `#tag`, a
 * profile link shown as `@name`, a `$TAG` search link shown as `$TAG`. Whatever characters touch
 * it (`#mac#windows`, `東京#五輪`): the markup settles what twitter-text would guess.
 *
 * @example
 * ```ts
 * linkedEntity('https://twitter.com/hashtag/windows?src=hash', '#windows'); // { kind: 'hashtag', value: 'windows' }
 * linkedEntity('https://example.com/', '#windows');                          // null
 * ```
 */
export function linkedEntity(href: string, shown: string): LinkedEntity | null {
  const text = shown.trim();
  const sign = text.charCodeAt(0);
  const value = text.slice(1);
  if (value.length === 0 || value.length > MAX_LINKED_LENGTH || /\s/u.test(value)) return null;
  const host = X_HOST.exec(href);
  if (host === null) return null;
  const path = href.slice(host[0].length);
  if (sign === CharCode.Hash || sign === CharCode.FullwidthNumberSign) {
    return path.startsWith('hashtag/') ? { kind: 'hashtag', value } : null;
  }
  if (sign === CharCode.At || sign === CharCode.FullwidthAt) {
    const name = /^(\w{1,20})(?:[/?#]|$)/u.exec(path);
    return name !== null && name[1]?.toLowerCase() === value.toLowerCase() ? { kind: 'mention', value } : null;
  }
  if (sign === CharCode.Dollar) {
    return path.startsWith('search?') && /q=(?:%24|\$)/iu.test(path) && /^[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?$/u.test(value)
      ? { kind: 'cashtag', value }
      : null;
  }
  return null;
}
/** `https://twitter.com/`, `http://www.x.com/`, `https://mobile.twitter.com/`: the start of an X link. */
const X_HOST = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\//iu;
/** The longest linked tag or name read (X tags run to 100 and more characters). */
const MAX_LINKED_LENGTH = 280;

/**
 * `found` (the twitter-text reading of `text`) with the linked entities of `kind` added, each
 * once (case aside), in the order they stand in `text`.
 */
function withLinked(text: string | null, found: string[], linked: readonly LinkedEntity[], kind: LinkedEntity['kind']): string[] {
  const extra = linked.filter((l) => l.kind === kind && !found.some((f) => f.toLowerCase() === l.value.toLowerCase()));
  if (extra.length === 0 || text === null) return found;
  const all = [...found];
  for (const l of extra) if (!all.some((f) => f.toLowerCase() === l.value.toLowerCase())) all.push(l.value);
  const lower = text.toLowerCase();
  const signs = kind === 'hashtag' ? ['#', '＃'] : kind === 'mention' ? ['@', '＠'] : ['$'];
  const at = (v: string): number => {
    let best = Infinity;
    for (const sign of signs) {
      const i = lower.indexOf(sign + v.toLowerCase());
      if (i >= 0 && i < best) best = i;
    }
    return best;
  };
  return all.map((v, i) => ({ v, i, at: at(v) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.v);
}

/**
 * Replaces what the text shows of a shortened display link (`nytimes.com/2019/04/…`) by the
 * link's target (`https://t.co/…`), in text order: the display form is cut and is no link a
 * reader can follow, the target is the link the post holds.
 */
function withDisplayLinks(text: string, links: string[], display: { href: string; text: string }[]): string[] {
  if (display.length === 0) return links;
  type Placed = { at: number; end: number; url: string; display: boolean };
  const placed: Placed[] = [];
  let from = 0;
  for (const d of display) {
    const shown = collapseSpace(d.text);
    const at = shown.length > 0 ? text.indexOf(shown, from) : -1;
    if (at < 0) continue;
    placed.push({ at, end: at + shown.length, url: d.href, display: true });
    from = at + shown.length;
  }
  from = 0;
  for (const url of links) {
    const at = text.indexOf(url, from);
    const pos = at < 0 ? text.length : at;
    if (at >= 0) from = at + url.length;
    if (placed.some((p) => p.display && pos >= p.at && pos < p.end)) continue;
    placed.push({ at: pos, end: pos + url.length, url, display: false });
  }
  placed.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const p of placed) if (!out.includes(p.url)) out.push(p.url);
  return out;
}

/**
 * Is `text` a shortened display form of a link (`example.com/a/b…`), not a whole URL, media
 * link or entity?
 *
 * @example
 * ```ts
 * isDisplayLink('nytimes.com/2019/04/15/us/…'); // true
 * isDisplayLink('https://t.co/xdcgcjohW4');     // false
 * ```
 */
export function isDisplayLink(text: string): boolean {
  // What the text starts with when it starts with no white space: collapsing keeps it.
  if (opensAsOtherLink(text, 0)) return false;
  const t = collapseSpace(text);
  if (t.length === 0 || t.length > 200 || t.startsWith('http') || t.startsWith('pic.twitter.com/')) return false;
  const c = t.charCodeAt(0);
  if (c === 0x40 || c === 0x23 || c === 0x24 || c === 0xff03 || c === 0xff20) return false; // @ # $ ＃ ＠
  return !t.includes(' ') && t.includes('.') && (t.includes('/') || t.endsWith('…'));
}

/**
 * Whether the text at `start` opens as a mention, hashtag, cashtag, link with its scheme or media
 * link: never a display link. Read in place, so an anchor's text need not be cut to be refused.
 */
function opensAsOtherLink(text: string, start: number): boolean {
  const c0 = text.charCodeAt(start);
  return c0 === 0x40 || c0 === 0x23 || c0 === 0x24 || text.startsWith('http', start) || text.startsWith('pic.twitter.com/', start);
}

/** What a tweet blockquote shows. */
type Quoted = Pick<XEmbedFields, 'id' | 'name' | 'handle' | 'dateText' | 'body' | 'lang' | 'displayLinks' | 'linked'> & {
  /** The handle in the status link's path: the embed's handle when the quote shows no byline. */
  urlHandle: string | null;
};

/**
 * Reads a tweet blockquote: the body up to the attribution, `— Name (@handle)`, and the status
 * link whose text is the date. Returns 'not-a-post' for a quote whose attribution links
 * somewhere other than a status (a pull quote imitating an embed).
 *
 * ```
 * <p lang="en">Body <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Name (@handle) <a href="…/status/1">May 5, 2020</a>
 * flat: "\nBody pic.twitter.com/x\n— Name (@handle) May 5, 2020"
 *        ^body……………………………………………^^dash  ^name ^paren   ^status anchor
 * ```
 */
function readQuote(bq: HtmlElement, read: FlatText | null): Quoted | 'not-a-post' {
  const flat = read ?? flattenElement(bq);
  const text = flat.text;
  let status: FlatAnchor | null = null;
  let parsed: { handle: string | null; id: string } | null = null;
  for (let i = flat.anchors.length - 1; i >= 0; i--) {
    const a = flat.anchors[i] as FlatAnchor;
    const p = parseStatusUrl(a.href);
    if (p !== null) {
      status = a;
      parsed = p;
      break;
    }
  }
  const limit = status !== null ? status.start : text.length;
  // The attribution: the last `(@handle)` before the status link, only gaps between them.
  let sigStart = limit;
  let name: string | null = null;
  let handle: string | null = null;
  let dateText: string | null = status !== null ? text.slice(status.start, status.end) : null;
  const paren = text.lastIndexOf('(@', limit);
  if (paren >= 0 && limit - paren <= 64) {
    const group = matchHandleGroup(text, paren);
    let at = group !== null ? group.end : -1;
    while (at >= 0 && at < limit && isGap(text.charCodeAt(at))) at++;
    if (group !== null && (status !== null ? at === limit : true)) {
      handle = group.handle;
      if (status === null) {
        // No status link: the date is the text after the handle, and any link there must not
        // point elsewhere.
        const after = flat.anchors.find((a) => a.start >= group.end);
        if (after !== undefined) return 'not-a-post';
        dateText = text.slice(group.end).trim() || null;
      }
      const dash = findDashBefore(text, paren, 0);
      if (dash !== null) {
        sigStart = dash.start;
        const n = collapseSpace(text.slice(dash.end, paren));
        name = n.length > 0 && fitsDisplayName(n, MAX_NAME_CODE_POINTS) ? n : null;
      } else {
        // No dash: the attribution is its own line (`<p>Name (@handle) …</p>`).
        const line = text.lastIndexOf('\n', paren) + 1;
        const n = collapseSpace(text.slice(line, paren));
        if (n.length > 0 && fitsDisplayName(n, MAX_NAME_CODE_POINTS)) {
          name = n;
          sigStart = line;
        } else sigStart = paren;
      }
    }
  }
  if (status === null && handle === null) {
    // Neither a status link nor an attribution: a quote with a link elsewhere, or nothing.
    if (flat.anchors.length > 0) return 'not-a-post';
  }
  // The post's language, by HTML's inheritance inside the embed: `lang` on its paragraph, else
  // on the blockquote (older embed code puts it there). `data-lang` names the widget's UI
  // language, not the post's.
  const lang = flat.lang ?? langOf(bq);
  const displayLinks: { href: string; text: string }[] = [];
  for (const a of flat.anchors) {
    if (a.end > sigStart) break;
    // Reading past an anchor's end here refuses nothing isDisplayLink would accept: what it
    // accepts holds a '.' and a '/' or '…', which no prefix of these openers does.
    if (!isHttpUrl(a.href) || opensAsOtherLink(text, a.start)) continue;
    const shown = text.slice(a.start, a.end);
    if (isDisplayLink(shown)) displayLinks.push({ href: a.href, text: shown });
  }
  const linked: LinkedEntity[] = [];
  for (const a of flat.anchors) {
    if (a.end > sigStart) break;
    const entity = linkedEntity(a.href, text.slice(a.start, a.end));
    if (entity !== null) linked.push(entity);
  }
  const body = text.slice(0, sigStart);
  return {
    id: parsed?.id ?? null,
    urlHandle: parsed?.handle ?? null,
    name,
    handle,
    dateText,
    // Any character trim() keeps (\S is its complement): no trimmed copy is made.
    body: NOT_BLANK.test(body) ? body : null,
    lang,
    displayLinks,
    linked,
  };
}

/** An element's own non-blank `lang` attribute, trimmed, or null. */
function langOf(el: HtmlElement): string | null {
  const lang = attr(el, 'lang')?.trim() ?? '';
  return lang.length > 0 ? lang : null;
}

/** A character `String.prototype.trim` does not remove (no /g: no lastIndex to leak). */
const NOT_BLANK = /\S/;

/** True when `s` starts with `http://` or `https://` (scheme in any case). */
function isHttpUrl(s: string): boolean {
  if (s.length < 7 || (s.charCodeAt(0) | 0x20) !== 0x68 || (s.charCodeAt(1) | 0x20) !== 0x74) return false;
  if ((s.charCodeAt(2) | 0x20) !== 0x74 || (s.charCodeAt(3) | 0x20) !== 0x70) return false;
  const at = (s.charCodeAt(4) | 0x20) === 0x73 ? 5 : 4;
  return s.startsWith('://', at);
}

/** The status id an embed element carries in its own markup (attributes, iframes, links, text). */
function idOfElement(
  root: HtmlElement,
  all: Iterable<HtmlElement>,
  text: string,
): { id: string; handle: string | null } | null {
  for (const el of all) {
    const tweetId = attr(el, 'data-tweetid') ?? attr(el, 'data-tweet-id');
    if (tweetId !== null) {
      const id = normaliseId(tweetId.trim());
      if (id !== null) return { id, handle: null };
      // A whole status URL where the id belongs (`amp-twitter data-tweetid="https://x.com/…/status/…"`).
      const fromUrl = parseStatusUrl(tweetId.trim());
      if (fromUrl !== null) return fromUrl;
    }
    if (el.name === 'iframe') {
      const id = widgetStatusId(attr(el, 'src') ?? attr(el, 'data-src') ?? '');
      if (id !== null) return { id, handle: null };
    }
    if (el.name === 'a') {
      const p = parseStatusUrl(attr(el, 'href') ?? '');
      if (p !== null) return p;
    }
    const data = idFromDataAttributes(el);
    if (data !== null && (el === root || el.name !== 'a')) return data;
  }
  // WordPress keeps the bare status URL as the wrapper's text.
  const flat = collapseSpace(text);
  for (const word of flat.split(' ')) {
    const p = parseStatusUrl(word);
    if (p !== null) return p;
  }
  return null;
}

/**
 * Interprets one embed element read whole. A quote root may come flattened (`flat`, no
 * children), with its elements listed in document order (`flatElements`).
 */
function interpret(
  root: HtmlElement,
  kind: string,
  source: InputFormat,
  options: DateOptions,
  flat: FlatText | null,
  flatElements: readonly HtmlElement[],
): Embed | null {
  const isQuote = (el: HtmlElement): boolean =>
    el.name === 'blockquote' && (isTweetMarked(el) || hasClass(el, 'nojs-tweet') || (kind === 'amp' && attr(el, 'placeholder') !== null));
  // The root comes first in document order: most embeds are the quote itself.
  let bq: HtmlElement | null = isQuote(root) ? root : null;
  if (bq === null) {
    for (const el of elements(root)) {
      if (isQuote(el)) {
        bq = el;
        break;
      }
    }
  }
  const quoted = bq !== null ? readQuote(bq, bq === root ? flat : null) : null;
  if (quoted === 'not-a-post') return null;
  let id = quoted?.id ?? null;
  let urlHandle = quoted?.urlHandle ?? null;
  if (id === null) {
    const own =
      flat !== null ? idOfElement(root, flatElements, flat.text) : idOfElement(root, elements(root), flattenElement(root).text);
    if (own !== null) {
      id = own.id;
      urlHandle = own.handle;
    }
  }
  const handle = quoted?.handle ?? urlHandle;
  if (id === null && handle === null) return null;
  return xEmbed(
    {
      kind,
      source,
      id,
      name: quoted?.name ?? null,
      handle,
      dateText: quoted?.dateText ?? null,
      body: quoted?.body ?? null,
      lang: quoted?.lang ?? langOf(root),
      displayLinks: quoted?.displayLinks ?? [],
      linked: quoted?.linked ?? [],
      start: root.start,
      end: root.end,
    },
    options,
  );
}

/**
 * Finds every X embed in an HTML page (see the module comment for the shape of the scan).
 * A `noscript` copy of an embed found elsewhere on the page is dropped.
 *
 * @example
 * ```ts
 * scanXHtml({ input: '<blockquote class="twitter-tweet"><p lang="en">Hi</p>&mdash; Jo (@jo) '
 *   + '<a href="https://twitter.com/jo/status/1310340832445292544">September 27, 2020</a></blockquote>',
 *   source: 'html', locales: undefined });
 * // [{ kind: 'blockquote', id: '1310340832445292544', url: 'https://x.com/jo/status/1310340832445292544', text: 'Hi', … }]
 * ```
 */
export function scanXHtml(ctx: ScanContext): Embed[] {
  const { input } = ctx;
  const markers = new MarkerSearch(input);
  // The first marker's search is the gate: a page without one costs this pass only.
  if (markers.from(0) < 0) return [];
  const options: DateOptions = ctx.locales !== undefined ? { locales: [...ctx.locales] } : {};
  const inert = new InertRanges(input);
  const reader = new ElementReader();
  // One options object for every read: the marker being tried and the kind its start tag makes.
  const attempt = { pos: 0, kind: null as string | null };
  const readOptions = {
    maxLength: MAX_ELEMENT_LENGTH,
    accept: (name: string, attribs: Record<string, string>, openEnd: number): boolean => {
      if (openEnd <= attempt.pos) return false; // the marker is in text after the tag
      attempt.kind = embedKind(name, attribs);
      return attempt.kind !== null;
    },
    // A tweet blockquote is read as its flattened text: readQuote needs nothing else.
    flatten: (): boolean => attempt.kind === 'blockquote',
  };
  const found: Embed[] = [];
  /** Indexes in `found` of embeds read inside a noscript element (few; usually none). */
  const inNoscript: number[] = [];
  /** Nothing before it is read again. */
  let cursor = 0;
  /** The start tag the previous marker belonged to, and how far back we looked for it. */
  let lastLt = -1;
  let floor = 0;
  for (;;) {
    const pos = markers.from(cursor);
    if (pos < 0) break;
    cursor = pos + 1;
    const skip = inert.at(pos);
    if (skip !== null) {
      cursor = Math.max(cursor, skip.end);
      continue;
    }
    const lt = findTagStart(input, pos, Math.max(floor, pos - MAX_TAG_LOOKBACK));
    floor = pos + 1;
    // No `<` since the previous marker (same tag as that one, already decided) or too far back.
    if (lt < 0) continue;
    if (lt === lastLt) continue;
    lastLt = lt;
    attempt.pos = pos;
    attempt.kind = null;
    const el = reader.read(input, lt, readOptions);
    const kind = attempt.kind;
    if (el === null || kind === null) continue;
    // Every marker inside the element belongs to it: resume past its end.
    cursor = Math.max(cursor, el.end);
    floor = cursor;
    // The inert scan has passed the marker, so inside the element; nothing in the rest of it can open an inert range.
    if (reader.plain) inert.skipTo(el.end);
    const flat = reader.flat;
    const embed = interpret(el, kind, ctx.source, options, flat, reader.flatElements);
    if (embed === null) continue;
    if (inert.inNoscript(lt)) inNoscript.push(found.length);
    found.push(embed);
  }
  if (inNoscript.length === 0) return mergeRenderedTwins(input, found);
  const copies = new Set(inNoscript);
  const shown = new Set(found.filter((e, i) => !copies.has(i) && e.id !== null).map((e) => e.id));
  return mergeRenderedTwins(input, found.filter((e, i) => !(copies.has(i) && e.id !== null && shown.has(e.id))));
}

/** How far apart a post's blockquote and its rendered twin may stand, in UTF-16 units. */
const MAX_TWIN_GAP = 2048;

/**
 * Merges each embed with its rendered twin: a page saved after X's widget ran holds the
 * rendered embed (`div.twitter-tweet-rendered`, a `Tweet.html?id=` iframe) right beside the
 * original blockquote of the same post (one of the two is rendered: kind `iframe`). Beside
 * means nothing a reader sees between them (tags, white space, the widget script). The merged
 * embed spans both and has the fields of the richer one. Two embeds of one post in different
 * places stay two.
 *
 * ```
 * <blockquote class="twitter-tweet">…/status/1…</blockquote><div class="twitter-tweet twitter-tweet-rendered"><iframe …id=1…></div>
 * ^one embed…………………………………………………………………………………………………………………………………………………………………………………………………………………………^
 * ```
 */
export function mergeRenderedTwins(input: string, found: Embed[]): Embed[] {
  if (found.length < 2) return found;
  const out: Embed[] = [];
  for (const e of found) {
    const prev = out[out.length - 1];
    const twin = prev !== undefined && prev.kind !== e.kind && (prev.kind === 'iframe' || e.kind === 'iframe');
    if (twin && prev.id !== null && prev.id === e.id && isBeside(input, prev.end, e.start)) {
      const rich = richness(e) > richness(prev) ? e : prev;
      out[out.length - 1] = { ...rich, start: Math.min(prev.start, e.start), end: Math.max(prev.end, e.end) };
      continue;
    }
    out.push(e);
  }
  return out;
}

/** Whether nothing a reader sees stands in `input[from, to)`: only tags, white space and scripts. */
function isBeside(input: string, from: number, to: number): boolean {
  if (to < from || to - from > MAX_TWIN_GAP) return false;
  const between = input.slice(from, to).replace(SCRIPT_ELEMENT, '').replace(ANY_TAG, '');
  return !NOT_BLANK.test(between);
}
/** A script element, content included (the widget script between twins). */
const SCRIPT_ELEMENT = /<script\b[^>]{0,1024}>[^<]{0,1024}<\/script\s*>/giu;
/** Any tag. */
const ANY_TAG = /<[^<>]{0,1024}>/gu;

/** How many of the fields a reader sees an embed fills. */
function richness(e: Embed): number {
  let n = 0;
  for (const v of [e.text, e.author.name, e.author.handle, e.dateText, e.lang]) if (v !== null) n++;
  return n;
}

/**
 * The offset of the `<` opening the start tag that holds `pos`, looking back no further than
 * `floor`, or -1. Only a `<` followed by an ASCII letter opens a start tag.
 */
function findTagStart(input: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (input.charCodeAt(i) !== 0x3c) continue;
    const c = input.charCodeAt(i + 1);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return i;
  }
  return -1;
}

/**
 * The end of the widget script that follows an embed (`<script … src="…platform.twitter.com/widgets.js">`
 * after at most some white space), or `end` itself when none follows.
 *
 * @example
 * ```ts
 * const html = '<blockquote>…</blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>';
 * widgetScriptEnd(html, 26); // html.length
 * ```
 */
export function widgetScriptEnd(input: string, end: number): number {
  let i = end;
  const stop = Math.min(input.length, end + 256);
  while (i < stop && isGap(input.charCodeAt(i))) i++;
  if (!/^<script[\s>]/i.test(input.slice(i, i + 8))) return end;
  const gt = input.indexOf('>', i);
  if (gt < 0 || gt - i > 1024 || !input.slice(i, gt).includes('platform.twitter.com/widgets.js')) return end;
  const close = input.slice(gt, gt + 256).search(/<\/script\s*>/i);
  if (close < 0) return end;
  return input.indexOf('>', gt + close + 2) + 1;
}

/**
 * X embeds in HTML: `blockquote.twitter-tweet` / `.twitter-video`, `amp-twitter`, widget-rendered
 * iframes and divs, WordPress embed figures and publishers' wrappers carrying a status id.
 *
 * Core's locator (`core/html/locate.ts`) finds the markers declared in {@link xHtml}, reads each
 * element bounded, and hands it here: {@link embedKind} says from the start tag what it is, and
 * `interpret` reads it, a tweet quote straight from its flattened text, other forms from a small
 * tree.
 */
import { fitsDisplayName } from '../../core/attribution/name.js';
import { parseEmbedDate } from '../../core/dates/index.js';
import { buildEmbed } from '../../core/embed.js';
import {
  attr,
  declaredLang,
  elements,
  flattenElement,
  hasClass,
  isFrame,
  hasClassWord,
  type FlatAnchor,
  type FlatText,
  type HtmlElement,
  type HtmlNode,
  type WithAttributes,
} from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { CharCode, collapseSpace, detached, isGap } from '../../core/text/chars.js';
import type { DateOptions, Embed, EmbedKind, InputFormat } from '../../types.js';
import type { HtmlForms, ServedPost } from '../types.js';
import { bodyEntities } from './body.js';
import { WIDGET_SCRIPT } from './patterns.js';
import { findDashBefore, matchHandleGroup, MAX_NAME_CODE_POINTS } from './signature.js';
import { isTruncated } from './text.js';
import { canonicalIdTime, normaliseId, parseStatusUrl, statusPermalink, widgetStatusId } from './url.js';

/** Elements that are never an embed whatever their attributes (buttons, scripts, metadata). */
const NEVER_EMBEDS = new Set(['a', 'button', 'script', 'style', 'template', 'meta', 'link', 'img', 'input', 'noscript', 'head', 'html', 'body']);

/**
 * What an embed element is, from its start tag alone: 'blockquote', 'amp', 'iframe' (widget
 * iframes and the divs widgets render), 'wp-block', 'wrapper' (a publisher's element carrying a
 * status id); null when it is none.
 *
 * @example
 * ```ts
 * embedKind('blockquote', { attribs: { class: 'tw-align-center twitter-tweet' } }); // 'blockquote'
 * embedKind('a', { attribs: { class: 'twitter-timeline' } });                       // null
 * ```
 */
export function embedKind(name: string, el: WithAttributes): EmbedKind | null {
  if (NEVER_EMBEDS.has(name)) return null;
  if (name === 'amp-twitter') return 'amp';
  const tweetClass = isTweetMarked(el);
  if (name === 'blockquote' && (tweetClass || hasClass(el, 'nojs-tweet') || hasClassWord(el, 'tweet'))) return 'blockquote';
  if (tweetClass || hasClass(el, 'twitter-tweet-rendered')) return 'iframe';
  if (isFrame(name)) {
    return attr(el, 'data-tweet-id') !== null || frameAddress(el, widgetStatusId) !== null ? 'iframe' : null;
  }
  if (hasClass(el, 'wp-block-embed-twitter') || (hasClass(el, 'wp-block-embed') && hasClass(el, 'is-provider-twitter'))) {
    return 'wp-block';
  }
  if (attr(el, 'data-tweet-id') !== null || attr(el, 'data-tweetid') !== null || isPublisherHolder(el)) return 'wrapper';
  if ((hasClass(el, 'embed-twitter') || hasClass(el, 'twitter-embed')) && idFromDataAttributes(el) !== null) {
    return 'wrapper';
  }
  return null;
}

/**
 * Whether an element is a publisher's holder for a post that its page shows through a link to
 * the status, not the widget: the BBC's social embed (`div.social-embed-fallbacktwitter`, a
 * screenshot linked to the post) and the consent banner of Condé Nast's sites
 * (`div.TwitterEmbedContainer-<hash>`, "This content can also be viewed on the site it
 * originates from"). Its post is the status its first link names.
 */
function isPublisherHolder(el: WithAttributes): boolean {
  if (hasClass(el, 'social-embed-fallbacktwitter')) return true;
  const cls = attr(el, 'class');
  return cls !== null && CONSENT_HOLDER.test(cls);
}
const CONSENT_HOLDER = /(?:^|\s)TwitterEmbedContainer-/u;

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
  kind: EmbedKind;
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
  // Entities are cut from the body as the result keeps it: detached, so that neither keeps the
  // element's flattened text (or the quote's lines) alive.
  const shown = f.body !== null ? collapseSpace(f.body) : '';
  const text = shown.length > 0 ? detached(shown) : null;
  const entities = text !== null ? bodyEntities(text, { date }) : null;
  const links = entities !== null ? withDisplayLinks(text ?? '', entities.links, f.displayLinks) : [];
  const linked = f.linked ?? [];
  return buildEmbed({
    platform: 'x',
    kind: f.kind,
    source: f.source,
    id: f.id,
    url: f.id !== null ? statusPermalink(f.handle, f.id) : null,
    name: f.name,
    handle: f.handle,
    date,
    dateText,
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
  // Most anchors of a post are links: their text opens with no entity's sign.
  if (sign !== CharCode.Hash && sign !== CharCode.FullwidthNumberSign && sign !== CharCode.At && sign !== CharCode.FullwidthAt && sign !== CharCode.Dollar) {
    return null;
  }
  const value = text.slice(1);
  if (value.length === 0 || value.length > MAX_LINKED_LENGTH || /\s/u.test(value)) return null;
  const path = afterXHost(href);
  if (path === null) return null;
  if (sign === CharCode.Hash || sign === CharCode.FullwidthNumberSign) {
    return path.startsWith('hashtag/') ? { kind: 'hashtag', value } : null;
  }
  if (sign === CharCode.At || sign === CharCode.FullwidthAt) {
    const name = /^(\w{1,20})(?:[/?#]|$)/u.exec(path)?.[1];
    // Lower-cased only when the spellings differ: most profile links spell the name as shown.
    return name !== undefined && (name === value || name.toLowerCase() === value.toLowerCase()) ? { kind: 'mention', value } : null;
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

/**
 * What follows the {@link X_HOST} an X link starts with, or null. Embed codes write
 * `https://twitter.com/` as is: that spelling is checked first, without the regex.
 */
function afterXHost(href: string): string | null {
  if (href.startsWith('https://twitter.com/')) return href.slice(20);
  const host = X_HOST.exec(href);
  return host !== null ? href.slice(host[0].length) : null;
}
/** The longest linked tag or name read (X tags run to 100 and more characters). */
const MAX_LINKED_LENGTH = 280;

/**
 * `found` (the twitter-text reading of `text`) with the linked entities of `kind` added, each
 * once (case aside), in the order they stand in `text`.
 */
function withLinked(text: string | null, found: string[], linked: readonly LinkedEntity[], kind: LinkedEntity['kind']): string[] {
  // Mostly twitter-text has read every linked entity, as written: nothing to add.
  let missing = false;
  for (const l of linked) if (l.kind === kind && !found.includes(l.value)) missing = true;
  if (!missing || text === null) return found;
  const extra = linked.filter((l) => l.kind === kind && !found.some((f) => f.toLowerCase() === l.value.toLowerCase()));
  if (extra.length === 0) return found;
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
type Quoted = Pick<XEmbedFields, 'id' | 'name' | 'handle' | 'dateText' | 'body' | 'displayLinks' | 'linked'> & {
  /** What the quote declares (its paragraph, else itself), undefined where it declares nothing. */
  lang: string | null | undefined;
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
  const lang = flat.lang !== undefined ? flat.lang : declaredLang(bq);
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
    ...bodyAnchors(flat, 0, sigStart),
  };
}

/**
 * The display links and linked entities among the anchors of `flat` between `start` and `end`
 * (the body's span): what the post's text links, as shown.
 */
function bodyAnchors(flat: FlatText, start: number, end: number): Pick<Quoted, 'displayLinks' | 'linked'> {
  const { text } = flat;
  const displayLinks: { href: string; text: string }[] = [];
  const linked: LinkedEntity[] = [];
  for (const a of flat.anchors) {
    if (a.end > end) break;
    if (a.start < start) continue;
    const shown = text.slice(a.start, a.end);
    const entity = linkedEntity(a.href, shown);
    if (entity !== null) linked.push(entity);
    // Reading past an anchor's end here refuses nothing isDisplayLink would accept: what it
    // accepts holds a '.' and a '/' or '…', which no prefix of these openers does.
    else if (isHttpUrl(a.href) && !opensAsOtherLink(text, a.start) && isDisplayLink(shown)) {
      displayLinks.push({ href: a.href, text: shown });
    }
  }
  return { displayLinks, linked };
}

/**
 * Reads a tweet card, which a publisher renders on its own server in place of the widget: no
 * `— Name (@handle)` line, but links that say as much. The post is the one status its links
 * name (a card naming two is not read); the name is the text of a link to the author's profile
 * that is not `@handle`; the text is the card's first paragraph. The status link's text, when
 * it reads as a date, is the date shown.
 *
 * ```
 * <blockquote class="site-tweet__card">
 *   <a href="https://twitter.com/jack">jack</a> <a href="https://twitter.com/jack">@jack</a>
 *   <p>just setting up my twttr</p>
 *   <a href="https://twitter.com/jack/status/20">Mar 21, 2006</a>
 * </blockquote>
 * ```
 */
function readCard(root: HtmlElement, read: FlatText | null): Quoted | null {
  const flat = read ?? flattenElement(root);
  let status: FlatAnchor | null = null;
  let parsed: { handle: string | null; id: string } | null = null;
  for (const a of flat.anchors) {
    const p = parseStatusUrl(a.href);
    if (p === null) continue;
    if (parsed === null) {
      status = a;
      parsed = p;
    } else if (p.id !== parsed.id) return null;
  }
  if (status === null || parsed === null) return null;
  const handle = parsed.handle;
  let name: string | null = null;
  if (handle !== null) {
    for (const a of flat.anchors) {
      const path = afterXHost(a.href);
      if (path === null || !isProfilePath(path, handle)) continue;
      const shown = collapseSpace(flat.text.slice(a.start, a.end));
      const c = shown.charCodeAt(0);
      if (shown.length > 0 && c !== CharCode.At && c !== CharCode.FullwidthAt && fitsDisplayName(shown, MAX_NAME_CODE_POINTS)) {
        name = shown;
        break;
      }
    }
  }
  const said = flat.paragraph;
  const body = said !== null ? flat.text.slice(said.start, said.end) : '';
  return {
    id: parsed.id,
    urlHandle: handle,
    name,
    handle,
    dateText: flat.text.slice(status.start, status.end),
    body: NOT_BLANK.test(body) ? body : null,
    lang: flat.lang !== undefined ? flat.lang : langOf(root),
    ...(said !== null ? bodyAnchors(flat, said.start, said.end) : { displayLinks: [], linked: [] }),
  };
}

/** Whether an X path (after the host) is the profile of `handle`: `jack`, `jack/`, `jack?s=20`, never `jack/status/…`. */
function isProfilePath(path: string, handle: string): boolean {
  if (path.slice(0, handle.length).toLowerCase() !== handle.toLowerCase()) return false;
  const rest = path.slice(handle.length);
  return rest.length === 0 || rest.startsWith('?') || rest === '/' || rest.startsWith('/?');
}

/** The language an element's own `lang` attribute declares, or null (see `declaredLang`). */
function langOf(el: HtmlElement): string | null {
  return declaredLang(el) ?? null;
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
  // An id without a handle (`data-tweetid`, a widget iframe) is kept while a status link to the
  // same post may still name its author (`<blockquote data-tweetid="…"><a href="…/jo/status/…">`).
  let bare: string | null = null;
  for (const el of all) {
    let found: { id: string; handle: string | null } | null = null;
    const tweetId = attr(el, 'data-tweetid') ?? attr(el, 'data-tweet-id');
    if (tweetId !== null) {
      const id = normaliseId(tweetId.trim());
      // A whole status URL where the id belongs (`amp-twitter data-tweetid="https://x.com/…/status/…"`).
      found = id !== null ? { id, handle: null } : parseStatusUrl(tweetId.trim());
    }
    if (found === null && isFrame(el.name)) {
      const id = frameAddress(el, widgetStatusId);
      if (id !== null) found = { id, handle: null };
    }
    if (found === null && el.name === 'a') found = parseStatusUrl(attr(el, 'href') ?? '');
    if (found === null) {
      const data = idFromDataAttributes(el);
      if (data !== null && (el === root || el.name !== 'a')) found = data;
    }
    if (found === null) continue;
    if (bare === null) {
      if (found.handle !== null) return found;
      bare = found.id;
    } else if (found.id === bare && found.handle !== null) return found;
  }
  if (bare !== null) return { id: bare, handle: null };
  // WordPress keeps the bare status URL as the wrapper's text.
  const flat = collapseSpace(text);
  for (const word of flat.split(' ')) {
    const p = parseStatusUrl(word);
    if (p !== null) return p;
  }
  return null;
}

/** The embed a read quote or card makes, spanning `root`. */
function fromQuoted(q: Quoted, root: HtmlElement, kind: EmbedKind, source: InputFormat, options: DateOptions): Embed {
  return xEmbed({ kind, source, start: root.start, end: root.end, ...q, lang: q.lang ?? null }, options);
}

/**
 * Interprets one embed element read whole. A quote root may come flattened (`flat`, no
 * children), with its elements listed in document order (`flatElements`).
 */
function interpret(
  root: HtmlElement,
  kind: EmbedKind,
  source: InputFormat,
  options: DateOptions,
  flat: FlatText | null,
  flatElements: readonly HtmlElement[],
): Embed | null {
  const isQuote = (el: HtmlElement): boolean =>
    el.name === 'blockquote' && (isTweetMarked(el) || hasClass(el, 'nojs-tweet') || (kind === 'amp' && attr(el, 'placeholder') !== null));
  // A 'blockquote' to embedKind that is no widget quote is a publisher's card. One that writes
  // the widget's `— Name (@handle) date` line is read as the widget's quote.
  if (kind === 'blockquote' && !isQuote(root)) {
    const signed = readQuote(root, flat);
    const card = signed !== 'not-a-post' && signed.handle !== null && signed.id !== null ? signed : readCard(root, flat);
    return card !== null ? fromQuoted(card, root, kind, source, options) : null;
  }
  // The root comes first in document order: most embeds are the quote itself (every other
  // 'blockquote' of embedKind is one by the same test).
  let bq: HtmlElement | null = kind === 'blockquote' || isQuote(root) ? root : null;
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
      lang: quoted != null && quoted.lang !== undefined ? quoted.lang : langOf(root),
      displayLinks: quoted?.displayLinks ?? [],
      linked: quoted?.linked ?? [],
      start: root.start,
      end: root.end,
    },
    options,
  );
}

/** The status a URL names, for a post an embed service shows (`core/html/services.ts`). */
function servedStatus(url: string): ServedPost | null {
  const s = parseStatusUrl(url);
  if (s === null) return null;
  // As for every X embed that shows no date: the snowflake's time, and its UTC date.
  const createdAt = canonicalIdTime(s.id);
  return { id: s.id, url: statusPermalink(s.handle, s.id), handle: s.handle, createdAt, date: createdAt?.slice(0, 10) ?? null };
}

/**
 * X's embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `-tweet`, `-twitter` | `twitter-tweet(-rendered)`, `data-tweet(-)id`, `amp-twitter`, `is-provider-twitter`, `embed-twitter` |
 * | `twitter-video`, `twitter-embed` | video quotes and publishers' wrappers |
 * | `-tweet` | publishers' tweet cards (`blockquote.subbuzz-tweet__container`) |
 * | `-fallbacktwitter`, `TwitterEmbedContainer-` | publishers' holders around a status link (BBC, Condé Nast) |
 * | `embed/Tweet.html?`, `embed/index.html?` | widget iframes (`platform.twitter.com/embed/Tweet.html?id=…`): the id is a query parameter, so the `?` is always there |
 *
 * The widget iframe's marker is anchored at its `?` rather than its letters: V8 finds a character
 * in a two-byte string by searching for one of its bytes, and the byte of `T` also stands in a
 * few hundred CJK ideographs and in common Cyrillic, Arabic and kana letters, where that of `?`
 * mostly stands in `?` and `п`.
 *
 * @example
 * ```ts
 * extractEmbeds('<blockquote class="twitter-tweet"><p lang="en">Hi</p>&mdash; Jo (@jo) '
 *   + '<a href="https://twitter.com/jo/status/1310340832445292544">September 27, 2020</a></blockquote>');
 * // [{ kind: 'blockquote', id: '1310340832445292544', url: 'https://x.com/jo/status/1310340832445292544', text: 'Hi', … }]
 * ```
 */
export const xHtml: HtmlForms = {
  markers: ['-tweet', '-twitter', 'twitter-video', 'twitter-embed', 'embed/Tweet.html?', 'embed/index.html?', '-fallbacktwitter', 'TwitterEmbedContainer-'],
  classify: embedKind,
  // A tweet blockquote is read as its flattened text: readQuote needs nothing else.
  flatten: (kind) => kind === 'blockquote',
  interpret: (read, ctx) => interpret(read.root, read.kind, ctx.source, ctx.dates, read.flat, read.flatElements),
  names: {
    tags: ['amp-twitter'],
    attributes: ['data-dnt', 'data-cards', 'data-partner', 'data-tweetid', 'data-tweet-id', 'data-conversation'],
  },
  widgetScripts: [WIDGET_SCRIPT],
  // widgets.js inserts div.twitter-tweet-rendered (or the widget iframe) beside the blockquote.
  renderedTwins: true,
  servedPost: servedStatus,
};

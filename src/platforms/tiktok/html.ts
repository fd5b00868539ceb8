/**
 * TikTok embeds in HTML: the embed code's `blockquote.tiktok-embed`, player iframes
 * (`tiktok.com/embed/v2/<id>`, `/embed/v3/<id>`, `/player/v1/<id>`), AMP's `amp-tiktok` (the
 * video's id or permalink in `data-src`; the embed code may stand inside as its placeholder) and
 * WordPress embed blocks.
 *
 * The embed code's fallback, flattened:
 * ```
 * <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/7301…" data-video-id="7301…">
 *   <section><a href="…/@user?refer=embed">@user</a> Caption <a href="…/tag/news?refer=embed">#news</a>
 *   <a href="…/music/original-sound-7301…?refer=embed">♬ original sound - user</a></section></blockquote>
 * flat: "\n@user Caption #news ♬ original sound - user\n"
 *         ^handle ^caption……………^ ^sound credit (left out)
 * ```
 * `text` is the caption alone; its hashtags are the linked `/tag/` anchors (whatever touches
 * them) and unlinked `#tags`; mentions the linked profile anchors and unlinked `@handles`.
 * The fallback shows no display name and no date; `createdAt` is the time the video id carries.
 */
import { buildEmbed } from '../../core/embed.js';
import { extractEntities } from '../../core/entities/index.js';
import {
  attr,
  declaredLang,
  elements,
  flattenElement,
  hasClass,
  isFrame,
  type FlatAnchor,
  type FlatText,
  type HtmlElement,
  type WithAttributes,
} from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext, ServedPost } from '../types.js';
import {
  isSoundUrl,
  isTikTokHandle,
  isTikTokVideoId,
  linkedTiktokPost,
  parsePlayerUrl,
  parseProfileUrl,
  parseTagUrl,
  parseVideoUrl,
  tiktokPermalink,
  videoTime,
} from './url.js';

/** Elements that are never an embed whatever their attributes (links, scripts, metadata, images). */
const NEVER_EMBEDS = new Set(['a', 'button', 'script', 'style', 'template', 'meta', 'link', 'img', 'source', 'input', 'noscript', 'head', 'html', 'body']);

/** The sound credit's sign, BEAMED SIXTEENTH NOTES: `♬ original sound - user`. */
const SOUND_SIGN = '\u266c';

/** The video id a player frame's address names (`src`, else a lazy or consent attribute: `frameAddress`), or null. */
function playerOfAttributes(el: WithAttributes): string | null {
  return frameAddress(el, parsePlayerUrl);
}

/** The video an `amp-tiktok` names in `data-src`: its id, or its permalink's handle and id. */
function ampVideo(el: WithAttributes): { handle: string | null; id: string } | null {
  const src = (attr(el, 'data-src') ?? '').trim();
  return isTikTokVideoId(src) ? { handle: null, id: src } : parseVideoUrl(src);
}

/**
 * What a TikTok embed element is, from its start tag alone: 'blockquote' (the embed code),
 * 'iframe' (a player), 'amp', 'wp-block'; null when it is none.
 *
 * @example
 * ```ts
 * tiktokKind('blockquote', { attribs: { class: 'tiktok-embed', 'data-video-id': '7301234567890123456' } }); // 'blockquote'
 * tiktokKind('a', { attribs: { class: 'icon-tiktok', href: 'https://www.tiktok.com/@user' } });              // null
 * ```
 */
export function tiktokKind(name: string, el: WithAttributes): EmbedKind | null {
  // An embed code names its video in its start tag; one that names none (a creator embed) is
  // not read: an unclosed one would hide what follows it.
  if (name === 'blockquote') return hasClass(el, 'tiktok-embed') && codeVideoId(el) !== null ? 'blockquote' : null;
  if (isFrame(name)) return playerOfAttributes(el) !== null ? 'iframe' : null;
  if (name === 'amp-tiktok') return ampVideo(el) !== null ? 'amp' : null;
  if (NEVER_EMBEDS.has(name)) return null;
  if (hasClass(el, 'wp-block-embed-tiktok') || (hasClass(el, 'wp-block-embed') && hasClass(el, 'is-provider-tiktok'))) {
    return 'wp-block';
  }
  return null;
}

/** What an embed shows of its video, before it becomes an {@link Embed}. */
interface Shown {
  id: string;
  handle: string | null;
  text: string | null;
  lang: string | null;
  links: string[];
  mentions: string[];
  hashtags: string[];
}

/** An entity of the caption, placed for ordering (offsets into the unflattened caption slice). */
interface Placed {
  at: number;
  value: string;
}

/** The values of `placed` in text order, without duplicates. */
function ordered(placed: Placed[]): string[] {
  placed.sort((a, b) => a.at - b.at);
  return [...new Set(placed.map((p) => p.value))];
}

/**
 * The entities of `found` (sorted by start) that start outside every range of `linked` (sorted,
 * not overlapping): one walk over both lists.
 */
function outside<T extends { start: number }>(found: readonly T[], linked: readonly [number, number][]): T[] {
  const out: T[] = [];
  let k = 0;
  for (const f of found) {
    while (k < linked.length && (linked[k] as [number, number])[1] <= f.start) k++;
    const r = linked[k];
    if (r === undefined || f.start < r[0]) out.push(f);
  }
  return out;
}

/** True for a handle character (`[A-Za-z0-9_.]`). */
function isHandleChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2e;
}

/**
 * Unlinked `@handle`s of a caption, by TikTok's handle rule (dots allowed, at most 24
 * characters, never ending with a dot): an `@` after a handle character or another `@` (an
 * e-mail address) starts none.
 */
function textMentions(caption: string): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  let at = caption.indexOf('@');
  while (at >= 0) {
    const before = at > 0 ? caption.charCodeAt(at - 1) : 0x20;
    let end = at + 1;
    while (end < caption.length && end - at <= 25 && isHandleChar(caption.charCodeAt(end))) end++;
    let handle = caption.slice(at + 1, end);
    while (handle.endsWith('.')) handle = handle.slice(0, -1);
    if (!isHandleChar(before) && before !== 0x40 && isTikTokHandle(handle) && end - at <= 25) out.push({ start: at, value: handle });
    at = caption.indexOf('@', end);
  }
  return out;
}

/**
 * Reads the fallback of an embed code: the caption between the leading `@handle` link and the
 * trailing `♬` sound credit, with its entities. `flat` is the blockquote's flattened text.
 */
function readFallback(bq: HtmlElement, flat: FlatText): Omit<Shown, 'id'> {
  const text = flat.text;
  let start = 0;
  let end = text.length;
  let handle: string | null = null;
  const first = flat.anchors[0];
  // The leading `@handle` link: nothing but white space before it.
  if (first !== undefined && text.slice(0, first.start).trim().length === 0) {
    const shown = collapseSpace(text.slice(first.start, first.end));
    const linked = parseProfileUrl(first.href);
    if (linked !== null && shown.startsWith('@')) {
      handle = shown.slice(1) === linked || !isTikTokHandle(shown.slice(1)) ? linked : shown.slice(1);
      start = first.end;
    }
  }
  // The sound credit: the last link to a sound, or failing that the last `♬` after the caption.
  let sound: FlatAnchor | undefined;
  for (let i = flat.anchors.length - 1; i >= 0; i--) {
    const a = flat.anchors[i] as FlatAnchor;
    if (a.start >= start && (isSoundUrl(a.href) || text.slice(a.start, a.end).trimStart().startsWith(SOUND_SIGN))) {
      sound = a;
      break;
    }
  }
  if (sound !== undefined) end = sound.start;
  else {
    const sign = text.lastIndexOf(SOUND_SIGN);
    if (sign >= start) end = sign;
  }
  // Without the leading handle link and the sound credit, the quote is not TikTok's fallback:
  // a site's own placeholder (`<section>Loading...</section>`) is no caption.
  const lang = flat.lang !== undefined ? flat.lang : (declaredLang(bq) ?? null);
  if (handle === null && sound === undefined && end === text.length) return { handle, text: null, lang, links: [], mentions: [], hashtags: [] };
  const raw = text.slice(start, end);
  const caption = collapseSpace(raw);
  const inCaption = flat.anchors.filter((a) => a.start >= start && a.end <= end);
  const hashtags: Placed[] = [];
  const mentions: Placed[] = [];
  const linked: [number, number][] = [];
  for (const a of inCaption) {
    const shown = collapseSpace(text.slice(a.start, a.end));
    const tag = parseTagUrl(a.href);
    if (tag !== null) {
      hashtags.push({ at: a.start - start, value: shown.startsWith('#') && shown.length > 1 ? shown.slice(1) : tag });
      linked.push([a.start - start, a.end - start]);
      continue;
    }
    const profile = parseProfileUrl(a.href);
    if (profile !== null) {
      mentions.push({ at: a.start - start, value: shown.startsWith('@') && isTikTokHandle(shown.slice(1)) ? shown.slice(1) : profile });
      linked.push([a.start - start, a.end - start]);
    }
  }
  const entities = extractEntities(raw);
  for (const h of outside(entities.hashtags, linked)) hashtags.push({ at: h.start, value: h.tag });
  for (const m of outside(textMentions(raw), linked)) mentions.push({ at: m.start, value: m.value });
  const links = ordered(outside(entities.urls, linked).map((u) => ({ at: u.start, value: u.url })));
  return {
    handle,
    text: caption.length > 0 ? caption : null,
    lang,
    links,
    mentions: ordered(mentions),
    hashtags: ordered(hashtags),
  };
}

/** The video an embed code's start tag names: `data-video-id`, else its `cite` permalink's id. */
function codeVideoId(el: WithAttributes): string | null {
  const dataId = (attr(el, 'data-video-id') ?? '').trim();
  return isTikTokVideoId(dataId) ? dataId : (parseVideoUrl(attr(el, 'cite') ?? '')?.id ?? null);
}

/** What an embed code shows, or null when it names no video (a creator or profile embed). */
function readEmbedCode(bq: HtmlElement, flat: FlatText | null): Shown | null {
  const id = codeVideoId(bq);
  if (id === null) return null;
  const cite = parseVideoUrl(attr(bq, 'cite') ?? '');
  const fallback = readFallback(bq, flat ?? flattenElement(bq));
  const handle = cite !== null && cite.id === id ? cite.handle : fallback.handle;
  return { ...fallback, id, handle };
}

/** What a WordPress block holds: an embed code, a player, or a link to the video. */
function readBlock(root: HtmlElement): Shown | null {
  const none = { handle: null, text: null, lang: null, links: [], mentions: [], hashtags: [] };
  for (const el of elements(root)) {
    if (el === root) continue;
    if (el.name === 'blockquote' && hasClass(el, 'tiktok-embed')) {
      const shown = readEmbedCode(el, null);
      if (shown !== null) return shown;
    }
    if (isFrame(el.name)) {
      const id = playerOfAttributes(el);
      if (id !== null) return { ...none, id };
    }
  }
  for (const el of elements(root)) {
    if (el.name !== 'a') continue;
    const video = parseVideoUrl(attr(el, 'href') ?? '');
    if (video !== null) return { ...none, ...video };
  }
  for (const word of collapseSpace(flattenElement(root).text).split(' ')) {
    const video = parseVideoUrl(word);
    if (video !== null) return { ...none, ...video };
  }
  return null;
}

/** What an `amp-tiktok` shows: the embed code inside it when it names the same video, else `data-src`'s video. */
function readAmp(root: HtmlElement): Shown | null {
  const video = ampVideo(root);
  if (video === null) return null;
  for (const el of elements(root)) {
    if (el.name !== 'blockquote' || !hasClass(el, 'tiktok-embed')) continue;
    const shown = readEmbedCode(el, null);
    if (shown !== null && shown.id === video.id) return { ...shown, handle: shown.handle ?? video.handle };
  }
  return { ...video, text: null, lang: null, links: [], mentions: [], hashtags: [] };
}

/** The embed one element read whole holds, or null. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  let shown: Shown | null = null;
  if (kind === 'blockquote') shown = readEmbedCode(root, read.flat);
  else if (kind === 'wp-block') shown = readBlock(root);
  else if (kind === 'amp') shown = readAmp(root);
  else {
    const id = playerOfAttributes(root);
    if (id !== null) shown = { id, handle: null, text: null, lang: declaredLang(root) ?? null, links: [], mentions: [], hashtags: [] };
  }
  if (shown === null) return null;
  return buildEmbed({
    platform: 'tiktok',
    kind,
    source: ctx.source,
    id: shown.id,
    url: tiktokPermalink(shown.handle, shown.id),
    handle: shown.handle,
    createdAt: videoTime(shown.id),
    text: shown.text,
    lang: shown.lang,
    links: shown.links,
    mentions: shown.mentions,
    hashtags: shown.hashtags,
    start: root.start,
    end: root.end,
  });
}

/** The video a URL names, for a post an embed service shows (`core/html/services.ts`), with the id's time. */
function servedVideo(url: string): ServedPost | null {
  const post = linkedTiktokPost(url);
  return post === null ? null : { ...post, createdAt: videoTime(post.id) };
}

/**
 * TikTok's embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | anchor | where it stands |
 * |--------|--------|-----------------|
 * | `tiktok-embed` | `-` | the embed code's class |
 * | `is-provider-tiktok` | `-` | WordPress embed blocks |
 * | `//www.tiktok.com/embed/`, `//www.tiktok.com/player/` | `//` | player iframes: the URL has no `-` or `?` to anchor on |
 * | `amp-tiktok` | `-` | AMP's element |
 *
 * @example
 * ```ts
 * extractEmbeds('<iframe src="https://www.tiktok.com/embed/v2/7301234567890123456"></iframe>');
 * // [{ platform: 'tiktok', kind: 'iframe', id: '7301234567890123456', url: null, … }]
 * ```
 */
export const tiktokHtml: HtmlForms = {
  markers: ['tiktok-embed', 'is-provider-tiktok', '//www.tiktok.com/embed/', '//www.tiktok.com/player/', 'amp-tiktok'],
  classify: tiktokKind,
  // An embed code is read as its flattened text: the caption and its anchors are all it needs.
  flatten: (kind) => kind === 'blockquote',
  interpret,
  names: { tags: ['amp-tiktok'], attributes: ['cite', 'data-video-id'] },
  widgetScripts: ['www.tiktok.com/embed.js'],
  servedPost: servedVideo,
};

/**
 * YouTube embeds in HTML: player iframes (`youtube.com/embed/<id>`, `youtube-nocookie.com`,
 * the URL in `src` or any `data-*` attribute, or an iframe's markup kept in a `data-*`
 * attribute), `amp-youtube`, `lite-youtube`, lazy-load placeholders, WordPress embed blocks,
 * and the Flash player of the embed code before iframes (`embed[src]`, `object[data]`, at
 * `youtube.com/v/<id>`).
 *
 * ```
 * <iframe title="…" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"></iframe>
 *                              ^marker 'youtube-nocookie.com/embed/'  ^id
 * <div class="rll-youtube-player" data-src="https://www.youtube.com/embed/dQw4w9WgXcQ" data-id="dQw4w9WgXcQ"></div>
 *             ^marker 'rll-youtube-player'
 * ```
 *
 * A video shows no post text: an iframe's `title` names the video for assistive technology (or
 * says "YouTube video player"), it is not a body the embed shows, so `text` stays null. What
 * is filled: `id`, `url` (the watch link, or the playlist link for a playlist), `lang` from the
 * embed element's own `lang`.
 */
import { buildEmbed } from '../../core/embed.js';
import { attr, declaredLang, elements, flattenElement, hasClass, isFrame, readElement, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import { frameAddress } from '../../core/html/parts.js';
import { collapseSpace } from '../../core/text/chars.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext, ServedPost } from '../types.js';
import { isListId, isVideoId, parseFlashPlayerUrl, parsePlayerUrl, parseVideoUrl, youtubePermalink, type YouTubeRef } from './url.js';

/** Elements that are never an embed whatever their attributes (links, scripts, metadata, images). */
const NEVER_EMBEDS = new Set(['a', 'button', 'script', 'style', 'template', 'meta', 'link', 'img', 'source', 'input', 'noscript', 'head', 'html', 'body']);

/**
 * Lazy-load placeholders that carry the video in `data-src` (a player URL) or `data-id` (the id),
 * by class: WP Rocket's `rll-youtube-player`, Yoast Video SEO's `video-seo-youtube-player` and
 * the widely copied click-to-load snippet's `youtube-player` (their scripts read `dataset.id` to
 * build the player).
 */
const PLACEHOLDER_CLASSES = ['rll-youtube-player', 'video-seo-youtube-player', 'youtube-player'] as const;

/**
 * A facade kept as a link to the video until it is clicked (Lazy Load for Videos:
 * `a.lazy-load-youtube[href=<watch or short link>]`): the link is the embed.
 */
const LINK_FACADE_CLASS = 'lazy-load-youtube';

/**
 * Elementor's video widget: the player is built by script from the widget's `data-settings`
 * JSON (`{"youtube_url":"https:\/\/www.youtube.com\/watch?v=…","video_type":"youtube"}`).
 */
const ELEMENTOR_VIDEO_CLASS = 'elementor-widget-video';

/**
 * WP YouTube Lyte's wrapper: the video id stands in its inner ids (`div.lyMe#WYL_<id>`,
 * `div#lyte_<id>`) and in the `youtu.be` link of its noscript, not in the wrapper's start tag.
 */
const LYTE_WRAPPER_CLASS = 'lyte-wrapper';
const LYTE_ID = /^(?:WYL|lyte)_([\w-]{11})$/;

/** The longest Elementor settings value read. */
const MAX_SETTINGS = 8192;

/** The longest HTML-holding attribute value read for an iframe. */
const MAX_HTML_ATTRIBUTE = 16_384;
/** The most iframe start tags read in one HTML-holding attribute value. */
const MAX_HTML_IFRAMES = 8;

/**
 * The player a frame's address names (`src`, else where a lazy loader or a consent manager keeps
 * it: `data-src`, `data-lazy-src`, `data-artsrc`, `suppressedsrc` …; see `frameAddress`).
 */
function playerOfAttributes(el: WithAttributes): YouTubeRef | null {
  return frameAddress(el, parsePlayerUrl);
}

/**
 * The player of an iframe whose markup a `data-*` attribute holds (`data-html`,
 * `data-embed-frame`, `data-iframe`: consent and lazy-load wrappers keep the iframe there until
 * the reader agrees). The value was entity-decoded when the tag was read, so it is HTML text;
 * only a value that is markup (starts with `<`) counts, never JSON that quotes markup. Only
 * the iframes' start tags are read (core's reader, stopped once it has the attributes).
 */
function playerOfHtmlAttribute(el: WithAttributes): YouTubeRef | null {
  for (const name of Object.keys(el.attribs)) {
    if (!name.startsWith('data-')) continue;
    const value = el.attribs[name] ?? '';
    if (value.length > MAX_HTML_ATTRIBUTE || !value.trimStart().startsWith('<')) continue;
    let from = 0;
    for (let n = 0; n < MAX_HTML_IFRAMES; n++) {
      const at = value.indexOf('<iframe', from);
      if (at < 0) break;
      let ref: YouTubeRef | null = null;
      readElement(value, at, {
        maxLength: MAX_HTML_ATTRIBUTE,
        accept: (tag, el) => {
          if (tag === 'iframe') ref = playerOfAttributes(el);
          return false; // the start tag is all that is needed
        },
      });
      if (ref !== null) return ref;
      from = at + 7;
    }
  }
  return null;
}

/** Whether the element is a lazy-load placeholder of {@link PLACEHOLDER_CLASSES}. */
function isPlaceholder(el: WithAttributes): boolean {
  return PLACEHOLDER_CLASSES.some((c) => hasClass(el, c));
}

/** The video of a link facade ({@link LINK_FACADE_CLASS}), or null. */
function linkFacadeRef(el: WithAttributes): YouTubeRef | null {
  return hasClass(el, LINK_FACADE_CLASS) ? parseVideoUrl(attr(el, 'href') ?? '') : null;
}

/**
 * The video of an Elementor video widget: its settings' `youtube_url`, unless they name another
 * source (`video_type` other than `youtube`: the widget keeps its YouTube default beside it).
 */
function elementorRef(el: WithAttributes): YouTubeRef | null {
  if (!hasClass(el, ELEMENTOR_VIDEO_CLASS)) return null;
  const settings = attr(el, 'data-settings');
  if (settings === null || settings.length > MAX_SETTINGS || !settings.includes('youtube_url')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(settings);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { video_type: type, youtube_url: url } = parsed as Record<string, unknown>;
  if (type !== undefined && type !== 'youtube') return null;
  return typeof url === 'string' ? parseVideoUrl(url) : null;
}

/** The video a Lyte wrapper holds: an inner `WYL_`/`lyte_` id, else its link to the video. */
function lyteRef(root: HtmlElement): YouTubeRef | null {
  for (const el of elements(root)) {
    const id = LYTE_ID.exec((attr(el, 'id') ?? '').trim())?.[1];
    if (id !== undefined) return { id, list: null };
  }
  for (const el of elements(root)) {
    if (el.name !== 'a') continue;
    const ref = parseVideoUrl(attr(el, 'href') ?? '');
    if (ref !== null) return ref;
  }
  return null;
}

/**
 * What a YouTube embed element is, from its start tag alone: 'iframe' (a player iframe, or an
 * element keeping a player iframe's markup in a `data-*` attribute), 'amp', 'widget'
 * (`lite-youtube`, lazy-load placeholders and facades), 'wp-block'; null when it is none.
 *
 * @example
 * ```ts
 * youtubeKind('iframe', { attribs: { src: 'https://www.youtube.com/embed/dQw4w9WgXcQ' } }); // 'iframe'
 * youtubeKind('a', { attribs: { href: 'https://www.youtube.com/embed/dQw4w9WgXcQ' } });     // null
 * youtubeKind('div', { attribs: { class: 'g-ytsubscribe', 'data-channel': 'x' } });         // null
 * ```
 */
export function youtubeKind(name: string, el: WithAttributes): EmbedKind | null {
  // Components and placeholders say from their start tag alone which video they hold: one that
  // names none is not read (an unclosed one would hide what follows it).
  if (name === 'amp-youtube') return componentRef(name, el) !== null ? 'amp' : null;
  if (name === 'lite-youtube') return componentRef(name, el) !== null ? 'widget' : null;
  if (isFrame(name)) return playerOfAttributes(el) !== null ? 'iframe' : null;
  if (name === 'embed' || name === 'object') return flashRef(name, el) !== null ? 'iframe' : null;
  if (name === 'a') return linkFacadeRef(el) !== null ? 'widget' : null;
  if (NEVER_EMBEDS.has(name)) return null;
  if (isPlaceholder(el)) return placeholderRef(el) !== null ? 'widget' : null;
  if (elementorRef(el) !== null) return 'widget';
  // The wrapper's start tag names no video: it is read whole, bounded as every element is.
  if (hasClass(el, LYTE_WRAPPER_CLASS)) return 'widget';
  if (hasClass(el, 'wp-block-embed-youtube') || (hasClass(el, 'wp-block-embed') && hasClass(el, 'is-provider-youtube'))) {
    return 'wp-block';
  }
  return playerOfHtmlAttribute(el) !== null ? 'iframe' : null;
}

/**
 * The video of a Flash player: an `embed`'s `src`, an `object`'s `data`. The embed code wrote
 * `<object><param name="movie" value="…/v/<id>"><embed src="…/v/<id>" …></object>`: the
 * `param` is never the embed (its twin `embed` is, one embed per player), and an `object` is
 * one only where its own start tag names the player.
 */
function flashRef(name: string, el: WithAttributes): YouTubeRef | null {
  if (name === 'embed') return parseFlashPlayerUrl(attr(el, 'src') ?? '');
  return name === 'object' ? parseFlashPlayerUrl(attr(el, 'data') ?? '') : null;
}

/** The video of an `amp-youtube` (`data-videoid`) or `lite-youtube` (`videoid`, or `playlistid`). */
function componentRef(name: string, el: WithAttributes): YouTubeRef | null {
  const id = (attr(el, name === 'amp-youtube' ? 'data-videoid' : 'videoid') ?? '').trim();
  if (isVideoId(id)) return { id, list: null };
  if (name !== 'lite-youtube') return null;
  const list = (attr(el, 'playlistid') ?? '').trim();
  return isListId(list) ? { id: null, list } : null;
}

/** The video of a lazy-load placeholder: its `data-src` player URL, else its `data-id`. */
function placeholderRef(el: WithAttributes): YouTubeRef | null {
  const fromUrl = parsePlayerUrl(attr(el, 'data-src') ?? '');
  if (fromUrl !== null) return fromUrl;
  const id = (attr(el, 'data-id') ?? '').trim();
  return isVideoId(id) ? { id, list: null } : null;
}

/** What one element says of the video by itself (its own attributes), or null. */
function refOfElement(el: HtmlElement): YouTubeRef | null {
  if (isFrame(el.name)) return playerOfAttributes(el);
  if (el.name === 'embed' || el.name === 'object') return flashRef(el.name, el);
  if (el.name === 'amp-youtube' || el.name === 'lite-youtube') return componentRef(el.name, el);
  if (el.name === 'a') return linkFacadeRef(el);
  if (NEVER_EMBEDS.has(el.name)) return null;
  if (isPlaceholder(el)) return placeholderRef(el);
  if (hasClass(el, LYTE_WRAPPER_CLASS)) return lyteRef(el);
  return elementorRef(el) ?? playerOfHtmlAttribute(el);
}

/**
 * What a WordPress embed block holds: a player or placeholder inside it, else a link to the
 * video (an anchor, or the bare URL the block keeps as its text).
 */
function refOfBlock(root: HtmlElement): YouTubeRef | null {
  for (const el of elements(root)) {
    if (el === root) continue;
    const ref = refOfElement(el);
    if (ref !== null) return ref;
  }
  for (const el of elements(root)) {
    if (el.name !== 'a') continue;
    const ref = parseVideoUrl(attr(el, 'href') ?? '');
    if (ref !== null) return ref;
  }
  for (const word of collapseSpace(flattenElement(root).text).split(' ')) {
    const ref = parseVideoUrl(word);
    if (ref !== null) return ref;
  }
  return null;
}

/** The embed one element read whole holds, or null. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  const ref = kind === 'wp-block' ? refOfBlock(root) : refOfElement(root);
  if (ref === null) return null;
  return buildEmbed({
    platform: 'youtube',
    kind,
    source: ctx.source,
    id: ref.id,
    url: youtubePermalink(ref),
    lang: declaredLang(root) ?? null,
    start: root.start,
    end: root.end,
  });
}

/** The video (or playlist) a URL names, for a post an embed service shows (`core/html/services.ts`). */
function servedVideo(url: string): ServedPost | null {
  const ref = parseVideoUrl(url);
  return ref === null ? null : { id: ref.id, url: youtubePermalink(ref) };
}

/**
 * YouTube's embed forms in HTML, for core's one pass over a page (`core/html/locate.ts`).
 *
 * | marker | anchor | where it stands |
 * |--------|--------|-----------------|
 * | `youtube-nocookie.com/embed` | `-` | privacy-host players, with or without `www.` |
 * | `//www.youtube.com/embed`, `//youtube.com/embed`, `//m.youtube.com/embed` | `//` | players (`embed/<id>`, `embed?list=`): the URL has no `-` or `?` to anchor on |
 * | `amp-youtube`, `lite-youtube` | `-` | the components' tag names |
 * | `youtube-player` | `-` | lazy-load placeholders' classes (`rll-youtube-player`, `video-seo-youtube-player`, `youtube-player`) |
 * | `lazy-load-youtube`, `elementor-widget-video`, `lyte-wrapper` | `-` | a link facade, Elementor's video widget, WP YouTube Lyte |
 * | `is-provider-youtube` | `-` | WordPress embed blocks |
 * | `//www.youtube.com/v/`, `//youtube.com/v/` | `//` | Flash players (`embed`, `object`); the `param` naming the same player is refused |
 *
 * A player URL kept in an HTML-holding attribute (`data-html="<iframe src=&quot;//www.youtube.com/embed/…`)
 * carries the same URL marker: entities escape quotes and `<`, never the slashes.
 *
 * @example
 * ```ts
 * extractEmbeds('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>');
 * // [{ platform: 'youtube', kind: 'iframe', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', … }]
 * ```
 */
export const youtubeHtml: HtmlForms = {
  markers: [
    'youtube-nocookie.com/embed',
    '//www.youtube.com/embed',
    '//youtube.com/embed',
    '//m.youtube.com/embed',
    'amp-youtube',
    'lite-youtube',
    'youtube-player',
    'lazy-load-youtube',
    'elementor-widget-video',
    'lyte-wrapper',
    'is-provider-youtube',
    '//www.youtube.com/v/',
    '//youtube.com/v/',
  ],
  classify: youtubeKind,
  interpret,
  names: {
    tags: ['amp-youtube', 'lite-youtube'],
    attributes: ['data-videoid', 'videoid', 'playlistid', 'data-lazy-src', 'frameborder', 'allowfullscreen', 'allow'],
  },
  servedPost: servedVideo,
};

/**
 * Posts an embed service shows in place of the platform's own embed code. Publishers that embed
 * through Embedly or Iframely, or through their own Drupal site's oEmbed route, hand the service
 * the post's URL, and the page keeps that URL in the service's markup, never in the platform's:
 *
 * ```
 * <iframe class="embedly-embed" src="//cdn.embedly.com/widgets/media.html?src=…&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3D<id>&…&schema=youtube">
 * <blockquote class="embedly-card"><h4><a href="https://twitter.com/<handle>/status/<id>">…</a></h4>…</blockquote>
 * <div class="iframely-embed"><div class="iframely-responsive"><a href="<post URL>" data-iframely-url="//cdn.iframe.ly/<key>"></a></div></div>
 * <iframe src="https://cdn.iframe.ly/api/iframe?url=<post URL, encoded>&key=…">
 * <iframe src="/media/oembed?url=<post URL, encoded>&max_width=0&max_height=0&hash=…" class="media-oembed-content">
 * <amp-embedly-card data-url="<post URL>" layout="responsive" width="150" height="80"></amp-embedly-card>
 * ```
 *
 * Core reads the URL the service was given; which platform it names, and the post's id, URL and
 * author, each platform says ({@link HtmlForms.servedPost}), asked in registry order. A URL no
 * platform claims (a code sandbox, a map, a profile) is no embed. The text beside a service's
 * card is the service's summary of the page, not the post, so `text` stays null.
 */
import type { HtmlForms, ReadEmbed, ScanContext, ServedPost } from '../../platforms/types.js';
import type { Embed, EmbedKind, Platform } from '../../types.js';
import { buildEmbed } from '../embed.js';
import { attr, elements, hasClass, isFrame, type HtmlElement, type WithAttributes } from './index.js';
import { frameAddress } from './parts.js';

/** A platform as the service form asks it: its id and how it reads a post URL. */
export interface ServedPlatform {
  readonly id: Platform;
  readonly servedPost: (url: string) => ServedPost | null;
}

/**
 * The services' player iframes: host, path, and the query parameters that hold what the service
 * was given, most telling first (Embedly's `url` is the page, its `src` the platform's player).
 */
const PLAYERS: readonly { readonly host: string | null; readonly path: string; readonly params: readonly string[] }[] = [
  { host: 'cdn.embedly.com', path: '/widgets/media.html', params: ['url', 'src'] },
  { host: 'cdn.iframe.ly', path: '/api/iframe', params: ['url'] },
  { host: 'iframely.net', path: '/api/iframe', params: ['url'] },
  // Drupal's oEmbed iframe: a route of the site itself (any host, under any path prefix such as
  // a language's, `/fr/media/oembed`), given the post's URL.
  { host: null, path: '/media/oembed', params: ['url'] },
];

/** Whether `url` is the player `p`: its host, and its path (Drupal's: ending with it). */
function isPlayer(p: (typeof PLAYERS)[number], url: URL): boolean {
  return p.host === null ? url.pathname.endsWith(p.path) : p.host === url.hostname && p.path === url.pathname;
}

/** Resolves scheme-relative sources (`//cdn.embedly.com/…`); never shows in a result. */
const BASE = 'https://base.invalid/';

/**
 * The URLs a service's player source was given (decoded), most telling first; empty when `src`
 * is no service player.
 *
 * @example
 * ```ts
 * playerUrls('//cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Fyoutu.be%2FdQw4w9WgXcQ&schema=youtube');
 * // ['https://youtu.be/dQw4w9WgXcQ']
 * playerUrls('https://www.youtube.com/embed/dQw4w9WgXcQ'); // []
 * ```
 */
export function playerUrls(src: string): string[] {
  // Most sources name no player's path: refused before the URL is parsed.
  if (!PLAYERS.some((p) => src.includes(p.path))) return [];
  let url: URL;
  try {
    url = new URL(src.trim(), BASE);
  } catch {
    return [];
  }
  const player = PLAYERS.find((p) => isPlayer(p, url));
  if (player === undefined) return [];
  const out: string[] = [];
  for (const name of player.params) {
    const value = url.searchParams.get(name);
    if (value !== null && value.trim().length > 0) out.push(value.trim());
  }
  return out;
}

/** The URLs a frame's address gives a service's player (see {@link playerUrls}); empty for another frame. */
function framePlayerUrls(el: WithAttributes): string[] {
  return frameAddress(el, (src) => {
    const urls = playerUrls(src);
    return urls.length > 0 ? urls : null;
  }) ?? [];
}

/** Embedly's card: a blockquote (or the bare link) with class `embedly-card`. */
function isEmbedlyCard(name: string, el: WithAttributes): boolean {
  return (name === 'blockquote' || name === 'a' || name === 'div') && hasClass(el, 'embedly-card');
}

/** Iframely's code: `div.iframely-embed`, or the link it wraps (`a[data-iframely-url]`) standing alone. */
function isIframely(name: string, el: WithAttributes): boolean {
  return (name === 'div' && hasClass(el, 'iframely-embed')) || (name === 'a' && attr(el, 'data-iframely-url') !== null);
}

/** AMP's Embedly card, the URL it was given in `data-url`; null for another element. */
function ampCardUrl(name: string, el: WithAttributes): string | null {
  const url = name === 'amp-embedly-card' ? attr(el, 'data-url')?.trim() : undefined;
  return url !== undefined && url.length > 0 ? url : null;
}

/**
 * What a start tag opens: 'iframe' (a service's player), 'widget' (a card or code the service's
 * script renders), 'amp' (AMP's Embedly card), or null.
 *
 * @example
 * ```ts
 * serviceKind('div', { attribs: { class: 'iframely-embed' } }); // 'widget'
 * serviceKind('iframe', { attribs: { src: 'https://cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fx.com%2Fa%2Fstatus%2F20' } }); // 'iframe'
 * ```
 */
export function serviceKind(name: string, el: WithAttributes): EmbedKind | null {
  if (isFrame(name)) return framePlayerUrls(el).length > 0 ? 'iframe' : null;
  if (ampCardUrl(name, el) !== null) return 'amp';
  return isEmbedlyCard(name, el) || isIframely(name, el) ? 'widget' : null;
}

/** The URLs an element of the services shows, most telling first: its links' targets, then its players'. */
function servedUrls(root: HtmlElement, kind: EmbedKind): string[] {
  if (kind === 'iframe') return framePlayerUrls(root);
  if (kind === 'amp') return [ampCardUrl(root.name, root) as string];
  const out: string[] = [];
  for (const el of elements(root)) {
    if (el.name === 'a') {
      const href = attr(el, 'href')?.trim() ?? '';
      if (href.length > 0) out.push(href);
    } else if (isFrame(el.name)) out.push(...framePlayerUrls(el));
    if (out.length >= 8) break; // a card links its post first; the rest is the service's chrome
  }
  return out;
}

/**
 * The HTML form of the embed services, for core's one pass over a page, asking `platforms` what
 * each URL names. Listed after the platforms' own forms: a start tag that is also a platform's
 * embed is that platform's.
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `embedly.com/widgets/media.html?` | Embedly's player iframe |
 * | `embedly-card` | Embedly's card, and AMP's (`amp-embedly-card`) |
 * | `iframely-embed`, `data-iframely-url` | Iframely's code |
 * | `iframe.ly/api/iframe?`, `iframely.net/api/iframe?` | the iframe Iframely's script renders |
 * | `media-oembed-content`, `/media/oembed?` | Drupal's oEmbed iframe (class, or a source without it) |
 */
export function serviceForms(platforms: readonly ServedPlatform[]): HtmlForms {
  const interpret = (read: ReadEmbed, ctx: ScanContext): Embed | null => {
    const { root, kind } = read;
    for (const url of servedUrls(root, kind)) {
      for (const p of platforms) {
        const post = p.servedPost(url);
        if (post === null) continue;
        return buildEmbed({
          platform: p.id,
          kind,
          source: ctx.source,
          id: post.id,
          url: post.url,
          handle: post.handle ?? null,
          date: post.date ?? null,
          createdAt: post.createdAt ?? null,
          start: root.start,
          end: root.end,
        });
      }
    }
    return null;
  };
  return {
    markers: [
      'embedly.com/widgets/media.html?',
      'embedly-card',
      'iframely-embed',
      'data-iframely-url',
      'iframe.ly/api/iframe?',
      'iframely.net/api/iframe?',
      'media-oembed-content',
      '/media/oembed?',
    ],
    classify: serviceKind,
    interpret,
    widgetScripts: ['cdn.embedly.com/widgets/platform.js', 'cdn.iframe.ly/embed.js', 'iframely.net/embed.js'],
  };
}

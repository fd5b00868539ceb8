/**
 * Telegram posts in HTML: the widget script that is itself the embed
 * (`script[data-telegram-post="channel/123"]`), the `t.me/<channel>/<id>?embed=1` iframe it
 * renders, and WordPress embed blocks holding a post link.
 *
 * ```
 * <script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43" data-width="100%"></script>
 *                                                                   ^marker in the start tag: read (the content is not)
 * <iframe id="telegram-post-durov-43" src="https://t.me/durov/43?embed=1" …></iframe>
 * ```
 *
 * A saved rendered page keeps the script beside the iframe it made: an iframe of the same post
 * right after the script (or the script right after the iframe) is taken into the embed's range,
 * so the post is found once.
 */
import { buildEmbed } from '../../core/embed.js';
import { attr, isFrame, readElement, type HtmlElement, type WithAttributes } from '../../core/html/index.js';
import type { Embed, EmbedKind } from '../../types.js';
import type { HtmlForms, ReadEmbed, ScanContext, ServedPost } from '../types.js';
import { firstUrl, frameAddress, isWpBlock, neverEmbeds } from '../../core/html/parts.js';
import { parsePostPath, parsePostUrl, postPermalink, type PostRef } from './url.js';

/** The rendered iframe's id: `telegram-post-<channel>-<id>` (channel names hold no `-`). */
const FRAME_ID = /^telegram-post-(\w{1,32})-(\d{1,12})$/;

/** The post a widget script names, or null. */
function scriptPost(el: WithAttributes): PostRef | null {
  const value = attr(el, 'data-telegram-post');
  return value !== null ? parsePostPath(value) : null;
}

/** The post a rendered iframe shows (its `?embed=1` source, else its id), or null. */
function framePost(el: WithAttributes): PostRef | null {
  const fromSource = frameAddress(el, parsePostUrl);
  if (fromSource !== null && fromSource.embed) return { channel: fromSource.channel, id: fromSource.id };
  const m = FRAME_ID.exec(attr(el, 'id') ?? '');
  return m !== null && fromSource !== null ? parsePostPath(`${m[1]}/${m[2]}`) : null;
}

/**
 * What a start tag opens: 'script' (the widget script naming a post), 'iframe' (the view it
 * renders), 'wp-block', or null. Other Telegram widgets (login, discussion) are no post.
 *
 * @example
 * ```ts
 * telegramKind('script', { attribs: { src: 'https://telegram.org/js/telegram-widget.js?22', 'data-telegram-post': 'durov/43' } }); // 'script'
 * telegramKind('script', { attribs: { 'data-telegram-login': 'some_bot' } });                                                      // null
 * ```
 */
export function telegramKind(name: string, el: WithAttributes): EmbedKind | null {
  if (name === 'script') return scriptPost(el) !== null ? 'script' : null;
  if (neverEmbeds(name)) return null;
  if (isFrame(name)) return framePost(el) !== null ? 'iframe' : null;
  return isWpBlock(name, el, ['telegram']) ? 'wp-block' : null;
}

/** How far past an embed its twin (the script beside its iframe) is looked for. */
const TWIN_GAP = 256;
const TWIN_LENGTH = 8192;

/**
 * The end of the twin right after `end`: an iframe (after a script) or a widget script (after an
 * iframe) of the same post, closed by its end tag, separated by white space only; else `end`.
 */
function twinEnd(input: string, end: number, ref: PostRef, twin: 'iframe' | 'script'): number {
  let at = end;
  const stop = Math.min(input.length, end + TWIN_GAP);
  while (at < stop && /\s/.test(input.charAt(at))) at++;
  if (!input.startsWith(`<${twin}`, at)) return end;
  const el: HtmlElement | null = readElement(input, at, { maxLength: TWIN_LENGTH });
  // An unclosed twin is no twin: its end would be a guess.
  if (el === null || !el.closed) return end;
  const other = twin === 'iframe' ? framePost(el) : scriptPost(el);
  return other !== null && other.channel.toLowerCase() === ref.channel.toLowerCase() && other.id === ref.id ? el.end : end;
}

/** Reads one Telegram embed element; null when it names no post. */
function interpret(read: ReadEmbed, ctx: ScanContext): Embed | null {
  const { root, kind } = read;
  let ref: PostRef | null = null;
  let end = root.end;
  if (kind === 'script') {
    ref = scriptPost(root);
    if (ref !== null) end = twinEnd(ctx.input, end, ref, 'iframe');
  } else if (kind === 'iframe') {
    ref = framePost(root);
    if (ref !== null) end = twinEnd(ctx.input, end, ref, 'script');
  } else ref = firstUrl(root, parsePostUrl);
  if (ref === null) return null;
  return buildEmbed({
    platform: 'telegram',
    kind,
    source: ctx.source,
    id: ref.id,
    url: postPermalink(ref),
    handle: ref.channel,
    start: root.start,
    end,
  });
}

/** The post a URL names, for a post an embed service shows (`core/html/services.ts`). */
function servedPost(url: string): ServedPost | null {
  const ref = parsePostUrl(url);
  return ref === null ? null : { id: ref.id, url: postPermalink(ref), handle: ref.channel };
}

/**
 * Telegram's embed forms in HTML, for core's one pass over a page.
 *
 * | marker | where it stands |
 * |--------|-----------------|
 * | `telegram-post` | the widget script's `data-telegram-post`, the rendered iframe's id |
 * | `//t.me/` | a rendered iframe's source (`https://t.me/<channel>/<id>?embed=1`) |
 * | `is-provider-telegram` | WordPress embed blocks |
 *
 * @example
 * ```ts
 * extractEmbeds('<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43"></script>');
 * // [{ platform: 'telegram', kind: 'script', id: '43', url: 'https://t.me/durov/43', author: { name: null, handle: 'durov' }, … }]
 * ```
 */
export const telegramHtml: HtmlForms = {
  markers: ['telegram-post', '//t.me/', 'is-provider-telegram'],
  classify: telegramKind,
  interpret,
  names: { attributes: ['data-telegram-post', 'data-width', 'data-userpic', 'data-color', 'data-dark'] },
  servedPost,
};

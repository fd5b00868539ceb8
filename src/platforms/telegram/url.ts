/**
 * Telegram channel posts: `t.me` links, the `channel/123` of the widget's `data-telegram-post`,
 * and the canonical permalink. Total: any string in, a value or null out.
 *
 * ```
 * https://t.me/durov/43?embed=1        https://t.me/s/durov/43        data-telegram-post="durov/43"
 *              ^channel ^message number        ^web preview prefix
 * ```
 */

/** A channel's post. */
export interface PostRef {
  readonly channel: string;
  readonly id: string;
}

/** A public channel name: a letter, then letters, digits and `_` (5 to 32 in all; short legacy names allowed). */
const CHANNEL = /^[a-z]\w{2,31}$/i;
/** A message number. */
const MESSAGE = /^\d{1,12}$/;
/** First path segments of `t.me` that are not channels. */
const RESERVED = new Set(['share', 'joinchat', 'addstickers', 'addemoji', 'addlist', 'proxy', 'socks', 'iv', 'login', 'setlanguage', 'addtheme', 'boost', 'contact', 'invoice']);

/**
 * The post `channel/123` names (the widget's `data-telegram-post`), or null.
 *
 * @example
 * ```ts
 * parsePostPath('durov/43'); // { channel: 'durov', id: '43' }
 * parsePostPath('durov');    // null
 * ```
 */
export function parsePostPath(value: string): PostRef | null {
  const parts = value.trim().split('/');
  if (parts.length !== 2) return null;
  const [channel = '', id = ''] = parts;
  if (!CHANNEL.test(channel) || RESERVED.has(channel.toLowerCase()) || !MESSAGE.test(id)) return null;
  return { channel, id };
}

/**
 * The post a `t.me` (or `telegram.me`) link points at, `/s/` preview links included; null for
 * profile links, share links and anything else. `embed` says whether the link asks for the
 * embed view (`?embed=1`).
 *
 * @example
 * ```ts
 * parsePostUrl('https://t.me/durov/43?embed=1'); // { channel: 'durov', id: '43', embed: true }
 * parsePostUrl('https://t.me/share/url?url=…');  // null
 * ```
 */
export function parsePostUrl(url: string): (PostRef & { embed: boolean }) | null {
  const s = url.trim();
  if (s.length > 2048) return null;
  const m = /^(?:https?:)?\/\/(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?([^/?#]{1,64}\/[^/?#]{1,16})\/?(\?[^#]*)?(?:#.*)?$/i.exec(s);
  if (m === null) return null;
  const post = parsePostPath(m[1] ?? '');
  if (post === null) return null;
  const query = m[2] ?? '';
  return { ...post, embed: /[?&]embed=(?:1|true)(?:&|$)/.test(query) };
}

/**
 * The canonical permalink `https://t.me/<channel>/<id>`.
 *
 * @example
 * ```ts
 * postPermalink({ channel: 'durov', id: '43' }); // 'https://t.me/durov/43'
 * ```
 */
export function postPermalink(ref: PostRef): string {
  return `https://t.me/${ref.channel}/${ref.id}`;
}

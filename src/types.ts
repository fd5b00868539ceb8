/**
 * The public shapes of embedsift: plain JSON values (string unions, ISO strings, null),
 * fixed by the project's API contract. Add fields freely; never rename or change one.
 */

/** Platforms embedsift knows. The registry in `platforms/registry.ts` holds one definition each. */
export type Platform =
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'threads'
  | 'instagram'
  | 'tiktok'
  | 'facebook'
  | 'youtube'
  | 'reddit'
  | 'telegram';

/**
 * How an embed appeared in the input:
 *
 * | kind | what it is |
 * |---|---|
 * | `'blockquote'` | the platform's embed code: a blockquote with a fallback (tweet, Instagram, Bluesky, TikTok …) |
 * | `'amp'` | an AMP component (`amp-twitter`, `amp-instagram`, `amp-youtube` …) |
 * | `'iframe'` | a player or widget iframe (the platform's or an embed service's; `amp-iframe`, and the Flash `embed`/`object` before iframes, too), or the element a widget script rendered in place of the code |
 * | `'widget'` | an element a platform's or an embed service's script turns into an embed (`div.fb-post`, `lite-youtube`, lazy-load placeholders, `div.iframely-embed`) |
 * | `'wp-block'` | a WordPress embed block (`figure.wp-block-embed.is-provider-…`) holding the post's URL |
 * | `'wrapper'` | a publisher's own element carrying the post's id or URL in its attributes |
 * | `'script'` | a script element that is itself the embed (Telegram's widget) |
 * | `'link'` | a bare link to the post that stands as the embed (Markdown) |
 * | `'flattened'` | a post flattened into text: its body and an attribution line |
 */
export type EmbedKind =
  | 'blockquote'
  | 'amp'
  | 'iframe'
  | 'widget'
  | 'wp-block'
  | 'wrapper'
  | 'script'
  | 'link'
  | 'flattened';

/** The three input formats embedsift reads. */
export type InputFormat = 'html' | 'markdown' | 'text';

/** Options of {@link extractEmbeds}, {@link extractTweets} and {@link stripEmbeds}. */
export interface ExtractOptions {
  /** Input format; `'auto'` (the default) asks {@link detectFormat}. */
  format?: 'auto' | InputFormat;
  /**
   * Platforms to look for; default: every supported platform. `'twitter'` is another name for
   * `'x'`; a name that is no platform is a TypeError.
   */
  platforms?: readonly (Platform | 'twitter')[];
  /**
   * Languages for reading dates. A BCP 47 tag (`'de'`) is a hint: that language is tried first.
   * A {@link DateLocale} (data from `embedsift/locales`) chooses the languages read at all, in
   * the order given. Default: every supported language (`embedsift`), English (`embedsift/core`).
   */
  locales?: readonly (string | DateLocale)[];
  /**
   * Hard ceiling on the input length (UTF-16 code units). Longer input is scanned only up to
   * this length. Default {@link DEFAULT_MAX_INPUT_LENGTH}.
   */
  maxInputLength?: number;
}

/** An author as the embed shows it. */
export interface Author {
  /** Display name, or null when the embed shows none. */
  name: string | null;
  /** Handle without '@', or null when unknown. */
  handle: string | null;
}

/** One embedded post found in the input. */
export interface Embed {
  platform: Platform;
  /**
   * How it appeared: always one of the documented {@link EmbedKind}s (the builder every scanner
   * goes through takes nothing else). Typed `string`, as the API contract fixes it.
   */
  kind: string;
  /** The format of the input it was found in. */
  source: InputFormat;
  /** Post id; for X the status id as a decimal string (never a JS number). */
  id: string | null;
  /** Canonical permalink (an absolute https URL) or null. */
  url: string | null;
  author: Author;
  /** Calendar date the embed shows, 'YYYY-MM-DD' (no time zone shifting). */
  date: string | null;
  /** The date exactly as shown. */
  dateText: string | null;
  /** Exact UTC instant where the id encodes it (X snowflake ids), ISO 8601 with ms. */
  createdAt: string | null;
  /** Post body as shown: signature excluded, entities decoded, whitespace runs collapsed to one space. */
  text: string | null;
  /** Language from the markup (p lang / data-lang), else null. */
  lang: string | null;
  /** Links in the body other than media, as shown, in order, no duplicates. */
  links: string[];
  /** Media links as shown (e.g. 'pic.twitter.com/tNveF44FuZ'), in order, no duplicates. */
  media: string[];
  /** Mentions without '@', in order, no duplicates. */
  mentions: string[];
  /** Hashtags without '#', in order, no duplicates. */
  hashtags: string[];
  /** Cashtags without '$', in order, no duplicates. */
  cashtags: string[];
  /** The body was cut by the embed (ends with '…'). */
  truncated: boolean;
  /** UTF-16 offset of the embed's first character in the input. */
  start: number;
  /** Offset just past its last character: `input.slice(start, end)` is the whole embed. */
  end: number;
}

/** A parsed attribution line: `— Name (@handle) February 5, 2026`. */
export interface Signature {
  name: string | null;
  handle: string;
  dateText: string | null;
  date: string | null;
}

/** Entities of one post's text; offsets are [start, end) UTF-16 indices into the text. */
export interface Entities {
  urls: { url: string; start: number; end: number }[];
  mentions: { handle: string; start: number; end: number }[];
  hashtags: { tag: string; start: number; end: number }[];
  cashtags: { tag: string; start: number; end: number }[];
}

/** Options of {@link parseEmbedDate}. */
export interface DateOptions {
  /**
   * BCP 47 tags, tried first, and/or {@link DateLocale} data choosing the languages read
   * (see {@link ExtractOptions.locales}).
   */
  locales?: readonly (string | DateLocale)[];
  /**
   * A 'YYYY-MM-DD' date that year-less dates ('Feb 5') are read relative to: the latest such
   * date not after it. Without it, a year-less date is null.
   */
  referenceDate?: string;
}

/**
 * The default ceiling on input length: 50 million UTF-16 code units (about 100 MB of memory).
 * Longer input is scanned up to this length; pass `maxInputLength` to choose another ceiling.
 *
 * @example
 * ```ts
 * extractEmbeds(hugePage, { maxInputLength: DEFAULT_MAX_INPUT_LENGTH / 10 });
 * ```
 */
export const DEFAULT_MAX_INPUT_LENGTH = 50_000_000;

/**
 * One language dates are read in, as data: the date-fns locale and the date patterns embeds
 * show in it. Import the ones you need from `embedsift/locales` and pass them in `locales`, the
 * way date-fns takes a `locale`. Treat it as opaque: only `tag` is meant to be read.
 *
 * @example
 * ```ts
 * import { extractEmbeds } from 'embedsift/core';
 * import { de, fr } from 'embedsift/locales';
 * extractEmbeds(page, { locales: [de, fr] }); // dates in German or French
 * ```
 */
export interface DateLocale {
  /** BCP 47 tag, lower case ('en', 'zh-cn', 'sr-latn'). */
  readonly tag: string;
}

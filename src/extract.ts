import { detectFormat } from './core/detect.js';
import { locateEmbeds } from './core/html/locate.js';
import { markdownView } from './core/markdown/view.js';
import { select } from './platforms/registry.js';
import { runRoutes } from './platforms/routes.js';
import { selectionOf, type Selection } from './platforms/selection.js';
import { x } from './platforms/x/index.js';
import type { ScanContext } from './platforms/types.js';
import { DEFAULT_MAX_INPUT_LENGTH, type Embed, type ExtractOptions, type InputFormat, type Platform } from './types.js';

/** Every platform name, checked against the `Platform` type (a name added there must be added here). */
const PLATFORM_NAMES: Readonly<Record<Platform, true>> = {
  x: true,
  bluesky: true,
  mastodon: true,
  threads: true,
  instagram: true,
  tiktok: true,
  facebook: true,
  youtube: true,
  reddit: true,
  telegram: true,
};

/** Other names callers use for a platform. */
const PLATFORM_ALIASES: Readonly<Record<string, Platform>> = { twitter: 'x' };

/** What a wrong argument is, for a TypeError: `null`, `a number`, `an object`, … */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * The input as text: a string as given; bytes (a Uint8Array, such as a Node Buffer, or an
 * ArrayBuffer) decoded as UTF-8, a byte order mark dropped and malformed bytes replaced by
 * U+FFFD. Anything else is a programming error: a TypeError naming the function and the value.
 */
export function inputText(input: unknown, caller: string): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return new TextDecoder('utf-8').decode(input);
  throw new TypeError(`${caller}: input must be a string or UTF-8 bytes (Uint8Array), not ${describe(input)}`);
}

/** The platforms option with aliases resolved; a TypeError for a name that is no platform. */
function checkedPlatforms(value: unknown, caller: string): Platform[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError(`${caller}: options.platforms must be an array of platform names, not ${describe(value)}`);
  }
  return value.map((name: unknown) => {
    if (typeof name === 'string') {
      const id = PLATFORM_ALIASES[name] ?? name;
      if (Object.hasOwn(PLATFORM_NAMES, id)) return id as Platform;
    }
    const known = Object.keys(PLATFORM_NAMES).join(', ');
    throw new TypeError(
      `${caller}: unknown platform ${typeof name === 'string' ? JSON.stringify(name) : describe(name)} in options.platforms (known: ${known}, twitter)`,
    );
  });
}

/** A TypeError for a format that is none of 'auto', 'html', 'markdown', 'text'. */
function checkedFormat(value: unknown, caller: string): ExtractOptions['format'] {
  if (value === undefined || value === 'auto' || value === 'html' || value === 'markdown' || value === 'text') return value;
  throw new TypeError(
    `${caller}: options.format must be 'auto', 'html', 'markdown' or 'text', not ${typeof value === 'string' ? JSON.stringify(value) : describe(value)}`,
  );
}

/**
 * The input as text (see {@link inputText}) clipped to the caller's ceiling, the format it will
 * be read as, and the options checked: platform aliases resolved, programming errors thrown as
 * TypeErrors. `text` is the whole input as text, `input` its scanned part. Null for empty input.
 */
export function prepare(
  input: unknown,
  options: ExtractOptions | undefined,
  caller = 'extractEmbeds',
): { input: string; text: string; format: InputFormat; options: ExtractOptions } | null {
  const text = inputText(input, caller);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`${caller}: options must be an object, not ${describe(options)}`);
  }
  const platforms = checkedPlatforms(options?.platforms, caller);
  const asked = checkedFormat(options?.format, caller);
  const checked: ExtractOptions = platforms === undefined ? { ...options } : { ...options, platforms };
  if (text.length === 0) return null;
  const max = options?.maxInputLength;
  const ceiling =
    typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : DEFAULT_MAX_INPUT_LENGTH;
  const clipped = text.length > ceiling ? text.slice(0, ceiling) : text;
  const format =
    asked === 'html' || asked === 'markdown' || asked === 'text' ? asked : detectFormat(clipped);
  return { input: clipped, text, format, options: checked };
}

/**
 * Finds every social-post embed in an article given as HTML, Markdown or plain text.
 *
 * Never throws on content: any string (or UTF-8 bytes) in, an array out, sorted by `start`.
 * Fields the input does not settle are `null`. A wrong argument is a programming error and a
 * TypeError: an input that is neither text nor bytes, an unknown platform name or format.
 *
 * @example
 * ```ts
 * const text = 'Big news https://t.co/EflYXFDBkL— Insider Paper (@TheInsiderPaper) February 5, 2026';
 * const [post] = extractEmbeds(text);
 * post.author.handle; // 'TheInsiderPaper'
 * post.date;          // '2026-02-05'
 * post.links;         // ['https://t.co/EflYXFDBkL']
 * ```
 */
export function extractEmbeds(input: string | Uint8Array, options?: ExtractOptions): Embed[] {
  return scan(input, options, 'extractEmbeds', select);
}

/**
 * The scan behind {@link extractEmbeds} and {@link extractTweets}, over the platforms `pick`
 * makes of those the options ask for. Passed in rather than imported here, so that a bundle of
 * extractTweets alone holds no registry and no other platform.
 */
function scan(
  input: unknown,
  raw: ExtractOptions | undefined,
  caller: string,
  pick: (wanted: readonly Platform[] | undefined) => Selection,
): Embed[] {
  const prepared = prepare(input, raw, caller);
  if (prepared === null) return [];
  const { options } = prepared;
  // prepare() resolved the aliases: every name is a Platform now.
  const selection = pick(options.platforms as readonly Platform[] | undefined);
  const locales = Array.isArray(options.locales) ? options.locales : undefined;
  const ctx: ScanContext = {
    input: prepared.input,
    source: prepared.format,
    locales,
    dates: locales !== undefined ? { locales: [...locales] } : {},
    ...(prepared.format === 'markdown' ? { shown: once(() => markdownView(prepared.input)) } : {}),
  };
  if (prepared.format === 'html') {
    // One pass over the page for every platform's markers.
    const located = locateEmbeds(ctx, selection.html);
    return mergeEmbeds(located.embeds, located.noscript, ctx.input, selection.twins);
  }
  const found: Embed[] = [];
  runRoutes(ctx, selection[prepared.format], (_, e) => found.push(e));
  if (prepared.format === 'markdown' && selection.markdownText.routes.length > 0) {
    // The routes written for flattened text read the Markdown as a reader sees it.
    selection.readMarkdownText?.(ctx, selection.markdownText, found);
  }
  return mergeEmbeds(found, []);
}

/** `make`, called on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** X alone, made on first use: a bundle that imports only {@link extractTweets} holds no other platform. */
let xOnly: Selection | undefined;

/**
 * Extracts X (Twitter) posts only: {@link extractEmbeds} with `platforms: ['x']`.
 *
 * @example
 * ```ts
 * extractTweets(article).map((t) => t.url); // ['https://x.com/TheInsiderPaper/status/…', …]
 * ```
 */
export function extractTweets(input: string | Uint8Array, options?: ExtractOptions): Embed[] {
  return scan(input, options, 'extractTweets', () => (xOnly ??= selectionOf([x])));
}

/**
 * Sorts embeds by position and drops duplicates:
 * - a `noscript` copy (one of `noscript`) of a post found outside a noscript element;
 * - a rendered twin, for the platforms in `twins` (those whose `HtmlForms.renderedTwins` says
 *   their widget leaves one): a page saved after the widget script ran holds the rendered embed
 *   (kind `'iframe'`: `div.twitter-tweet-rendered`, a widget iframe) right beside the embed code
 *   of the same post. With only markup between them in `input` they are one embed, spanning both,
 *   with the fields of the richer one. Two embeds of one post in different places stay two;
 * - an embed another embed of the same platform already covers (an amp-twitter and its
 *   placeholder blockquote): the outer, first one wins.
 */
export function mergeEmbeds(
  embeds: Embed[],
  noscript: readonly Embed[],
  input = '',
  twins: ReadonlySet<string> = NO_TWINS,
): Embed[] {
  let all = embeds;
  if (noscript.length > 0) {
    const copies = new Set(noscript);
    const key = (e: Embed): string => `${e.platform} ${e.id ?? ''}`;
    const shown = new Set(embeds.filter((e) => !copies.has(e) && e.id !== null).map(key));
    all = embeds.filter((e) => !(copies.has(e) && e.id !== null && shown.has(key(e))));
  }
  const sorted = mergeRenderedTwins(input, all.slice().sort((a, b) => a.start - b.start || b.end - a.end), twins);
  const kept: Embed[] = [];
  // Per platform, the kept embed reaching furthest right: sorted by start, it is the only one
  // that can cover the next embed, which keeps the merge linear in the number of embeds.
  const reach = new Map<string, Embed>();
  for (const e of sorted) {
    const k = reach.get(e.platform);
    if (k !== undefined && e.end <= k.end && (k.id === e.id || k.id === null || e.id === null)) continue;
    kept.push(e);
    if (k === undefined || e.end > k.end) reach.set(e.platform, e);
  }
  return kept;
}

const NO_TWINS: ReadonlySet<string> = new Set();

/** How far apart an embed and its rendered twin may stand, in UTF-16 units. */
const MAX_TWIN_GAP = 2048;

/**
 * Each embed merged with its rendered twin (see {@link mergeEmbeds}), in a list sorted by start.
 *
 * ```
 * <blockquote class="twitter-tweet">…/status/1…</blockquote><div class="twitter-tweet twitter-tweet-rendered"><iframe …id=1…></div>
 * ^one embed…………………………………………………………………………………………………………………………………………………………………………………………………………………………^
 * ```
 */
function mergeRenderedTwins(input: string, found: Embed[], twins: ReadonlySet<string>): Embed[] {
  if (found.length < 2 || input.length === 0 || twins.size === 0) return found;
  const out: Embed[] = [];
  for (const e of found) {
    const prev = out[out.length - 1];
    const twin =
      prev !== undefined &&
      prev.platform === e.platform &&
      twins.has(e.platform) &&
      prev.kind !== e.kind &&
      (prev.kind === 'iframe' || e.kind === 'iframe') &&
      prev.id !== null &&
      prev.id === e.id;
    if (twin && isBeside(input, prev.end, e.start)) {
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
/** A character `String.prototype.trim` does not remove. */
const NOT_BLANK = /\S/u;

/** How many of the fields a reader sees an embed fills. */
function richness(e: Embed): number {
  let n = 0;
  for (const v of [e.text, e.author.name, e.author.handle, e.dateText, e.lang]) if (v !== null) n++;
  return n;
}

/**
 * A platform's flattened-text route from its attribution grammar: find the attributions, place
 * each body before it, read the body's entities. What a platform adds is data: its grammar, its
 * length budget, and what its embeds print before the body that is no part of it.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { extractHashtagList, extractUrlEntities } from '../entities/index.js';
import { authorRecord, embedRecord } from '../record.js';
import { CharCode, collapseSpace, isAsciiAlnum, isGap, isLineBreak, isSpace } from '../text/chars.js';
import { indexOfLiteral, literalAnchor } from '../text/literal.js';
import type { Embed, Platform } from '../../types.js';
import type { ScanContext } from '../../platforms/types.js';
import { scanAttributions, type Attribution, type AttributionGrammar } from './grammar.js';
import { placeBody, placeParagraph, trimBack, type PlacementOptions, type Span } from './placement.js';

/** What a platform's flattened route is made of. */
export interface FlattenedRoute {
  readonly platform: Platform;
  readonly grammar: AttributionGrammar;
  /** The longest body, in code points of its shown text (Bluesky 300, Instagram 2,200). */
  readonly budget: number;
  /** Lines the embed prints above the body that are no part of it (`View this post on Instagram`), matched in any case. */
  readonly chrome?: readonly string[];
  /**
   * What the embed prints at the end of the body in place of an attachment, no part of the post
   * (Bluesky's `[image or embed]` link), as written: a body that ends with one is placed above it.
   */
  readonly placeholders?: readonly string[];
  /** Whether the attribution follows the body (X, Bluesky) or the body may be missing (Instagram). */
  readonly bodyRequired: boolean;
  /**
   * How a body 'before' the attribution is placed. 'post' (the default): as a post of the budget,
   * its block settled by the breaks around it (`placeBody`: X-like signatures, whose body is a
   * post's lines). 'paragraph': as the one block a fallback prints above its byline
   * (`placeParagraph`: Instagram's caption, Facebook's post paragraph), whose budget is too
   * generous to settle anything; after the route's chrome line when one stands above the
   * attribution. Inside a block of the source (a Markdown quote), the block bounds the body and
   * 'post' applies.
   */
  readonly reach?: 'post' | 'paragraph';
  /**
   * Where the body stands: 'before' the attribution (the default); 'none' when the embed shows
   * none (Mastodon's and Threads' `Post by @…`); 'after' it, up to {@link closer} (TikTok's
   * `@handle caption ♬ sound`).
   */
  readonly body?: 'before' | 'none' | 'after';
  /** With a body 'after': the mark that closes it and opens a credit running to the line's end (`♬`). */
  readonly closer?: string;
  /** What the embed prints after the attribution (`View on Mastodon`, Reddit's `in <subreddit>`). */
  readonly trailer?: Trailer;
  /**
   * The entities of a body as the platform's HTML route reads them from the same text (Bluesky's
   * mentions are whole handles, Instagram's may hold dots). Without it: links and hashtags by
   * twitter-text's rules, no mentions.
   */
  readonly entities?: (body: string) => BodyEntities;
}

/** What a body holds, as an embed lists it. */
export type BodyEntities = Pick<Embed, 'links' | 'mentions' | 'hashtags' | 'cashtags'>;

/** Words after an attribution that belong to the embed: one of `phrases`, then one word if `word`. */
export interface Trailer {
  readonly phrases: readonly string[];
  /** Whether a word follows the phrase (`in Harbours`): letters, digits, `_` and `-`. */
  readonly word: boolean;
  /** Whether an attribution without the trailer is prose, not a post. */
  readonly required: boolean;
}

/** How many gap characters may stand between an attribution and its trailer (textContent indentation). */
const TRAILER_GAP = 64;

/** How far back from an attribution a body is looked for, in UTF-16 units, per unit of budget. */
const LOOK_BACK_PER_BUDGET = 4;

/**
 * Scans `ctx.input` for the flattened posts of `route` (kind `'flattened'`).
 *
 * @example
 * ```ts
 * scanFlattened({ input: 'Lanterns tonight— Harbour (@harbour.bsky.social) February 5, 2026 at 2:31 PM', source: 'text', locales: undefined, dates: {} }, BLUESKY_ROUTE);
 * // [{ platform: 'bluesky', author: { name: 'Harbour', handle: 'harbour.bsky.social' }, text: 'Lanterns tonight', … }]
 * ```
 */
export function scanFlattened(ctx: ScanContext, route: FlattenedRoute): Embed[] {
  const { input } = ctx;
  const options = ctx.dates;
  const found = scanAttributions(input, route.grammar, options);
  const embeds: Embed[] = [];
  let floor = 0;
  const weigh = (raw: string) => codePoints(shown(raw, route.chrome));
  let nextCloser = -2; // below every offset: not searched yet; -1: none left
  for (const found1 of found) {
    if (found1.start < floor) continue; // inside the previous post (a mention in a caption)
    if (route.body === 'after') {
      // Attributions come left to right: the next closer is searched for once per closer.
      if (route.closer !== undefined && route.closer.length > 0 && nextCloser !== -1 && nextCloser < found1.end) {
        nextCloser = input.indexOf(route.closer, found1.end);
      }
      const after = nextCloser >= 0 ? bodyAfter(input, found1.end, nextCloser, route) : null;
      if (after === null) continue;
      embeds.push(flattenedEmbed(ctx, route, found1, after.text, found1.start, after.end));
      floor = after.end;
      continue;
    }
    const a = route.trailer !== undefined ? cutGluedTrailer(input, found1, route.trailer) : found1;
    const tail = route.trailer !== undefined ? readTrailer(input, a.end, route.trailer) : -1;
    if (tail < 0 && route.trailer?.required === true) continue;
    const end = tail >= 0 ? tail : a.end;
    // The source may bound the post (a Markdown quote block): its body starts no higher.
    const low = ctx.floorAt !== undefined ? Math.max(floor, ctx.floorAt(a.start)) : floor;
    const placement: PlacementOptions = { floor: low, weigh, budget: route.budget, lookBack: route.budget * LOOK_BACK_PER_BUDGET };
    const paragraph = route.reach === 'paragraph' && !(low > floor);
    let span: Span | null = null;
    if (route.body === 'none') span = null;
    else if (paragraph) span = afterChrome(input, a.start, placement, route.chrome) ?? placeParagraph(input, a.start, placement);
    else if (route.bodyRequired || !blankLineAbove(input, a.start, low)) {
      span = placeBody(input, beforePlaceholder(input, a.start, low, route.placeholders), placement);
    }
    const text = span !== null ? shown(input.slice(span.start, span.end), route.chrome) : '';
    if (text.length === 0 && route.bodyRequired) {
      floor = end;
      continue;
    }
    const body = text.length > 0 ? text : null;
    embeds.push(flattenedEmbed(ctx, route, a, body, span !== null ? span.start : a.start, end));
    floor = end;
  }
  return embeds;
}

/**
 * The body between the last of `chrome`'s lines above the attribution at `end` and the
 * attribution (`View this post on Instagram⏎caption⏎A post shared by …`): the chrome opens the
 * embed, so nothing above it is the post's. The span starts at the chrome line, which `shown`
 * leaves out of the body: a span of the chrome alone is an embed without a caption. Null when no
 * chrome line stands within the look-back, or what follows it is over the budget (the chrome of
 * an embed further up).
 */
function afterChrome(input: string, end: number, options: PlacementOptions, chrome: readonly string[] | undefined): Span | null {
  if (chrome === undefined || chrome.length === 0) return null;
  const from = Math.max(options.floor, end - options.lookBack);
  const re = chromePattern(chrome);
  re.lastIndex = from;
  let last = -1;
  for (let m = re.exec(input); m !== null && m.index + m[0].length <= end; m = re.exec(input)) last = m.index;
  if (last < 0) return null;
  // The span opens with the chrome, which `shown` leaves out of the body: the embed starts there.
  const stop = trimBack(input, end, last);
  return options.weigh(input.slice(last, stop)) <= options.budget ? { start: last, end: stop } : null;
}

const chromePatterns = new WeakMap<readonly string[], RegExp>();

/** One search for every chrome line, in any case. */
function chromePattern(chrome: readonly string[]): RegExp {
  let re = chromePatterns.get(chrome);
  if (re === undefined) {
    re = new RegExp(chrome.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
    chromePatterns.set(chrome, re);
  }
  return re;
}

/**
 * The cheap gate of a route whose body stands after its attribution, up to a closer (TikTok's
 * `@handle caption ♬ sound`): whether a closer stands after one of the lead phrases, within the
 * reach of a body and with no blank line between. A closer beyond Latin-1 (`♬`) is slow to
 * search for across a page of two-byte text, while the leads (`@`) are found at memory speed and
 * the text after each is short: the page is read once at most, and in the usual page only a line
 * after each lead.
 */
export function bodyAfterGate(route: FlattenedRoute): (input: string) => boolean {
  const leads = route.grammar.lead === 'dash' ? [] : route.grammar.lead.map(literalAnchor);
  const closer = route.closer ?? '';
  const reach = route.budget * LOOK_BACK_PER_BUDGET;
  return (input) => {
    if (closer.length === 0) return false;
    for (const lead of leads) {
      // Up to `scannedTo` the text after earlier leads was read; `blank`: that read ended at a blank line.
      let scannedTo = 0;
      let blank = false;
      for (let at = indexOfLiteral(input, lead); at >= 0; at = indexOfLiteral(input, lead, at + 1)) {
        if (blank && at < scannedTo) continue; // the block ends before any closer
        const from = Math.max(at + lead.literal.length, scannedTo);
        const stop = Math.min(input.length, at + ATTRIBUTION_REACH + reach);
        const edge = from < stop ? blankLineIn(input, from, stop) : -1;
        blank = edge >= 0;
        const end = blank ? edge : stop;
        if (from < end && input.slice(from, Math.min(input.length, end + closer.length - 1)).includes(closer)) return true;
        scannedTo = Math.max(scannedTo, end);
      }
    }
    return false;
  };
}

/** Fresh empty lists: each embed owns its arrays. */
function noEntities(): BodyEntities {
  return { links: [], mentions: [], hashtags: [], cashtags: [] };
}

/** A body's links and hashtags by twitter-text's rules, each once whatever its case. */
function defaultEntities(body: string): BodyEntities {
  return {
    links: unique(extractUrlEntities(body).map((u) => u.url)),
    mentions: [],
    hashtags: unique(extractHashtagList(body).map((h) => h.tag)),
    cashtags: [],
  };
}

/** More than an attribution of a body-after route spans (its lead and handle): the gate's margin. */
const ATTRIBUTION_REACH = 512;

/** The embed of one flattened post: `start` and `end` are its offsets, `body` its text as shown. */
function flattenedEmbed(ctx: ScanContext, route: FlattenedRoute, a: Attribution, body: string | null, start: number, end: number): Embed {
  const { links, mentions, hashtags, cashtags } =
    body === null ? noEntities() : route.entities !== undefined ? route.entities(body) : defaultEntities(body);
  return embedRecord({
    platform: route.platform,
    kind: 'flattened',
    source: ctx.source,
    id: null,
    url: null,
    author: authorRecord(a.name, a.handle),
    date: a.date,
    dateText: a.dateText,
    createdAt: null,
    text: body,
    lang: null,
    links,
    media: [],
    mentions,
    hashtags,
    cashtags,
    truncated: body !== null && body.endsWith('…'),
    start,
    end,
  });
}

/** The longest credit after a closer (`♬ original sound - Ferry Crew`), in UTF-16 units. */
const CREDIT_MAX = 200;

/**
 * A body after the attribution ending at `at`: up to the route's closer (the next one, at
 * `mark`), on the same block (no blank line crossed), within the budget; then the credit after
 * the closer, to the line's end. Null when the closer is too far.
 */
function bodyAfter(input: string, at: number, mark: number, route: FlattenedRoute): { text: string | null; end: number } | null {
  const closer = route.closer ?? '';
  const stop = Math.min(input.length, at + route.budget * LOOK_BACK_PER_BUDGET);
  if (mark < at || mark > stop) return null;
  if (blankLineWithin(input, at, mark)) return null;
  const raw = input.slice(at, mark);
  const text = shown(raw, route.chrome);
  if (codePoints(text) > route.budget) return null;
  let end = mark + closer.length;
  const creditStop = Math.min(input.length, end + CREDIT_MAX);
  while (end < creditStop && !isLineBreak(input.charCodeAt(end))) end++;
  while (end > mark + closer.length && isGap(input.charCodeAt(end - 1))) end--;
  return { text: text.length > 0 ? text : null, end };
}

/** Whether two line breaks stand in `input[from, to)` with only white space between them. */
function blankLineWithin(input: string, from: number, to: number): boolean {
  return blankLineIn(input, from, to) >= 0;
}

/**
 * The offset of the second of two line breaks in `input[from, to)` with only white space between
 * them (a CRLF counts once), or -1.
 */
function blankLineIn(input: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c !== CharCode.LineFeed || input.charCodeAt(i - 1) !== CharCode.CarriageReturn) breaks++;
      if (breaks >= 2) return i;
    } else if (!isGap(c)) breaks = 0;
  }
  return -1;
}

/**
 * Whether the attribution at `at` opens its line and a blank line stands above it: where a body
 * may be missing, the block above is then the page's, not the post's (a caption sits on the
 * line just above its byline, or on the same line).
 */
function blankLineAbove(input: string, at: number, floor: number): boolean {
  let breaks = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = input.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c !== CharCode.LineFeed || input.charCodeAt(i - 1) !== CharCode.CarriageReturn) breaks++;
    } else if (!isGap(c)) return false;
    if (breaks >= 2) return true;
  }
  return false;
}

/**
 * The attribution without the start of its trailer, where textContent glued the two
 * (`@transport@council.exampleView on Mastodon`: the handle reader took `View` for its own).
 */
function cutGluedTrailer(input: string, a: Attribution, trailer: Trailer): Attribution {
  const handle = a.handle;
  if (handle === null || !input.endsWith(handle, a.end)) return a;
  for (const phrase of trailer.phrases) {
    for (let k = 1; k < Math.min(phrase.length, handle.length); k++) {
      if (input.startsWith(phrase, a.end - k)) return { ...a, handle: handle.slice(0, handle.length - k), end: a.end - k };
    }
  }
  return a;
}

/** The offset past `trailer` after `at` (past a short gap), or -1 when it does not stand there. */
function readTrailer(input: string, at: number, trailer: Trailer): number {
  let i = at;
  const gapStop = Math.min(input.length, at + TRAILER_GAP);
  while (i < gapStop && isGap(input.charCodeAt(i))) i++;
  for (const phrase of trailer.phrases) {
    if (!input.startsWith(phrase, i)) continue;
    let end = i + phrase.length;
    if (!trailer.word) return end;
    while (end < input.length && isSpace(input.charCodeAt(end))) end++;
    const from = end;
    while (end < input.length && end - from < 64 && isWordPart(input.charCodeAt(end))) end++;
    if (end > from) return end;
  }
  return -1;
}

function isWordPart(c: number): boolean {
  return isAsciiAlnum(c) || c === CharCode.Underscore || c === CharCode.Hyphen;
}

/**
 * Where the body ends when a placeholder stands between it and the attribution at `end`: at the
 * placeholder's start, with the white space before it (the embed code's `<br><br>`, a blank line
 * once flattened) left out; else `end`.
 */
function beforePlaceholder(input: string, end: number, floor: number, placeholders: readonly string[] | undefined): number {
  if (placeholders === undefined) return end;
  let i = end;
  while (i > floor && isGap(input.charCodeAt(i - 1))) i--;
  for (const p of placeholders) {
    if (i - p.length < floor || !input.startsWith(p, i - p.length)) continue;
    let j = i - p.length;
    while (j > floor && isGap(input.charCodeAt(j - 1))) j--;
    return j;
  }
  return end;
}

/** A body as shown: entities decoded, white space collapsed, the embed's chrome lines left out. */
function shown(raw: string, chrome: readonly string[] | undefined): string {
  let text = collapseSpace(raw.includes('&') ? decodeHTMLStrict(raw) : raw);
  for (const line of chrome ?? []) {
    if (text.slice(0, line.length).toLowerCase() === line.toLowerCase()) text = text.slice(line.length).trimStart();
  }
  return text;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function unique(list: string[]): string[] {
  const out: string[] = [];
  for (const v of list) if (!out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}

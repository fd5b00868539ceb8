import { decodeHTMLStrict } from 'entities/decode';
import { isWordSeparator, placeBody, trimBack, trimForward, type Span } from '../../core/attribution/placement.js';
import { buildEmbed } from '../../core/embed.js';
import { budgetFor, unitWeightAtMost, URL_WEIGHT, weightedLength } from '../../core/entities/weighted.js';
import { CharCode, collapseSpace, isGap, isJsSpace, isLineBreak } from '../../core/text/chars.js';
import { splitGluedLinks, tcoSlugLength } from './links.js';
import type { DateOptions, Embed, InputFormat } from '../../types.js';
import type { ScanContext } from '../types.js';
import { bodyEntities } from './body.js';
import { LINK_PREFIXES } from './patterns.js';
import { completeSignature, matchDatedHandle, type SignatureMatch } from './signature.js';

/**
 * Flattened X posts in plain text: a body followed by a signature, as scrapers leave them.
 *
 * ```
 * Article prose of the paragraph before.
 * JUST IN - US, Russia agree … https://t.co/EflYXFDBkL pic.twitter.com/tNveF44FuZ— Insider Paper (@TheInsiderPaper) February 5, 2026
 * ^start (paragraph start)                                                       ^signature dash                                   ^end
 * ```
 *
 * Two passes: signatures first (each anchored on a `(@handle)` followed by a date), then bodies,
 * which need to know where the neighbouring signatures stand.
 */

/**
 * How far back from the dash a body is looked for, in UTF-16 units: a 280-character post with
 * the indentation textContent keeps between its lines. The length budget decides where within
 * it the body starts.
 */
export const MAX_BODY_LENGTH = 2000;
/** The longest line taken as the cut-off tail of a post (`Today's… pic.twitter.com/…`). */
const MAX_CONTINUATION_LENGTH = 300;

/**
 * Finds every signature in `input`, left to right, none overlapping. A dated handle without a dash
 * still moves the floor: no later name can reach back over a date, which also keeps the dash
 * search short on inputs that repeat `(@a) February 5, 2026` a million times.
 */
export function findSignatures(input: string, options?: DateOptions): SignatureMatch[] {
  const found: SignatureMatch[] = [];
  let floor = 0;
  let at = input.indexOf('(@');
  while (at >= 0) {
    const anchor = matchDatedHandle(input, at, options);
    if (anchor === null) {
      at = input.indexOf('(@', at + 2);
      continue;
    }
    const sig = completeSignature(input, anchor, floor);
    if (sig !== null) found.push(sig);
    floor = anchor.date.end;
    at = input.indexOf('(@', floor);
  }
  return found;
}

/** Offset of the line break ending the line that holds `at` (or the input's end). */
function lineEnd(input: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !isLineBreak(input.charCodeAt(i))) i++;
  return i;
}

/** Skips white space and invisibles forward from `i`, stopping at a line break. */
function skipSpaceForward(input: string, i: number, limit: number): number {
  while (i < limit && isGap(input.charCodeAt(i)) && !isLineBreak(input.charCodeAt(i))) i++;
  return i;
}


/** Offset past one line break at `i` (CRLF counts as one), or -1 when none stands there. */
function pastLineBreak(input: string, i: number): number {
  const c = input.charCodeAt(i);
  if (!isLineBreak(c)) return -1;
  return c === CharCode.CarriageReturn && input.charCodeAt(i + 1) === CharCode.LineFeed ? i + 2 : i + 1;
}

/** Media links as shown (`pic.twitter.com/<slug>`, `pic.x.com/<slug>`): X does not count them. */
const SHOWN_MEDIA_LINK = /\bpic\.(?:twitter|x)\.com\/\w{1,40}/gu;
/** The leading run of reply mentions, which X has not counted since 2017. */
const REPLY_MENTIONS = /^(?:[@\uff20]\w{1,20}\s{0,4}){1,50}/u;

/**
 * How much of X's budget a body shown as `raw` uses on the day `date`: twitter-text's weighted
 * length of the cleaned body, without its media links and leading reply mentions.
 */
export function xBodyWeight(raw: string, date: string | null): number {
  let text = splitGluedLinks(cleanBody(raw), tcoSlugLength(date)).replace(SHOWN_MEDIA_LINK, '').trim();
  // Two sentences glued where a line break was (`footage.How`) are no link of 23.
  if (text.includes('.')) text = text.replace(GLUED_SENTENCES, '$1 $2');
  text = text.replace(REPLY_MENTIONS, '');
  // A quoted post's link closes the body and has not counted since 2016-09-19: a closing link is
  // given the benefit of the doubt.
  if (date === null || date >= QUOTES_FREE_SINCE) text = text.replace(CLOSING_LINK, '').trimEnd();
  return weightedLength(text, { uniform: budgetFor(date).uniform });
}
/**
 * A lower bound of {@link xBodyWeight} over `input[start, end)`, read in place. It counts the
 * tokens (runs between ASCII spaces, tabs and line breaks) that can be neither a link, a media
 * link, a mention nor hold an entity (no `.` but a last one, `/`, `@`, `&` or `:` in them), each
 * character at what twitter-text gives it at least: ASCII letters, digits and punctuation,
 * Cyrillic and Arabic letters 1, CJK ideographs and kana 2 (1 when `uniform`, the pre-2017 count),
 * everything else 0. Between two such tokens that count, with only white space between them, the
 * body shows one space at least: 1 more. So the bound never exceeds the weight, never grows when
 * `start` moves forward to just after white space, and over text that white space splits in two
 * it is at least the sum of the parts. Counting stops at the first token boundary past `limit`.
 *
 * @example
 * ```ts
 * xWeightAtLeast('Floods hit the town https://t.co/AbCdEfGhIj', 0, 43, false); // 19: the link counts 0
 * ```
 */
export function xWeightAtLeast(input: string, start: number, end: number, uniform: boolean, limit = Infinity): number {
  const wide = uniform ? 1 : 2;
  let total = 0;
  let token = 0;
  let excluded = false;
  /** Whether the current token has a character, and whether a counted token and white space only precede it. */
  let chars = false;
  let joined = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? input.charCodeAt(i) : CharCode.Space;
    if (isWordSeparator(c)) {
      if (chars) {
        if (!excluded && token > 0) {
          total += joined ? token + 1 : token;
          joined = true;
        } else joined = false;
      }
      if (total > limit) return total; // far enough: the caller only asks whether it is over
      token = 0;
      excluded = false;
      chars = false;
      continue;
    }
    chars = true;
    if (excluded) continue;
    if (c === CharCode.Dot || c === CharCode.Slash || c === CharCode.At || c === CharCode.Ampersand || c === CharCode.Colon || c === 0xff20 /* ＠ */) {
      // A dot ending its token (`officials.`) ends a sentence: no top-level domain follows it, so
      // it makes no link of the letters before it.
      if (c === CharCode.Dot && isWordSeparator(i + 1 < end ? input.charCodeAt(i + 1) : CharCode.Space)) token += 1;
      else excluded = true;
      continue;
    }
    // ASCII letters, digits and punctuation are shown as written.
    if (c >= 0x21 && c <= 0x7e) token += 1;
    else if ((c >= 0x0410 && c <= 0x044f) || (c >= 0x0621 && c <= 0x064a)) token += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x30fa)) token += wide;
  }
  return total;
}

/**
 * An upper bound of {@link xBodyWeight} over `input[start, end)`: what each UTF-16 unit of it,
 * once canonically decomposed, would weigh as a code point of its own (1 in twitter-text's light
 * ranges, 2 elsewhere, a surrogate 2), plus 26 per dot (a link weighs 23 however short, and the
 * body's cleaning may add up to three spaces around it: every link holds a dot). It never falls
 * short: a code point weighs at most what its units do, an emoji sequence (2) holds a heavy
 * unit or two units, a composed letter weighs no more than its decomposition's parts, and an
 * entity such as `&#xD55C;` weighs more written than decoded. A body it puts within the budget
 * fits without being weighed. A value over `limit` only says that the bound is over it.
 *
 * @example
 * ```ts
 * xWeightAtMost('Floods hit the town https://t.co/AbCdEfGhIj', 0, 43); // 43 + 26 × 1 = 69
 * xWeightAtMost('故人西辞', 0, 4);                                      // 2 × 4 = 8
 * ```
 */
export function xWeightAtMost(input: string, start: number, end: number, limit = Infinity): number {
  // Over the limit before counting (every unit weighs 1 at least): the caller only asks whether
  // the bound is within it.
  if (end - start > limit) return end - start;
  let dots = 0;
  let weight = 0;
  let decomposable = false;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === CharCode.Dot || c === IDEOGRAPHIC_FULL_STOP || c === FULLWIDTH_FULL_STOP) dots++;
    else if (c >= LATIN_CAPITAL_A_GRAVE) decomposable = true;
    weight += unitWeightAtMost(c);
  }
  if (decomposable) {
    const decomposed = input.slice(start, end).normalize('NFD');
    weight = 0;
    for (let i = 0; i < decomposed.length; i++) weight += unitWeightAtMost(decomposed.charCodeAt(i));
  }
  return weight + (URL_WEIGHT + 3) * dots;
}

/** Below U+00C0 no character decomposes. */
const LATIN_CAPITAL_A_GRAVE = 0xc0;
const IDEOGRAPHIC_FULL_STOP = 0x3002;
const FULLWIDTH_FULL_STOP = 0xff0e;

/** A sentence end glued to a capital (`footage.How`): a line break textContent dropped. */
const GLUED_SENTENCES = /(\p{Ll}\.)(\p{Lu})/gu;
/** The day X stopped counting media and quoted-post links. */
const QUOTES_FREE_SINCE = '2016-09-19';
/** A t.co link at the end of a body. */
const CLOSING_LINK = /https?:\/\/t\.co\/\w{1,40}\s*$/u;

/**
 * The body's span before a signature, or null when the post has no body we can place: the
 * core placement rule (`core/attribution/placement.ts`) with X's length budget on the post's day.
 */
function bodySpan(input: string, sig: SignatureMatch, floor: number): Span | null {
  return placeBody(input, sig.dashStart, {
    floor,
    weigh: (raw) => xBodyWeight(raw, sig.date),
    atLeast: (text, start, end, limit) => xWeightAtLeast(text, start, end, budgetFor(sig.date).uniform, limit),
    atMost: xWeightAtMost,
    budget: budgetFor(sig.date).limit,
    lookBack: MAX_BODY_LENGTH,
  });
}

/**
 * The cut-off tail some scrapers put on the line right after the signature: a short line that
 * ends in the post's media or t.co link (`Today's… pic.twitter.com/nn7zZYESsd`). Not taken when
 * it is the body of the next post, whose signature stands on the line after it.
 */
function continuationSpan(
  input: string,
  sig: SignatureMatch,
  next: SignatureMatch | undefined,
): { start: number; end: number } | null {
  const limit = next !== undefined ? next.dashStart : input.length;
  const eol = skipSpaceForward(input, sig.end, limit);
  const lineFrom = pastLineBreak(input, eol);
  if (lineFrom < 0) return null;
  const start = skipSpaceForward(input, lineFrom, limit);
  if (start >= limit || isLineBreak(input.charCodeAt(start))) return null;
  const stop = Math.min(limit, start + MAX_CONTINUATION_LENGTH + 1);
  const eolNext = lineEnd(input, start, stop);
  if (eolNext === stop && stop < limit && !isLineBreak(input.charCodeAt(stop))) return null;
  const end = trimBack(input, eolNext, start);
  if (end - start > MAX_CONTINUATION_LENGTH) return null;
  const line = input.slice(start, end);
  if (line.includes('(@') || !endsWithPostLink(line)) return null;
  if (next !== undefined && trimForward(input, eolNext, next.dashStart) === next.dashStart) return null;
  return { start, end };
}

/** `pic.twitter.com/<slug>` or `https://t.co/<slug>` at the end of a line. */
const TRAILING_POST_LINK = /(?:pic\.twitter\.com|https?:\/\/t\.co)\/[A-Za-z\d]{8,10}$/;

function endsWithPostLink(line: string): boolean {
  return TRAILING_POST_LINK.test(line);
}

/** A body as shown: entities decoded where a scraper left them escaped, white space collapsed. */
export function cleanBody(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTMLStrict(raw) : raw;
  return collapseSpace(decoded);
}

/**
 * True when the body was cut by the embed: it ends in '…', links after the ellipsis aside
 * (`Today's… pic.twitter.com/nn7zZYESsd`).
 */
export function isTruncated(text: string): boolean {
  // Only a '…' can mark a cut: most bodies hold none, and one search settles them.
  if (!text.includes('\u2026')) return false;
  // Tokens are the pieces between ' ' characters, read from the end: whole link tokens
  // (`pic.twitter.com/…`, `http(s)://…` with at least one more non-space character) are skipped.
  let end = text.length;
  for (;;) {
    const start = text.lastIndexOf(' ', end - 1) + 1;
    if (start > end) return false; // a link token opened the text after a ' '
    if (!isLinkToken(text, start, end)) return endsWithEllipsis(text, start, end);
    if (start === 0) return false;
    end = start - 1;
  }
}

/** `^(?:pic\.(?:twitter|x)\.com\/|https?:\/\/)\S+$` over `text[start, end)`. */
function isLinkToken(text: string, start: number, end: number): boolean {
  for (const prefix of LINK_PREFIXES) {
    if (end - start > prefix.length && text.startsWith(prefix, start)) {
      for (let i = start + prefix.length; i < end; i++) if (isJsSpace(text.charCodeAt(i))) return false;
      return true;
    }
  }
  return false;
}

/**
 * Whether the token `text[start, end)` ends in '…' once a link glued to its end is cut off: the
 * leftmost link prefix after the token's last white space (`Today's…pic.twitter.com/…`).
 */
function endsWithEllipsis(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = end - 1; i >= start; i--) {
    if (isJsSpace(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  let cut = end;
  for (const prefix of LINK_PREFIXES) {
    const at = text.indexOf(prefix, from);
    if (at >= 0 && at < cut && at + prefix.length <= end) cut = at;
  }
  return cut > start && text.charCodeAt(cut - 1) === CharCode.Ellipsis;
}

/** Builds the Embed of one flattened post. */
export function flattenedEmbed(
  input: string,
  source: InputFormat,
  sig: SignatureMatch,
  body: { start: number; end: number } | null,
  tail: { start: number; end: number } | null,
): Embed {
  let text: string | null = null;
  if (body !== null) {
    const raw = input.slice(body.start, body.end);
    text = cleanBody(tail !== null ? `${raw}\n${input.slice(tail.start, tail.end)}` : raw);
    if (text.length === 0) text = null;
  }
  const entities = text !== null ? bodyEntities(text, { date: sig.date }) : null;
  return buildEmbed({
    platform: 'x',
    kind: 'flattened',
    source,
    name: sig.name,
    handle: sig.handle,
    date: sig.date,
    dateText: sig.dateText,
    text,
    links: entities?.links ?? [],
    media: entities?.media ?? [],
    mentions: entities?.mentions ?? [],
    hashtags: entities?.hashtags ?? [],
    cashtags: entities?.cashtags ?? [],
    truncated: text !== null && isTruncated(text),
    start: body !== null ? body.start : sig.dashStart,
    end: tail !== null ? tail.end : sig.end,
  });
}

/**
 * Scans plain text for flattened X posts (kind `'flattened'`). `taken` says which signatures
 * another route has read already (X's Markdown route: those of the embeds its links anchor).
 *
 * @example
 * ```ts
 * scanXText({ input: 'Wow https://t.co/AbCdEfGhIj— Jane Doe (@janedoe) February 5, 2026', … });
 * // [{ author: { name: 'Jane Doe', handle: 'janedoe' }, date: '2026-02-05', links: ['https://t.co/AbCdEfGhIj'], … }]
 * ```
 */
export function scanXText(ctx: ScanContext, taken?: (dashStart: number, end: number) => boolean): Embed[] {
  const { input } = ctx;
  const sigs = findSignatures(input, ctx.dates);
  const embeds: Embed[] = [];
  let floor = 0;
  for (let i = 0; i < sigs.length; i++) {
    const sig = sigs[i] as SignatureMatch;
    // A signature another route already read (`taken`, asked in increasing order) makes no
    // post; nothing before its end is the next one's body.
    if (taken?.(sig.dashStart, sig.end) === true) {
      floor = sig.end;
      continue;
    }
    // In a Markdown view, a post's body stays inside the quote block that holds its signature.
    const body = bodySpan(input, sig, ctx.floorAt !== undefined ? Math.max(floor, ctx.floorAt(sig.dashStart)) : floor);
    const tail = continuationSpan(input, sig, sigs[i + 1]);
    const embed = flattenedEmbed(input, ctx.source, sig, body, tail);
    embeds.push(embed);
    floor = embed.end;
  }
  return embeds;
}

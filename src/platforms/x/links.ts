import { CharCode, isAsciiAlnum } from '../../core/text/chars.js';
/**
 * X short links as flattened posts show them: `https://t.co/<slug>` and the media form
 * `pic.twitter.com/<slug>`. Scrapers glue them to the tokens around them
 * (`https://t.co/bTcwtG77Zo@SEPeaceMissions`, `#Peace2026pic.twitter.com/Q1w2E3r4T5`,
 * `…/NZ51GhsFEV— U.S. European Command`); the slug length tells where a link ends.
 *
 * ```
 * #Peace2026pic.twitter.com/Q1w2E3r4T5https://t.co/bTcwtG77Zo@SEPeaceMissions
 *           ^ split              slug ^ split         slug ^ split
 * ```
 */
import { MEDIA_HOSTS } from './patterns.js';

/** The day t.co slugs grew from 8 to 10 characters (announced Dec 2012, live 20 Feb 2013). */
export const TCO_TEN_CHAR_SLUGS_SINCE = '2013-02-20';

/**
 * The length of t.co / pic.twitter.com slugs for a post of this date ('YYYY-MM-DD'):
 * 8 before {@link TCO_TEN_CHAR_SLUGS_SINCE}, 10 since, and 10 when the date is unknown.
 *
 * @example
 * ```ts
 * tcoSlugLength('2012-05-01'); // → 8
 * tcoSlugLength(null);         // → 10
 * ```
 */
export function tcoSlugLength(date: string | null): number {
  return date !== null && date < TCO_TEN_CHAR_SLUGS_SINCE && isIsoDay(date) ? 8 : 10;
}

/** `^\d{4}-\d{2}-\d{2}$` (ASCII digits). */
function isIsoDay(date: string): boolean {
  if (typeof date !== 'string' || date.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = date.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== CharCode.Hyphen : c < CharCode.Digit0 || c > CharCode.Digit9) return false;
  }
  return true;
}


/**
 * Whether a URL as shown is an X media link (`pic.twitter.com/…`, `pic.x.com/…`, with or
 * without a protocol).
 *
 * @example
 * ```ts
 * isMediaLink('pic.twitter.com/tNveF44FuZ'); // → true
 * isMediaLink('https://t.co/EflYXFDBkL');    // → false
 * ```
 */
export function isMediaLink(url: string): boolean {
  const rest = startsWithLower(url, 0, 'https://') ? 8 : startsWithLower(url, 0, 'http://') ? 7 : 0;
  return startsWithLower(url, rest, MEDIA_HOSTS[0]) || startsWithLower(url, rest, MEDIA_HOSTS[1]);
}

/** Whether `text` has `lower` (ASCII, lower case) at `at`, ignoring the case of `text`. */
function startsWithLower(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(at + i);
    const want = lower.charCodeAt(i);
    if (c !== want && !(want >= CharCode.LowerA && want <= CharCode.LowerZ && c === want - 0x20)) return false;
  }
  return true;
}

/** Space-like characters after which nothing is glued. */
function isBreak(c: number): boolean {
  return c === CharCode.Space || c === CharCode.LineFeed || c === CharCode.CarriageReturn || c === CharCode.Tab || c === CharCode.Nbsp || c === CharCode.IdeographicSpace || (c >= CharCode.FirstUnicodeSpace && c <= CharCode.ZeroWidthSpace);
}

/** Characters before a link that mean it sits inside another URL (`?u=https://t.co/…`): no split. */
function isInsideUrl(c: number): boolean {
  return c === CharCode.Equals || c === CharCode.Slash || c === CharCode.Percent || c === CharCode.Ampersand || c === CharCode.Question || c === CharCode.Dot || c === CharCode.Hyphen;
}

/** The protocol right before `at`, if any, so a link starts there. */
function protocolBefore(text: string, at: number): number {
  if (at >= 8 && text.startsWith('https://', at - 8)) return at - 8;
  if (at >= 7 && text.startsWith('http://', at - 7)) return at - 7;
  return at;
}

interface ShortLink {
  /** First character of the link (its protocol when shown). */
  start: number;
  /** Just past the slug. */
  end: number;
}

/**
 * The t.co and pic.twitter.com links of a text, in order; slugs cut at `slugLength`. All three
 * hosts (`t.co/`, `pic.twitter.com/`, `pic.x.com/`) hold `.co`, so one `indexOf('.co')` pass
 * finds every candidate; none of the hosts holds another's `.co`, so hits come in text order.
 */
export function findShortLinks(text: string, slugLength: number): ShortLink[] {
  const links: ShortLink[] = [];
  let lastEnd = 0;
  for (let dot = text.indexOf('.co'); dot >= 0; dot = text.indexOf('.co', dot + 3)) {
    let at: number;
    let host: string;
    if (dot >= 1 && text.startsWith(TCO_HOST, dot - 1)) {
      at = dot - 1;
      host = TCO_HOST;
    } else if (dot >= 11 && text.startsWith(MEDIA_HOSTS[0], dot - 11)) {
      at = dot - 11;
      host = MEDIA_HOSTS[0];
    } else if (dot >= 5 && text.startsWith(MEDIA_HOSTS[1], dot - 5)) {
      at = dot - 5;
      host = MEDIA_HOSTS[1];
    } else continue;
    if (at < lastEnd) continue;
    const start = protocolBefore(text, at);
    // A bare `t.co/` is taken only after a protocol: `bit.co/` or `Mt.co/` are not t.co links.
    if (host === TCO_HOST && start === at) continue;
    if (start === at && at > 0) {
      const prev = text.charCodeAt(at - 1);
      if (prev === CharCode.Dot || prev === CharCode.Slash) continue; // `www.pic.twitter.com`, `/pic.twitter.com`: part of something else
    }
    const slugStart = at + host.length;
    let end = slugStart;
    while (end < text.length && end - slugStart < slugLength && isAsciiAlnum(text.charCodeAt(end))) end++;
    if (end === slugStart) continue;
    links.push({ start, end });
    lastEnd = end;
  }
  return links;
}

const TCO_HOST = 't.co/';

/** Whether splitGluedLinks inserts a space before or after the link [start, end). */
function isGlued(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const prev = text.charCodeAt(start - 1);
    if (!isBreak(prev) && !isInsideUrl(prev)) return true;
  }
  if (end < text.length) {
    const next = text.charCodeAt(end);
    if (!isBreak(next) && next !== CharCode.Question) return true;
  }
  return false;
}

/**
 * A copy of `text` with a space inserted where a t.co or pic.twitter.com link is glued to the
 * token before it or after its slug, so the twitter-text rules see each piece on its own. A
 * link inside another URL (`?u=https://t.co/…`) stays glued in front; a query after a slug
 * (`…/slug?amp=1`) stays attached.
 *
 * @example
 * ```ts
 * splitGluedLinks('#Peace2026pic.twitter.com/Q1w2E3r4T5', 10);
 * // → '#Peace2026 pic.twitter.com/Q1w2E3r4T5'
 * splitGluedLinks('https://t.co/bTcwtG77Zo@SEPeaceMissions', 10);
 * // → 'https://t.co/bTcwtG77Zo @SEPeaceMissions'
 * ```
 */
export function splitGluedLinks(text: string, slugLength: number): string {
  const links = findShortLinks(text, slugLength);
  if (links.length === 0 || !links.some(({ start, end }) => isGlued(text, start, end))) return text;
  let out = '';
  let from = 0;
  for (const { start, end } of links) {
    out += text.slice(from, start);
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      if (!isBreak(prev) && !isInsideUrl(prev)) out += ' ';
    }
    out += text.slice(start, end);
    if (end < text.length) {
      const next = text.charCodeAt(end);
      if (!isBreak(next) && next !== CharCode.Question) out += ' ';
    }
    from = end;
  }
  return out + text.slice(from);
}

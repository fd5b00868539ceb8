/**
 * X status links and status ids: reading a permalink in any of the spellings pages carry, the
 * canonical permalink, and the creation time a snowflake id encodes.
 */
import { CharCode, isHandleChar } from '../../core/text/chars.js';
import { WIDGET_EMBED } from './patterns.js';

/** Status ids are unsigned 64-bit integers written in decimal: at most 19 digits (2^63 − 1). */
const MAX_ID_DIGITS = 19;
const MAX_ID_DIGITS_TEXT = '9223372036854775807';

/** Twitter's snowflake epoch, 2010-11-04T01:42:54.657Z, in ms. */
const TWEPOCH_MS = 1288834974657;

/**
 * Ids below this are not snowflakes. Before November 2010 ids were a plain counter that ended
 * near 3·10^10; read as snowflakes they would all date from the first eight seconds after the
 * epoch. Snowflakes carry their timestamp in the bits above bit 22, so this bound is the first
 * id stamped one hour after the epoch (2010-11-04T02:42:54.657Z): every sequential id is far
 * below it, and no snowflake was issued before it.
 */
export const FIRST_SNOWFLAKE = 3_600_000n << 22n;

/**
 * A status link, anchored at the start and bounded everywhere:
 * `[scheme:]//[www.|mobile.|m.](twitter|x).com/[#!/](<handle>|i[/web])/status[es]/<id>[/…|?…|#…]`.
 *
 * - group 1: the handle (absent for `/i/status/`, `/i/web/status/` and `/statuses/<id>`)
 * - group 2: the id (decimal digits, length checked after the match)
 *
 * Matches `https://twitter.com/jack/status/20`, `//mobile.x.com/i/web/status/20?s=20`,
 * `twitter.com/#!/jack/statuses/20`.
 */
const STATUS_URL =
  /^(?:(?:https?:)?\/\/)?(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com\/(?:#!\/)?(?:i\/(?:web\/)?|(\w{1,20})\/)?status(?:es)?\/(\d{1,25})(?:[/?#]|$)/i;

/**
 * Reads an X (Twitter) status link: returns the handle it names (null for the handle-less
 * `/i/status/` and `/i/web/status/` forms) and the status id as a decimal string, or null when
 * the string is not a status link. Accepts twitter.com and x.com with `www.`, `mobile.` or `m.`,
 * http, https, protocol-relative or scheme-less links, `/status/` and `/statuses/`, the old
 * `/#!/` form, and any path, query or fragment after the id. Leading and trailing white space is
 * ignored. Ids longer than 19 digits or above 2^63 − 1 are rejected.
 *
 * @example
 * ```ts
 * parseStatusUrl('https://twitter.com/SouthPark/status/1310340832445292544?ref_src=twsrc%5Etfw');
 * // { handle: 'SouthPark', id: '1310340832445292544' }
 * parseStatusUrl('https://x.com/i/web/status/1310340832445292544');
 * // { handle: null, id: '1310340832445292544' }
 * parseStatusUrl('https://twitter.com/SouthPark'); // null
 * ```
 */
export function parseStatusUrl(url: string): { handle: string | null; id: string } | null {
  if (typeof url !== 'string') return null;
  const quick = commonStatusUrl(url);
  if (quick !== undefined) return quick;
  const s = url.length > 4096 ? url.slice(0, 4096) : url;
  const m = STATUS_URL.exec(s.trim());
  if (m === null) return null;
  const id = normaliseId(m[2] ?? '');
  if (id === null) return null;
  const handle = m[1] ?? null;
  if (handle !== null && handle.toLowerCase() === 'i') return null;
  return { handle, id };
}

/**
 * {@link parseStatusUrl} for the form embed codes write, `https://twitter.com/handle/status/digits`
 * (or `x.com`), all lower case, ending or going on with `/`, `?` or `#`: read by index, with the
 * result {@link STATUS_URL} gives it. Undefined for anything else (the regex decides).
 */
function commonStatusUrl(s: string): { handle: string | null; id: string } | null | undefined {
  let i: number;
  if (s.startsWith('https://twitter.com/')) i = 20;
  else if (s.startsWith('https://x.com/')) i = 14;
  else return undefined;
  if (s.length > 4096) return undefined;
  let j = i;
  while (j < s.length && j - i <= 20 && isHandleChar(s.charCodeAt(j))) j++;
  if (j === i || j - i > 20 || s.charCodeAt(j) !== CharCode.Slash) return undefined;
  // `i/status/…` is read by the `i/` branch (no handle).
  if (j - i === 1 && (s.charCodeAt(i) | 0x20) === CharCode.LowerI) return undefined;
  if (!s.startsWith('status/', j + 1)) return undefined;
  const k = j + 8;
  let e = k;
  while (e < s.length && s.charCodeAt(e) >= CharCode.Digit0 && s.charCodeAt(e) <= CharCode.Digit9) e++;
  if (e === k || e - k > 25) return undefined;
  if (e < s.length) {
    const c = s.charCodeAt(e);
    if (c !== CharCode.Slash && c !== CharCode.Question && c !== CharCode.Hash) return undefined;
  }
  const id = normaliseId(s.slice(k, e));
  return id === null ? null : { handle: s.slice(i, j), id };
}

/**
 * A status id as a canonical decimal string, or null when it cannot be one (empty, not all
 * digits, leading zero, more than 19 digits, above 2^63 − 1, or zero).
 */
export function normaliseId(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_ID_DIGITS) return null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < CharCode.Digit0 || c > CharCode.Digit9) return null;
  }
  if (raw.charCodeAt(0) === CharCode.Digit0) return null;
  // Digit strings of equal length compare as their numbers do.
  if (raw.length === MAX_ID_DIGITS && raw > MAX_ID_DIGITS_TEXT) return null;
  return raw;
}

/**
 * The creation time a status id encodes, as an ISO 8601 UTC string with milliseconds: the id's
 * bits above bit 22 count ms since 2010-11-04T01:42:54.657Z. The id is a decimal string or a
 * bigint (ids exceed 2^53, so never a number). Returns null for ids that are not decimal status
 * ids and for pre-snowflake ids (the sequential ids of 2006–2010, which carry no time).
 *
 * @example
 * ```ts
 * snowflakeTime('1310340832445292544'); // '2020-09-27T22:09:34.067Z'
 * snowflakeTime(1310340832445292544n);  // '2020-09-27T22:09:34.067Z'
 * snowflakeTime('20');                  // null (a 2006 sequential id)
 * ```
 */
export function snowflakeTime(id: string | bigint): string | null {
  if (typeof id === 'bigint') id = id.toString();
  if (typeof id !== 'string') return null;
  const norm = normaliseId(id.trim());
  return norm !== null ? canonicalIdTime(norm) : null;
}

/**
 * {@link snowflakeTime} of an id already canonical (what {@link normaliseId} returns), as the
 * scanners hold them: not checked again. Not part of the package's API.
 *
 * @example
 * ```ts
 * canonicalIdTime('1310340832445292544'); // '2020-09-27T22:09:34.067Z'
 * ```
 */
export function canonicalIdTime(id: string): string | null {
  const stamp = idShiftedBy22(id);
  // floor(id / 2^22) < N exactly when id < N·2^22.
  if (stamp < FIRST_SNOWFLAKE_STAMP) return null;
  return isoTime(stamp + TWEPOCH_MS);
}

const MS_PER_DAY = 86_400_000;

/** The character code of the decimal digit `n` (0–9). */
function digit(n: number): number {
  return 0x30 + n;
}

/**
 * `new Date(ms).toISOString()` for ms from 1970 to 9999 (snowflake times lie in 2010–2080), by
 * arithmetic: the civil date of a day count (H. Hinnant's days-to-civil), then the time of day.
 * The Date round trip costs several times more and ran once per embed.
 *
 * The string is made in one piece from its 24 character codes: a template literal would build
 * it as a chain of a dozen concatenation nodes, which every result would keep (about 250 bytes
 * per embed, copied by each garbage collection the result survives).
 */
function isoTime(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  let t = ms - days * MS_PER_DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const msPart = t % 1000;
  t = (t - msPart) / 1000;
  const sec = t % 60;
  t = (t - sec) / 60;
  const min = t % 60;
  const hour = (t - min) / 60;
  const tens = (n: number): number => digit(Math.floor(n / 10) % 10);
  const units = (n: number): number => digit(n % 10);
  return String.fromCharCode(
    digit(Math.floor(y / 1000) % 10), digit(Math.floor(y / 100) % 10), tens(y), units(y), 0x2d /* - */,
    tens(m), units(m), 0x2d /* - */, tens(d), units(d), 0x54 /* T */,
    tens(hour), units(hour), 0x3a /* : */, tens(min), units(min), 0x3a /* : */, tens(sec), units(sec), 0x2e /* . */,
    digit(Math.floor(msPart / 100)), tens(msPart), units(msPart), 0x5a /* Z */,
  );
}

/** {@link FIRST_SNOWFLAKE} >> 22. */
const FIRST_SNOWFLAKE_STAMP = 3_600_000;
const TWO_22 = 4_194_304;

/**
 * `floor(id / 2^22)` for a canonical id (at most 19 digits, below 2^63) in exact double
 * arithmetic, without BigInt: id = hi·10^9 + lo with hi = h1·2^22 + h0, so
 * id / 2^22 = h1·10^9 + (h0·10^9 + lo) / 2^22, every term below 2^53.
 */
function idShiftedBy22(id: string): number {
  const cut = Math.max(0, id.length - 9);
  // Read by digit (the id is canonical: ASCII digits only): no substring is made or parsed.
  let hi = 0;
  for (let i = 0; i < cut; i++) hi = hi * 10 + (id.charCodeAt(i) - 0x30);
  let lo = 0;
  for (let i = cut; i < id.length; i++) lo = lo * 10 + (id.charCodeAt(i) - 0x30);
  const h0 = hi % TWO_22;
  const h1 = (hi - h0) / TWO_22;
  return h1 * 1e9 + Math.floor((h0 * 1e9 + lo) / TWO_22);
}

/**
 * The canonical permalink of a status: `https://x.com/<handle>/status/<id>`, or
 * `https://x.com/i/status/<id>` when no handle is known.
 *
 * @example
 * ```ts
 * statusPermalink('SouthPark', '1310340832445292544'); // 'https://x.com/SouthPark/status/1310340832445292544'
 * statusPermalink(null, '20');                         // 'https://x.com/i/status/20'
 * ```
 */
export function statusPermalink(handle: string | null, id: string): string {
  return handle !== null ? `https://x.com/${handle}/status/${id}` : `https://x.com/i/status/${id}`;
}

/**
 * The status id an X widget URL names: `platform.twitter.com/embed/Tweet.html?…&id=<id>` (and
 * `embed/index.html`, `embed/Tweet.html?id=`), or null.
 *
 * @example
 * ```ts
 * widgetStatusId('https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1310340832445292544'); // '1310340832445292544'
 * ```
 */
export function widgetStatusId(src: string): string | null {
  if (typeof src !== 'string' || !src.includes(WIDGET_EMBED)) return null;
  const q = src.indexOf('?');
  if (q < 0) return null;
  const end = src.indexOf('#', q);
  const query = src.slice(q + 1, end < 0 ? Math.min(src.length, q + 8192) : end);
  for (const pair of query.split('&')) {
    if (pair.startsWith('id=')) return normaliseId(pair.slice(3));
  }
  return null;
}

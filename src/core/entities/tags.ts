/**
 * Mentions, hashtags and cashtags by the twitter-text rules, each a regex composed from named
 * parts with bounded quantifiers, behind an `indexOf` gate. Global regexes are used only through
 * `matchAll` (which copies them); sticky ones get their `lastIndex` set right before each `exec`,
 * so no position ever leaks from one call into another.
 */
import { CharCode, isHandleChar } from '../text/chars.js';
import { TT_PUNCT_CLASS, TT_SPACE_CLASS, isAsciiLetter, isLatinAccent, isTtSpace } from './chars.js';

/** A mention, with the list slug when it names a list (`@user/list-name`). */
export interface MentionOrList {
  handle: string;
  /** `'/list-name'` or `''`. */
  list: string;
  /** Offset of the '@'. */
  start: number;
  /** Offset past the handle, or past the list slug when there is one. */
  end: number;
}

/** One hashtag or cashtag without its sign, with the offsets of the sign and the tag. */
export interface Tag {
  tag: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Mentions
// ---------------------------------------------------------------------------------------------

/** `@` and FULLWIDTH COMMERCIAL AT. */
const AT_SIGNS = '@\uff20';

/**
 * What may stand before '@': the start, any character but `A-Za-z0-9_!#$%&*@＠`, or a retweet
 * marker `RT`/`rt` (optionally with ':') that itself follows the start or a character other than
 * `A-Za-z0-9_+~.-`.  Matches the ` ` of ` @jack` and the `RT:` of `RT:@jack`, not the `x` of `x@jack`.
 */
const MENTION_PRECEDING = `^|[^\\w!#$%&*${AT_SIGNS}]|(?:^|[^\\w+~.\\-])(?:rt|RT|rT|Rt):?`;

/** A handle: 1 to 20 of `[A-Za-z0-9_]`.  Matches `jack`, `US_EUCOM`. */
const HANDLE = '\\w{1,20}';

/** A list slug: '/', a letter, then up to 24 of `[A-Za-z0-9_-]`.  Matches `/list-name`. */
const LIST_SLUG = '\\/[A-Za-z][\\w\\-]{0,24}';

/**
 * The mention rule as one global regex. Groups: 1 preceding text, 2 handle, 3 list slug
 * (optional). {@link extractMentionsOrLists} finds the same matches by jumping from at sign to
 * at sign; this form is the rule's plain statement, and a test checks the two agree.
 */
export const MENTION = new RegExp(`(${MENTION_PRECEDING})[${AT_SIGNS}](${HANDLE})(${LIST_SLUG})?`, 'g');

function isAtSign(c: number): boolean {
  return c === CharCode.At || c === CharCode.FullwidthAt;
}

/** The end of the run of at most `max` word units (`\w`, the handle characters) from `from`. */
function wordRunEnd(text: string, from: number, max: number): number {
  const stop = Math.min(text.length, from + max);
  let i = from;
  while (i < stop && isHandleChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether {@link MENTION_PRECEDING} matches right before the at sign at `at` without starting
 * before `floor`, where the previous match ended (a global regex never reads a character twice):
 * the text's start, one character other than `A-Za-z0-9_!#$%&*@＠`, or `RT` in any case after the
 * start or a character other than `A-Za-z0-9_+~.-`. (`RT:` needs no case of its own: the ':' alone
 * qualifies, and starts later.)
 */
function mentionMayFollow(text: string, at: number, floor: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (at - 1 >= floor) {
    const excluded = isHandleChar(c) || c === CharCode.Exclamation || c === CharCode.Hash || c === CharCode.Dollar || c === CharCode.Percent || c === CharCode.Ampersand || c === CharCode.Asterisk || isAtSign(c);
    if (!excluded) return true;
  }
  if (at < 2 || (c | 0x20) !== CharCode.LowerT || (text.charCodeAt(at - 2) | 0x20) !== CharCode.LowerR) return false;
  const r = at - 2;
  if (r === 0) return floor === 0;
  if (r - 1 < floor) return false;
  const b = text.charCodeAt(r - 1);
  return !(isHandleChar(b) || b === CharCode.Plus || b === CharCode.Tilde || b === CharCode.Dot || b === CharCode.Hyphen);
}

/** twitter-text drops a mention followed by '@', an accented Latin letter or `://`. */
function mentionEndsBadly(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return isAtSign(c) || isLatinAccent(c) || text.startsWith('://', at);
}

/**
 * Mentions and list mentions, in order: the matches of a global scan with {@link MENTION}, read
 * by jumping from at sign to at sign (`indexOf`) and reading what stands around each sign by
 * hand, instead of trying the regex at every character.
 *
 * @example
 * ```ts
 * extractMentionsOrLists('RT @jack: see @nasa/space-list');
 * // → [{ handle: 'jack', list: '', start: 3, end: 8 },
 * //    { handle: 'nasa', list: '/space-list', start: 14, end: 30 }]
 * ```
 */
export function extractMentionsOrLists(text: string): MentionOrList[] {
  const out: MentionOrList[] = [];
  // Next '@' and next '＠' at or after the search position, each searched for again only once passed.
  let ascii = text.indexOf('@');
  let wide = text.indexOf('\uff20');
  if (ascii < 0 && wide < 0) return out;
  const nextAt = (from: number): number => {
    if (ascii >= 0 && ascii < from) ascii = text.indexOf('@', from);
    if (wide >= 0 && wide < from) wide = text.indexOf('\uff20', from);
    return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  };
  /** Where the previous match ended. */
  let floor = 0;
  let at = nextAt(0);
  while (at >= 0) {
    if (mentionMayFollow(text, at, floor)) {
      // The rest of MENTION, from the sign on: HANDLE, then an optional LIST_SLUG (greedy, and
      // nothing follows it, so there is no backtracking to undo).
      const handleEnd = wordRunEnd(text, at + 1, 20);
      if (handleEnd > at + 1) {
        let end = handleEnd;
        if (text.charCodeAt(end) === CharCode.Slash && isAsciiLetter(text.charCodeAt(end + 1))) {
          end += 2;
          const stop = Math.min(text.length, end + 24);
          while (end < stop && (isHandleChar(text.charCodeAt(end)) || text.charCodeAt(end) === CharCode.Hyphen)) end++;
        }
        floor = end;
        if (!mentionEndsBadly(text, end)) {
          out.push({ handle: text.slice(at + 1, handleEnd), list: text.slice(handleEnd, end), start: at, end });
        }
        at = nextAt(end);
        continue;
      }
    }
    at = nextAt(at + 1);
  }
  return out;
}

/** The reply regex: '@' and a handle after leading white space.  Matches `  @jack`. */
const REPLY = new RegExp(`[${AT_SIGNS}](${HANDLE})`, 'y');

/**
 * The handle a text replies to: a mention that starts the text (after white space only), or null.
 *
 * @example
 * ```ts
 * extractReply('@jack see this'); // → 'jack'
 * extractReply('a @jack mention'); // → null
 * ```
 */
export function extractReply(text: string): string | null {
  let i = 0;
  while (i < text.length && isTtSpace(text.charCodeAt(i))) i++;
  const re = new RegExp(REPLY.source, 'y');
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) return null;
  if (mentionEndsBadly(text, i + m[0].length)) return null;
  return m[1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Hashtags
// ---------------------------------------------------------------------------------------------

/** Letters and marks: a hashtag needs at least one. */
const HASHTAG_ALPHA = '\\p{L}\\p{M}';
/** Decimal digits of any script. */
const HASHTAG_NUMERAL = '\\p{Nd}';
/**
 * Joiners and word-internal punctuation twitter-text admits in hashtags: `_`, ZWNJ, ZWJ,
 * Cyrillic kavyka, Hebrew maqaf/geresh/gershayim, fullwidth tilde, wave dash, kana voicing marks,
 * katakana double hyphen and middle dot, ditto mark, Tibetan tsheg, middle dot. The joiners come
 * last so no class reads as a joined character sequence.
 */
const HASHTAG_SPECIAL =
  '_\\ua67e\\u05be\\u05f3\\u05f4\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\u00b7\\u200c\\u200d';
/** A hashtag character of any kind. */
const HASHTAG_ALNUM = `${HASHTAG_ALPHA}${HASHTAG_NUMERAL}${HASHTAG_SPECIAL}`;

/**
 * Longest run on either side of a hashtag's first letter. A tag longer than this (far longer
 * than any post) is not reported rather than cut.
 */
const MAX_HASHTAG_RUN = 280;

/**
 * What follows a hash sign: not VS16 or a keycap (`#️⃣`), then non-letters, one letter, and any
 * hashtag characters, not running on past the bound.  Matches `tag`, `1hashtag`, `ｈａｓｈ` after
 * the sign; not `123`. Group 1 is the tag. Sticky: run at the offset after the sign.
 */
const HASHTAG_BODY = /* @__PURE__ */ new RegExp(
  `(?![\\ufe0f\\u20e3])` +
    `([${HASHTAG_NUMERAL}${HASHTAG_SPECIAL}]{0,${MAX_HASHTAG_RUN}}[${HASHTAG_ALPHA}][${HASHTAG_ALNUM}]{0,${MAX_HASHTAG_RUN}})` +
    `(?![${HASHTAG_ALNUM}])`,
  'uy',
);

/** A character that may not stand right before a hash sign: a hashtag character or '&'. Sticky. */
const HASHTAG_GLUE = /* @__PURE__ */ new RegExp(`[&${HASHTAG_ALNUM}]`, 'uy');

/** twitter-text drops a hashtag followed by another hash sign or `://`. */
function hashtagEndsBadly(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c === CharCode.Hash || c === CharCode.FullwidthNumberSign || text.startsWith('://', at);
}

/**
 * Whether a hash sign at `at` has a hashtag boundary before it: the start, a variation selector
 * (after an emoji), or a code point that is neither a hashtag character nor '&'.
 */
function hasHashtagBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c === CharCode.VariationSelect15 || c === CharCode.VariationSelect16) return true;
  if (c < CharCode.FirstNonAscii) return !((c >= CharCode.Digit0 && c <= CharCode.Digit9) || (c >= CharCode.UpperA && c <= CharCode.UpperZ) || (c >= CharCode.LowerA && c <= CharCode.LowerZ) || c === CharCode.Underscore || c === CharCode.Ampersand);
  let from = at - 1;
  if (c >= CharCode.FirstLowSurrogate && c <= CharCode.LastLowSurrogate && from > 0) {
    const h = text.charCodeAt(from - 1);
    if (h >= CharCode.FirstHighSurrogate && h <= CharCode.LastHighSurrogate) from--;
  }
  HASHTAG_GLUE.lastIndex = from;
  return !HASHTAG_GLUE.test(text);
}

/**
 * Hashtags, in order (without checking for overlap with URLs).
 *
 * @example
 * ```ts
 * extractHashtagList('Vote #Election2026 not #2026'); // → [{ tag: 'Election2026', start: 5, end: 18 }]
 * ```
 */
export function extractHashtagList(text: string): Tag[] {
  const out: Tag[] = [];
  // Next '#' and next '＃' at or after the search position; each is searched for again only once
  // passed, so a text without '＃' is not rescanned for it at every '#'.
  let ascii = text.indexOf('#');
  let wide = text.indexOf('\uff03');
  const nextHash = (from: number): number => {
    if (ascii >= 0 && ascii < from) ascii = text.indexOf('#', from);
    if (wide >= 0 && wide < from) wide = text.indexOf('\uff03', from);
    return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  };
  let at = nextHash(0);
  while (at >= 0) {
    let next = at + 1;
    if (hasHashtagBoundary(text, at)) {
      HASHTAG_BODY.lastIndex = at + 1;
      const m = HASHTAG_BODY.exec(text);
      if (m) {
        const end = at + 1 + m[0].length;
        if (!hashtagEndsBadly(text, end)) out.push({ tag: m[1] ?? '', start: at, end });
        next = end;
      }
    }
    at = nextHash(next);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cashtags
// ---------------------------------------------------------------------------------------------

/** A symbol: 1–6 ASCII letters, optionally '.' or '_' and 1–2 letters.  Matches `TSLA`, `TEST.T`, `BRK_B`. */
const CASHTAG_SYMBOL = '[a-z]{1,6}(?:[._][a-z]{1,2})?';

/**
 * Group 1: the start or one white-space character; then '$', group 2 the symbol, followed by the
 * end, white space or ASCII punctuation.  Matches ` $TSLA,`; not `x$TSLA`, `$TSLA1`.
 */
const CASHTAG = /* @__PURE__ */ new RegExp(`(^|[${TT_SPACE_CLASS}])\\$(${CASHTAG_SYMBOL})(?=$|\\s|[${TT_PUNCT_CLASS}])`, 'gi');

/**
 * Cashtags, in order.
 *
 * @example
 * ```ts
 * extractCashtagList('Buy $TSLA or $BRK_B now'); // → [{ tag: 'TSLA', start: 4, end: 9 }, { tag: 'BRK_B', start: 13, end: 19 }]
 * ```
 */
export function extractCashtagList(text: string): Tag[] {
  const out: Tag[] = [];
  if (text.indexOf('$') < 0) return out;
  for (const m of text.matchAll(CASHTAG)) {
    const start = m.index + (m[1] ?? '').length;
    const tag = m[2] ?? '';
    out.push({ tag, start, end: start + 1 + tag.length });
  }
  return out;
}

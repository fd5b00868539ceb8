/**
 * The weighted length of a post by twitter-text's rules: the measure X's 280-character limit
 * is written in.
 *
 * - The text is NFC-normalised first (`Á` written as `A` + combining acute counts once).
 * - Each code point weighs 1 in the ranges X counts as light (U+0000–U+10FF, U+2000–U+200D,
 *   U+2010–U+201F, U+2032–U+2037: Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, most
 *   punctuation) and 2 everywhere else (CJK, emoji, …).
 * - Every URL the twitter-text rules find weighs 23, whatever its length (X wraps it in t.co).
 * - With `emoji: true` (twitter-text's v3 configuration, X since 2018) a whole emoji sequence
 *   weighs 2: `👨‍👩‍👧‍👦` is 2, not 11.
 *
 * ```
 * Hi http://test.co     →  1 + 1 + 1 + 23 = 26
 * 故人西辞              →  2 × 4 = 8
 * ```
 */
import { CharCode } from '../text/chars.js';
import { extractUrlEntities } from './urls.js';

/** X's limit, in weighted characters, since 2017-11-07 (140 before, every character weighing 1). */
export const MAX_WEIGHTED_LENGTH = 280;
/** The weight of any URL: the length of the t.co link X puts in its place. */
export const URL_WEIGHT = 23;
/** The day X's limit went from 140 to 280 characters. */
export const WEIGHTED_LIMIT_SINCE = '2017-11-07';

/** [first, last] code point ranges weighing 1 (twitter-text config v2 and v3). */
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function weightOf(cp: number): number {
  for (const [lo, hi] of LIGHT_RANGES) if (cp >= lo && cp <= hi) return 1;
  return 2;
}

/**
 * The most a code point holding the UTF-16 unit `c` weighs: 1 for a unit in the light ranges
 * (a code point there is one unit), else 2. Summed over a text's units, an upper bound of its
 * weight without emoji sequences counted whole (a surrogate pair counts 4 for a code point's 2).
 */
export function unitWeightAtMost(c: number): number {
  return c < LIGHT_LIMIT ? 1 : weightOf(c);
}

/** Options of {@link weightedLength}. */
export interface WeightOptions {
  /** Count each emoji sequence as 2 (twitter-text config v3, the default) instead of per code point. */
  readonly emoji?: boolean;
  /** Every code point weighs 1 (X before 2017-11-07, when the limit was 140); URLs still weigh 23. */
  readonly uniform?: boolean;
}

/**
 * The weighted length of `text` by twitter-text's rules (see the module comment).
 *
 * @example
 * ```ts
 * weightedLength('Hi http://test.co'); // 26
 * weightedLength('H🐱☺👨‍👩‍👧‍👦'); // 7
 * weightedLength('H🐱☺👨‍👩‍👧‍👦', { emoji: false }); // 16
 * ```
 */
export function weightedLength(text: string, options: WeightOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const normal = text.normalize('NFC');
  const emoji = options.emoji ?? true;
  const uniform = options.uniform ?? false;
  let total = 0;
  let at = 0;
  for (const url of extractUrlEntities(normal)) {
    total += weighRun(normal, at, url.start, emoji, uniform) + URL_WEIGHT;
    at = url.end;
  }
  return total + weighRun(normal, at, normal.length, emoji, uniform);
}

/** The weight of `text[from, to)`, which holds no URL. */
function weighRun(text: string, from: number, to: number, emoji: boolean, uniform: boolean): number {
  if (uniform) {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < CharCode.FirstLowSurrogate || c > CharCode.LastLowSurrogate) n++; // a low surrogate ends a code point already counted
    }
    return n;
  }
  let total = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Most characters weigh 1 and open no emoji: settled without reading a code point.
    if (c < LIGHT_LIMIT && !(emoji && mayOpenEmoji(text, i, c))) {
      total += 1;
      i++;
      continue;
    }
    const end = emoji ? emojiEnd(text, i, to) : i;
    if (end > i) {
      total += 2;
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    total += weightOf(cp);
    i += cp > CharCode.NonCharacterFFFF ? 2 : 1;
  }
  return total;
}

/** Below U+1100 every code point weighs 1 (the first light range) and is a whole UTF-16 unit. */
const LIGHT_LIMIT = 0x1100;

/** Whether the unit `c` at `i` (below {@link LIGHT_LIMIT}) may open an emoji: ©, ®, a keycap's base before its marks. */
function mayOpenEmoji(text: string, i: number, c: number): boolean {
  if (c === CharCode.Copyright || c === REGISTERED) return true;
  if ((c >= CharCode.Digit0 && c <= CharCode.Digit9) || c === CharCode.Hash || c === CharCode.Asterisk) {
    const next = text.charCodeAt(i + 1);
    return next === CharCode.VariationSelect16 || next === CharCode.CombiningKeycap;
  }
  return false;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;
const TAG_FIRST = 0xe0020;
const TAG_CANCEL = 0xe007f;
const SKIN_TONE_FIRST = 0x1f3fb;
const SKIN_TONE_LAST = 0x1f3ff;
/** The longest emoji sequence read, in code points (a family with skin tones is about 11). */
const MAX_SEQUENCE = 32;

function cpAt(text: string, i: number, to: number): number {
  return i < to ? (text.codePointAt(i) ?? -1) : -1;
}
function units(cp: number): number {
  return cp > CharCode.NonCharacterFFFF ? 2 : 1;
}
/** Whether `cp` is an Extended_Pictographic code point (-1, none, is not). */
export function isPictographic(cp: number): boolean {
  // Below U+203C only © and ® are pictographs, and none stands between U+3299 and U+1F004:
  // letters of most scripts (Latin, Cyrillic, Arabic, CJK) are settled without the pattern.
  if (cp < DOUBLE_EXCLAMATION) return cp === CharCode.Copyright || cp === REGISTERED;
  if (cp > CIRCLED_SECRET && cp < MAHJONG_RED_DRAGON) return false;
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}
const REGISTERED = 0xae;
/** U+203C ‼, the first pictograph after ®. */
const DOUBLE_EXCLAMATION = 0x203c;
/** U+3299 ㊙ and U+1F004 🀄: no pictograph stands between them. */
const CIRCLED_SECRET = 0x3299;
const MAHJONG_RED_DRAGON = 0x1f004;

/**
 * The end of the emoji sequence starting at `i`, or `i` when none starts there. Reads keycaps
 * (`1⃣`, `#️⃣`), flags (two regional indicators), tag sequences (`🏴󠁧󠁢󠁥󠁮󠁧󠁿`) and pictographs with
 * their variation selector, skin tone and ZWJ-joined followers. `©` and `®` without a variation
 * selector stay text, as they do in twitter-text.
 */
function emojiEnd(text: string, i: number, to: number): number {
  const first = cpAt(text, i, to);
  if (first < 0) return i;
  // Keycap: [0-9#*] FE0F? 20E3
  if ((first >= CharCode.Digit0 && first <= CharCode.Digit9) || first === CharCode.Hash || first === CharCode.Asterisk) {
    let j = i + 1;
    if (cpAt(text, j, to) === CharCode.VariationSelect16) j++;
    return cpAt(text, j, to) === CharCode.CombiningKeycap ? j + 1 : i;
  }
  if (first >= REGIONAL_INDICATOR_FIRST && first <= REGIONAL_INDICATOR_LAST) {
    const second = cpAt(text, i + 2, to);
    return second >= REGIONAL_INDICATOR_FIRST && second <= REGIONAL_INDICATOR_LAST ? i + 4 : i + 2;
  }
  if (first < CharCode.Copyright || !isPictographic(first)) return i;
  let j = i + units(first);
  if (first < CharCode.FirstUnicodeSpace && cpAt(text, j, to) !== CharCode.VariationSelect16) return i; // © ® as text
  for (let n = 0; n < MAX_SEQUENCE; n++) {
    const cp = cpAt(text, j, to);
    if (cp === CharCode.VariationSelect16 || (cp >= SKIN_TONE_FIRST && cp <= SKIN_TONE_LAST)) {
      j += units(cp);
    } else if (cp >= TAG_FIRST && cp <= TAG_CANCEL) {
      j += 2;
      if (cp === TAG_CANCEL) break;
    } else if (cp === CharCode.ZeroWidthJoiner && isPictographic(cpAt(text, j + 1, to))) {
      j += 1 + units(cpAt(text, j + 1, to));
    } else break;
  }
  return j;
}

/** How X measured a post on a given day: the limit and whether every character weighed 1. */
export interface Budget {
  readonly limit: number;
  readonly uniform: boolean;
}

/**
 * X's length budget on the day a post was made: 140 characters, each weighing 1, before
 * {@link WEIGHTED_LIMIT_SINCE}; 280 weighted characters from then on (and when the date is
 * unknown). URLs weigh 23 in both.
 *
 * @example
 * ```ts
 * budgetFor('2016-09-19'); // { limit: 140, uniform: true }
 * budgetFor('2026-02-05'); // { limit: 280, uniform: false }
 * ```
 */
export function budgetFor(date: string | null): Budget {
  return date !== null && date < WEIGHTED_LIMIT_SINCE
    ? { limit: MAX_WEIGHTED_LENGTH / 2, uniform: true }
    : { limit: MAX_WEIGHTED_LENGTH, uniform: false };
}

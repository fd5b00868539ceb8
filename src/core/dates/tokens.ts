/**
 * The scanner's first stage: the few dozen characters after a start offset, split into tokens
 * (numbers in any script, words, punctuation, gaps) that keep offsets into the caller's string.
 * Words are canonical here (NFC, known aliases), so later stages compare them as the date-fns
 * locales spell them.
 *
 * ```
 * Feb 5, 2026 at 9:00 PM
 * ^W ^^N^^N  ^ ^W ^N^N ^W      W word, N number, gaps and punctuation between them
 * ```
 */
import { isInvisible, isLineBreak, isSpace } from '../text/chars.js';
import { digitValue } from './digits.js';

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;
export const GAP = 3;

export interface Token {
  /** NUM | WORD | PUNCT | GAP. */
  readonly kind: number;
  readonly start: number;
  readonly end: number;
  /** Canonical text: ASCII digits for numbers, ' ' for gaps, the characters otherwise. */
  readonly text: string;
}

/**
 * Punctuation a date, its weekday or its time may contain:
 * `, . · - – / : ’ ' ، ( ) | • ׳ ॰`, compared by code unit (no string per character).
 */
function isPunctuation(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x2e: // .
    case 0xb7: // ·
    case 0x2d: // -
    case 0x2013: // –
    case 0x2f: // /
    case 0x3a: // :
    case 0x2019: // ’
    case 0x27: // '
    case 0x60c: // ،
    case 0x28: // (
    case 0x29: // )
    case 0x7c: // |
    case 0x2022: // •
    case 0x5f3: // ׳
    case 0x970: // ॰
      return true;
    default:
      return false;
  }
}

/** Abbreviation marks: the full stop, Hebrew geresh, Devanagari abbreviation sign. */
export function isAbbreviationMark(text: string): boolean {
  return text === '.' || text === '׳' || text === '॰';
}

/** Year, month and day markers of Chinese, Japanese and Korean dates: 年月日 년월일. */
function isCjkMarker(c: number): boolean {
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0xb144 || c === 0xc6d4 || c === 0xc77c;
}

/** The digits of `input[from, to)` (any script) as ASCII. */
function asciiDigits(input: string, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += String(digitValue(input.charCodeAt(k)));
  return text;
}

/** The value of a run of ASCII digits (at most 4 here, so never beyond an int). */
export function asciiValue(digits: string): number {
  let v = 0;
  for (let k = 0; k < digits.length; k++) v = v * 10 + (digits.charCodeAt(k) - 0x30);
  return v;
}

/** One letter or combining mark. */
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** Whether one character (a code point, as a string) is a letter or mark. */
export function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isWordCode(cp);
}

/**
 * {@link WORD_CHAR} for one code point, without building a string for the common scripts:
 * Latin-1, Cyrillic and CJK ideographs are answered from their ranges.
 */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (cp < 0x100) return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  if (cp >= 0x400 && cp < 0x530) return cp !== 0x482;
  if (cp >= 0x4e00 && cp < 0xa000) return true;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Splits `input[from, stop)` into tokens. Stops at a character no date contains, at a blank
 * line, and at a line break unless the next line starts with a short suffix such as `г.` or
 * `р.` (Russian and Ukrainian dates wrap before it).
 */
export function tokenize(input: string, from: number, stop: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < stop && tokens.length < 40) {
    const c = input.charCodeAt(i);
    const digit = digitValue(c);
    if (digit >= 0) {
      let j = i;
      let ascii = true;
      while (j < stop) {
        const u = input.charCodeAt(j);
        if (u >= 0x30 && u <= 0x39) {
          j++;
          continue;
        }
        if (digitValue(u) < 0) break;
        ascii = false;
        j++;
      }
      tokens.push({ kind: NUM, start: i, end: j, text: ascii ? input.slice(i, j) : asciiDigits(input, i, j) });
      i = j;
      continue;
    }
    if (isSpace(c) || isLineBreak(c) || isInvisible(c)) {
      let j = i;
      let breaks = 0;
      while (j < stop) {
        const g = input.charCodeAt(j);
        if (isLineBreak(g)) {
          // CR LF is one break.
          if (!(g === 0x0a && j > i && input.charCodeAt(j - 1) === 0x0d)) breaks++;
        } else if (!isSpace(g) && !isInvisible(g)) break;
        j++;
      }
      if (breaks > 1) break;
      if (breaks === 1 && !startsWithSuffix(input, j, stop)) break;
      // Invisible marks alone (RLM between tokens) are no gap at all.
      if (!hasVisibleGap(input, i, j)) {
        i = j;
        continue;
      }
      tokens.push({ kind: GAP, start: i, end: j, text: ' ' });
      i = j;
      continue;
    }
    if (isPunctuation(c)) {
      tokens.push({ kind: PUNCT, start: i, end: i + 1, text: input[i] ?? '' });
      i++;
      continue;
    }
    const cp = input.codePointAt(i) ?? 0;
    const cpLen = cp > 0xffff ? 2 : 1;
    if (!isWordCode(cp)) break;
    let j = i + cpLen;
    // 年月日 and 년월일 stand alone, so "5日木曜日" splits after the day.
    if (!isCjkMarker(c)) {
      while (j < stop) {
        const next = input.codePointAt(j) ?? 0;
        if (next < 0x80 ? !isWordCode(next) : digitValue(next) >= 0 || !isWordCode(next)) break;
        if (isCjkMarker(next)) break;
        j += next > 0xffff ? 2 : 1;
      }
    }
    tokens.push({ kind: WORD, start: i, end: j, text: canonicalWord(input.slice(i, j)) });
    i = j;
  }
  // A date never ends in a gap.
  while (tokens.length > 0 && tokens[tokens.length - 1]?.kind === GAP) tokens.pop();
  return tokens;
}

/**
 * Abbreviations CLDR (and so X's widget) writes that the date-fns locale does not read, mapped
 * to one it does. Keys and values are whole words, lower case.
 */
const WORD_ALIASES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['февр', 'фев'], // ru: CLDR "февр.", date-fns reads "фев"
  ['agu', 'agt'], // id: CLDR "Agu", date-fns reads "Agt"
  ['mrt', 'maart'], // nl: date-fns reads "mrt" only with its dot
]);

/**
 * Lengths of the alias keys: a word of another length has no alias (lower-casing changes a
 * length only by adding U+0307, which no key holds).
 */
const ALIAS_LENGTHS: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([...WORD_ALIASES.keys()].map((k) => k.length)))();

/**
 * First characters of the alias keys in either case: only these lower-case to a key's first
 * character (checked over every code point: `a A m M ф Ф`), so any other word has no alias.
 */
const ALIAS_FIRSTS: ReadonlySet<number> = /* @__PURE__ */ (() =>
  new Set([...WORD_ALIASES.keys()].flatMap((k) => [k.charCodeAt(0), (k[0] ?? '').toUpperCase().charCodeAt(0)])))();

/**
 * A word as the locales spell it: NFC (so Devanagari nukta letters are decomposed, as in
 * date-fns `hi`), Bengali YYA precomposed (as in date-fns `bn`), known aliases replaced.
 */
export function canonicalWord(word: string): string {
  // Letters below U+0300, Cyrillic, CJK ideographs and Hangul syllables are NFC on their own
  // (no combining mark among them) and none is touched below: only an alias may apply.
  let simple = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x300 || (c >= 0x400 && c < 0x500) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xac00 && c < 0xd7a4)) continue;
    simple = false;
    break;
  }
  if (simple) {
    return ALIAS_LENGTHS.has(word.length) && ALIAS_FIRSTS.has(word.charCodeAt(0))
      ? (WORD_ALIASES.get(word.toLowerCase()) ?? word)
      : word;
  }
  let w = word.normalize('NFC');
  if (w.includes('\u09BC')) w = w.replace(/\u09AF\u09BC/g, '\u09DF');
  // Persian ezafe after a month ("ژانویهٔ"): date-fns fa-IR spells the bare name.
  if (w.endsWith('\u0654')) w = w.slice(0, -1);
  if (w.endsWith('\u06C0')) w = `${w.slice(0, -1)}\u0647`;
  return WORD_ALIASES.get(w.toLowerCase()) ?? w;
}

function hasVisibleGap(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isInvisible(input.charCodeAt(k))) return true;
  }
  return false;
}

/** `г.`, `р.`, `ж.`: one or two letters and a dot, then no further letter. */
function startsWithSuffix(input: string, at: number, stop: number): boolean {
  let k = at;
  while (k < stop && k - at < 3 && isWordChar(input[k] ?? '')) k++;
  const letters = k - at;
  return letters >= 1 && letters <= 2 && input[k] === '.';
}

/** Spaces, line breaks and invisible marks: trimmed off a whole date text. */
export function isTrimmable(c: number): boolean {
  return isSpace(c) || isLineBreak(c) || isInvisible(c);
}

/**
 * Named character classes shared by the text scanners. Each is a predicate over one UTF-16
 * code unit (all the characters named here are in the BMP), so scanners can walk an input
 * by index without building regexes or copies.
 */

/**
 * Named character codes, as htmlparser2's Tokenizer names them: conditions read
 * `c === CharCode.EmDash`, never `c === 0x2014`.
 */
export const enum CharCode {
  Tab = 0x09,
  LineFeed = 0x0a,
  VerticalTab = 0x0b,
  FormFeed = 0x0c,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Exclamation = 0x21,
  DoubleQuote = 0x22,
  Hash = 0x23,
  Dollar = 0x24,
  Ampersand = 0x26,
  SingleQuote = 0x27,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Asterisk = 0x2a,
  Plus = 0x2b,
  Comma = 0x2c,
  Hyphen = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Digit0 = 0x30,
  Digit9 = 0x39,
  Colon = 0x3a,
  Semicolon = 0x3b,
  Lt = 0x3c,
  Equals = 0x3d,
  Gt = 0x3e,
  Question = 0x3f,
  At = 0x40,
  UpperA = 0x41,
  UpperZ = 0x5a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  Underscore = 0x5f,
  LowerA = 0x61,
  LowerZ = 0x7a,
  NextLine = 0x85,
  Nbsp = 0xa0,
  Copyright = 0xa9,
  ArabicLetterMark = 0x061c,
  FirstUnicodeSpace = 0x2000,
  HairSpace = 0x200a,
  ZeroWidthSpace = 0x200b,
  ZeroWidthNonJoiner = 0x200c,
  ZeroWidthJoiner = 0x200d,
  RightToLeftMark = 0x200f,
  EnDash = 0x2013,
  EmDash = 0x2014,
  HorizontalBar = 0x2015,
  LeftDoubleQuote = 0x201c,
  RightDoubleQuote = 0x201d,
  LowDoubleQuote = 0x201e,
  Ellipsis = 0x2026,
  LineSeparator = 0x2028,
  ParagraphSeparator = 0x2029,
  LeftToRightEmbedding = 0x202a,
  RightToLeftOverride = 0x202e,
  NarrowNbsp = 0x202f,
  MediumMathSpace = 0x205f,
  WordJoiner = 0x2060,
  InvisiblePlus = 0x2064,
  LeftToRightIsolate = 0x2066,
  PopDirectionalIsolate = 0x2069,
  CombiningKeycap = 0x20e3,
  IdeographicSpace = 0x3000,
  VariationSelect16 = 0xfe0f,
  ByteOrderMark = 0xfeff,
  FullwidthNumberSign = 0xff03,
  FullwidthAt = 0xff20,
}

/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Horizontal white space as scrapers leave it: space, tab, NBSP, the Unicode spaces
 * U+2000–U+200A, NARROW NBSP, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE, and vertical tab / form feed.
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Invisible format characters that copy-paste and CMSs scatter through text: zero-width space /
 * joiners, word joiner, BOM, and the bidi marks and isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI).
 */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff
  );
}

/** Space, line break or invisible: what may stand between two tokens of a signature. */
export function isGap(c: number): boolean {
  return isSpace(c) || isLineBreak(c) || isInvisible(c);
}

/** Em dash, horizontal bar and en dash: dashes that only ever introduce an attribution here. */
export function isStrongDash(c: number): boolean {
  return c === 0x2014 || c === 0x2015 || c === 0x2013;
}

/** HYPHEN-MINUS, which is an attribution dash only when spaced (`text - Name`), never in `Jean-Luc`. */
export const HYPHEN = 0x2d;

/** Handle characters on X: `[A-Za-z0-9_]`. */
export function isHandleChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  );
}

/** ASCII letters and digits. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Every character {@link collapseSpace} changes inside a trimmed string, and a double space:
 * white space other than a single space, line breaks, and the invisibles it drops (all of
 * {@link isInvisible} but ZWNJ U+200C and ZWJ U+200D).
 */
const COLLAPSIBLE = /[\t\n\v\f\r\x85\xa0\u061c\u2000-\u200b\u200e\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]| {2}/;

/**
 * Collapses every run of white space (spaces, line breaks, invisibles) to one space and trims.
 * Used on extracted field values only, never on the input being scanned.
 */
export function collapseSpace(s: string): string {
  // Trim, then one regex test settles the common case: nothing inside to change.
  const n = s.length;
  let from = 0;
  while (from < n && !isKept(s.charCodeAt(from))) from++;
  let to = n;
  while (to > from && !isKept(s.charCodeAt(to - 1))) to--;
  const inner = from === 0 && to === n ? s : s.slice(from, to);
  return COLLAPSIBLE.test(inner) ? collapseInner(inner) : inner;
}

/** {@link collapseSpace} of a string that starts and ends with a kept character. */
function collapseInner(s: string): string {
  // Runs of kept characters (single spaces between them included) are copied as slices.
  let out = '';
  let runStart = -1;
  let pendingSpace = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (runStart >= 0 && (isKept(c) || (c === 0x20 && i + 1 < n && isKept(s.charCodeAt(i + 1))))) continue;
    const space = isSpace(c) || isLineBreak(c);
    if (space || (isInvisible(c) && c !== 0x200c && c !== 0x200d)) {
      if (runStart >= 0) {
        out += s.slice(runStart, i);
        runStart = -1;
      }
      if (space) pendingSpace = out.length > 0;
      continue;
    }
    if (runStart < 0) {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      runStart = i;
    }
  }
  if (runStart === 0) return s;
  if (runStart > 0) out += s.slice(runStart);
  return out;
}

/** A character {@link collapseSpace} keeps as it is: no white space, no dropped invisible. */
function isKept(c: number): boolean {
  // Every space, line break and invisible is at most U+0020 or one of U+0085, U+00A0, U+061C,
  // U+2000–U+2069, U+3000, U+FEFF: everything else is answered without the full tests.
  if (c > 0x20 && c < 0x85) return true;
  if (c > 0xa0 && c !== 0x061c && (c < 0x2000 || c > 0x2069) && c !== 0x3000 && c !== 0xfeff) return true;
  return !(isSpace(c) || isLineBreak(c) || (isInvisible(c) && c !== 0x200c && c !== 0x200d));
}

/**
 * `s` as a string of its own, sharing no storage with a longer string it was cut from.
 *
 * JavaScript engines make a slice a view of its parent (V8 does so from 13 units on), which keeps
 * the whole parent alive as long as the slice. A result field cut from an intermediate string (an
 * embed's flattened text, a few hundred characters) would keep that string alive with every
 * result; copying the field costs less than the memory and the garbage-collector time that
 * saves. A slice of a concatenation is a fresh copy: the engine flattens the concatenation first.
 * Short strings are copies already.
 *
 * @example
 * ```ts
 * detached(flat.slice(1, 40)); // same characters; `flat` may now be collected
 * ```
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

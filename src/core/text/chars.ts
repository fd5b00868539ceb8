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
  Percent = 0x25,
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
  UpperH = 0x48,
  UpperZ = 0x5a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  Underscore = 0x5f,
  LowerA = 0x61,
  LowerE = 0x65,
  LowerH = 0x68,
  LowerI = 0x69,
  LowerP = 0x70,
  LowerR = 0x72,
  LowerS = 0x73,
  LowerT = 0x74,
  LowerV = 0x76,
  LowerZ = 0x7a,
  Tilde = 0x7e,
  FirstNonAscii = 0x80,
  NextLine = 0x85,
  Nbsp = 0xa0,
  Copyright = 0xa9,
  LatinCapitalAGrave = 0xc0,
  Multiplication = 0xd7,
  Division = 0xf7,
  LatinSmallYDiaeresis = 0xff,
  LastLatinExtendedB = 0x24f,
  FirstCombiningMark = 0x300,
  LastCombiningMark = 0x36f,
  FirstCyrillic = 0x400,
  LastCyrillic = 0x4ff,
  ArabicLetterMark = 0x61c,
  OghamSpace = 0x1680,
  MongolianVowelSeparator = 0x180e,
  FirstLatinExtendedAdditional = 0x1e00,
  LastLatinExtendedAdditional = 0x1eff,
  FirstUnicodeSpace = 0x2000,
  HairSpace = 0x200a,
  ZeroWidthSpace = 0x200b,
  ZeroWidthNonJoiner = 0x200c,
  ZeroWidthJoiner = 0x200d,
  LeftToRightMark = 0x200e,
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
  FirstHighSurrogate = 0xd800,
  LastHighSurrogate = 0xdbff,
  FirstLowSurrogate = 0xdc00,
  LastLowSurrogate = 0xdfff,
  FirstVariationSelector = 0xfe00,
  VariationSelect15 = 0xfe0e,
  VariationSelect16 = 0xfe0f,
  ByteOrderMark = 0xfeff,
  FullwidthNumberSign = 0xff03,
  FullwidthAt = 0xff20,
  NonCharacterFFFE = 0xfffe,
  NonCharacterFFFF = 0xffff,
  FirstTag = 0xe0020,
  CancelTag = 0xe007f,
}

/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === CharCode.LineFeed || c === CharCode.CarriageReturn || c === CharCode.NextLine || c === CharCode.LineSeparator || c === CharCode.ParagraphSeparator;
}

/**
 * Horizontal white space as scrapers leave it: space, tab, NBSP, the Unicode spaces
 * U+2000–U+200A, NARROW NBSP, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE, and vertical tab / form feed.
 */
export function isSpace(c: number): boolean {
  return (
    c === CharCode.Space ||
    c === CharCode.Tab ||
    c === CharCode.VerticalTab ||
    c === CharCode.FormFeed ||
    c === CharCode.Nbsp ||
    (c >= CharCode.FirstUnicodeSpace && c <= CharCode.HairSpace) ||
    c === CharCode.NarrowNbsp ||
    c === CharCode.MediumMathSpace ||
    c === CharCode.IdeographicSpace
  );
}

/**
 * Invisible format characters that copy-paste and CMSs scatter through text: zero-width space /
 * joiners, word joiner, BOM, and the bidi marks and isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI).
 */
export function isInvisible(c: number): boolean {
  return (
    (c >= CharCode.ZeroWidthSpace && c <= CharCode.RightToLeftMark) ||
    (c >= CharCode.LeftToRightEmbedding && c <= CharCode.RightToLeftOverride) ||
    (c >= CharCode.WordJoiner && c <= CharCode.InvisiblePlus) ||
    (c >= CharCode.LeftToRightIsolate && c <= CharCode.PopDirectionalIsolate) ||
    c === CharCode.ArabicLetterMark ||
    c === CharCode.ByteOrderMark
  );
}

/** Space, line break or invisible: what may stand between two tokens of a signature. */
export function isGap(c: number): boolean {
  return isSpace(c) || isLineBreak(c) || isInvisible(c);
}

/** Em dash, horizontal bar and en dash: dashes that only ever introduce an attribution here. */
export function isStrongDash(c: number): boolean {
  return c === CharCode.EmDash || c === CharCode.HorizontalBar || c === CharCode.EnDash;
}

/** HYPHEN-MINUS, which is an attribution dash only when spaced (`text - Name`), never in `Jean-Luc`. */
export const HYPHEN = 0x2d;

/** Handle characters on X: `[A-Za-z0-9_]`. */
export function isHandleChar(c: number): boolean {
  return (
    (c >= CharCode.LowerA && c <= CharCode.LowerZ) || (c >= CharCode.UpperA && c <= CharCode.UpperZ) || (c >= CharCode.Digit0 && c <= CharCode.Digit9) || c === CharCode.Underscore
  );
}

/** ASCII letters and digits: the one definition. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= CharCode.LowerA && c <= CharCode.LowerZ) || (c >= CharCode.UpperA && c <= CharCode.UpperZ) || (c >= CharCode.Digit0 && c <= CharCode.Digit9);
}

/** ASCII letters. */
export function isAsciiLetter(c: number): boolean {
  return (c >= CharCode.LowerA && c <= CharCode.LowerZ) || (c >= CharCode.UpperA && c <= CharCode.UpperZ);
}

/** ASCII digits. */
export function isDigit(c: number): boolean {
  return c >= CharCode.Digit0 && c <= CharCode.Digit9;
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
    if (runStart >= 0 && (isKept(c) || (c === CharCode.Space && i + 1 < n && isKept(s.charCodeAt(i + 1))))) continue;
    const space = isSpace(c) || isLineBreak(c);
    if (space || (isInvisible(c) && c !== CharCode.ZeroWidthNonJoiner && c !== CharCode.ZeroWidthJoiner)) {
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

/**
 * A character {@link collapseSpace} trims or folds: white space, line breaks and the invisibles
 * it drops (the joiners ZWNJ and ZWJ are kept). A string of these alone collapses to ''.
 */
export function isCollapsible(c: number): boolean {
  return !isKept(c);
}

/** A character {@link collapseSpace} keeps as it is: no white space, no dropped invisible. */
function isKept(c: number): boolean {
  // Every space, line break and invisible is at most U+0020 or one of U+0085, U+00A0, U+061C,
  // U+2000–U+2069, U+3000, U+FEFF: everything else is answered without the full tests.
  if (c > CharCode.Space && c < CharCode.NextLine) return true;
  if (c > CharCode.Nbsp && c !== CharCode.ArabicLetterMark && (c < CharCode.FirstUnicodeSpace || c > CharCode.PopDirectionalIsolate) && c !== CharCode.IdeographicSpace && c !== CharCode.ByteOrderMark) return true;
  return !(isSpace(c) || isLineBreak(c) || (isInvisible(c) && c !== CharCode.ZeroWidthNonJoiner && c !== CharCode.ZeroWidthJoiner));
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

/*
 * The white space family. Each set answers one question; they differ on purpose:
 * - {@link isSpace}: horizontal space as scrapers leave it (no line breaks);
 * - {@link isLineBreak}: line breaks;
 * - {@link isInvisible}: format characters copy-paste scatters (zero-width, bidi marks);
 * - {@link isGap}: any of the three, what may stand between two tokens of an attribution;
 * - {@link isJsSpace}: JavaScript's `\s`, where a rule is written in terms of it;
 * - {@link isTtSpace}: twitter-text's space class, for its entity grammar.
 */

/** JavaScript's `\s` (and `String.prototype.trim`'s set). */
export function isJsSpace(c: number): boolean {
  return (
    (c >= CharCode.Tab && c <= CharCode.CarriageReturn) ||
    c === CharCode.Space ||
    c === CharCode.Nbsp ||
    c === CharCode.OghamSpace ||
    (c >= CharCode.FirstUnicodeSpace && c <= CharCode.HairSpace) ||
    c === CharCode.LineSeparator ||
    c === CharCode.ParagraphSeparator ||
    c === CharCode.NarrowNbsp ||
    c === CharCode.MediumMathSpace ||
    c === CharCode.IdeographicSpace ||
    c === CharCode.ByteOrderMark
  );
}

/** White space as twitter-text defines it: TAB…CR, SPACE, NEL, NBSP, OGHAM, MVS, U+2000–U+200A, LS, PS, NNBSP, MMSP, IDEOGRAPHIC SPACE. */
export function isTtSpace(c: number): boolean {
  return (
    (c >= CharCode.Tab && c <= CharCode.CarriageReturn) ||
    c === CharCode.Space ||
    c === CharCode.NextLine ||
    c === CharCode.Nbsp ||
    c === CharCode.OghamSpace ||
    c === CharCode.MongolianVowelSeparator ||
    (c >= CharCode.FirstUnicodeSpace && c <= CharCode.HairSpace) ||
    c === CharCode.LineSeparator ||
    c === CharCode.ParagraphSeparator ||
    c === CharCode.NarrowNbsp ||
    c === CharCode.MediumMathSpace ||
    c === CharCode.IdeographicSpace
  );
}

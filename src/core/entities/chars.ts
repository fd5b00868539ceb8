import { CharCode, isAsciiAlnum, isTtSpace } from '../text/chars.js';

export { isAsciiAlnum, isAsciiLetter, isDigit, isTtSpace } from '../text/chars.js';
/**
 * Character classes of the twitter-text entity grammar, as predicates over one UTF-16 code
 * unit. Astral characters are never members of these classes except where noted (domain
 * labels accept any code unit that is not excluded), which matches how twitter-text's
 * non-unicode regexes see them.
 */

/** The same set, spelled for a regex character class. */
export const TT_SPACE_CLASS =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** ASCII punctuation twitter-text treats as ending a domain label: `! ' # % & ( ) * + , \ - . / : ; < = > ? @ [ ] ^ _ { | } ~ $`. */
export function isTtPunct(c: number): boolean {
  switch (c) {
    case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27: case 0x28: case 0x29:
    case 0x2a: case 0x2b: case 0x2c: case 0x2d: case 0x2e: case 0x2f: case 0x3a: case 0x3b:
    case 0x3c: case 0x3d: case 0x3e: case 0x3f: case 0x40: case 0x5b: case 0x5c: case 0x5d:
    case 0x5e: case 0x5f: case 0x7b: case 0x7c: case 0x7d: case 0x7e:
      return true;
    default:
      return false;
  }
}

/** The same set, spelled for a regex character class. */
export const TT_PUNCT_CLASS = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$";

/** Bidi marks and embeddings: LRE…RLO, ALM, LRM, RLM, LRI…PDI. */
export function isDirectional(c: number): boolean {
  return (
    (c >= CharCode.LeftToRightEmbedding && c <= CharCode.RightToLeftOverride) || c === CharCode.ArabicLetterMark || c === CharCode.LeftToRightMark || c === CharCode.RightToLeftMark || (c >= CharCode.LeftToRightIsolate && c <= CharCode.PopDirectionalIsolate)
  );
}

/** Code units twitter-text rejects outright: U+FFFE, BOM, U+FFFF. */
export function isInvalidChar(c: number): boolean {
  return c === CharCode.NonCharacterFFFE || c === CharCode.ByteOrderMark || c === CharCode.NonCharacterFFFF;
}

/**
 * Latin letters with accents that twitter-text admits in ASCII-ish domains and paths:
 * Latin-1 letters, Latin Extended-A/B, a few IPA letters, combining diacritics, Latin Extended Additional.
 */
export function isLatinAccent(c: number): boolean {
  if (c < CharCode.LatinCapitalAGrave) return false;
  if (c <= CharCode.LatinSmallYDiaeresis) return c !== CharCode.Multiplication && c !== CharCode.Division;
  if (c <= CharCode.LastLatinExtendedB) return true;
  switch (c) {
    case 0x253: case 0x254: case 0x256: case 0x257: case 0x259: case 0x25b: case 0x263:
    case 0x268: case 0x26f: case 0x272: case 0x289: case 0x28b: case 0x2bb:
      return true;
  }
  return (c >= CharCode.FirstCombiningMark && c <= CharCode.LastCombiningMark) || (c >= CharCode.FirstLatinExtendedAdditional && c <= CharCode.LastLatinExtendedAdditional);
}

/** Cyrillic letters and marks (U+0400–U+04FF), allowed in URL paths. */
export function isCyrillic(c: number): boolean {
  return c >= CharCode.FirstCyrillic && c <= CharCode.LastCyrillic;
}

/** A character of a domain label: anything but punctuation, space, invalid or bidi characters. */
export function isDomainChar(c: number): boolean {
  return !(isTtPunct(c) || isTtSpace(c) || isInvalidChar(c) || isDirectional(c));
}

/** A character of a domain as written without a protocol: ASCII alnum, '-', accented Latin. */
export function isAsciiDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === CharCode.Hyphen || isLatinAccent(c);
}

/**
 * May stand right before a URL: anything but ASCII alnum, `@ ＠ $ # ＃` and the invalid characters.
 * (A bidi mark may stand before a URL.)
 */
export function isUrlPrecedingChar(c: number): boolean {
  return !(isAsciiAlnum(c) || c === CharCode.At || c === CharCode.FullwidthAt || c === CharCode.Dollar || c === CharCode.Hash || c === CharCode.FullwidthNumberSign || isInvalidChar(c));
}

/** A general URL path character: alnum, Cyrillic, accented Latin and `! * ' ; : = + , . $ / % # [ ] - – _ ~ @ | &`. */
export function isPathChar(c: number): boolean {
  if (isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c)) return true;
  switch (c) {
    case 0x21: case 0x2a: case 0x27: case 0x3b: case 0x3a: case 0x3d: case 0x2b: case 0x2c:
    case 0x2e: case 0x24: case 0x2f: case 0x25: case 0x23: case 0x5b: case 0x5d: case 0x2d:
    case 0x2013: case 0x5f: case 0x7e: case 0x40: case 0x7c: case 0x26:
      return true;
    default:
      return false;
  }
}

/** A character a URL path may end with: alnum, Cyrillic, accented Latin and `+ - = _ # /`. */
export function isPathEndChar(c: number): boolean {
  if (isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c)) return true;
  return c === CharCode.Plus || c === CharCode.Hyphen || c === CharCode.Equals || c === CharCode.Underscore || c === CharCode.Hash || c === CharCode.Slash;
}

/** A query string character: alnum and ``! ? * ' @ ( ) ; : & = + $ / % # [ ] - _ . , ~ |``. */
export function isQueryChar(c: number): boolean {
  if (isAsciiAlnum(c)) return true;
  switch (c) {
    case 0x21: case 0x3f: case 0x2a: case 0x27: case 0x40: case 0x28: case 0x29: case 0x3b:
    case 0x3a: case 0x26: case 0x3d: case 0x2b: case 0x24: case 0x2f: case 0x25: case 0x23:
    case 0x5b: case 0x5d: case 0x2d: case 0x5f: case 0x2e: case 0x2c: case 0x7e: case 0x7c:
      return true;
    default:
      return false;
  }
}

/** A character a query string may end with: alnum and `- _ & = # /`. */
export function isQueryEndChar(c: number): boolean {
  return isAsciiAlnum(c) || c === CharCode.Hyphen || c === CharCode.Underscore || c === CharCode.Ampersand || c === CharCode.Equals || c === CharCode.Hash || c === CharCode.Slash;
}

/** The accented Latin ranges of {@link isLatinAccent}, spelled for a regex character class. */
export const LATIN_ACCENT_CLASS =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';

/**
 * The Markdown that html-to-markdown readers (turndown, html2text, markdownify …) emit for quoted
 * posts: `> ` blockquote lines, `[text](href)` links and backslash escapes. Offsets point into
 * the caller's original string; only field values are rendered to plain text.
 *
 * ```
 * > Friendly faces [pic.twitter.com/f2ersnzQxd](https://t.co/f2ersnzQxd)
 * >
 * > — South Park (@South\_Park) [September 27, 2020](https://twitter.com/South_Park/status/1310340832445292544)
 * ^quote marker   ^escaped `_`    ^link text          ^href
 * ```
 */
import { CharCode } from '../text/chars.js';

/**
 * The character codes this scanner compares, bound once from {@link CharCode}: a module-level
 * constant is a plain load in the hot loops, where a property of an imported enum is not
 * (test runners that transform each file keep the enum an object behind an import binding).
 */
const BACKSLASH = CharCode.Backslash;
const CARRIAGE_RETURN = CharCode.CarriageReturn;
const CLOSE_BRACKET = CharCode.CloseBracket;
const CLOSE_PAREN = CharCode.CloseParen;
const EXCLAMATION = CharCode.Exclamation;
const GT = CharCode.Gt;
const LINE_FEED = CharCode.LineFeed;
const LT = CharCode.Lt;
const OPEN_BRACKET = CharCode.OpenBracket;
const OPEN_PAREN = CharCode.OpenParen;
const SPACE = CharCode.Space;
const TAB = CharCode.Tab;
const ASTERISK = CharCode.Asterisk;
const HYPHEN = CharCode.Hyphen;
const PLUS = CharCode.Plus;
const DIGIT0 = CharCode.Digit0;
const DIGIT9 = CharCode.Digit9;
const DOT = CharCode.Dot;

/** One line of the input: `[start, end)` without its line break. */
export interface MdLine {
  start: number;
  end: number;
  /** Offset where the line's content starts, past any `>` quote markers and their spaces. */
  contentStart: number;
  /** Number of `>` quote markers (0 outside a blockquote). */
  depth: number;
}

/** The longest link text and href read, in UTF-16 units. */
export const MAX_LINK_TEXT = 1000;
export const MAX_HREF = 2048;

/**
 * How many `](` that open no link a scan of `length` units may ask {@link linkAt} about. Each
 * may cost a look of up to MAX_LINK_TEXT + MAX_HREF units (back to its `[`, ahead to its `)`);
 * past this many, a scan reads the rest of its input without links, so that no input (a run of
 * `[a](`) costs more than a few passes over it.
 */
export function failedLinkBudget(length: number): number {
  return Math.floor((4 * length) / (MAX_LINK_TEXT + MAX_HREF)) + 64;
}

/**
 * For `](` offsets asked in increasing order: whether a `)` stands within a link's reach after
 * the one at `mid`. Where none does, {@link linkAt} finds no link there: a scan asks this first,
 * at the cost of one forward search over the whole input, and spends no look (and none of its
 * {@link failedLinkBudget}) on a run of `[a](` without a `)`.
 */
export function closeWithinReach(input: string): (mid: number) => boolean {
  let close = -2; // the first `)` at or after the last offset searched from; -1: none left
  return (mid) => {
    const from = mid + 2;
    if (close < from && close !== -1) close = input.indexOf(')', from);
    return close >= 0 && close < from + MAX_HREF;
  };
}

/**
 * The line holding offset `pos`, looking back no further than `floor` for its start.
 *
 * @example
 * ```ts
 * lineAt('a\n> b', 3, 0); // { start: 2, end: 5, contentStart: 4, depth: 1 }
 * ```
 */
export function lineAt(input: string, pos: number, floor: number): MdLine {
  let start = pos;
  while (start > floor && !isBreak(input.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < input.length && !isBreak(input.charCodeAt(end))) end++;
  return describeLine(input, start, end);
}

/** The line before the one starting at `lineStart`, or null at the input's start. */
export function previousLine(input: string, lineStart: number, floor: number): MdLine | null {
  if (lineStart <= floor) return null;
  let end = lineStart - 1;
  // CRLF counts as one break.
  if (input.charCodeAt(end) === LINE_FEED && end > floor && input.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
  let start = end;
  while (start > floor && !isBreak(input.charCodeAt(start - 1))) start--;
  return describeLine(input, start, end);
}

/** A Markdown line ending's code unit: line feed or carriage return. */
export function isBreak(c: number): boolean {
  return c === LINE_FEED || c === CARRIAGE_RETURN;
}

/**
 * Reads the quote markers of the line `[start, end)`: indentation, then `>` [space] repeated. A
 * quote inside a list item counts too: its first line opens with the item's marker
 * (`*   > …`, `1. > …`), the next ones with the item's indentation (`        > …`), as
 * html-to-markdown converters write a blockquote nested in a list. {@link lineAt} is this after
 * finding the line's bounds; a caller that already knows them (a line holding many links) asks
 * for it directly.
 */
export function describeLine(input: string, start: number, end: number): MdLine {
  let i = start;
  let depth = 0;
  let spaces = 0;
  while (i < end && (input.charCodeAt(i) === SPACE || input.charCodeAt(i) === TAB) && spaces < MAX_INDENT) {
    i++;
    spaces++;
  }
  const item = listMarkerEnd(input, i, end);
  if (item > i && input.charCodeAt(item) === GT) i = item;
  while (i < end && input.charCodeAt(i) === GT) {
    depth++;
    i++;
    if (input.charCodeAt(i) === SPACE || input.charCodeAt(i) === TAB) i++;
    // `> >` nests: spaces between markers.
    let j = i;
    while (j < end && input.charCodeAt(j) === SPACE && j - i < 3) j++;
    if (input.charCodeAt(j) === GT) i = j;
  }
  return { start, end, contentStart: depth > 0 ? i : start, depth };
}

/** The most indentation read before a quote marker (a quote in a list nested a few levels). */
const MAX_INDENT = 24;

/**
 * The offset after a list item's marker at `i` and the spaces after it (`*   `, `- `, `12. `,
 * `3) `), or `i` when none stands there.
 */
function listMarkerEnd(input: string, i: number, end: number): number {
  let j = i;
  const c = input.charCodeAt(j);
  if (c === ASTERISK || c === HYPHEN || c === PLUS) j++;
  else {
    while (j < end && j - i < 9 && input.charCodeAt(j) >= DIGIT0 && input.charCodeAt(j) <= DIGIT9) j++;
    if (j === i || (input.charCodeAt(j) !== DOT && input.charCodeAt(j) !== CLOSE_PAREN)) return i;
    j++;
  }
  const afterMarker = j;
  while (j < end && (input.charCodeAt(j) === SPACE || input.charCodeAt(j) === TAB) && j - afterMarker < 4) j++;
  return j > afterMarker ? j : i;
}

/** True when the line holds only white space (after its quote markers). */
export function isBlankLine(input: string, line: MdLine): boolean {
  for (let i = line.contentStart; i < line.end; i++) {
    const c = input.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** An inline link `[text](href "title")`. */
export interface MdLink {
  /** Offset of `[`. */
  start: number;
  /** Offset just past `)`. */
  end: number;
  textStart: number;
  textEnd: number;
  /** The destination, `<…>` brackets and escapes removed. */
  href: string;
}

/**
 * Reads the inline link whose `](` stands at `mid`, looking back for its `[` no further than
 * `floor`. Returns null when there is none (an escaped bracket, no `)` on the line, a text or
 * href too long).
 *
 * ```
 * [September 27, 2020](https://twitter.com/h/status/1 "title")
 * ^start              ^mid                                     ^end
 * ```
 *
 * @example
 * ```ts
 * linkAt('see [a](https://x.com/)', 6, 0)?.href; // 'https://x.com/'
 * ```
 */
export function linkAt(input: string, mid: number, floor: number): MdLink | null {
  if (input.charCodeAt(mid) !== CLOSE_BRACKET || input.charCodeAt(mid + 1) !== OPEN_PAREN) return null;
  if (isEscaped(input, mid, floor)) return null;
  const open = linkTextOpen(input, mid, floor);
  if (open < 0) return null;
  // Forward to `)`: the destination, an optional title, parentheses balanced one level deep.
  let i = mid + 2;
  const high = Math.min(input.length, i + MAX_HREF);
  let hrefStart = i;
  let hrefEnd = -1;
  if (input.charCodeAt(i) === LT) {
    const gt = input.indexOf('>', i);
    if (gt < 0 || gt >= high) return null;
    hrefStart = i + 1;
    hrefEnd = gt;
    i = gt + 1;
  } else {
    let parens = 0;
    for (; i < high; i++) {
      const c = input.charCodeAt(i);
      if (c === BACKSLASH) {
        i++;
        continue;
      }
      if (c === OPEN_PAREN) parens++;
      else if (c === CLOSE_PAREN) {
        if (parens === 0) break;
        parens--;
      } else if (c === SPACE || c === TAB || isBreak(c)) break;
    }
    hrefEnd = i;
  }
  // Skip an optional title up to `)`.
  while (i < high && input.charCodeAt(i) !== CLOSE_PAREN) {
    if (isBreak(input.charCodeAt(i)) && isBreak(input.charCodeAt(i + 1))) return null;
    i++;
  }
  if (i >= high) return null;
  return {
    start: open,
    end: i + 1,
    textStart: open + 1,
    textEnd: mid,
    href: unescapeMarkdown(input.slice(hrefStart, hrefEnd)),
  };
}

/**
 * The `[` opening the link text that the `]` at `close` ends, looking back no further than
 * `floor` nor than {@link MAX_LINK_TEXT} units, or -1. One level of nested brackets is allowed
 * (`[[x] y](…)`); escaped brackets are text; a paragraph break ends the search.
 */
export function linkTextOpen(input: string, close: number, floor: number): number {
  let depth = 0;
  const low = Math.max(floor, close - MAX_LINK_TEXT);
  for (let i = close - 1; i >= low; i--) {
    const c = input.charCodeAt(i);
    if (isBreak(c) && isBreak(input.charCodeAt(i - 1))) return -1;
    if ((c === OPEN_BRACKET || c === CLOSE_BRACKET) && isEscaped(input, i, floor)) continue;
    if (c === CLOSE_BRACKET) depth++;
    else if (c === OPEN_BRACKET) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** True when an odd number of backslashes precedes `pos`. */
export function isEscaped(input: string, pos: number, floor: number): boolean {
  let n = 0;
  for (let i = pos - 1; i >= floor && input.charCodeAt(i) === BACKSLASH && n < 64; i--) n++;
  return n % 2 === 1;
}

/** Backslash escapes of ASCII punctuation: `\_` → `_`, `\#` → `#`, `\[` → `[`. */
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

/**
 * Removes Markdown backslash escapes.
 *
 * @example
 * ```ts
 * unescapeMarkdown('(@jane\\_doe) \\#tag'); // '(@jane_doe) #tag'
 * ```
 */
export function unescapeMarkdown(s: string): string {
  return s.includes('\\') ? s.replace(ESCAPE, '$1') : s;
}

/**
 * Markdown as the text a reader sees, with a way back to the Markdown's own offsets. A route
 * written for flattened text reads this view: the bylines it looks for stand whole in it, where
 * the Markdown splits them with link syntax (`— Name ([@handle](…)) [date](…)`,
 * `by [u/user](…) in [sub](…)`) or quote markers (`> Post by @…`).
 *
 * ```
 * > Water [#flood](https://…/tag/flood) \_now\_     Markdown (offsets of the embed)
 * Water #flood _now_                                 view (what the route reads)
 * ```
 *
 * Rendered: links, inline or by reference (`core/markdown/links.ts`), become their text (their
 * destination and title go; a definition line stays, as written); images go whole;
 * backslash escapes of ASCII punctuation become the character; block quote markers at the start
 * of a line go, with the one space after each, and a blank line inside a quote block reads as a
 * line break (the block is one element's text: an embed's paragraphs). Each quote block is
 * reported ({@link MarkdownView.blockStart}) so a post is looked for inside its own; the links
 * rendered are kept ({@link MarkdownView.linksIn}). Everything else is kept as written, emphasis
 * markers included: which `*` and `_` are emphasis needs CommonMark's delimiter rules, and a
 * stray one costs a route less than a dropped character. The links are kept
 * ({@link MarkdownView.links}), so that a route reading the Markdown itself does not find them again.
 */
import { CharCode } from '../text/chars.js';
import type { MdLink } from './index.js';
import { isImage, linkDefinitions, markdownLinks, openOf, type LinkDefinitions } from './links.js';

/** The rendered text of a Markdown input, and its offsets in the input. */
export interface MarkdownView {
  readonly text: string;
  /** The input offset where the view's offset `i` (0…text.length) starts: a link's `[` where `i` starts its text. */
  toInput(i: number): number;
  /**
   * The view offset where the quote block holding the view's offset `i` starts, or 0 outside
   * any: a post quoted in a block starts in it.
   */
  blockStart(i: number): number;
  /**
   * The destinations of the links whose text lies within the view's `[start, end)`, or holds it
   * whole, in order.
   */
  linksIn(start: number, end: number): string[];
  /**
   * The input offset just past what produced the view's `[…, i)`: past an escape's two units,
   * and past a link's `](…)` when `i` ends the link's text.
   */
  toInputEnd(i: number): number;
  /** Every link and image of the input, inline or by reference, in the order they open (`markdownLinks`). */
  readonly links: readonly MdLink[];
  /** The input's link reference definitions. */
  readonly definitions: LinkDefinitions;
}

/** The view of an input holding no Markdown syntax this renders: the input itself. */
function identity(input: string): MarkdownView {
  return { text: input, toInput: (i) => i, toInputEnd: (i) => i, blockStart: () => 0, linksIn: () => [], links: [], definitions: new Map() };
}

const BACKSLASH = CharCode.Backslash;
const GT = CharCode.Gt;
const LINE_FEED = CharCode.LineFeed;
const CARRIAGE_RETURN = CharCode.CarriageReturn;
const SPACE = CharCode.Space;
const TAB = CharCode.Tab;

/** ASCII punctuation: what a backslash escapes in Markdown. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/**
 * The view of a Markdown input (see the module's comment). The input itself when it holds no
 * link, escape or quote marker.
 *
 * @example
 * ```ts
 * const v = markdownView('> by [u/jo](https://www.reddit.com/user/jo/) in [news](https://www.reddit.com/r/news/)');
 * v.text;          // 'by u/jo in news'
 * v.toInput(3);    // 5 (the `[` of `[u/jo]`)
 * v.toInputEnd(7); // 44 (past the link's `)`)
 * ```
 */
export function markdownView(input: string): MarkdownView {
  // A reference link needs a definition, and every definition holds `]:`.
  if (!input.includes('](') && !input.includes('\\') && !input.includes('>') && !input.includes(']:')) return identity(input);
  const definitions = linkDefinitions(input);
  const links = markdownLinks(input, definitions);
  let text = '';
  // The view is made of runs copied from the input: run k starts at view offset runView[k] and
  // input offset runInput[k]. `ends`: the view offsets whose end in the input is not one past
  // the unit before them (an escape's two units, a link's `](…)`), and that end.
  const runView: number[] = [];
  const runInput: number[] = [];
  const ends = new Map<number, number>();
  // The view offsets where a link's text starts, and the link's `[`.
  const starts = new Map<number, number>();
  let n = 0;
  let runStart = 0; // input offset where the pending run starts
  const flush = (to: number): void => {
    if (to <= runStart) return;
    text += input.slice(runStart, to);
    runView.push(n);
    runInput.push(runStart);
    n += to - runStart;
    runStart = to;
  };
  // The quote blocks: the view offsets where each starts and ends, in turn (an odd length: the
  // last is open at the end).
  const blocks: number[] = [];
  const open: MdLink[] = []; // links whose text is being rendered, innermost last
  // The links rendered, in the order they open: where each one's text starts and ends in the
  // view, and its destination.
  const shownFrom: number[] = [];
  const shownTo: number[] = [];
  const shownHref: string[] = [];
  const openIndex: number[] = []; // per open link, its index in the three lists above
  let next = 0;
  let lineStart = true;
  // The next line break and backslash at or after the scan, found by indexOf, kept until passed.
  let lineFeed = -2;
  let carriageReturn = -2;
  let backslash = -2;
  // Outside quote blocks, lines are not read one by one: the next line opening with a quote
  // marker is found by its `>`.
  let quoteLine = -2;
  let i = 0;
  while (i < input.length) {
    if (i === quoteLine) lineStart = true;
    if (lineStart) {
      lineStart = false;
      const j = pastQuoteMarkers(input, i);
      const wasQuoted = blocks.length % 2 === 1; // the line before this one was a quote line
      if ((j > i) !== wasQuoted) {
        // A quote block opens or closes with this line.
        flush(i);
        blocks.push(n);
      }
      if (j > i) {
        flush(i);
        // A quote block is one embed: a blank line inside it separates its paragraphs as a
        // line break does in the text of the element it came from, not as a paragraph break.
        const after = blankQuoteLineEnd(input, j);
        const inside = wasQuoted && after > j && pastQuoteMarkers(input, after) > after;
        i = runStart = inside ? after : j;
        lineStart = inside;
        continue;
      }
    }
    while (next < links.length && openOf(input, links[next] as MdLink) < i) next++;
    const link = links[next];
    const inner = open[open.length - 1];
    const linkOpen = link !== undefined && (inner === undefined || link.end <= inner.textEnd) ? openOf(input, link) : -1;
    if (linkOpen === i && link !== undefined) {
      flush(i);
      next++;
      if (isImage(input, link)) i = link.end;
      else {
        open.push(link);
        openIndex.push(shownFrom.length);
        shownFrom.push(n);
        shownTo.push(n);
        shownHref.push(link.href);
        if (!starts.has(n)) starts.set(n, link.start);
        i = link.textStart;
      }
      runStart = i;
      continue;
    }
    if (inner !== undefined && i === inner.textEnd) {
      flush(i);
      open.pop();
      shownTo[openIndex.pop() as number] = n;
      ends.set(n, inner.end);
      i = runStart = inner.end;
      continue;
    }
    const c = input.charCodeAt(i);
    if (c === BACKSLASH && isAsciiPunctuation(input.charCodeAt(i + 1))) {
      flush(i);
      text += input.charAt(i + 1);
      runView.push(n);
      runInput.push(i);
      n++;
      ends.set(n, i + 2);
      i = runStart = i + 2;
      continue;
    }
    const quoted = blocks.length % 2 === 1;
    if (quoted && (c === LINE_FEED || (c === CARRIAGE_RETURN && input.charCodeAt(i + 1) !== LINE_FEED))) {
      lineStart = true;
      i++;
      continue;
    }
    // Nothing to render here: on to the next place where something may be.
    let stop = input.length;
    if (quoted) {
      if (lineFeed < i + 1 && lineFeed !== -1) lineFeed = input.indexOf('\n', i + 1);
      if (carriageReturn < i + 1 && carriageReturn !== -1) carriageReturn = input.indexOf('\r', i + 1);
      if (lineFeed >= 0 && lineFeed < stop) stop = lineFeed;
      if (carriageReturn >= 0 && carriageReturn < stop) stop = carriageReturn;
    } else {
      if (quoteLine < i + 1 && quoteLine !== -1) quoteLine = nextQuoteLine(input, i + 1);
      if (quoteLine >= 0 && quoteLine < stop) stop = quoteLine;
    }
    if (backslash < i + 1 && backslash !== -1) backslash = input.indexOf('\\', i + 1);
    if (backslash >= 0 && backslash < stop) stop = backslash;
    if (linkOpen > i && linkOpen < stop) stop = linkOpen;
    if (inner !== undefined && inner.textEnd > i && inner.textEnd < stop) stop = inner.textEnd;
    i = stop;
  }
  flush(input.length);
  const length = n;
  /** The input offset of the view's unit `v` (0 <= v < length). */
  const inputAt = (v: number): number => {
    const k = countAtMost(runView, v) - 1;
    return (runInput[k] as number) + (v - (runView[k] as number));
  };
  return {
    text,
    toInput: (v) => starts.get(v) ?? (v >= length ? input.length : inputAt(Math.max(0, v))),
    linksIn: (start, end) => {
      const lo = countAtMost(shownFrom, start - 1); // the first link opening at or after start
      const hrefs: string[] = [];
      // Links do not nest: one opening before `start` at most holds the whole span.
      if (lo > 0 && (shownTo[lo - 1] as number) >= end) hrefs.push(shownHref[lo - 1] as string);
      for (let k = lo; k < shownFrom.length && (shownFrom[k] as number) < end; k++) {
        if ((shownTo[k] as number) <= end) hrefs.push(shownHref[k] as string);
      }
      return hrefs;
    },
    blockStart: (v) => {
      // The last block boundary at or before v: a start (even index) means v is inside it.
      const k = countAtMost(blocks, v) - 1;
      return k >= 0 && k % 2 === 0 ? (blocks[k] as number) : 0;
    },
    toInputEnd: (v) => (v <= 0 ? (length > 0 ? inputAt(0) : input.length) : v > length ? input.length : (ends.get(v) ?? inputAt(v - 1) + 1)),
    links,
    definitions,
  };
}

/** How many of the ascending `list` are at most `v`, by binary search. */
function countAtMost(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the first line at or after `from` that opens with a quote marker, or -1. */
function nextQuoteLine(input: string, from: number): number {
  for (let gt = input.indexOf('>', from); gt >= 0; gt = input.indexOf('>', gt + 1)) {
    let s = gt;
    while (s > 0 && gt - s < 3 && input.charCodeAt(s - 1) === SPACE) s--;
    const before = s > 0 ? input.charCodeAt(s - 1) : LINE_FEED;
    if ((before === LINE_FEED || before === CARRIAGE_RETURN) && s >= from) return s;
  }
  return -1;
}

/** Past the block quote markers opening the line at `i`: up to three spaces, `>`, one space; repeated. */
function pastQuoteMarkers(input: string, i: number): number {
  let at = i;
  for (;;) {
    let s = at;
    while (s - at < 3 && input.charCodeAt(s) === SPACE) s++;
    if (input.charCodeAt(s) !== GT) return at;
    s++;
    if (input.charCodeAt(s) === SPACE) s++;
    at = s;
  }
}

/**
 * Past the line break ending the line whose content starts at `j`, when that content is blank
 * (spaces and tabs only), else `j`.
 */
function blankQuoteLineEnd(input: string, j: number): number {
  let k = j;
  while (k < input.length && (input.charCodeAt(k) === SPACE || input.charCodeAt(k) === TAB)) k++;
  const c = input.charCodeAt(k);
  if (c === LINE_FEED) return k + 1;
  if (c === CARRIAGE_RETURN) return input.charCodeAt(k + 1) === LINE_FEED ? k + 2 : k + 1;
  return j;
}

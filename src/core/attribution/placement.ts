/**
 * Where a flattened post's body begins, given where it ends (the attribution's dash).
 *
 * A post has a length budget (X: 140 characters, then 280 weighted). The budget is a gate, not a
 * locator: the body never reaches back beyond it. Within it, breaks and seams say where the body
 * begins; where they do not settle it, the reading that is never wrong about what it includes
 * wins.
 *
 * ```
 * ⏎⏎Drinking game for web devs:⏎(1) Think of a noun⏎(2) Google "<noun>.js"⏎(3) If … - drink— Shay …
 *   ^top: a paragraph break above, only single breaks inside; the intro and items belong to the post's list
 * …one user quipped.Another wondered why … first place.I love that they trademarked it. … — Robert …
 *                                                      ^the line is over the budget: its last glued seam
 * …the entire city. I didn't sign up for the NYC emergency alert … men." — N. K. Jemisin (@nkjemisin)
 *                   ^over the budget, no glued seam: the earliest sentence start that fits
 * ```
 *
 * 1. Segments: lines, and the parts of a line that a run of two or more spaces separates
 *    (textContent keeps the source's indentation between blocks where it drops the break).
 * 2. The dash's own segment over the budget: prose is glued to the post. The body starts at the
 *    segment's last glued seam (`town.WHAT`, `it.”Hey`, `UCR.El`) if it fits, else at the
 *    earliest sentence start that fits, else at the earliest word start that fits; null only for
 *    one word longer than the budget.
 * 3. Otherwise segments above are joined while the whole fits, each with the strength of the
 *    break above it (line breaks counted; a wide space run counts as a blank line). The body's
 *    top is the highest segment whose break above is a paragraph break (two or more) stronger
 *    than every break inside: block-per-line text shows a post's `<br><br>` as one blank line
 *    and the edge of its blockquote as more. An article line above (an intro ending in `:`, a
 *    list item, a caption) also closes a block of single breaks; an intro or list item joins
 *    when the post's own top line is an item of that list.
 * 4. Nothing settled (single breaks up to the previous post or the input's start, or the
 *    budget reached first): the dash's own segment, from its last glued seam if it has one.
 *
 * The measure is the caller's (`weigh`, on the raw slice), so the rule serves any platform with
 * a length limit.
 */
import { CharCode, collapseSpace, isGap, isLineBreak, isSpace } from '../text/chars.js';

/** What {@link placeBody} needs to know about the post and its surroundings. */
export interface PlacementOptions {
  /** The first offset the body may use (the end of the previous post, or 0). */
  readonly floor: number;
  /** The weight of a candidate body (raw input slice; the callee normalises it). */
  readonly weigh: (raw: string) => number;
  /** The most a body may weigh. */
  readonly budget: number;
  /**
   * A cheap lower bound of `weigh` over `input[start, end)`, read in place (no slice, no
   * normalising), which may stop counting once past `limit`: a candidate it already puts over the
   * budget is refused without weighing.
   * Optional; the weighing alone decides without it. Counted by whole words: it never grows
   * when `start` moves forward to just after an ASCII space, tab or line break (U+0020, U+0009,
   * U+000A, U+000D), and over text that white space splits in two it is at least the sum of the parts.
   * {@link placeBody} then refuses a line above the post once its end alone is too heavy,
   * without looking for its start.
   */
  readonly atLeast?: (input: string, start: number, end: number, limit: number) => number;
  /**
   * An upper bound of `weigh` over `input[start, end)`, read in place: a candidate it puts
   * within the budget fits without weighing. Past `limit` it may stop counting (a value over the
   * limit only says the bound is over it). Optional.
   */
  readonly atMost?: (input: string, start: number, end: number, limit: number) => number;
  /** How far back from `end` to look at all, in UTF-16 units (bounds the work). */
  readonly lookBack: number;
}

/** [start, end) offsets into the caller's input. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The body that ends at `end` (the attribution's dash), or null when there is none to place
 * (nothing but white space between the previous post and this one).
 *
 * @example
 * ```ts
 * const weigh = (raw: string) => collapseSpace(raw).length;
 * placeBody('Intro:\nWow, what a night— Jane (@jane) May 1, 2020', 24, { floor: 0, weigh, budget: 280, lookBack: 1200 });
 * // → { start: 7, end: 24 }  ('Wow, what a night': the intro line stays out)
 * ```
 */
export function placeBody(input: string, end: number, options: PlacementOptions): Span | null {
  const { floor, weigh, budget } = options;
  const low = Math.max(floor, end - options.lookBack);
  const bodyEnd = trimBack(input, end, low);
  if (bodyEnd <= low) return null;
  // The dash line's part before the dash; when the dash opens its line, the line above.
  if (trimForward(input, lineBreakStart(input, end, low), end) >= end && lineBreakStart(input, end, low) <= low) return null;
  let lineFrom = lineStartOf(input, bodyEnd, low);
  const top: Span = { start: trimForward(input, lineFrom, bodyEnd), end: bodyEnd };
  const atLeast = options.atLeast;
  // Most candidates that fail are an article paragraph above the post: the lower bound refuses
  // them at a character scan's cost instead of a full weighing.
  const atMost = options.atMost;
  const fits = (start: number) =>
    (atMost !== undefined && atMost(input, start, bodyEnd, budget) <= budget) ||
    ((atLeast === undefined || atLeast(input, start, bodyEnd, budget) <= budget) && weigh(input.slice(start, bodyEnd)) <= budget);
  if (!fits(top.start)) {
    // Over the budget on its own: prose is glued to the post.
    return spanFrom(seamStart(input, top.start, bodyEnd, fits, true), bodyEnd);
  }
  // Lines above, joined while they fit, each with the strength of the break above it; the
  // block's top is the highest line whose break above is a paragraph break stronger than every
  // break inside the block (or an article line).
  let start = top.start;
  let firstLine = input.slice(top.start, lineEnd(input, top.start, bodyEnd));
  let firstIsItem = LIST_ITEM.test(firstLine);
  let innerMax = 0;
  let settledStart = -1;
  for (;;) {
    const gap = gapAbove(input, lineFrom, low);
    // A paragraph break stronger than any inside settles the top; not where the look-back cut the text.
    // Right after the previous post (or the input's start), only a block of single breaks is
    // settled: that edge may be stronger than the one between article and post.
    const known = gap.start > low || (low === floor && innerMax <= 1);
    if (known && gap.breaks >= 2 && gap.breaks > innerMax) settledStart = start;
    if (gap.start <= low) break;
    // Where the line above can only end the block (the top is settled, or cannot be by it), a
    // line too heavy to join is refused as soon as its end shows it, not after a walk to its start.
    let heavy: ((from: number) => boolean) | undefined;
    if (atLeast !== undefined && (settledStart === start || innerMax > 1) && hasWordSeparator(input, gap.start, lineFrom)) {
      // What the block below leaves of the budget, then the line's words from its end back,
      // each stretch counted once (the bound adds up over text split at white space).
      const left = budget - atLeast(input, start, bodyEnd, budget);
      let counted = 0;
      let countedFrom = gap.start;
      heavy = (from) => {
        counted += atLeast(input, from, countedFrom, left - counted);
        countedFrom = from;
        return counted > left;
      };
    }
    const above = lineStartOf(input, gap.start, low, heavy);
    if (above < 0) break;
    if (above <= low && low > floor) break; // the look-back cut the line: its start is unknown
    const aboveStart = trimForward(input, above, gap.start);
    const line = input.slice(aboveStart, gap.start);
    const role = lineRole(line, firstLine, firstIsItem);
    if (role === 'article') {
      if (innerMax <= 1) settledStart = start; // an article line closes a block of single breaks
      break;
    }
    if (!fits(aboveStart)) break;
    innerMax = Math.max(innerMax, gap.breaks);
    start = aboveStart;
    firstLine = line;
    firstIsItem = role === 'item';
    lineFrom = above;
  }
  if (settledStart >= 0) return { start: settledStart, end: bodyEnd };
  // Unsettled: the dash's own segment, from its last glued seam (`town.WHAT`), if any.
  return spanFrom(seamStart(input, top.start, bodyEnd, fits, false) ?? top.start, bodyEnd);
}

/**
 * The body of a post whose embed prints it as one block right above the attribution ending the
 * body at `end` (a fallback's caption or post paragraph, then its byline), or null. It is the
 * text before the attribution on its own segment (`Lanterns ✨ A post shared by …`: textContent
 * glues the two paragraphs); when the attribution opens its segment, the whole lines directly
 * above it up to the first blank line, as text made one line per block shows it. A paragraph
 * break right above the attribution (a blank line, a wide run of spaces) leaves no body: the
 * block above is the page's (an embed without a caption). Unlike {@link placeBody}, a block is
 * never joined to the lines above it and never cut at a seam: where the block is over the budget,
 * or the look-back cuts it, its top is unknown, and there is no body to report.
 *
 * @example
 * ```ts
 * const weigh = (raw: string) => collapseSpace(raw).length;
 * placeParagraph('We won.\n\nLanterns ✨\nA post shared by', 21, { floor: 0, weigh, budget: 2200, lookBack: 8800 });
 * // → { start: 9, end: 20 }  ('Lanterns ✨': the paragraph above the blank line stays out)
 * ```
 */
export function placeParagraph(input: string, end: number, options: PlacementOptions): Span | null {
  const { floor, weigh, budget } = options;
  const low = Math.max(floor, end - options.lookBack);
  const bodyEnd = trimBack(input, end, low);
  if (bodyEnd <= low) return null;
  const cut = low > floor; // the look-back, not the previous post, bounds the search
  const fits = (start: number) => weigh(input.slice(start, bodyEnd)) <= budget;
  const segment = lineStartOf(input, end, low);
  const own = trimForward(input, segment, end);
  if (own < end) {
    if (segment <= low && cut) return null;
    return fits(own) ? { start: own, end: bodyEnd } : null;
  }
  // The attribution opens its segment: the block of lines directly above it.
  let start = -1;
  let lineFrom = segment;
  for (;;) {
    const gap = gapAbove(input, lineFrom, low);
    if (gap.breaks >= 2) break;
    if (gap.start <= low) {
      if (cut) return null;
      break;
    }
    // Whole lines: within a block, a run of spaces is the text's own (`the  @harbour`).
    const above = lineBreakStart(input, gap.start, low);
    if (above <= low && cut) return null;
    start = trimForward(input, above, gap.start);
    lineFrom = above;
    if (above <= low) break;
  }
  return start >= 0 && fits(start) ? { start, end: bodyEnd } : null;
}

function spanFrom(start: number | null, end: number): Span | null {
  return start === null ? null : { start, end };
}

/** The white space above the line starting at `lineFrom`: where it starts, how many line breaks. */
function gapAbove(input: string, lineFrom: number, low: number): { start: number; breaks: number } {
  let i = lineFrom;
  let breaks = 0;
  while (i > low && isGap(input.charCodeAt(i - 1))) {
    const c = input.charCodeAt(i - 1);
    if (isLineBreak(c) && !(c === CharCode.LineFeed && input.charCodeAt(i - 2) === CharCode.CarriageReturn)) breaks++;
    i--;
  }
  // A wide run of spaces within a line is a block edge textContent kept: as strong as a blank line.
  if (breaks === 0 && lineFrom - i >= 2) breaks = 2;
  return { start: i, breaks };
}

/**
 * What `line`, standing right above a post whose first line so far is `below`, is to the post:
 * an `'article'` line (an intro ending in `:`, a list item, a caption), an `'item'` of the
 * post's own list, or a `'line'` of the post. A list item, or the intro of a list, belongs to
 * the post when the post's line below is a list item (`belowIsItem`); lines opening with the
 * same pictograph and a space (`📌 …`) are items of one list.
 *
 * @example
 * ```ts
 * lineRole('He wrote:', 'Talks went well', false);      // 'article'
 * lineRole('(2) Google "<noun>.js"', '(3) If …', true); // 'item'
 * ```
 */
export function lineRole(line: string, below: string, belowIsItem: boolean): 'article' | 'item' | 'line' {
  const bullet = pictographBullet(line);
  if (bullet !== null && bullet === pictographBullet(below)) return 'item';
  if (LIST_ITEM.test(line)) return belowIsItem ? 'item' : 'article';
  if (INTRO.test(line)) return belowIsItem ? 'line' : 'article';
  return CAPTION.test(line) ? 'article' : 'line';
}

/** The pictograph opening `line` before a space (`📌` of `📌 General …`), or null. */
function pictographBullet(line: string): string | null {
  const m = PICTOGRAPH_BULLET.exec(line);
  return m !== null ? (m[1] ?? null) : null;
}
/** A pictograph (with its variation selector) and a space opening a line. */
const PICTOGRAPH_BULLET = /^(\p{Extended_Pictographic}\uFE0F?)\s/u;

/** `1.`, `2)`, `(3)`, `a)`, `-`, `•`, `*` opening a line, then a space. */
const LIST_ITEM = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*·▪–])\s/u;
/** A line ending in a colon: `He wrote:`, `Reactions on X:`. */
const INTRO = /:\s*$/u;
/** Photo credits and captions: `Photo: Reuters`, `Image via AP`, `(Foto: dpa)`, `Bild: Getty`. */
const CAPTION =
  /^\(?(?:photo|image|picture|credit|source|screenshot|foto|bild|quelle|imagen|fuente|crédit|légende|video|vídeo)\b[^\n]{0,80}(?::|\bvia\b|\/)/iu;

/**
 * Where a body starts in the segment `[from, to)`: at its last glued seam (`town.WHAT`) when
 * that fits; for an `overlong` segment, else at the earliest sentence start that fits, else at
 * the earliest word start that fits. Null when none does.
 */
function seamStart(
  input: string,
  from: number,
  to: number,
  fits: (start: number) => boolean,
  overlong: boolean,
): number | null {
  let glued = -1;
  for (let i = to - 1; i > from && glued < 0; i--) if (isGluedSeam(input, i)) glued = i;
  if (glued >= 0 && fits(glued)) return glued;
  if (!overlong) return null;
  for (const kind of [isSentenceStart, isWordStart]) {
    const seams: number[] = [];
    for (let i = from + 1; i < to; i++) if (kind(input, i)) seams.push(i);
    const found = earliestFitting(seams, fits);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The earliest offset of the sorted `seams` that fits. Later starts weigh less, so the answer
 * is found by bisection: a logarithmic number of weighings.
 */
function earliestFitting(seams: readonly number[], fits: (start: number) => boolean): number | null {
  let lo = 0;
  let hi = seams.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fits(seams[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo < seams.length ? (seams[lo] as number) : null;
}

const SENTENCE_END = new Set([CharCode.Dot, CharCode.Exclamation, CharCode.Question, CharCode.Ellipsis]);
const CLOSING_QUOTE = new Set([CharCode.DoubleQuote, CharCode.RightDoubleQuote, CharCode.LeftDoubleQuote, 0x2019, 0xbb]);
const OPENING_QUOTE = new Set([CharCode.DoubleQuote, CharCode.LeftDoubleQuote, CharCode.LowDoubleQuote, 0xab]);
const LOWER_OR_DIGIT = /^[\p{Ll}\d]$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

function charAt(input: string, i: number): string {
  return input[i] ?? '';
}

/**
 * A sentence end glued to the next sentence, as textContent leaves two blocks:
 * `town.WHAT` (lower or digit, `.!?…`, capital), `it.”Hey` (a closing quote between),
 * `Beamten.„Ich` (an opening quote after). `U.S.A` and `t.co/Ab` are not seams.
 */
function isGluedSeam(input: string, i: number): boolean {
  const c = input.charCodeAt(i - 1);
  if (SENTENCE_END.has(c)) {
    if (!LOWER_OR_DIGIT.test(charAt(input, i - 2))) {
      // An acronym ending a sentence before a capitalised word: `UCR.El`, not `U.S.A` nor `U.S.The`.
      return (
        UPPER.test(charAt(input, i - 2)) &&
        UPPER.test(charAt(input, i - 3)) &&
        UPPER.test(charAt(input, i)) &&
        LOWER.test(charAt(input, i + 1))
      );
    }
    if (UPPER.test(charAt(input, i))) return true;
    const q = input.charCodeAt(i);
    if (!OPENING_QUOTE.has(q) || !UPPER.test(charAt(input, i + 1))) return false;
    // `"` opens and closes alike: it opens here only if it closes later on the line
    // (`years."Still working` is a quote closing, then the post).
    return q !== CharCode.DoubleQuote || hasOnLine(input, i + 1, CharCode.DoubleQuote);
  }
  return CLOSING_QUOTE.has(c) && SENTENCE_END.has(input.charCodeAt(i - 2)) && UPPER.test(charAt(input, i));
}

/** Whether `c` stands on the line from `i` (within {@link MAX_QUOTE_REACH} units). */
function hasOnLine(input: string, i: number, c: number): boolean {
  const stop = Math.min(input.length, i + MAX_QUOTE_REACH);
  for (let j = i; j < stop && !isLineBreak(input.charCodeAt(j)); j++) if (input.charCodeAt(j) === c) return true;
  return false;
}
/** How far a quotation is followed to its closing mark: a post's length. */
const MAX_QUOTE_REACH = 600;

/** A sentence start after white space: `reality. Obama`, `guess! Fact`. */
function isSentenceStart(input: string, i: number): boolean {
  if (!isWordStart(input, i)) return false;
  let j = i - 1;
  while (j > 0 && isSpace(input.charCodeAt(j))) j--;
  const c = input.charCodeAt(j);
  return SENTENCE_END.has(c) || (CLOSING_QUOTE.has(c) && SENTENCE_END.has(input.charCodeAt(j - 1)));
}

/** A character other than white space after white space. */
function isWordStart(input: string, i: number): boolean {
  return isGap(input.charCodeAt(i - 1)) && !isGap(input.charCodeAt(i));
}

/** The offset of the first character of the line holding `at` (never before `low`). */
function lineBreakStart(input: string, at: number, low: number): number {
  let i = at;
  while (i > low && !isLineBreak(input.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The offset of the first character of the segment holding `at`: a line, or the part of one
 * after a wide run of spaces (`Court    Anis Amri`: textContent keeps the source's indentation
 * between two blocks where it drops the line break). Never before `low`.
 *
 * With `heavy`, -1 as soon as the text from a word start before `at` is too heavy for the line
 * to join a post (see `PlacementOptions.atLeast`), before the walk reaches the line's start.
 */
function lineStartOf(input: string, at: number, low: number, heavy?: (from: number) => boolean): number {
  let i = at;
  // `heavy` is asked at word starts, every HEAVY_STEP units or so, about the text since its last asking.
  let next = at - HEAVY_STEP;
  while (i > low) {
    const c = input.charCodeAt(i - 1);
    // Most characters are neither a break nor a space: one range test passes them.
    if (mayBreakOrSpace(c) && (isLineBreak(c) || isWideRunEnd(input, i, low))) break;
    i--;
    if (heavy !== undefined && i <= next && isWordSeparator(input.charCodeAt(i - 1))) {
      if (heavy(i)) return -1;
      next = i - HEAVY_STEP;
    }
  }
  return i;
}

/** Whether `c` may be a line break or a space: a superset of both, tested at the cost of a range. */
function mayBreakOrSpace(c: number): boolean {
  return c <= CharCode.Space || c === CharCode.NextLine || c === CharCode.Nbsp || (c >= CharCode.FirstUnicodeSpace && c <= CharCode.IdeographicSpace);
}

/** How many UTF-16 units a line's start search walks between two askings whether the line is already too heavy. */
const HEAVY_STEP = 64;

/** Whether an ASCII space, tab or line break stands in `input[from, to)` (see `PlacementOptions.atLeast`). */
function hasWordSeparator(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordSeparator(input.charCodeAt(i))) return true;
  return false;
}

/** Whether a run of two or more spaces (or a tab) ends just before `i`. */
function isWideRunEnd(input: string, i: number, low: number): boolean {
  const c = input.charCodeAt(i - 1);
  if (c === CharCode.Tab) return true;
  return i - 2 >= low && isSpace(c) && isSpace(input.charCodeAt(i - 2)) && !isGap(input.charCodeAt(i));
}

/**
 * The separators after which `PlacementOptions.atLeast` may be asked, and over which it adds up
 * (see there): ASCII space, tab, line feed, carriage return. A bound counting by words splits
 * its words here.
 */
export function isWordSeparator(c: number): boolean {
  return c === CharCode.Space || c === CharCode.Tab || c === CharCode.LineFeed || c === CharCode.CarriageReturn;
}

/** The offset where the segment holding `at` ends: a line break, a wide run of spaces, or `limit`. */
function lineEnd(input: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !isLineBreak(input.charCodeAt(i))) {
    const c = input.charCodeAt(i);
    if (c === CharCode.Tab || (isSpace(c) && isSpace(input.charCodeAt(i + 1)))) break;
    i++;
  }
  return i;
}

/** Skips gap characters backward from `i` (exclusive), not before `low`. */
export function trimBack(input: string, i: number, low: number): number {
  while (i > low && isGap(input.charCodeAt(i - 1))) i--;
  return i;
}

/** Skips gap characters forward from `i`, not past `limit`. */
export function trimForward(input: string, i: number, limit: number): number {
  while (i < limit && isGap(input.charCodeAt(i))) i++;
  return i;
}

/** The body as it would be shown, for a `weigh` function: white space collapsed. */
export function shownText(raw: string): string {
  return collapseSpace(raw);
}

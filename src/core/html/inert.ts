/**
 * Inert ranges of an HTML page: the parts whose markup a browser never renders as elements.
 *
 * ```
 * <p>a</p><!-- <blockquote class="twitter-tweet"> --><script>"<blockquote…"</script><noscript>…</noscript>
 *         ^comment……………………………………………………………………^^script………………………………………^ ^noscript (tracked, not inert)
 * ```
 *
 * Comments, raw-text and escapable raw-text elements (`script`, `style`, `textarea`, `title`,
 * `xmp`, `iframe` content, `noembed`, `noframes`), `template` contents and everything after
 * `<plaintext>` hold no elements. `noscript` is tracked separately: its content is markup, often
 * a copy of an embed rendered elsewhere on the page.
 *
 * The scan is lazy and monotone: {@link InertRanges.after} and {@link InertRanges.at} are asked
 * about increasing offsets, the scan runs only as far as the next range, and each character of
 * the page is looked at a bounded number of times however many questions are asked. Openers
 * are recognised by reading a few letters after each `<`, never by parsing attributes, so a
 * `<!--` written inside an attribute value opens a comment here (browsers would not); pages do
 * not do that in practice and the error only ever hides markup.
 */

import { INERT_ELEMENTS } from './elements.js';

/** A half-open range `[start, end)` of the page. */
export interface Range {
  start: number;
  end: number;
}

/** Raw-text and inert element names (lower case), and `noscript`. */
const INERT_NAMES = INERT_ELEMENTS;

/**
 * At a `<`, the opener it starts: `'!--'` for a comment, a lower-cased name from
 * {@link INERT_NAMES} when a tag name ends right after it, else null. Reads at most 11 units.
 */
function openerAt(input: string, lt: number): string | null {
  const c = input.charCodeAt(lt + 1);
  if (c === 0x21 /* ! */) return input.startsWith('--', lt + 2) ? '!--' : null;
  // Every inert name starts with one of these pairs of letters (either case): sc st te ti xm
  // if no pl. Most tags (`<p>`, `<span`, `<strong`, `<img`) are refused here.
  const l = c | 0x20;
  const m = input.charCodeAt(lt + 2) | 0x20;
  if (l === 0x73) {
    if (m !== 0x63 && m !== 0x74) return null;
  } else if (l === 0x74) {
    if (m !== 0x65 && m !== 0x69) return null;
  } else if (l === 0x78) {
    if (m !== 0x6d) return null;
  } else if (l === 0x69) {
    if (m !== 0x66) return null;
  } else if (l === 0x6e) {
    if (m !== 0x6f) return null;
  } else if (l === 0x70) {
    if (m !== 0x6c) return null;
  } else return null;
  let i = lt + 1;
  const stop = Math.min(input.length, i + 10);
  while (i < stop) {
    const d = input.charCodeAt(i) | 0x20;
    if (d < 0x61 || d > 0x7a) break;
    i++;
  }
  // Inert names are 3 and 5 to 9 letters long: `<p>`, `<a`, `<span` end here.
  const length = i - lt - 1;
  if (length < 3 || length === 4) return null;
  const end = input.charCodeAt(i);
  if (i === input.length || !(end === 0x20 || end === 0x2f || end === 0x3e || (end >= 0x09 && end <= 0x0d))) return null;
  const name = input.slice(lt + 1, i).toLowerCase();
  return INERT_NAMES.has(name) ? name : null;
}

/** Tracks inert and noscript ranges for increasing query offsets. */
export class InertRanges {
  private readonly input: string;
  /** Where the scan for the next opener resumes. */
  private scanned = 0;
  /** Inert ranges found and not yet passed by the queries, in order, not overlapping. */
  private readonly inert: Range[] = [];
  /** Noscript ranges found so far, in order. */
  readonly noscript: Range[] = [];
  /** Index into `inert` of the first range that may still contain a queried offset. */
  private cursor = 0;
  /**
   * The end of the last inert range that ends at or before the latest offset asked about (0
   * when none does): what the page holds before that offset, whichever offsets were asked.
   */
  passedEnd = 0;

  constructor(input: string) {
    this.input = input;
  }

  /**
   * The inert range containing `pos`, or null. Offsets asked, here and of {@link after}, must not
   * decrease between calls: ranges the queries have passed are forgotten.
   */
  at(pos: number): Range | null {
    const r = this.after(pos);
    return r !== null && r.start <= pos ? r : null;
  }

  /**
   * The first inert range that ends after `pos`, whether it holds `pos` or lies ahead, or null
   * when none does. The scan goes no further than that range.
   */
  after(pos: number): Range | null {
    for (;;) {
      while (this.cursor < this.inert.length && (this.inert[this.cursor] as Range).end <= pos) {
        this.passedEnd = (this.inert[this.cursor] as Range).end;
        this.cursor++;
      }
      if (this.cursor < this.inert.length) return this.inert[this.cursor] as Range;
      // Every range found lies behind the queries: none can answer one again. Dropping them
      // keeps what this holds bounded by the ranges ahead, not by the page.
      this.inert.length = 0;
      this.cursor = 0;
      if (!this.scanNext()) return null;
    }
  }

  /**
   * True when `pos` lies inside a noscript element found so far: ask {@link at} or {@link after}
   * about `pos` (or a later offset) first.
   */
  inNoscript(pos: number): boolean {
    // Noscript ranges are few; a page rarely has more than a handful.
    for (let i = this.noscript.length - 1; i >= 0; i--) {
      const r = this.noscript[i] as Range;
      if (r.start <= pos && pos < r.end) return true;
      if (r.end <= pos) return false;
    }
    return false;
  }

  /** Scans openers until one more inert range is found (true), or to the page's end (false). */
  private scanNext(): boolean {
    const input = this.input;
    while (this.scanned < input.length) {
      // Openers are found by walking `<` with indexOf (a first-character search) and
      // reading a few units after each: several times faster than a regex over every `<`.
      const start = input.indexOf('<', this.scanned);
      if (start < 0) {
        this.scanned = input.length;
        return false;
      }
      const opener = openerAt(input, start);
      if (opener === null) {
        this.scanned = start + 1;
        continue;
      }
      const name = opener === '!--' ? undefined : opener;
      if (name === undefined) {
        // A comment: `<!-->` and `<!--->` close at once, as in browsers.
        let close = input.indexOf('-->', start + 2);
        if (input.startsWith('<!-->', start)) close = start + 2;
        else if (input.startsWith('<!--->', start)) close = start + 3;
        const end = close < 0 ? input.length : close + 3;
        this.inert.push({ start, end });
        this.scanned = end;
        return true;
      }
      const tagEnd = input.indexOf('>', start);
      if (tagEnd < 0) {
        this.scanned = input.length;
        return false;
      }
      if (name === 'plaintext') {
        this.inert.push({ start, end: input.length });
        this.scanned = input.length;
        return true;
      }
      const end = this.closeOf(name, tagEnd + 1);
      if (name === 'noscript') {
        this.noscript.push({ start, end });
        // Its content is markup: keep scanning inside it.
        this.scanned = tagEnd + 1;
        continue;
      }
      // The start tag itself is an element (an embed iframe's attributes are read); its
      // content and end tag are not.
      this.inert.push({ start: tagEnd + 1, end });
      this.scanned = end;
      return true;
    }
    return false;
  }

  /**
   * Offset just past `</name…>` at or after `from`, or the page's end. The name is matched ASCII
   * case-insensitively and must end at white space, `/` or `>`, as a tokenizer ends an end tag's
   * name. Found by walking `</` with indexOf: a script's content holds few, and a first-character
   * search crosses it several times faster than a case-insensitive regex does.
   */
  private closeOf(name: string, from: number): number {
    const input = this.input;
    const after = 2 + name.length;
    for (let i = input.indexOf('</', from); i >= 0; i = input.indexOf('</', i + 2)) {
      if (!namedAt(input, i + 2, name)) continue;
      const c = input.charCodeAt(i + after);
      if (c === 0x20 || c === 0x2f || c === 0x3e || (c >= 0x09 && c <= 0x0d)) {
        const gt = input.indexOf('>', i + after);
        return gt < 0 ? input.length : gt + 1;
      }
    }
    return input.length;
  }
}

/** Whether `input` holds `name` (lower-case ASCII letters) at `at`, in either case. */
function namedAt(input: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    // OR-ing 0x20 lowers an ASCII capital, and makes a lower-case letter of nothing else.
    if ((input.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return false;
  }
  return true;
}

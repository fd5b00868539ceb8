/**
 * Tells HTML, Markdown and plain text apart from a bounded prefix of the input.
 *
 * The prefix (16,384 UTF-16 units) is cut at a line break when one is near, and counted
 * for signals with simple, bounded regexes:
 *
 * - HTML: a doctype or `<html>`/`<head>`/`<body>` at the start; otherwise known tags
 *   (`<p>`, `</div>`, `<br/>`, `<a href=…>` …) — two or more, and more of them than Markdown
 *   signals. A lone `<3` or `a < b` is text.
 * - Markdown: `[text](url)` links and `> ` quote lines are strong signals (one suffices);
 *   headings (`## `), list items (`- `, `* `, `1. `), fences and emphasis are weak (two needed).
 * - Otherwise text.
 */
import type { InputFormat } from '../types.js';

/** How much of the input is looked at, in UTF-16 units. */
export const DETECT_PREFIX = 16_384;

/** A start that only HTML has: BOM and spaces aside, a doctype, an XML declaration or a root tag. */
const HTML_START = /^\uFEFF?\s{0,64}<(?:!doctype\s|\?xml\s|html[\s>]|head[\s>]|body[\s>]|!--)/i;

/**
 * A start or end tag of an element articles use, complete up to its first attribute or `>`.
 * Matches `<p>`, `</div>`, `<br/>`, `<a href="…"`, `<blockquote class="twitter-tweet">`.
 */
const HTML_TAG =
  /<\/?(?:[abip]|div|span|br|hr|img|blockquote|figure|figcaption|iframe|ul|ol|li|h[1-6]|em|strong|article|section|header|footer|main|nav|table|tr|td|script|style|meta|link|amp-[a-z]{2,20}|noscript|picture|source|time)(?=[\s/>])/gi;

/** Strong Markdown signals: an inline link to a URL, a quote line, a reference definition. */
const MD_STRONG = /\]\((?:https?:\/\/|\/|#)|^ {0,3}>(?: |$)|^ {0,3}\[[^\]\n]{1,100}\]: ?\S/gm;

/** Weak Markdown signals: ATX headings, list items, code fences, `**bold**`. */
const MD_WEAK = /^ {0,3}#{1,6} \S|^ {0,3}[-*+] \S|^ {0,3}\d{1,3}[.)] \S|^ {0,3}(?:```|~~~)|\*\*\S[^*\n]{0,200}\*\*/gm;

/** How many matches are enough to decide: counting stops there. */
const ENOUGH = 8;

function count(re: RegExp, s: string): number {
  const r = new RegExp(re.source, re.flags); // never share lastIndex
  let n = 0;
  while (n < ENOUGH && r.exec(s) !== null) n++;
  return n;
}

/**
 * Tells the format of an input: `'html'`, `'markdown'` or `'text'`. Looks at a bounded prefix
 * only, so it costs the same on a 10 MB page as on a 64 KB one. Never throws.
 *
 * @example
 * ```ts
 * detectFormat('<p>Hello</p><blockquote class="twitter-tweet">…</blockquote>'); // 'html'
 * detectFormat('> Hi\n>\n> — Jo (@jo) [May 5, 2020](https://twitter.com/jo/status/1)'); // 'markdown'
 * detectFormat('Hi — Jo (@jo) May 5, 2020');                                          // 'text'
 * ```
 */
export function detectFormat(input: string): InputFormat {
  if (typeof input !== 'string' || input.length === 0) return 'text';
  let prefix = input;
  if (input.length > DETECT_PREFIX) {
    const cut = input.lastIndexOf('\n', DETECT_PREFIX);
    prefix = input.slice(0, cut > DETECT_PREFIX / 2 ? cut : DETECT_PREFIX);
  }
  if (HTML_START.test(prefix)) return 'html';
  const tags = prefix.includes('<') ? count(HTML_TAG, prefix) : 0;
  const strong = count(MD_STRONG, prefix);
  const weak = count(MD_WEAK, prefix);
  if (tags >= 2 && tags > strong + weak) return 'html';
  if (strong >= 1 || weak >= 2) return 'markdown';
  if (tags >= 2) return 'html';
  return 'text';
}

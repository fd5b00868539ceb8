/**
 * The text of an element as a reader sees it, with the anchors it holds located in that text.
 *
 * ```
 * <p>Hi<br><a href="https://t.co/x">t.co/x</a></p>&mdash; Jo
 * flat: "Hi\nt.co/x\n— Jo"      anchors: [{ href: 'https://t.co/x', start: 3, end: 9 }]
 * ```
 *
 * `<br>` and block boundaries become line breaks; script, style, template and noscript content
 * is left out. Entities were decoded by the tokenizer. White space is kept as found, so callers
 * can still see line structure; they collapse it on the field values they return.
 */
import type { HtmlElement, HtmlNode } from './tree.js';

/** An anchor (`<a href>`) and the span of its text in the flattened string. */
export interface FlatAnchor {
  readonly href: string;
  readonly start: number;
  readonly end: number;
  readonly element: HtmlElement;
}

/** The flattened text of an element and its anchors, in document order. */
export interface FlatText {
  readonly text: string;
  readonly anchors: FlatAnchor[];
}

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'title']);

/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'p', 'div', 'blockquote', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'li',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'aside',
]);

/**
 * Flattens `root` to text: `<br>` and block boundaries become `\n`, hidden content is skipped.
 * Iterative (an explicit stack), so nesting depth costs no call stack.
 *
 * @example
 * ```ts
 * flattenElement(readElement('<p>a<br>b</p>', 0, { maxLength: 100 })!).text; // '\na\nb\n'
 * ```
 */
export function flattenElement(root: HtmlElement): FlatText {
  // The text is gathered as pieces and joined once: appending with `+=` would chain a
  // concatenation node per piece, all garbage once the text is first read.
  const pieces: string[] = [];
  let length = 0;
  const anchors: FlatAnchor[] = [];
  // Entries are nodes to visit, or null closing the element on top of `exits` (where its
  // text started is on top of `exitStarts`): no object is made per element.
  const stack: (HtmlNode | null)[] = [root];
  const exits: HtmlElement[] = [];
  const exitStarts: number[] = [];
  while (stack.length > 0) {
    const item = stack.pop() as HtmlNode | null;
    if (item === null) {
      const el = exits.pop() as HtmlElement;
      const anchorStart = exitStarts.pop() as number;
      if (el.name === 'a') {
        const href = el.attribs['href'];
        if (href !== undefined) anchors.push({ href, start: anchorStart, end: length, element: el });
      }
      if (BLOCK.has(el.name)) {
        pieces.push('\n');
        length++;
      }
      continue;
    }
    if (item.type === 'text') {
      pieces.push(item.data);
      length += item.data.length;
      continue;
    }
    if (item.name === 'br') {
      pieces.push('\n');
      length++;
      continue;
    }
    if (HIDDEN.has(item.name)) continue;
    if (BLOCK.has(item.name)) {
      pieces.push('\n');
      length++;
    }
    exits.push(item);
    exitStarts.push(length);
    stack.push(null);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as HtmlNode);
  }
  const text = pieces.join('');
  // Anchors close in document order only when they do not nest; keep them sorted by start.
  let sorted = true;
  for (let i = 1; i < anchors.length && sorted; i++) sorted = (anchors[i - 1] as FlatAnchor).start <= (anchors[i] as FlatAnchor).start;
  if (!sorted) anchors.sort((a, b) => a.start - b.start);
  return { text, anchors };
}

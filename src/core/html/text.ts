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
import { attr, declaredLang, type HtmlElement, type HtmlNode } from './element.js';

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
  /**
   * What the first `p` (document order, the element itself and hidden content included) that
   * has a `lang` attribute declares ({@link declaredLang}): in an embed, the post's language;
   * null when it declares the language unknown (a blank value), undefined when no `p` has one.
   */
  readonly lang: string | null | undefined;
  /**
   * Where the text of the first `p` outside hidden content lies in `text`, or null when there
   * is none: a card's post, where a publisher writes it in a paragraph of its own.
   */
  readonly paragraph: { readonly start: number; readonly end: number } | null;
}

/** Elements whose content is not text a reader sees. */
const HIDDEN = ['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'title'];

/** Elements that start and end a line of their own. */
const BLOCK = [
  'p', 'div', 'blockquote', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'li',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'aside',
];

/** What flattening does with an element, by name: one lookup per element opened. */
const IS_HIDDEN = 1;
const IS_BLOCK = 2;
const NAME_ROLES = new Map<string, number>([
  ...HIDDEN.map((name): [string, number] => [name, IS_HIDDEN]),
  ...BLOCK.map((name): [string, number] => [name, IS_BLOCK]),
]);

/** How {@link FlatTextBuilder} marks an open element whose text is not gathered. */
const INSIDE_HIDDEN = -1;
const HIDDEN_ROOT = -2;
const LINE_BREAK = -3;
/** Marks at or below this are block elements' starts (see FlatTextBuilder.open). */
const BLOCK_START = -4;

/**
 * The flattening rules as events: elements opened and closed in document order, text between
 * them. {@link flattenElement} feeds it from a tree; `ElementReader` feeds it while reading, so
 * an embed's text is gathered without building the tree at all. Both give the same text.
 *
 * Rules: `<br>` and block boundaries become `\n`, hidden elements' content is left out, and each
 * `<a href>` closed becomes an anchor over the text it holds.
 */
export class FlatTextBuilder {
  // The text is gathered as pieces and joined once: appending with `+=` would chain a
  // concatenation node per piece, all garbage the moment the text is first read.
  private readonly pieces: string[] = [];
  private length = 0;
  private readonly anchors: FlatAnchor[] = [];
  /** Per open element: where its text began (a block's as BLOCK_START - start), or one of the marks above. */
  private readonly starts: number[] = [];
  /** Open hidden elements. */
  private hidden = 0;
  /** See {@link FlatText.lang}. */
  private lang: string | null | undefined = undefined;
  /** See {@link FlatText.paragraph}. */
  private paragraph: { start: number; end: number } | null = null;

  open(el: HtmlElement): void {
    const name = el.name;
    if (this.lang === undefined && name === 'p') this.lang = declaredLang(el);
    const role = NAME_ROLES.get(name) ?? 0;
    if (role === IS_HIDDEN) {
      this.hidden++;
      this.starts.push(HIDDEN_ROOT);
      return;
    }
    if (this.hidden > 0) {
      this.starts.push(INSIDE_HIDDEN);
      return;
    }
    if (name === 'br') {
      this.add('\n');
      this.starts.push(LINE_BREAK);
      return;
    }
    if (role === IS_BLOCK) {
      this.add('\n');
      // A block's start is kept as -(start + 4) (below every mark), so close knows it without a lookup.
      this.starts.push(BLOCK_START - this.length);
      return;
    }
    this.starts.push(this.length);
  }

  close(el: HtmlElement): void {
    const mark = this.starts.pop();
    if (mark === undefined) return;
    if (mark === HIDDEN_ROOT) this.hidden--;
    if (mark < 0 && mark > BLOCK_START) return;
    const block = mark <= BLOCK_START;
    const start = block ? BLOCK_START - mark : mark;
    if (el.name === 'a') {
      const href = attr(el, 'href');
      if (href !== null) this.anchors.push({ href, start, end: this.length, element: el });
    }
    if (block) {
      if (this.paragraph === null && el.name === 'p') this.paragraph = { start, end: this.length };
      this.add('\n');
    }
  }

  text(data: string): void {
    if (this.hidden === 0) this.add(data);
  }

  private add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** The text gathered, its anchors sorted by start, the first paragraph's language and span. */
  finish(): FlatText {
    const anchors = this.anchors;
    // Anchors close in document order only when they do not nest; keep them sorted by start.
    let sorted = true;
    for (let i = 1; i < anchors.length && sorted; i++) sorted = (anchors[i - 1] as FlatAnchor).start <= (anchors[i] as FlatAnchor).start;
    if (!sorted) anchors.sort((a, b) => a.start - b.start);
    return { text: this.pieces.join(''), anchors, lang: this.lang, paragraph: this.paragraph };
  }
}

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
  const flat = new FlatTextBuilder();
  // Entries are nodes to visit, or null closing the element on top of `exits`.
  const stack: (HtmlNode | null)[] = [root];
  const exits: HtmlElement[] = [];
  while (stack.length > 0) {
    const item = stack.pop() as HtmlNode | null;
    if (item === null) {
      flat.close(exits.pop() as HtmlElement);
      continue;
    }
    if (item.type === 'text') {
      flat.text(item.data);
      continue;
    }
    // Hidden content is visited too (the builder gathers none of its text): a paragraph in it
    // may still carry the language.
    flat.open(item);
    exits.push(item);
    stack.push(null);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as HtmlNode);
  }
  return flat.finish();
}

/**
 * A small element tree for one bounded fragment of a page, built from htmlparser2's Tokenizer.
 *
 * htmlparser2's Parser keeps its open-element stack with `unshift`, which makes deep unclosed
 * nesting quadratic; here the Tokenizer reports index ranges and this module keeps its own stack
 * with push/pop and a per-name count of open elements, so every close tag costs amortised O(1).
 * Offsets in the tree are offsets into the caller's original string. A caller that needs only an
 * element's text can have it flattened while it is read (`ReadElementOptions.flatten`): the same
 * rules run on the same events, and no child node is built.
 *
 * ```
 * <blockquote class="twitter-tweet"><p lang="en">Hi<br>there</p>&mdash; Jo (@jo) <a href="…">May 5, 2020</a></blockquote>
 * ^start                           ^openEnd                                                                  ^end
 * ```
 */
import { RAW_TEXT_ELEMENTS } from './elements.js';
import { decodeHTML } from 'entities/decode';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import {
  lowerName,
  nameTable,
  ReadElement,
  type HtmlElement,
  type HtmlNode,
  type HtmlText,
  type NameTable,
  type WithAttributes,
} from './element.js';
import { FlatTextBuilder, type FlatText } from './text.js';

export { attr, declaredLang, hasClass, hasClassWord, type HtmlElement, type HtmlNode, type HtmlText, type WithAttributes } from './element.js';

/** Elements that never have content. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track',
  'wbr', 'param', 'keygen',
]);

/**
 * Elements whose text the tokenizer reads raw, entities left as written (`title` and
 * `textarea` are escapable: their entities are decoded).
 */
const RAW_TEXT = RAW_TEXT_ELEMENTS;

/** Start tags that close an open `<p>` (the common block-level ones). */
const CLOSES_P = new Set([
  'p', 'div', 'blockquote', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'section', 'article',
  'aside', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'form', 'address',
]);

/**
 * End tags that, with no such element open in the fragment, can only belong to an ancestor: the
 * root ends just before them, as a browser closes it when its parent closes.
 */
const ANCESTOR_CLOSERS = new Set([
  'div', 'figure', 'section', 'article', 'main', 'aside', 'header', 'footer', 'td', 'th', 'tr',
  'table', 'tbody', 'li', 'ul', 'ol', 'dd', 'dl', 'body', 'html', 'form', 'blockquote', 'center',
]);


const TAG_NAMES = [
  'a', 'p', 'b', 'i', 'br', 'em', 'li', 'ul', 'ol', 'h2', 'h3', 'div', 'img', 'span', 'time', 'strong',
  'figure', 'iframe', 'script', 'source', 'section', 'article', 'picture', 'noscript', 'blockquote',
  'figcaption', 'amp-img',
];

const ATTRIBUTE_NAMES = [
  'id', 'alt', 'dir', 'rel', 'src', 'href', 'lang', 'class', 'async', 'style', 'title', 'width',
  'height', 'layout', 'target', 'charset', 'loading', 'data-id', 'data-src', 'data-url', 'data-lang',
  'data-theme', 'placeholder', 'data-embed-id',
];

/** The tables of core's names and of each set of names a reader was given: made once per set. */
const tableCache = new WeakMap<InternedNames, { tags: NameTable; attributes: NameTable }>();
const NO_NAMES: InternedNames = {};

function tablesFor(names: InternedNames): { tags: NameTable; attributes: NameTable } {
  let t = tableCache.get(names);
  if (t === undefined) {
    t = {
      tags: nameTable([...TAG_NAMES, ...(names.tags ?? [])]),
      attributes: nameTable([...ATTRIBUTE_NAMES, ...(names.attributes ?? [])]),
    };
    tableCache.set(names, t);
  }
  return t;
}

/** Names a reader interns beyond core's: the ones a platform's embeds are made of. */
export interface InternedNames {
  readonly tags?: readonly string[];
  readonly attributes?: readonly string[];
}

/** Stack positions below this are searched on an end tag; deeper ones are counted by name. */
const SHALLOW = 8;

/** Options of {@link readElement}. */
export interface ReadElementOptions {
  /** Most UTF-16 units to read from `start`: the fragment is cut there. */
  readonly maxLength: number;
  /**
   * Asked once the root's start tag is read (with the offset past its `>`); returning false stops at once and
   * {@link readElement} returns null.
   */
  readonly accept?: (name: string, el: WithAttributes, openEnd: number) => boolean;
  /**
   * Asked once the root is accepted; true reads its content as flattened text only (see
   * {@link ElementReader.flat}): the root comes back with no children, and no node is built for
   * what it holds. For callers that need the text and nothing else.
   */
  readonly flatten?: (name: string, el: WithAttributes) => boolean;
}

/**
 * Reads the element whose start tag begins at `start` (the offset of its `<`), up to its end
 * tag or `maxLength` units, whichever comes first. Returns null when no start tag begins there
 * or `accept` refuses it. Never throws.
 *
 * @example
 * ```ts
 * const el = readElement('x <p lang="en">Hi &amp; bye</p>', 2, { maxLength: 1000 });
 * el?.attribs.lang; // 'en'
 * el?.end;          // 31
 * ```
 */
export function readElement(input: string, start: number, options: ReadElementOptions): HtmlElement | null {
  return new ElementReader().read(input, start, options);
}

/**
 * Reads elements one after another with a single tokenizer and tree builder: a page with many
 * embeds pays for their construction once. Same results as {@link readElement}.
 *
 * @example
 * ```ts
 * const reader = new ElementReader();
 * reader.read('<p>a</p><p>b</p>', 8, { maxLength: 100 })?.end; // 16
 * ```
 */
export class ElementReader {
  private readonly builder: TreeBuilder;
  // Entities are decoded by the builder, only in the text and values that hold an `&`: the
  // tokenizer then skips through text and attribute values instead of stepping per character.
  private readonly tokenizer: Tokenizer;

  /** `names`: tag and attribute names to intern beyond core's (see {@link InternedNames}). */
  constructor(names: InternedNames = NO_NAMES) {
    const tables = tablesFor(names);
    this.builder = new TreeBuilder(tables.tags, tables.attributes);
    this.tokenizer = new Tokenizer({ decodeEntities: false }, this.builder);
    quickenForwarding(this.tokenizer);
  }

  /**
   * The flattened text of the last element read when `flatten` asked for it (what
   * `flattenElement` makes of its tree), else null.
   */
  get flat(): FlatText | null {
    return this.builder.sink?.finish() ?? null;
  }

  /**
   * Every element of the last element read when `flatten` asked for it, in document order (the
   * root first), hidden content included: what `elements(root)` walks in a tree. Empty otherwise.
   */
  get flatElements(): readonly HtmlElement[] {
    return this.builder.sink !== null ? this.builder.flatElements : [];
  }

  read(input: string, start: number, options: ReadElementOptions): HtmlElement | null {
    const c = input.charCodeAt(start + 1);
    if (input.charCodeAt(start) !== 0x3c || !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return null;
    const limit = Math.min(input.length, start + Math.max(0, options.maxLength));
    const fragment = input.slice(start, limit);
    const b = this.builder;
    b.begin(fragment, start, options.accept, options.flatten, this.tokenizer);
    this.tokenizer.reset();
    try {
      this.tokenizer.write(fragment);
      if (!b.done) this.tokenizer.end();
    } catch {
      // The tokenizer is total on strings; this only guards against a future regression.
    }
    const root = b.root;
    if (b.refused || root === null || root.openEnd === 0) return null;
    if (!root.closed) b.closeOpen(root.end);
    return root;
  }
}

/** The tokenizer's own fields that {@link quickenForwarding} reads (private in its types). */
interface ForwardingState {
  buffer: string;
  offset: number;
  index: number;
  fastForwardTo: (c: number) => boolean;
}

/**
 * Makes the tokenizer's wait for one character (the `<` that ends text, the quote that ends an
 * attribute value, the `>` that ends a comment) a `String#indexOf` instead of its loop of
 * `charCodeAt`: the same index and answer, found at memory speed. With entities left to the
 * builder, that wait is where the tokenizer spends most of an embed: its text and its long
 * `style` and `href` values. The tokenizer is left as it is if its fields are not where this
 * reads them (a later htmlparser2); a test checks that they are.
 *
 * @returns whether the tokenizer was quickened.
 */
export function quickenForwarding(tokenizer: Tokenizer): boolean {
  const t = tokenizer as unknown as ForwardingState;
  if (typeof t.fastForwardTo !== 'function' || typeof t.buffer !== 'string' || typeof t.offset !== 'number' || typeof t.index !== 'number') {
    return false;
  }
  t.fastForwardTo = function fastForwardTo(this: ForwardingState, c: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (found >= 0) {
      this.index = found + this.offset;
      return true;
    }
    // As the loop leaves it: the parse loop's increment then ends the buffer.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
  return true;
}

/** Tokenizer callbacks that build the tree. Offsets from the tokenizer are fragment-relative. */
class TreeBuilder implements TokenizerCallbacks {
  constructor(
    private readonly tagNames: NameTable,
    private readonly attributeNames: NameTable,
  ) {}

  root: HtmlElement | null = null;
  refused = false;
  tokenizer: Tokenizer | null = null;
  private src = '';
  private base = 0;
  private accept: ReadElementOptions['accept'] = undefined;
  private flatten: ReadElementOptions['flatten'] = undefined;
  /** Set when the root's content is read as flattened text (see ReadElementOptions.flatten). */
  sink: FlatTextBuilder | null = null;

  /** In flattened reading: the furthest offset a node reached (a tree keeps it in its last children). */
  private contentEnd = 0;
  /** In flattened reading: every element, in document order. */
  flatElements: HtmlElement[] = [];
  private readonly stack: HtmlElement[] = [];
  /**
   * Per name, how many open elements at stack positions {@link SHALLOW} and deeper bear it: the
   * shallow ones (all of them in real embeds) are found by a bounded look at the stack instead,
   * so ordinary markup makes no map update while each end tag still costs O(1).
   */
  private readonly deepCount = new Map<string, number>();
  /** The element whose start tag is being read: its name and `<` (-1 when none), its attribute spans. */
  private pendingName = '';
  private pendingStart = -1;
  private spans: number[] | null = null;
  /** The text node being extended by consecutive text and entity callbacks. */
  private text: HtmlText | null = null;
  done = false;
  /** Fragment offset just past the last token reported. */
  private cursor = 0;

  /** Starts a new fragment: `src` begins at offset `base` of the caller's string. */
  begin(
    src: string,
    base: number,
    accept: ReadElementOptions['accept'],
    flatten: ReadElementOptions['flatten'],
    tokenizer: Tokenizer,
  ): void {
    this.src = src;
    this.base = base;
    this.accept = accept;
    this.flatten = flatten;
    this.sink = null;
    this.contentEnd = 0;
    this.tokenizer = tokenizer;
    this.root = null;
    this.refused = false;
    this.stack.length = 0;
    this.deepCount.clear();
    this.pendingStart = -1;
    this.spans = null;
    this.text = null;
    this.done = false;
    this.cursor = 0;
  }

  private stop(): void {
    this.done = true;
    this.tokenizer?.pause();
  }

  private top(): HtmlElement | undefined {
    return this.stack[this.stack.length - 1];
  }

  private append(node: HtmlNode): void {
    if (this.sink !== null) {
      // Flattened reading: the node's text and line breaks were given to the sink.
      if (node.end > this.contentEnd) this.contentEnd = node.end;
      if (node.type === 'element') this.flatElements.push(node);
      return;
    }
    const parent = this.top();
    if (parent !== undefined) parent.children.push(node);
  }

  ontext(start: number, endIndex: number): void {
    this.cursor = endIndex;
    if (this.done) return;
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return;
    const raw = this.src.slice(start, endIndex);
    // Raw-text elements (script, style, …) keep their text as written, as the tokenizer does.
    const data = raw.includes('&') && !RAW_TEXT.has(parent.name) ? decodeHTML(raw) : raw;
    this.addText(parent, data, start, endIndex);
  }

  ontextentity(codepoint: number, endIndex: number): void {
    // Not called: the tokenizer leaves entities to the builder.
    const start = this.cursor;
    this.cursor = endIndex;
    const parent = this.stack[this.stack.length - 1];
    if (this.done || parent === undefined) return;
    this.addText(parent, String.fromCodePoint(codepoint), start, endIndex);
  }

  /** Adds text to `parent` (the open element on top), extending the text node it ends with. */
  private addText(parent: HtmlElement, data: string, start: number, end: number): void {
    if (this.sink !== null) {
      this.sink.text(data);
      this.contentEnd = this.base + end;
      return;
    }
    const t = this.text;
    const children = parent.children;
    if (t !== null && children[children.length - 1] === t) {
      t.data += data;
      t.end = this.base + end;
      return;
    }
    const node: HtmlText = { type: 'text', data, start: this.base + start, end: this.base + end };
    children.push(node);
    this.text = node;
  }

  onopentagname(start: number, endIndex: number): void {
    if (this.done) return;
    this.text = null;
    // `start` points past `<`.
    const name = lowerName(this.src, start, endIndex, this.tagNames);
    this.pendingName = name;
    this.pendingStart = start - 1;
    this.spans = null;
  }

  onattribname(start: number, endIndex: number): void {
    if (this.pendingStart < 0) return;
    (this.spans ??= []).push(start, endIndex, -1, -1);
  }

  onattribdata(start: number, endIndex: number): void {
    const spans = this.spans;
    if (spans === null) return;
    // With entities left to the builder, a value comes as one section, or as adjoining ones
    // where a write ended inside it: either way one span of the source.
    if ((spans[spans.length - 2] as number) < 0) spans[spans.length - 2] = start;
    spans[spans.length - 1] = endIndex;
  }

  onattribentity(): void {
    // Not called: the tokenizer leaves entities to the builder, which decodes values on use.
  }

  onattribend(): void {
    // The value's span is complete; the element makes the string if it is ever asked for.
  }

  onopentagend(endIndex: number): void {
    if (this.done) return;
    const tagStart = this.pendingStart;
    this.pendingStart = -1;
    if (tagStart < 0) return;
    const p = new ReadElement(this.pendingName, this.base + tagStart, 0, 0, this.src, this.attributeNames, this.spans);
    this.spans = null;
    this.cursor = endIndex + 1;
    const openEnd = this.base + endIndex + 1;
    if (this.root === null) {
      if (this.accept !== undefined && !this.accept(p.name, p, openEnd)) {
        this.refused = true;
        this.stop();
        return;
      }
      const root = this.opened(p, openEnd);
      this.root = root;
      if (this.flatten !== undefined && this.flatten(p.name, p)) {
        this.sink = new FlatTextBuilder();
        this.sink.open(root);
        this.flatElements = [root];
      }
      if (VOID.has(p.name)) {
        root.closed = true;
        this.sink?.close(root);
        this.stop();
        return;
      }
      this.push(root);
      return;
    }
    if (this.top()?.name === 'p' && CLOSES_P.has(p.name)) {
      this.popTo('p', p.start);
      // The root was that `<p>`: it ends where this tag begins, which is none of it. Read on,
      // the rest of the fragment would all be taken for the root's (`<p class=x><p class=x>…`
      // made every marker a read to the length bound).
      if (this.stack.length === 0) {
        this.stop();
        return;
      }
    }
    const el = this.opened(p, openEnd);
    this.append(el);
    this.sink?.open(el);
    if (VOID.has(p.name)) {
      el.closed = true;
      this.sink?.close(el);
    } else this.push(el);
  }

  onselfclosingtag(endIndex: number): void {
    // In HTML, `/>` closes nothing except on void elements: treat it as a start tag's end.
    this.onopentagend(endIndex);
  }

  onclosetag(start: number, endIndex: number): void {
    if (this.done) return;
    this.text = null;
    // Mostly the end tag of the element on top, written as its start tag was: no name lookup.
    const top = this.stack[this.stack.length - 1];
    const name =
      top !== undefined && top.name.length === endIndex - start && this.src.startsWith(top.name, start)
        ? top.name
        : lowerName(this.src, start, endIndex, this.tagNames);
    // Mostly `</name>`: the `>` right after the name, no search.
    const gt = this.src.charCodeAt(endIndex) === 0x3e ? endIndex : this.src.indexOf('>', endIndex);
    this.cursor = gt < 0 ? this.src.length : gt + 1;
    const end = this.base + this.cursor;
    if (!this.isOpen(name)) {
      if (name === 'br') {
        // `</br>` is a line break in browsers.
        const br = this.element('br', start - 2, end);
        this.append(br);
        this.sink?.open(br);
        this.sink?.close(br);
      } else if (ANCESTOR_CLOSERS.has(name)) {
        this.closeOpen(this.base + start - 2);
        this.stop();
      }
      return;
    }
    this.popTo(name, end);
    if (this.stack.length === 0) this.stop();
  }

  /** Pops open elements up to and including the nearest `name`, ending them at `end`. */
  private popTo(name: string, end: number): void {
    for (;;) {
      const el = this.stack.pop();
      if (el === undefined) return;
      if (this.stack.length >= SHALLOW) this.deepCount.set(el.name, (this.deepCount.get(el.name) ?? 1) - 1);
      el.end = end;
      el.closed = el.name === name;
      if (this.sink !== null) {
        this.sink.close(el);
        if (end > this.contentEnd) this.contentEnd = end;
      }
      if (el.name === name) return;
    }
  }

  /** Ends every element still open at `end` (the fragment ran out, or an ancestor closed). */
  closeOpen(end: number): void {
    for (const el of this.stack) {
      if (!el.closed) el.end = Math.max(el.end, end);
    }
    // Innermost first, as a walk of the tree closes them.
    if (this.sink !== null) for (let i = this.stack.length - 1; i >= 0; i--) this.sink.close(this.stack[i] as HtmlElement);
    this.stack.length = 0;
    this.deepCount.clear();
  }

  private push(el: HtmlElement): void {
    if (this.stack.length >= SHALLOW) this.deepCount.set(el.name, (this.deepCount.get(el.name) ?? 0) + 1);
    this.stack.push(el);
  }

  /** True when an element named `name` is open: at most {@link SHALLOW} comparisons and one lookup. */
  private isOpen(name: string): boolean {
    const stack = this.stack;
    const shallow = Math.min(stack.length, SHALLOW);
    for (let i = 0; i < shallow; i++) if ((stack[i] as HtmlElement).name === name) return true;
    return stack.length > SHALLOW && (this.deepCount.get(name) ?? 0) > 0;
  }

  /** A new element; `start` is fragment-relative, `openEnd` absolute. */
  private element(name: string, start: number, openEnd: number): HtmlElement {
    return new ReadElement(name, this.base + start, openEnd, openEnd, this.src, this.attributeNames, null);
  }

  /** The pending element, its start tag ended at `openEnd`. */
  private opened(el: HtmlElement, openEnd: number): HtmlElement {
    el.openEnd = openEnd;
    el.end = openEnd;
    return el;
  }

  oncdata(): void {
    // Nothing of a CDATA section is kept.
  }
  oncomment(_start: number, endIndex: number): void {
    this.text = null;
    this.cursor = endIndex + 1;
  }
  ondeclaration(): void {
    // Nothing of a declaration is kept.
  }
  onprocessinginstruction(): void {
    // Nothing of a processing instruction is kept.
  }
  onend(): void {
    if (this.root !== null && !this.root.closed) {
      // Unclosed: every open element ends where the fragment's content ends.
      this.closeOpen(this.lastEnd());
    }
  }

  /** The furthest offset any node of the tree reaches. */
  private lastEnd(): number {
    let end = this.root?.openEnd ?? this.base;
    if (this.sink !== null) return Math.max(end, this.contentEnd);
    for (const el of this.stack) {
      const last = el.children.at(-1);
      if (last !== undefined) end = Math.max(end, last.end);
    }
    return end;
  }
}


/**
 * Every element under `root` (root included) in document order, by an explicit stack.
 *
 * @example
 * ```ts
 * for (const el of elements(root)) if (el.name === 'a') console.log(el.attribs.href);
 * ```
 */
export function* elements(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as HtmlElement;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i] as HtmlNode;
      if (child.type === 'element') stack.push(child);
    }
  }
}

/**
 * The elements the reader builds, and how their attributes are read: kept as source spans, made
 * into strings only when asked for. {@link attr} reads one attribute without making the others.
 *
 * ```
 * <a href="https://t.co/x" style="color:red" target="_blank">
 *    ^name^ ^value……………………^  (four offsets per attribute; `attr(el, 'href')` slices one)
 * ```
 */
import { decodeHTMLAttribute } from 'entities/decode';

/** A text node: its decoded text and where its source lies. */
export interface HtmlText {
  readonly type: 'text';
  data: string;
  start: number;
  end: number;
}

/** An element of the fragment. */
export interface HtmlElement {
  readonly type: 'element';
  /** Lower-cased tag name. */
  readonly name: string;
  /** Attributes, names lower-cased, values with entities decoded; the first of duplicates wins. */
  readonly attribs: Record<string, string>;
  readonly children: HtmlNode[];
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just past the start tag's `>`. */
  openEnd: number;
  /** Offset just past the end tag (or past the last content read when it never closes). */
  end: number;
  /** True when an explicit end tag closed it. */
  closed: boolean;
}

export type HtmlNode = HtmlElement | HtmlText;

/** What {@link attr} and {@link hasClass} read of an element: a start tag's attributes suffice. */
export interface WithAttributes {
  readonly attribs: Readonly<Record<string, string>>;
}

/**
 * An element the reader built. Its attributes are kept as source spans and made into strings on
 * first use: an embed's markup is mostly attributes nobody reads (Instagram's embed code styles
 * every box inline), so only those of the elements a platform asks about are ever cut out,
 * lower-cased and decoded.
 */
export class ReadElement implements HtmlElement {
  readonly type = 'element' as const;
  readonly children: HtmlNode[] = [];
  closed = false;
  /** The attributes once made, or null before first use. */
  private made: Record<string, string> | null = null;

  constructor(
    readonly name: string,
    readonly start: number,
    public openEnd: number,
    public end: number,
    /** The fragment the spans index, and the names interned for it. */
    private readonly src: string,
    private readonly names: NameTable,
    /** Per attribute, four offsets: name start and end, value start and end (-1: no value). */
    private readonly spans: number[] | null,
  ) {}

  /**
   * The attribute `name` (lower case), or undefined: what `attribs[name]` holds, found by
   * comparing the spans' names in place, so no other attribute is made into a string.
   */
  attribute(name: string): string | undefined {
    if (this.made !== null || this.spans === null) return this.madeValue(name);
    const { spans, src } = this;
    for (let i = 0; i < spans.length; i += 4) {
      const start = spans[i] as number;
      const length = (spans[i + 1] as number) - start;
      if (length !== name.length) continue;
      let k = 0;
      for (; k < length; k++) {
        const c = src.charCodeAt(start + k);
        // A non-ASCII name is lowered by toLowerCase in attribs (U+212A KELVIN SIGN becomes `k`): ask it.
        if (c >= 0x80) return this.madeValue(name);
        if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== name.charCodeAt(k)) break;
      }
      if (k < length) continue;
      // The first of duplicates wins.
      return this.valueAt(i);
    }
    return undefined;
  }

  /** The attribute `name` as {@link attribs} has it (making it first if need be). */
  private madeValue(name: string): string | undefined {
    const made = this.attribs;
    return Object.hasOwn(made, name) ? made[name] : undefined;
  }

  /** The value of the attribute whose span starts at `spans[i]`, entities decoded. */
  private valueAt(i: number): string {
    const spans = this.spans as number[];
    const from = spans[i + 2] as number;
    const v = from < 0 ? '' : this.src.slice(from, spans[i + 3] as number);
    return v.includes('&') ? decodeHTMLAttribute(v) : v;
  }

  get attribs(): Record<string, string> {
    if (this.made !== null) return this.made;
    const made: Record<string, string> = {};
    const { spans, src } = this;
    if (spans !== null) {
      for (let i = 0; i < spans.length; i += 4) {
        const name = lowerName(src, spans[i] as number, spans[i + 1] as number, this.names);
        // The first of duplicates wins, as in browsers.
        if (!Object.hasOwn(made, name)) made[name] = this.valueAt(i);
      }
    }
    this.made = made;
    return made;
  }
}


/**
 * Names met in and around embeds, by length and first letter. A name found here is returned as
 * this (interned) string: property and map lookups with it skip hashing a fresh string.
 * Core holds the names of ordinary markup; platforms add their own (`ElementReader`'s `names`).
 */
export type NameTable = Map<number, readonly string[]>;

export function nameTable(names: readonly string[]): NameTable {
  const table: NameTable = new Map();
  for (const name of names) {
    const key = name.length * 128 + name.charCodeAt(0);
    const list = table.get(key) ?? [];
    if (!list.includes(name)) table.set(key, [...list, name]);
  }
  return table;
}

export function lowerName(src: string, start: number, end: number, table: NameTable): string {
  const candidates = table.get((end - start) * 128 + (src.charCodeAt(start) | 0x20));
  if (candidates !== undefined) {
    for (const name of candidates) if (src.startsWith(name, start)) return name;
  }
  return src.slice(start, end).toLowerCase();
}


/** The attribute `name` of `el`, or null. */
export function attr(el: WithAttributes, name: string): string | null {
  if (el instanceof ReadElement) return el.attribute(name) ?? null;
  return Object.hasOwn(el.attribs, name) ? (el.attribs[name] ?? null) : null;
}

/**
 * What an element's `lang` attribute declares, by HTML's rule: undefined where it has none (its
 * language is inherited), null where the value is blank (the language is declared unknown, and
 * nothing is inherited past it), else the value, trimmed.
 *
 * @example
 * ```ts
 * declaredLang({ attribs: { lang: 'fr' } }); // 'fr'
 * declaredLang({ attribs: { lang: '' } });   // null
 * declaredLang({ attribs: {} });             // undefined
 * ```
 */
export function declaredLang(el: WithAttributes): string | null | undefined {
  const value = attr(el, 'lang');
  if (value === null) return undefined;
  const lang = value.trim();
  return lang.length > 0 ? lang : null;
}

/** True when `el`'s class list holds `cls` (ASCII white space separates classes). */
export function hasClass(el: WithAttributes, cls: string): boolean {
  const list = attr(el, 'class');
  if (list === null) return false;
  if (cls.length === 0) return list.split(/[\t\n\f\r ]+/).includes(cls);
  // An occurrence with ASCII white space (or the list's ends) on both sides.
  for (let i = list.indexOf(cls); i >= 0; i = list.indexOf(cls, i + 1)) {
    const end = i + cls.length;
    if ((i === 0 || isClassSeparator(list.charCodeAt(i - 1))) && (end === list.length || isClassSeparator(list.charCodeAt(end)))) {
      return true;
    }
  }
  return false;
}

/**
 * True when a class of `el` holds `word` (letters) as a word of its own: between `-`, `_`, white
 * space or the list's ends, in any case. `hasClassWord(el, 'tweet')` holds for
 * `subbuzz-tweet__container` and `embedded-tweet`, not for `tweetable`: how publishers name the
 * cards they render for a platform's posts.
 */
export function hasClassWord(el: WithAttributes, word: string): boolean {
  const list = attr(el, 'class');
  if (list === null) return false;
  let pattern = CLASS_WORDS.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|[\\s_-])${word}(?:$|[\\s_-])`, 'iu');
    CLASS_WORDS.set(word, pattern);
  }
  return pattern.test(list);
}
/** The pattern of each word {@link hasClassWord} was asked about (a platform or two's names). */
const CLASS_WORDS = new Map<string, RegExp>();

/** Tab, LF, FF, CR, space: what separates the classes of a class list. */
function isClassSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

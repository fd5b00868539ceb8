/**
 * Every link of a Markdown input, inline or by reference, as one list the routes read.
 *
 * html-to-markdown readers write links inline (`[text](href)`) or, asked to, by reference: the
 * text where the link stands, the destination in a definition line elsewhere (turndown's
 * `linkStyle: 'referenced'`, html2text's reference links, pandoc's `--reference-links`):
 *
 * ```
 * > — Harbour Watch (@harbourwatch) [March 1, 2024][3]      full reference: text, then label
 * > [#ferry][] [pic.twitter.com/Ab12Cd34Ef]                 collapsed, and shortcut: the text is the label
 *
 * [3]: https://twitter.com/harbourwatch/status/1763512345678901234
 * ^definition: up to three spaces, `[label]:`, the destination, an optional title
 * ```
 *
 * A reference link is a link only where its label is defined (CommonMark's rule): `[sic]` in
 * prose stays text. Labels match case-insensitively, runs of white space as one space.
 */
import { decodeHTML } from 'entities';
import { CharCode } from '../text/chars.js';
import { closeWithinReach, failedLinkBudget, isBreak, isEscaped, linkAt, linkTextOpen, MAX_HREF, MAX_LINK_TEXT, unescapeMarkdown, type MdLink } from './index.js';

const CLOSE_BRACKET = CharCode.CloseBracket;
const OPEN_BRACKET = CharCode.OpenBracket;
const OPEN_PAREN = CharCode.OpenParen;
const COLON = CharCode.Colon;
const EXCLAMATION = CharCode.Exclamation;
const BACKSLASH = CharCode.Backslash;
const LT = CharCode.Lt;
const GT = CharCode.Gt;
const SPACE = CharCode.Space;
const TAB = CharCode.Tab;
const LINE_FEED = CharCode.LineFeed;
const CARRIAGE_RETURN = CharCode.CarriageReturn;

/** Link reference definitions: each normalized label, and the destination its first definition gives. */
export type LinkDefinitions = ReadonlyMap<string, string>;

/** No definitions: what an input without `]:` has. */
const NONE: LinkDefinitions = new Map();

/** The longest label read (CommonMark allows 999 characters). */
const MAX_LABEL = 999;

/**
 * A label as definitions and references match it: trimmed, inner white space runs as one space,
 * case folded.
 */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * The link reference definitions of an input: lines `[label]: destination "title"`, indented by
 * up to three spaces, after a block quote's markers too. The first definition of a label wins.
 *
 * @example
 * ```ts
 * linkDefinitions('See [the post][1].\n\n[1]: https://x.com/a/status/20 "A post"').get('1'); // 'https://x.com/a/status/20'
 * ```
 */
export function linkDefinitions(input: string): LinkDefinitions {
  let defs: Map<string, string> | null = null;
  for (let colon = input.indexOf(']:'); colon >= 0; colon = input.indexOf(']:', colon + 2)) {
    const def = definitionAt(input, colon);
    if (def === null) continue;
    defs ??= new Map();
    if (!defs.has(def.label)) defs.set(def.label, def.href);
  }
  return defs ?? NONE;
}

/** The definition whose label ends with the `]` at `close` (a `:` after it), or null. */
function definitionAt(input: string, close: number): { label: string; href: string } | null {
  // The label's `[` opens the line, after quote markers and up to three spaces.
  let open = -1;
  for (let i = close - 1; i >= 0 && close - i <= MAX_LABEL + 1; i--) {
    const c = input.charCodeAt(i);
    if (isBreak(c)) return null;
    if ((c === OPEN_BRACKET || c === CLOSE_BRACKET) && !isEscaped(input, i, 0)) {
      if (c === CLOSE_BRACKET) return null;
      open = i;
      break;
    }
  }
  if (open < 0 || close - open < 2 || !atLineStart(input, open)) return null;
  const label = input.slice(open + 1, close);
  if (label.trim().length === 0) return null;
  // The destination: after white space, on the same line or the next.
  let i = close + 2;
  while (isSpace(input.charCodeAt(i))) i++;
  if (isBreak(input.charCodeAt(i))) {
    i += input.charCodeAt(i) === CARRIAGE_RETURN && input.charCodeAt(i + 1) === LINE_FEED ? 2 : 1;
    while (isSpace(input.charCodeAt(i))) i++;
  }
  let hrefStart = i;
  let hrefEnd: number;
  if (input.charCodeAt(i) === LT) {
    const gt = input.indexOf('>', i);
    if (gt < 0 || gt - i > MAX_HREF) return null;
    hrefStart = i + 1;
    hrefEnd = gt;
    i = gt + 1;
  } else {
    const high = Math.min(input.length, i + MAX_HREF);
    while (i < high) {
      const c = input.charCodeAt(i);
      if (isSpace(c) || isBreak(c) || c < 0x20) break;
      i++;
    }
    hrefEnd = i;
    if (hrefEnd === hrefStart) return null;
  }
  // What follows on the line: nothing, or a title.
  while (isSpace(input.charCodeAt(i))) i++;
  const c = input.charCodeAt(i);
  const titled = c === CharCode.DoubleQuote || c === CharCode.SingleQuote || c === CharCode.OpenParen;
  if (!titled && i < input.length && !isBreak(c)) return null;
  return { label: normalizeLabel(label), href: unescapeMarkdown(input.slice(hrefStart, hrefEnd)) };
}

/** Whether only quote markers and up to three spaces stand between `pos` and its line's start. */
function atLineStart(input: string, pos: number): boolean {
  let spaces = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = input.charCodeAt(i);
    if (isBreak(c)) return true;
    if (c === GT) spaces = 0;
    else if (c === SPACE) {
      if (++spaces > 3) return false;
    } else return false;
  }
  return true;
}

/**
 * The reference link whose text ends with the `]` at `close`, looking back no further than
 * `floor`: `[text][label]`, `[text][]` or `[text]`, where `defs` defines the label. Null for
 * anything else (an undefined label, an inline link's `](`, a definition's `]:`).
 */
export function referenceLinkAt(input: string, close: number, floor: number, defs: LinkDefinitions): MdLink | null {
  if (defs.size === 0 || input.charCodeAt(close) !== CLOSE_BRACKET || isEscaped(input, close, floor)) return null;
  const next = input.charCodeAt(close + 1);
  if (next === OPEN_PAREN || next === COLON) return null;
  const open = linkTextOpen(input, close, floor);
  if (open < 0) return null;
  // The text may be empty (`[][3]`: a date link that showed nothing); the label may not.
  let label = input.slice(open + 1, close);
  let end = close + 1;
  if (next === OPEN_BRACKET) {
    const labelEnd = labelClose(input, close + 2);
    if (labelEnd < 0) return null;
    end = labelEnd + 1;
    if (labelEnd > close + 2) label = input.slice(close + 2, labelEnd);
  }
  if (label.trim().length === 0) return null;
  const href = defs.get(normalizeLabel(label));
  if (href === undefined) return null;
  return { start: open, end, textStart: open + 1, textEnd: close, href };
}

/** The `]` closing a label that starts at `from` (no `[` inside, one line at most), or -1. */
function labelClose(input: string, from: number): number {
  const high = Math.min(input.length, from + MAX_LABEL);
  for (let i = from; i < high; i++) {
    const c = input.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === CLOSE_BRACKET) return i;
    if (c === OPEN_BRACKET || isBreak(c)) return -1;
  }
  return -1;
}

/** True when `link` is an image: `!` right before its `[`, not itself escaped. */
export function isImage(input: string, link: MdLink): boolean {
  return link.start > 0 && input.charCodeAt(link.start - 1) === EXCLAMATION && input.charCodeAt(link.start - 2) !== BACKSLASH;
}

/** Where `link` opens: its `[`, or the `!` of an image. */
export function openOf(input: string, link: MdLink): number {
  return isImage(input, link) ? link.start - 1 : link.start;
}

/**
 * Every link and image of `input`, inline and by reference (to `defs`, by default the input's
 * own definitions), in the order they open. A link inside another's text is listed after it
 * (`[![](logo.svg) Post by @…](…)`); links that cross (`[a][b](c)`, where `b` is defined) keep
 * the first to open.
 *
 * @example
 * ```ts
 * markdownLinks('[a](https://x.com/) and [b][1]\n\n[1]: https://y.com/').map((l) => l.href);
 * // ['https://x.com/', 'https://y.com/']
 * ```
 */
export function markdownLinks(input: string, defs: LinkDefinitions = linkDefinitions(input)): MdLink[] {
  const links = inlineLinks(input);
  if (defs.size > 0) {
    const refs = referenceLinks(input, defs);
    if (refs.length > 0) return merged(input, links, refs);
  }
  return links;
}

/** Every inline link and image, by where it opens. */
function inlineLinks(input: string): MdLink[] {
  const links: MdLink[] = [];
  let floor = 0;
  let failures = failedLinkBudget(input.length);
  const closable = closeWithinReach(input);
  for (let mid = input.indexOf(']('); mid >= 0; mid = input.indexOf('](', mid + 2)) {
    const looked = closable(mid);
    const link = looked ? linkAt(input, mid, floor) : null;
    if (link === null) {
      if (looked && --failures < 0) break;
      // Nothing before this `](` opens a later link's text: each stretch is searched back once.
      floor = mid + 2;
      continue;
    }
    links.push(link);
    // A link whose text holds an image (`[![](logo.svg) Post by @…](…)`) is met after it, and
    // its `[` stands before the image's: after an image the search back may pass it.
    if (!isImage(input, link)) floor = link.end;
    mid = link.end - 2;
  }
  return links.sort((a, b) => openOf(input, a) - openOf(input, b));
}

/** Every reference link and image to `defs`, by where it opens. */
function referenceLinks(input: string, defs: LinkDefinitions): MdLink[] {
  const links: MdLink[] = [];
  let floor = 0;
  // Each `]` costs a look back for its `[`: what they may read in all is a few passes over the
  // input, so that no input (a run of `]` after a long text) costs more. (A label is read up to
  // the first `]` after it, never past another label's start: those reads do not overlap.)
  let budget = 4 * input.length + 65_536;
  for (let close = input.indexOf(']'); close >= 0; close = input.indexOf(']', close + 1)) {
    const next = input.charCodeAt(close + 1);
    if (next === OPEN_PAREN || next === COLON) continue;
    budget -= Math.min(close - floor, MAX_LINK_TEXT) + 1;
    if (budget < 0) break;
    const link = referenceLinkAt(input, close, floor, defs);
    if (link === null) continue;
    links.push(link);
    if (!isImage(input, link)) floor = link.end;
    close = link.end - 1;
  }
  return links;
}

/** Two lists of links by opening, as one; a link crossing one kept before it is dropped. */
function merged(input: string, a: readonly MdLink[], b: readonly MdLink[]): MdLink[] {
  const all = [...a, ...b].sort((x, y) => openOf(input, x) - openOf(input, y));
  const out: MdLink[] = [];
  // The links kept whose span may still hold or cross the next one.
  const holding: MdLink[] = [];
  for (const link of all) {
    while (holding.length > 0 && (holding[holding.length - 1] as MdLink).end <= openOf(input, link)) holding.pop();
    const outer = holding[holding.length - 1];
    // Inside another's text, whole: nested. Anywhere else in its span: crossing.
    if (outer !== undefined && !(link.start >= outer.textStart && link.end <= outer.textEnd)) continue;
    out.push(link);
    holding.push(link);
  }
  return out;
}

/** Plain text rendered from inline Markdown, with the links it held located in it. */
export interface RenderedInline {
  text: string;
  links: { href: string; text: string; start: number; end: number }[];
}

/**
 * Renders inline Markdown (one or more lines, quote markers already removed) as the plain text a
 * reader sees: links, inline or by reference to `defs` (by default `src`'s own definitions),
 * become their text; images disappear; escapes and HTML entities are decoded; `<br>` becomes a
 * line break.
 *
 * @example
 * ```ts
 * renderInline('Hi [pic.twitter.com/a](https://t.co/a) \\#tag').text; // 'Hi pic.twitter.com/a #tag'
 * ```
 */
export function renderInline(src: string, defs: LinkDefinitions = linkDefinitions(src)): RenderedInline {
  let text = '';
  const links: RenderedInline['links'] = [];
  let at = 0;
  for (const link of markdownLinks(src, defs)) {
    // A link inside one already rendered (an image in a link's text) was rendered with it.
    if (openOf(src, link) < at) continue;
    const image = isImage(src, link);
    text += plain(src.slice(at, image ? link.start - 1 : link.start));
    if (!image) {
      const inner = src.slice(link.textStart, link.textEnd);
      const shown = inner.includes(']') ? renderInline(inner, defs).text : plain(inner);
      links.push({ href: link.href, text: shown, start: text.length, end: text.length + shown.length });
      text += shown;
    }
    at = link.end;
  }
  text += plain(src.slice(at));
  return { text, links };
}

/** Escapes removed, `<br>` as a line break, entities decoded. */
function plain(s: string): string {
  let out = unescapeMarkdown(s);
  if (out.includes('<')) out = out.replace(/<br\s*\/?>/gi, '\n');
  if (out.includes('&')) out = decodeHTML(out);
  return out;
}

/**
 * Where the playground paints an embed in its input: the embed's span (`start`–`end`, exact, from
 * the library) and, inside it, the body, the signature and the entities. The library gives no
 * offsets for those, so they are found by string search of the embed's own fields inside the span.
 * The search works on HTML source, Markdown and text alike: a body is matched word by word (the
 * markup between words is skipped), in HTML occurrences inside a tag (`<a href="…">`) do not count,
 * and a field that cannot be found is simply not marked.
 */
import { escapeUTF8 } from 'entities';
import type { Embed, InputFormat } from '../src/index.js';

export type MarkKind = 'embed' | 'body' | 'signature' | 'link' | 'media' | 'mention' | 'hashtag' | 'cashtag';

/** One painted range of the input, [start, end) in UTF-16 units; `embed` is the embed's index. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  embed: number;
}

/** Every kind, in a fixed order: a mark's kind travels as its index here (see {@link packMarks}). */
export const MARK_KINDS: readonly MarkKind[] = ['embed', 'body', 'signature', 'link', 'media', 'mention', 'hashtag', 'cashtag'];

/**
 * Packs marks into one Int32Array (kind index, start, end, embed per mark) that a worker can
 * transfer to the page without copying: thousands of small objects cost the page's main thread
 * far more to receive.
 *
 * @example
 * ```ts
 * unpackMarks(packMarks([{ kind: 'body', start: 2, end: 5, embed: 0 }])); // the same mark back
 * ```
 */
export function packMarks(marks: readonly Mark[]): Int32Array {
  const packed = new Int32Array(marks.length * 4);
  for (const [i, m] of marks.entries()) packed.set([MARK_KINDS.indexOf(m.kind), m.start, m.end, m.embed], i * 4);
  return packed;
}

/** The marks {@link packMarks} packed. */
export function unpackMarks(packed: Int32Array): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i + 3 < packed.length; i += 4) {
    const kind = MARK_KINDS[packed[i] as number];
    if (kind !== undefined) marks.push({ kind, start: packed[i + 1] as number, end: packed[i + 2] as number, embed: packed[i + 3] as number });
  }
  return marks;
}

/** A mark with the marks it contains (see {@link nestMarks}). */
export interface MarkNode extends Mark {
  children: MarkNode[];
}

/** How many characters of markup or prose may separate two words of a body in the source. */
const MAX_WORD_GAP = 600;

/**
 * The marks of one embed: its span, then body and signature, then entities. Entities are looked
 * for in the body when the body was found, else in the whole span.
 *
 * @example
 * ```ts
 * marksFor('x Hi #a— N (@h) May 1, 2026', embed, 0, 'text');
 * // [{ kind: 'embed', … }, { kind: 'body', … }, { kind: 'signature', … }, { kind: 'hashtag', … }]
 * ```
 */
export function marksFor(input: string, embed: Embed, index: number, format: InputFormat): Mark[] {
  const { start, end } = embed;
  const marks: Mark[] = [{ kind: 'embed', start, end, embed: index }];
  const search = new Search(input, start, end, format === 'html');

  const body = embed.text === null ? null : search.body(embed.text);
  if (body !== null) marks.push({ kind: 'body', start: body[0], end: body[1], embed: index });

  const signature = search.signature(embed, body === null ? start : body[1]);
  if (signature !== null) marks.push({ kind: 'signature', start: signature[0], end: signature[1], embed: index });

  const [from, to] = body ?? [start, end];
  const taken: [number, number][] = [];
  const entity = (kind: MarkKind, needle: string, wordEnd: boolean): void => {
    for (const [s, e] of search.all(needle, from, to, wordEnd)) {
      if (taken.some(([ts, te]) => s < te && ts < e)) continue;
      taken.push([s, e]);
      marks.push({ kind, start: s, end: e, embed: index });
    }
  };
  for (const url of embed.links) entity('link', url, false);
  for (const url of embed.media) entity('media', url, false);
  for (const handle of embed.mentions) entity('mention', `@${handle}`, true);
  for (const tag of embed.hashtags) entity('hashtag', `#${tag}`, true);
  for (const tag of embed.cashtags) entity('cashtag', `$${tag}`, true);
  return marks;
}

/**
 * Nests marks into a forest: sorted by start, a longer mark before a shorter one that starts at
 * the same place, each mark inside the innermost mark that contains it. A mark that crosses the
 * edge of another (neither contains the other) cannot be painted as nested elements and is left
 * out, as is an empty one.
 *
 * @example
 * ```ts
 * nestMarks([{ kind: 'body', start: 2, end: 5, embed: 0 }, { kind: 'embed', start: 0, end: 9, embed: 0 }]);
 * // [{ kind: 'embed', start: 0, end: 9, children: [{ kind: 'body', start: 2, end: 5, children: [] }] }]
 * ```
 */
export function nestMarks(marks: readonly Mark[]): MarkNode[] {
  const sorted = marks
    .filter((m) => m.end > m.start)
    .map((m) => ({ ...m, children: [] as MarkNode[] }))
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const roots: MarkNode[] = [];
  const stack: MarkNode[] = [];
  for (const m of sorted) {
    while (stack.length > 0 && (stack.at(-1) as MarkNode).end <= m.start) stack.pop();
    const parent = stack.at(-1);
    if (parent !== undefined && m.end > parent.end) continue; // crosses its parent's edge
    (parent === undefined ? roots : parent.children).push(m);
    stack.push(m);
  }
  return roots;
}

/** Outer kinds first when two marks cover the same range. */
const RANK: Record<MarkKind, number> = {
  embed: 0,
  body: 1,
  signature: 1,
  link: 2,
  media: 2,
  mention: 2,
  hashtag: 2,
  cashtag: 2,
};

/** Letters, digits and '_': what may continue a handle or a tag. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Dashes that open a signature line, as characters and as HTML entities. */
const DASHES = ['—', '–', '-', '&mdash;', '&ndash;', '&#8212;', '&#8211;'];

/**
 * Searches inside one embed's span. Offsets in and out are offsets into the whole input, but every
 * search runs on the span alone, so that a field missing from a span never scans the rest of a
 * long input.
 */
class Search {
  private readonly span: string;

  constructor(
    input: string,
    private readonly start: number,
    private readonly end: number,
    private readonly html: boolean,
  ) {
    this.span = input.slice(start, end);
  }

  /** The character at input offset `i`, or '' outside the span. */
  charAt(i: number): string {
    return this.span.charAt(i - this.start);
  }

  /** The first occurrence of `needle` (or its HTML-escaped form) in [from, to), outside tags. */
  find(needle: string, from: number, to: number): [number, number] | null {
    let best: [number, number] | null = null;
    const escaped = this.html ? escapeUTF8(needle) : needle;
    const forms = escaped === needle ? [needle] : [needle, escaped];
    const base = this.start;
    for (const form of forms) {
      let i = this.span.indexOf(form, from - base);
      while (i !== -1 && base + i + form.length <= to) {
        if (!this.insideTag(i)) {
          if (best === null || base + i < best[0]) best = [base + i, base + i + form.length];
          break;
        }
        i = this.span.indexOf(form, i + 1);
      }
    }
    return best;
  }

  /** Every occurrence of `needle` in [from, to), outside tags; `wordEnd`: not followed by a word character. */
  all(needle: string, from: number, to: number, wordEnd: boolean): [number, number][] {
    const out: [number, number][] = [];
    let at = from;
    for (;;) {
      const hit = this.find(needle, at, to);
      if (hit === null) return out;
      const next = this.charAt(hit[1]);
      if (!wordEnd || next === '' || hit[1] >= to || !WORD_CHAR.test(next)) out.push(hit);
      at = hit[0] + 1;
    }
  }

  /** The body: the whole text when it occurs as is, else its words in order, markup between them skipped. */
  body(text: string): [number, number] | null {
    if (text.trim() === '') return null;
    const whole = this.find(text, this.start, this.end);
    if (whole !== null) return whole;
    const words = text.split(' ').filter((w) => w !== '');
    let first: number | null = null;
    let last: number | null = null;
    let at = this.start;
    let found = 0;
    for (const word of words) {
      const limit = last === null ? this.end : Math.min(this.end, last + MAX_WORD_GAP + word.length * 6);
      const hit = this.find(word, at, limit);
      if (hit === null) continue;
      first ??= hit[0];
      last = hit[1];
      at = hit[1];
      found++;
    }
    if (first === null || last === null || found * 2 < words.length) return null;
    return [first, last];
  }

  /** The signature: author name, handle and date as shown, after the body, with a dash just before them. */
  signature(embed: Embed, from: number): [number, number] | null {
    const parts: [number, number][] = [];
    let at = from;
    const { name, handle } = embed.author;
    for (const field of [name, handle, embed.dateText]) {
      if (field === null || field === '') continue;
      const hit = this.find(field, at, this.end);
      if (hit === null) continue;
      parts.push(field === handle && this.charAt(hit[0] - 1) === '@' ? [hit[0] - 1, hit[1]] : hit);
      at = hit[1];
    }
    if (parts.length === 0) return null;
    let s = Math.min(...parts.map((p) => p[0]));
    const e = Math.max(...parts.map((p) => p[1]));
    // Take in the dash that opens the signature, across spaces and no-break spaces.
    let k = s;
    while (k > from && /[\s\u00a0]/.test(this.charAt(k - 1))) k--;
    const dash = DASHES.find((d) => k - d.length >= from && this.span.startsWith(d, k - d.length - this.start));
    if (dash !== undefined) s = k - dash.length;
    return [s, e];
  }

  /** In HTML: is span offset `i` inside a tag (a '<' before it with no '>' since)? */
  private insideTag(i: number): boolean {
    if (!this.html) return false;
    const lt = this.span.lastIndexOf('<', i);
    return lt !== -1 && this.span.lastIndexOf('>', i) < lt;
  }
}

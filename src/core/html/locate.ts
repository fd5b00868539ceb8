/**
 * One pass over an HTML page for the embeds of every platform asked for.
 *
 * Platforms declare, as data, the marker strings their embed elements carry (`HtmlForms`); this
 * module walks the page once for all of them and dispatches each marker to its platform, the
 * way micromark dispatches constructs on trigger characters. The shape is skip, locate, read
 * bounded:
 *
 * 1. Inert content (comments, `script`, `style`, `template` and other raw-text content, see
 *    {@link InertRanges}) is passed over whole: the marker search stops short of each inert range
 *    and resumes past it. Real pages inline tens of KB of CSS, where most of their `-` stand;
 *    searched anchor by anchor, it cost some pages more than their embeds.
 * 2. Each marker occurrence between them, in page order, is tied to the start tag it sits in by
 *    a short, bounded look back for `<`. A page holding no marker costs one `indexOf` walk of
 *    its `<` and one first-character pass per anchor outside inert content.
 * 3. The start tag is tokenized; when the marker's platform (else another one asked for) says
 *    its name and attributes open an embed, the element is read up to its end tag (at most
 *    {@link MAX_ELEMENT_LENGTH} units) and handed to that platform to interpret. The scan resumes
 *    past it, so no part of the page is read twice.
 * 4. Embeds read inside a `<noscript>` are listed apart: one whose post was also found outside
 *    is the same post shown to readers without scripts, and `extract.ts` counts it once.
 *
 * ```
 * <figure class="wp-block-embed is-provider-twitter"><blockquote class="twitter-tweet">…</blockquote></figure>
 *                                         ^marker '-twitter'       ^marker '-tweet' (inside, not re-read)
 * ^start tag found by looking back from the first marker                                 element end^
 * ```
 */
import type { HtmlForms, ScanContext } from '../../platforms/types.js';
import type { Embed, EmbedKind } from '../../types.js';
import { InertRanges } from './inert.js';
import { ElementReader, type InternedNames, type WithAttributes } from './tree.js';

/**
 * The anchors of the marker search: strings rare in prose, each occurrence checked against the
 * markers that hold it. Every marker a platform declares must hold one of them; the first of
 * these that a marker holds is where it is anchored.
 *
 * | anchor | markers anchored there (examples)                                          |
 * |--------|----------------------------------------------------------------------------|
 * | `-`    | class and attribute names: `twitter-tweet`, `instagram-media`, `amp-youtube`, `data-telegram-post` |
 * | `//`   | player and widget URLs: `//www.youtube.com/embed/`, `//www.tiktok.com/embed/` |
 * | `?`    | widget URLs whose id is a query parameter: `embed/Tweet.html?`, `plugins/post.php?` |
 *
 * The markers at one anchor share its pass: a first-character search stops at every `-`
 * whatever follows it, so one pass costs what each marker alone would. V8 finds a character in
 * a two-byte string by searching for one of its bytes; those of `-`, `/` and `?` stand in few
 * CJK, Cyrillic or Arabic letters, so multilingual pages pay little more than Latin ones.
 */
export const HTML_ANCHORS = ['-', '//', '?'] as const;

/** The longest element read as one embed, in UTF-16 units (real ones are a few KB). */
export const MAX_ELEMENT_LENGTH = 65_536;
/** How far back from a marker its start tag's `<` may stand. */
const MAX_TAG_LOOKBACK = 4096;

/**
 * Width of the windows the marker search walks a page in. Every anchor is searched in one window
 * before any moves on to the next, so a page is read from memory once while the window sits in
 * cache, not once per anchor: that keeps a 10 MB page at ten times the cost of a 1 MB one.
 */
const MARKER_WINDOW = 65_536;

/** One declared marker, placed around its anchor. */
interface Marker {
  readonly text: string;
  /** Offset of the anchor in `text`. */
  readonly offset: number;
  /** Index of the platform's forms in the locator's list. */
  readonly owner: number;
  /**
   * Two positions in `text` outside the anchor, and their characters' codes, compared before the
   * whole marker is (see {@link markerAt}).
   */
  readonly probes: readonly [number, number, number, number];
}

/**
 * Where a marker is probed: next to its anchor (the character before it, else the middle of
 * what follows) and at its far end (the last character, else the middle of what precedes).
 * Markers that share a start (`//www.` of a page's every link) differ at one or the other.
 */
function probes(text: string, offset: number, anchor: string): [number, number, number, number] {
  const after = offset + anchor.length;
  const near = offset > 0 ? offset - 1 : (after + text.length) >> 1;
  const far = text.length > after ? text.length - 1 : offset >> 1;
  return [near, text.charCodeAt(near), far, text.charCodeAt(far)];
}

/** The markers of one anchor, by the character that follows the anchor in them. */
interface AnchorTable {
  readonly anchor: string;
  /** Markers whose anchor is followed by an ASCII character, by that character's code. */
  readonly byNext: (readonly Marker[] | undefined)[];
  /** Markers whose anchor ends them, or is followed by a non-ASCII character. */
  readonly tail: readonly Marker[];
  /**
   * 1 at `a * 128 + b` when a marker's anchor is followed by the ASCII characters `a` and `b`:
   * most occurrences of a dense anchor are refused on it (`-top`, `-size` of inline CSS)
   * before any marker is compared. Markers with fewer than two ASCII characters after the
   * anchor are in `tail`, which is then compared every time.
   */
  readonly pairs: Uint8Array;
}

/** The markers of a list of platforms' forms, grouped for the search. */
export class MarkerTable {
  readonly tables: readonly AnchorTable[];

  constructor(forms: readonly HtmlForms[]) {
    const grouped = new Map<string, Marker[]>();
    forms.forEach((f, owner) => {
      for (const text of f.markers) {
        const anchor = HTML_ANCHORS.find((a) => text.includes(a));
        // A marker holding no anchor could never be found: a declaration error, caught by the
        // registry test; here it is passed over rather than breaking every scan.
        if (anchor === undefined) continue;
        const list = grouped.get(anchor) ?? [];
        const offset = text.indexOf(anchor);
        list.push({ text, offset, owner, probes: probes(text, offset, anchor) });
        grouped.set(anchor, list);
      }
    });
    this.tables = HTML_ANCHORS.filter((a) => grouped.has(a)).map((anchor) => {
      const byNext: Marker[][] = [];
      const tail: Marker[] = [];
      const pairs = new Uint8Array(128 * 128);
      for (const m of grouped.get(anchor) ?? []) {
        const next = m.text.charCodeAt(m.offset + anchor.length);
        const second = m.text.charCodeAt(m.offset + anchor.length + 1);
        // NaN (the marker ends) fails both tests.
        if (next < 0x80 && second < 0x80) pairs[next * 128 + second] = 1;
        if (Number.isNaN(next) || next >= 0x80) tail.push(m);
        else {
          (byNext[next] ??= []).push(m);
          if (!(second < 0x80)) tail.push(m);
        }
      }
      return { anchor, byNext, tail, pairs };
    });
  }

  /** The owner of the marker anchored at `i` by anchor table `k`, or -1. */
  ownerAt(input: string, i: number, k: number): number {
    const t = this.tables[k] as AnchorTable;
    const after = i + t.anchor.length;
    const next = input.charCodeAt(after);
    const second = input.charCodeAt(after + 1);
    if (next < 0x80 && second < 0x80 && t.pairs[next * 128 + second] === 1) {
      const list = t.byNext[next];
      if (list !== undefined) for (const m of list) if (markerAt(input, i, m)) return m.owner;
    }
    for (const m of t.tail) if (markerAt(input, i, m)) return m.owner;
    return -1;
  }
}

/**
 * Whether marker `m` stands in `input` with its anchor at `i`. Its probes are compared first:
 * two `charCodeAt` refuse most candidates for far less than a `startsWith` costs on a two-byte
 * page.
 */
function markerAt(input: string, i: number, m: Marker): boolean {
  const from = i - m.offset;
  const [near, nearCode, far, farCode] = m.probes;
  return (
    from >= 0 &&
    input.charCodeAt(from + near) === nearCode &&
    input.charCodeAt(from + far) === farCode &&
    input.startsWith(m.text, from)
  );
}

/** What a list of forms needs for every page: its marker table and the names its reader interns. */
interface Prepared {
  readonly table: MarkerTable;
  readonly names: InternedNames;
}

/** What was prepared for each list of forms (a handful of lists at most). */
const preparedCache = new WeakMap<readonly HtmlForms[], Prepared>();

function prepared(forms: readonly HtmlForms[]): Prepared {
  let p = preparedCache.get(forms);
  if (p === undefined) {
    p = {
      table: new MarkerTable(forms),
      names: {
        tags: forms.flatMap((f) => f.names?.tags ?? []),
        attributes: forms.flatMap((f) => f.names?.attributes ?? []),
      },
    };
    preparedCache.set(forms, p);
  }
  return p;
}

/**
 * The marker search over one page: each anchor's next occurrence, and how far each is known to
 * be absent, so no stretch of the page is searched twice for the same anchor.
 */
export class MarkerSearch {
  private readonly anchors: readonly string[];
  /** Per anchor: its next occurrence found, or -2 when none is cached. */
  private readonly next: number[];
  /** Per anchor: no occurrence starts before this offset that was not already returned. */
  private readonly searched: number[];
  /** Per anchor: the window it was last searched in, as a slice, and that window's start. */
  private readonly windows: string[];
  private readonly windowStarts: number[];
  /** The owner of the marker {@link from} returned last. */
  owner = -1;

  constructor(
    private readonly input: string,
    private readonly table: MarkerTable,
  ) {
    this.anchors = table.tables.map((t) => t.anchor);
    this.next = this.anchors.map(() => -2);
    this.searched = this.anchors.map(() => 0);
    this.windows = this.anchors.map(() => '');
    this.windowStarts = this.anchors.map(() => -1);
  }

  /**
   * The first confirmed marker at or after `from` and before `limit` (its owner in
   * {@link owner}), or -1.
   */
  from(from: number, limit = this.input.length): number {
    const { input, table } = this;
    const stop = Math.min(limit, input.length);
    let at = Math.max(0, from);
    while (at < stop) {
      const windowEnd = Math.min(stop, (Math.floor(at / MARKER_WINDOW) + 1) * MARKER_WINDOW);
      let best = -1;
      let owner = -1;
      for (let k = 0; k < this.anchors.length; k++) {
        let p = this.occurrence(k, at, windowEnd);
        if (p < 0) continue;
        let o = table.ownerAt(input, p, k);
        if (o < 0) {
          p = this.confirmed(k, p, windowEnd);
          o = this.owner;
        }
        if (p >= 0 && (best < 0 || p < best)) {
          best = p;
          owner = o;
        }
      }
      if (best >= 0) {
        this.owner = owner;
        return best;
      }
      at = windowEnd;
    }
    return -1;
  }

  /**
   * The first occurrence of anchor `k` after `p` (an occurrence in the current window that is no
   * marker) and before `windowEnd` that is a marker (its owner in {@link owner}), or -1. The
   * loop over a dense anchor: a page's `-` can be thousands, and most are no marker.
   */
  private confirmed(k: number, p: number, windowEnd: number): number {
    const { input, table } = this;
    const windowStart = this.windowStarts[k] as number;
    const w = this.windows[k] as string;
    const anchor = this.anchors[k] as string;
    const stop = windowEnd - windowStart;
    for (let i = w.indexOf(anchor, p + 1 - windowStart); ; i = w.indexOf(anchor, i + 1)) {
      if (i < 0) {
        this.next[k] = -2;
        this.searched[k] = Math.min(input.length, windowStart + MARKER_WINDOW);
        return -1;
      }
      this.next[k] = windowStart + i;
      this.searched[k] = windowStart + i + 1;
      if (i >= stop) return -1;
      const o = table.ownerAt(input, windowStart + i, k);
      if (o >= 0) {
        this.owner = o;
        return windowStart + i;
      }
    }
  }

  /** The first occurrence of anchor `k` starting in [from, windowEnd), or -1. */
  private occurrence(k: number, from: number, windowEnd: number): number {
    const cached = this.next[k] as number;
    if (cached >= from) return cached < windowEnd ? cached : -1;
    const start = Math.max(from, this.searched[k] as number);
    if (start >= windowEnd) return -1;
    const anchor = this.anchors[k] as string;
    // A slice of a flat string is a view in V8, not a copy; it bounds the search to the window
    // (plus the few units an anchor starting in it may reach past its end). One slice per window
    // and anchor, searched from each occurrence on: a page can hold a `-` every 40 units.
    // `windowEnd` may stop short of the window's end (a search bounded by a limit); the slice
    // never does, so it serves every search in its window.
    const windowStart = windowEnd - 1 - ((windowEnd - 1) % MARKER_WINDOW);
    const fullEnd = Math.min(this.input.length, windowStart + MARKER_WINDOW);
    if (this.windowStarts[k] !== windowStart) {
      this.windows[k] = this.input.slice(windowStart, Math.min(this.input.length, fullEnd + anchor.length - 1));
      this.windowStarts[k] = windowStart;
    }
    const i = (this.windows[k] as string).indexOf(anchor, start - windowStart);
    if (i >= 0) {
      // Kept even when past `windowEnd`: nothing lies between, whatever the next search's bounds.
      this.next[k] = windowStart + i;
      this.searched[k] = windowStart + i + 1;
      return windowStart + i < windowEnd ? windowStart + i : -1;
    }
    this.next[k] = -2;
    this.searched[k] = fullEnd;
    return -1;
  }
}

/** What {@link locateEmbeds} found. */
export interface LocatedEmbeds {
  /** Every embed, in page order. */
  readonly embeds: Embed[];
  /** Those of `embeds` read inside a `<noscript>` element (few; usually none). */
  readonly noscript: readonly Embed[];
}

/**
 * Finds the embeds of the given platforms' forms in an HTML page, in page order (see the module
 * comment for the shape of the scan). `forms` should be the same array from call to call for
 * the same platforms: the marker table built for it is kept. A platform's `interpret` that
 * throws costs only its own embed, unless `strict` (for tests that drive platforms directly)
 * lets the throw through.
 *
 * @example
 * ```ts
 * locateEmbeds(ctx, [xHtml]).embeds; // every X embed of ctx.input
 * ```
 */
export function locateEmbeds(ctx: ScanContext, forms: readonly HtmlForms[], strict = false): LocatedEmbeds {
  const { input } = ctx;
  const none: LocatedEmbeds = { embeds: [], noscript: [] };
  if (forms.length === 0) return none;
  const { table, names } = prepared(forms);
  const markers = new MarkerSearch(input, table);
  const inert = new InertRanges(input);
  const reader = new ElementReader(names);
  // One options object for every read: the marker being tried, its platform, and what the
  // start tag was found to open.
  // `openEnd`: where the start tag read last ended, or -1 when it did not end within the read.
  const attempt = { pos: 0, first: 0, owner: -1, kind: null as EmbedKind | null, openEnd: -1 };
  const readOptions = {
    maxLength: MAX_ELEMENT_LENGTH,
    accept: (name: string, el: WithAttributes, openEnd: number): boolean => {
      attempt.openEnd = openEnd;
      if (openEnd <= attempt.pos) return false; // the marker is in text after the tag
      // The marker's platform first, then the others: a start tag can carry another
      // platform's marker before its own (`class="embed-twitter fb-post"` is rare, not absent).
      for (let n = 0; n < forms.length; n++) {
        const owner = n === 0 ? attempt.first : n <= attempt.first ? n - 1 : n;
        const kind = (forms[owner] as HtmlForms).classify(name, el);
        if (kind !== null) {
          attempt.owner = owner;
          attempt.kind = kind;
          return true;
        }
      }
      return false;
    },
    flatten: (): boolean => {
      const f = forms[attempt.owner] as HtmlForms;
      return attempt.kind !== null && f.flatten !== undefined && f.flatten(attempt.kind);
    },
  };
  // Whether the start tag at a `<` ends before a given offset: read up to that offset, refused
  // at its end. Set by the read below.
  let tagEnded = false;
  const tagEndOptions = {
    maxLength: 0,
    accept: (): boolean => {
      tagEnded = true;
      return false;
    },
  };
  const found: Embed[] = [];
  /** Indexes in `found` of embeds read inside a noscript element (few; usually none). */
  const inNoscript: number[] = [];
  /** Nothing before it is read again. */
  let cursor = 0;
  /** The start tag the previous marker belonged to, and how far back we looked for it. */
  let lastLt = -1;
  let floor = 0;
  for (;;) {
    // Inert content is passed over whole, never searched anchor by anchor: a page's inline CSS
    // alone can hold most of its `-` (thousands of `font-size`, `margin-top`).
    const gap = inert.after(cursor);
    if (gap !== null && gap.start <= cursor) {
      cursor = gap.end;
      continue;
    }
    const pos = markers.from(cursor, gap === null ? input.length : gap.start);
    if (pos < 0) {
      if (gap === null) break;
      cursor = gap.end;
      continue;
    }
    cursor = pos + 1;
    let lt = findTagStart(input, pos, Math.max(floor, pos - MAX_TAG_LOOKBACK));
    floor = pos + 1;
    if (lt < 0) continue;
    // A `<` inside the quoted value of the start tag before it opens no tag
    // (`<blockquote class="a<iframe src="…Tweet.html?id=1">` is one blockquote): the marker is
    // that tag's. Told by the start tag before alone, read no further than `lt`, whatever
    // markers came before: the answer must not depend on which platforms are on.
    // A `<` in inert content opens nothing: the start tag before is looked for past the last
    // inert range before the marker.
    const before = findTagStart(input, lt, Math.max(inert.passedEnd, pos - MAX_TAG_LOOKBACK));
    if (before >= 0) {
      if (before === lastLt) {
        // The previous marker's start tag: where it ends is known from its read.
        tagEnded = attempt.openEnd >= 0 && attempt.openEnd <= lt;
      } else {
        tagEnded = false;
        tagEndOptions.maxLength = lt - before;
        reader.read(input, before, tagEndOptions);
      }
      if (!tagEnded) lt = before;
    }
    // The same tag as the previous marker's (already decided).
    if (lt === lastLt) continue;
    lastLt = lt;
    attempt.pos = pos;
    attempt.openEnd = -1;
    attempt.first = markers.owner;
    attempt.owner = -1;
    attempt.kind = null;
    const el = reader.read(input, lt, readOptions);
    if (attempt.openEnd < 0) {
      // The start tag at `lt` did not end within the read: everything up to where the read
      // stopped stands inside it (a `<` there opens no tag), so no marker there is tried again.
      // Without this, a page of unclosed start tags (`<iframe src="…embed/…` with no `>`) had
      // every marker read a whole window: 64 KB per marker, 18 s for 1 MB.
      cursor = Math.max(cursor, Math.min(input.length, lt + MAX_ELEMENT_LENGTH));
      floor = cursor;
      continue;
    }
    const kind = attempt.kind as EmbedKind | null;
    if (el === null || kind === null) continue;
    // Every marker inside the element belongs to it: resume past its end.
    cursor = Math.max(cursor, el.end);
    floor = cursor;
    const read = { root: el, kind, flat: reader.flat, flatElements: reader.flatElements };
    const form = forms[attempt.owner] as HtmlForms;
    let embed: Embed | null = null;
    if (strict) embed = form.interpret(read, ctx);
    else {
      try {
        embed = form.interpret(read, ctx);
      } catch {
        // A platform's bug must not cost the page's other embeds; the property tests drive
        // every platform's forms strictly, so a throw here is found there first.
      }
    }
    if (embed === null) continue;
    if (inert.inNoscript(lt)) inNoscript.push(found.length);
    found.push(embed);
  }
  return { embeds: found, noscript: inNoscript.map((i) => found[i] as Embed) };
}

/**
 * The offset of the `<` opening the start tag that holds `pos`, looking back no further than
 * `floor`, or -1. Only a `<` followed by an ASCII letter opens a start tag.
 */
function findTagStart(input: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (input.charCodeAt(i) !== 0x3c /* < */) continue;
    const c = input.charCodeAt(i + 1) | 0x20; // ASCII letters to lower case
    if (c >= 0x61 /* a */ && c <= 0x7a /* z */) return i;
  }
  return -1;
}

/**
 * One attribution grammar for every platform: what closes (or opens) a post in flattened text.
 *
 * ```
 * …dialogue https://t.co/EflYXFDBkL— Insider Paper (@TheInsiderPaper) February 5, 2026        (X: dash-led)
 * …over the harbour— Harbour Watch (@harbour.bsky.social) February 5, 2026 at 2:31 PM          (Bluesky: a domain handle, a time)
 * Lanterns tonight ✨ A post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST (Instagram: a lead phrase)
 * Posted by Harbour Watch on Thursday, August 27, 2015                                       (Facebook: no handle)
 * ^lead / dash  ^name        ^handle                ^joiner ^date
 * ```
 *
 * A grammar is data ({@link AttributionGrammar}): how the attribution opens (a dash, or one of
 * its lead phrases in each language it appears in), how a handle is written and read (X
 * handles, domain handles, `user@host`, dotted handles, `u/name`), what may join the date, and
 * whether the date may carry a time. {@link scanAttributions} reads any grammar over a text and
 * returns offsets into it, so a platform's text route is a few lines of data.
 */
import { scanEmbedDate, type ScannedDate } from '../dates/index.js';
import {
  CharCode,
  collapseSpace,
  isAsciiAlnum,
  isAsciiLetter,
  isGap,
  isHandleChar,
  isInvisible,
  isLineBreak,
  isSpace,
  isStrongDash,
} from '../text/chars.js';
import { eachLiteral, indexOfLiteral, literalAnchor } from '../text/literal.js';
import { fitsDisplayName } from './name.js';
import type { DateOptions } from '../../types.js';

/** Reads a handle at `at` (after its sign): the offset just past it, or -1 when none stands there. */
export type HandleReader = (input: string, at: number) => number;

/** How a handle is written around its name: `(@name)`, `@name`, `u/name`. */
export interface HandleForm {
  /** What opens the handle group: `(@`, `@`, `u/`. */
  readonly open: string;
  /** What closes it: `)`, or '' when nothing does. */
  readonly close: string;
  /** Reads the handle's own characters. */
  readonly read: HandleReader;
}

/** An attribution grammar: see the module comment. */
export interface AttributionGrammar {
  /** 'dash': a dash opens the attribution (X, Bluesky); else the lead phrases that do. */
  readonly lead: 'dash' | readonly string[];
  /** With lead phrases written in lower case: match them in any case (`Ein Beitrag geteilt von`). */
  readonly leadAnyCase?: boolean;
  /**
   * Phrases that close an attribution naming its author first, right after the handle
   * (Instagram's Japanese `Name(@handle)がシェアした投稿`), as written. Such an attribution starts
   * where its name's segment starts (see {@link scanTrailed}).
   */
  readonly trail?: readonly string[];
  /** The handle, or null when the attribution shows none (Facebook's `Posted by Name on …`). */
  readonly handle: HandleForm | null;
  /** Whether a handle must be there (a grammar with a handle form may still show none). */
  readonly handleRequired: boolean;
  /** Words that may stand between the handle (or name) and the date: ' on ', ' am ', …; '' for none. */
  readonly dateJoiners: readonly string[];
  /** Whether an attribution without a readable date still counts. */
  readonly dateRequired: boolean;
  /** Whether the date may carry a time (`at 2:31 PM`); else it ends at its year. */
  readonly dateTime: boolean;
  /** The longest display name, in code points as {@link fitsDisplayName} counts them. */
  readonly maxName: number;
}

/** One attribution found: offsets into the caller's input and its fields. */
export interface Attribution {
  /** The offset of the dash or the lead phrase (or the name, before a trail): where the attribution starts. */
  start: number;
  /** Just past its last character (the date, else the handle, else the name). */
  end: number;
  name: string | null;
  handle: string | null;
  date: string | null;
  dateText: string | null;
}

/** How far back from a handle a dash may stand, in UTF-16 units (a name, its emoji, spaces). */
const NAME_WINDOW = 160;
/** How far past its joiner a date may run. */
const DATE_WINDOW = 80;
/** How many gap characters may stand between the handle and the date (textContent indentation). */
const DATE_GAP = 64;

/**
 * Every attribution of `grammar` in `input`, left to right, none overlapping.
 *
 * @example
 * ```ts
 * scanAttributions('Lanterns ✨ A post shared by Harbour (@harbour.watch) on Feb 5, 2026', INSTAGRAM_BYLINE); // platforms/instagram/text.ts
 * // [{ start: 11, end: 68, name: 'Harbour', handle: 'harbour.watch', date: '2026-02-05', dateText: 'Feb 5, 2026' }]
 * ```
 */
export function scanAttributions(
  input: string,
  grammar: AttributionGrammar,
  options?: DateOptions,
): Attribution[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const trail = grammar.trail !== undefined && grammar.trail.length > 0 ? grammar.trail : null;
  // The handle openers the phrase-led walk passes, kept for the trail scan: one walk, not two.
  const openers: number[] | null = trail !== null && grammar.lead !== 'dash' ? [] : null;
  const led = grammar.lead === 'dash' ? scanDashLed(input, grammar, options) : scanPhraseLed(input, grammar, grammar.lead, options, openers ?? undefined);
  if (trail === null) return led;
  return inOrder(led, scanTrailed(input, grammar, trail, openers !== null && openers.length > 0 ? openers : null, options));
}

/** Two lists of attributions, each in order, as one in order: where two overlap, the first kept. */
function inOrder(a: Attribution[], b: Attribution[]): Attribution[] {
  if (b.length === 0) return a;
  const out: Attribution[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as Attribution).start <= (b[j] as Attribution).start) ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (last === undefined || (next as Attribution).start >= last.end) out.push(next as Attribution);
  }
  return out;
}

/**
 * Attributions that name the author first and close with one of `trail` right after the handle
 * (`Harbour Lights(@harbour.lights)がシェアした投稿 - 2017 4月 10`), anchored on each handle opener.
 * Nothing opens them, so the name runs back from the opener to the start of its segment: a line
 * break, a run of two or more white-space characters (the indentation textContent keeps between
 * elements), the end of the attribution before, or the input's start. Where none stands within a
 * name's reach (text whose spaces were collapsed, a caption glued to the name), where the name
 * starts cannot be told and the attribution is not read: a name half made of caption would be a
 * guess.
 */
function scanTrailed(
  input: string,
  grammar: AttributionGrammar,
  trail: readonly string[],
  walked: readonly number[] | null,
  options?: DateOptions,
): Attribution[] {
  const form = grammar.handle;
  if (form === null) return [];
  const found: Attribution[] = [];
  let floor = 0;
  // The openers the lead-phrase walk found, or a walk of its own where there was none.
  let k = 0;
  const next = (after: number): number => (walked !== null ? (walked[k++] ?? -1) : input.indexOf(form.open, after));
  for (let at = next(0); at >= 0; at = next(at + form.open.length)) {
    if (at < floor) continue;
    const handle = readHandle(input, at, form);
    if (handle === null) continue;
    const after = skipSpaces(input, handle.end);
    const phrase = trail.find((p) => input.startsWith(p, after));
    if (phrase === undefined) continue;
    const nameFrom = segmentStart(input, at, floor);
    if (nameFrom < 0) continue;
    const name = readName(input, nameFrom, at, grammar.maxName);
    if (name === undefined) continue;
    const phraseEnd = after + phrase.length;
    const date = readDate(input, phraseEnd, grammar, options);
    if (grammar.dateRequired && date === null) continue;
    const end = date?.end ?? phraseEnd;
    found.push({ start: name === null ? at : nameFrom, end, name, handle: handle.value, date: date?.date ?? null, dateText: date?.dateText ?? null });
    floor = end;
  }
  return found;
}

/**
 * Where the segment holding the name before `at` starts (see {@link scanTrailed}), no lower than
 * `floor`; -1 when no boundary stands within {@link NAME_WINDOW}.
 */
function segmentStart(input: string, at: number, floor: number): number {
  let i = at;
  // The spaces between the name and the opener are the name's own.
  while (i > floor && isNameGap(input.charCodeAt(i - 1))) i--;
  const low = Math.max(floor, at - NAME_WINDOW);
  for (; i > low; i--) {
    const c = input.charCodeAt(i - 1);
    if (isLineBreak(c)) return i;
    if (isNameGap(c) && i >= 2 && isNameGap(input.charCodeAt(i - 2))) return i;
  }
  return i === floor ? floor : -1;
}

/** Dash-led attributions, anchored on each handle opener and completed backwards to the dash. */
function scanDashLed(input: string, grammar: AttributionGrammar, options?: DateOptions): Attribution[] {
  const form = grammar.handle;
  if (form === null) return [];
  const found: Attribution[] = [];
  let floor = 0;
  let at = input.indexOf(form.open);
  while (at >= 0) {
    const handle = readHandle(input, at, form);
    const date = handle !== null ? readDate(input, handle.end, grammar, options) : null;
    if (handle === null || (grammar.dateRequired && date === null)) {
      at = input.indexOf(form.open, at + form.open.length);
      continue;
    }
    const dash = dashBefore(input, at, floor);
    const name = dash !== null ? readName(input, dash.end, at, grammar.maxName) : undefined;
    const end = date !== null ? date.end : handle.end;
    if (dash !== null && name !== undefined) {
      found.push({ start: dash.start, end, name, handle: handle.value, date: date?.date ?? null, dateText: date?.dateText ?? null });
    }
    floor = end;
    at = input.indexOf(form.open, end);
  }
  return found;
}

/** Phrase-led attributions (`A post shared by …`), anchored on each lead phrase. */
function scanPhraseLed(
  input: string,
  grammar: AttributionGrammar,
  phrases: readonly string[],
  options?: DateOptions,
  openers?: number[],
): Attribution[] {
  const starts = leadPhrases(input, grammar, phrases, openers);
  starts.sort((a, b) => a.at - b.at || b.phrase.length - a.phrase.length);
  const found: Attribution[] = [];
  let floor = 0;
  const opens: OpenSearch = { from: -1, next: -1 };
  const joiners: JoinerSearch = { scanned: 0, at: [], dates: [], first: 0, breakFrom: -1, breakAt: -1 };
  let last: LeadAt | undefined;
  for (const lead of starts) {
    if (lead.at < floor || (last !== undefined && last.at === lead.at && last.phrase === lead.phrase)) continue;
    last = lead;
    const a = readPhraseLed(input, lead.at, lead.at + lead.phrase.length, grammar, opens, joiners, options);
    if (a === null) continue;
    found.push(a);
    floor = a.end;
  }
  return found;
}

/** A lead phrase found at an offset. */
interface LeadAt {
  at: number;
  phrase: string;
}

/**
 * Where the lead phrases stand (a phrase preceded by a word character is part of a word, unless
 * textContent glued it there). Unsorted; a phrase may be listed twice.
 *
 * When a handle must follow within {@link NAME_WINDOW}, only the text before each handle opener
 * is searched: a page holds far fewer `(@` than it holds the first letters of `a post shared by`
 * and its translations, and each search of a whole page for a phrase costs about as much as
 * reading it. Lead phrases never hold the opener's first character.
 */
function leadPhrases(input: string, grammar: AttributionGrammar, phrases: readonly string[], openers?: number[]): LeadAt[] {
  const starts: LeadAt[] = [];
  const push = (at: number, phrase: string): void => {
    if (at === 0 || !isWordChar(input.charCodeAt(at - 1)) || isGlueSeam(input, at)) starts.push({ at, phrase });
  };
  const anyCase = grammar.leadAnyCase === true;
  const form = grammar.handle;
  if (form !== null && grammar.handleRequired && form.open.length > 0) {
    let longest = 0;
    for (const phrase of phrases) longest = Math.max(longest, phrase.length);
    const opener = literalAnchor(form.open);
    const pattern = patternOf(phrases, anyCase);
    // What the windows searched so far cover ends here: a phrase ending before it was found.
    let searched = 0;
    for (let open = indexOfLiteral(input, opener); open >= 0; open = indexOfLiteral(input, opener, open + 1)) {
      openers?.push(open);
      // The name starts within NAME_WINDOW of the opener, past the phrase and the spaces after it.
      let from = Math.max(0, open - NAME_WINDOW);
      while (from > 0 && isNameGap(input.charCodeAt(from - 1))) from--;
      from = Math.max(0, from - longest, searched - longest + 1);
      searched = open;
      const window = input.slice(from, open);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
        push(from + m.index, m[0]);
        pattern.lastIndex = m.index + 1; // phrases may overlap (`una publicación compartida por|de`)
      }
    }
    return starts;
  }
  if (anyCase) {
    const pattern = patternOf(phrases, true);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
      push(m.index, m[0]);
      pattern.lastIndex = m.index + 1;
    }
    return starts;
  }
  eachLiteral(input, phrases, push);
  return starts;
}

/** What {@link skipSpaces} passes over between a lead phrase and the name. */
function isNameGap(c: number): boolean {
  return isSpace(c) || isInvisible(c);
}

/**
 * One pattern for a list of lead phrases (in any case with `anyCase`), made once per list: over
 * the short text before a handle, one pattern reads it once where a search per phrase would
 * read it once per language.
 */
const PATTERNS = [new WeakMap<readonly string[], RegExp>(), new WeakMap<readonly string[], RegExp>()] as const;
function patternOf(phrases: readonly string[], anyCase: boolean): RegExp {
  // One cache per case rule: two grammars may share a list of phrases and not the rule.
  const cache = PATTERNS[anyCase ? 1 : 0];
  let pattern = cache.get(phrases);
  if (pattern === undefined) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    pattern = new RegExp(sorted.map(escapeRegExp).join('|'), anyCase ? 'gi' : 'g');
    cache.set(phrases, pattern);
  }
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last search for a handle opener: from `from`, the first opener at `next` (-1: none). It
 * answers for any offset in [from, next], so a page of lead phrases and no opener is searched
 * once, not once per phrase.
 */
interface OpenSearch {
  from: number;
  next: number;
}

/**
 * What the windows after the lead phrases of one scan have found so far: the date joiners, in
 * order, with the date read after each (undefined: not read yet; null: none reads), and the
 * line break that ends the current line. Lead phrases are read in order and the windows after
 * them overlap (a page can hold a phrase every few characters), so each offset is tried for a
 * joiner once, each joiner's date is read once, and each line's end is looked for once: the work
 * is linear in the input, not in the input times the window.
 */
interface JoinerSearch {
  /** Offsets below this that a window covered were tried; later windows start past it or at it. */
  scanned: number;
  /** Offsets of the joiners found (their leading white space), ascending. */
  at: number[];
  dates: (ScannedDate | null | undefined)[];
  /** The first index of `at` a window can still start at. */
  first: number;
  /** The first line break at or after `breakFrom` (or the input's end); -1: none looked for yet. */
  breakFrom: number;
  breakAt: number;
}

function readPhraseLed(
  input: string,
  start: number,
  from: number,
  grammar: AttributionGrammar,
  opens: OpenSearch,
  joiners: JoinerSearch,
  options?: DateOptions,
): Attribution | null {
  const nameFrom = skipSpaces(input, from);
  // The end of the line, no further than the window: the line break after `nameFrom`, kept for
  // the next lead phrases of the same line.
  if (!(joiners.breakFrom >= 0 && joiners.breakFrom <= nameFrom && nameFrom <= joiners.breakAt)) {
    joiners.breakFrom = nameFrom;
    joiners.breakAt = lineEndWithin(input, nameFrom, input.length - nameFrom);
  }
  const stop = Math.min(joiners.breakAt, nameFrom + NAME_WINDOW);
  const form = grammar.handle;
  // The handle opener on the same line, if the grammar has one.
  let open = -1;
  if (form !== null) {
    const known = opens.from >= 0 && opens.from <= nameFrom && (opens.next === -1 || opens.next >= nameFrom);
    if (!known) {
      opens.from = nameFrom;
      opens.next = input.indexOf(form.open, nameFrom);
    }
    open = opens.next;
  }
  if (form !== null && open >= 0 && open <= stop) {
    const handle = readHandle(input, open, form);
    if (handle !== null) {
      const name = readName(input, nameFrom, open, grammar.maxName);
      if (name === undefined) return null;
      const date = readDate(input, handle.end, grammar, options);
      if (grammar.dateRequired && date === null) return null;
      return { start, end: date?.end ?? handle.end, name, handle: handle.value, date: date?.date ?? null, dateText: date?.dateText ?? null };
    }
  }
  if (grammar.handleRequired) return null;
  // No handle: the name runs to the first date joiner that a date follows. Windows only move
  // forward (lead phrases are read in order, and a window ends at its line's end or a fixed
  // length after its start), so the joiners of the part not yet tried are added to the list.
  for (let i = Math.max(joiners.scanned, nameFrom + 1); i < stop; i++) {
    // Every joiner opens with white space: most offsets are refused on their first character.
    if (isSpace(input.charCodeAt(i)) && grammar.dateJoiners.some((joiner) => joinerAt(input, i, joiner))) {
      joiners.at.push(i);
      joiners.dates.push(undefined);
    }
  }
  joiners.scanned = Math.max(joiners.scanned, stop);
  while (joiners.first < joiners.at.length && (joiners.at[joiners.first] as number) <= nameFrom) joiners.first++;
  for (let k = joiners.first; k < joiners.at.length; k++) {
    const i = joiners.at[k] as number;
    if (i >= stop) break;
    let date = joiners.dates[k];
    if (date === undefined) date = joiners.dates[k] = readDate(input, i, grammar, options);
    if (date === null) continue;
    const name = readName(input, nameFrom, i, grammar.maxName);
    if (name === undefined || name === null) return null;
    return { start, end: date.end, name, handle: null, date: date.date, dateText: date.dateText };
  }
  return null;
}

/**
 * Whether `joiner` (`' on '`) stands at `at`, its spaces any white space (`on&nbsp;Thursday`:
 * the fallback puts a no-break space before the date).
 */
function joinerAt(input: string, at: number, joiner: string): boolean {
  const word = joiner.trim();
  if (word.length === 0 || !isSpace(input.charCodeAt(at)) || !input.startsWith(word, at + 1)) return false;
  return isSpace(input.charCodeAt(at + 1 + word.length));
}

/** The handle group at `at`: its value and the offset past it, or null. */
function readHandle(input: string, at: number, form: HandleForm): { value: string; end: number } | null {
  if (!input.startsWith(form.open, at)) return null;
  const from = at + form.open.length;
  const end = form.read(input, from);
  if (end <= from) return null;
  if (form.close.length > 0 && !input.startsWith(form.close, end)) return null;
  return { value: input.slice(from, end), end: end + form.close.length };
}

/**
 * The date after `at` (the end of a handle or name): past white space (at most one blank line:
 * textContent of indented HTML puts a break and indentation there) and one of the grammar's
 * joiners; a date without a time ends at its year.
 */
export function readDate(
  input: string,
  at: number,
  grammar: AttributionGrammar,
  options?: DateOptions,
): ScannedDate | null {
  let i = at;
  const gapStop = Math.min(input.length, at + DATE_GAP);
  let breaks = 0;
  while (i < gapStop && isGap(input.charCodeAt(i))) {
    if (isLineBreak(input.charCodeAt(i)) && input.charCodeAt(i - 1) !== CharCode.CarriageReturn) breaks++;
    i++;
  }
  if (breaks > 2) return null;
  for (const joiner of grammar.dateJoiners) {
    const word = joiner.trim();
    let from = i;
    if (word.length > 0) {
      if (!input.startsWith(word, i)) continue;
      from = skipSpaces(input, i + word.length);
      if (from === i + word.length) continue; // a joiner is a word of its own
    }
    const limit = Math.min(input.length, from + DATE_WINDOW);
    const date = scanEmbedDate(input, from, grammar.dateTime ? limit : yearEnd(input, from, limit), options);
    if (date !== null) return grammar.dateTime ? withZone(input, date) : date;
  }
  return null;
}

/**
 * A date with a time, and the zone abbreviation the embed prints after it (`2:31pm PST`,
 * `12:08 PDT`, `14:31 UTC`), which is part of the date as shown.
 */
function withZone(input: string, date: ScannedDate): ScannedDate {
  const m = ZONE.exec(input.slice(date.end, date.end + 8));
  if (m === null || !/\d/.test(date.dateText.slice(-4))) return date;
  const end = date.end + m[0].length;
  return { ...date, dateText: input.slice(date.start, end), end };
}
/** A zone abbreviation after a time: `PST`, `CEST`, `UTC`, `GMT`. */
const ZONE = /^ (?:[A-Z]{1,4}T|UTC)(?![\p{L}\d])/u;

/**
 * Where a date without a time ends: at its year (and the era mark after it), unless the date
 * opens with its year (`2026年2月5日`).
 */
export function yearEnd(input: string, at: number, limit: number): number {
  const m = YEAR.exec(input.slice(at, limit));
  if (m === null || m.index === 0) return limit;
  const end = at + m.index + m[0].length;
  const era = ERA_MARK.exec(input.slice(end, Math.min(limit, end + 6)));
  return era !== null ? end + era[0].length : end;
}
/** A four-digit year standing alone. */
const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/u;
/** The era mark after a year: Russian `г.`, Ukrainian `р.`, Polish `r.`. */
const ERA_MARK = /^\s{0,3}[грr]\.?(?![\p{L}\d])/u;

/**
 * The dash opening a dash-led attribution before `paren`, on its line, not before `floor`: the
 * rightmost strong dash (`—`, `–`, `&mdash;`) when the name after it can be one; else the
 * rightmost spaced hyphen.
 */
export function dashBefore(input: string, paren: number, floor: number): { start: number; end: number } | null {
  const low = Math.max(floor, paren - NAME_WINDOW);
  let hyphen: { start: number; end: number } | null = null;
  for (let i = paren - 1; i >= low; i--) {
    const c = input.charCodeAt(i);
    if (isLineBreak(c)) break;
    let strong: { start: number; end: number } | null = null;
    if (isStrongDash(c)) strong = { start: i, end: i + 1 };
    else if (c === CharCode.Hyphen) {
      const next = input.charCodeAt(i + 1);
      if (hyphen === null && (isSpace(next) || isInvisible(next))) hyphen = { start: i, end: i + 1 };
      continue;
    } else if (c === CharCode.Semicolon) {
      for (const entity of DASH_ENTITIES) {
        const start = i + 1 - entity.length;
        if (start >= low && input.startsWith(entity, start)) strong = { start, end: i + 1 };
      }
    }
    if (strong === null) continue;
    if (hyphen === null) return strong;
    const after = input.charCodeAt(strong.end);
    if ((isSpace(after) || isInvisible(after)) && readName(input, strong.end, paren, NAME_WINDOW) !== undefined) return strong;
    break;
  }
  return hyphen;
}

/** Entity spellings of a dash that double-escaped scrapers leave in text. */
export const DASH_ENTITIES = ['&mdash;', '&#8212;', '&#x2014;', '&ndash;', '&#8211;', '&#x2013;'] as const;

/** The display name in `input[from, to)`: null when empty, undefined when it cannot be one. */
function readName(input: string, from: number, to: number, max: number): string | null | undefined {
  if (to < from) return undefined;
  const name = collapseSpace(input.slice(from, to));
  if (name.length === 0) return null;
  if (name.includes('://') || !fitsDisplayName(name, max)) return undefined;
  for (let i = 0; i < name.length; i++) if (isLineBreak(name.charCodeAt(i))) return undefined;
  return name;
}

function skipSpaces(input: string, i: number): number {
  while (i < input.length && (isSpace(input.charCodeAt(i)) || isInvisible(input.charCodeAt(i)))) i++;
  return i;
}

/** The end of the line holding `at`, no further than `window` units. */
function lineEndWithin(input: string, at: number, window: number): number {
  const stop = Math.min(input.length, at + window);
  let i = at;
  while (i < stop && !isLineBreak(input.charCodeAt(i))) i++;
  return i;
}

/** Letters and digits (any script): a lead phrase must not start inside a word. */
function isWordChar(c: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * A capital glued to the lower-case letter or digit before it (`#hallesUne publication`):
 * textContent joins the end of a caption to the byline's block that way, so a lead phrase opening
 * with a capital may start there; after a capital (`XA post`) it may not.
 */
function isGlueSeam(input: string, at: number): boolean {
  const here = input.codePointAt(at) ?? 0;
  const before = input.charCodeAt(at - 1);
  return UPPER.test(String.fromCodePoint(here)) && LOWER_OR_DIGIT.test(String.fromCharCode(before));
}
const UPPER = /^\p{Lu}$/u;
const LOWER_OR_DIGIT = /^[\p{Ll}\p{N}]$/u;

// ---------------------------------------------------------------------------------------------
// Handle readers: the handle grammars the platforms use.

/** X handles: 1 to 20 of `[A-Za-z0-9_]` (15 since 2009; older ones run longer). */
export const readXHandle: HandleReader = (input, at) => readRun(input, at, 20, isHandleChar);

/**
 * Domain handles (Bluesky): dot-separated labels of letters, digits and hyphens, at least two,
 * the last one a letter first (`harbour.bsky.social`, `example.com`); at most 253 units.
 */
export const readDomainHandle: HandleReader = (input, at) => {
  let i = at;
  let labels = 0;
  let lastLabelStart = at;
  const stop = Math.min(input.length, at + 253);
  for (;;) {
    const labelStart = i;
    while (i < stop && (isAsciiAlnum(input.charCodeAt(i)) || input.charCodeAt(i) === CharCode.Hyphen) && i - labelStart < 63) i++;
    if (i === labelStart) return labels >= 2 ? i - 1 : -1; // a trailing dot is not the handle's
    labels++;
    lastLabelStart = labelStart;
    if (input.charCodeAt(i) !== CharCode.Dot || !isAsciiAlnum(input.charCodeAt(i + 1))) break;
    i++;
  }
  if (labels < 2 || !isAsciiLetter(input.charCodeAt(lastLabelStart))) return -1;
  return i;
};

/** Fediverse handles (Mastodon): `user@host`, the user 1 to 30 of `[A-Za-z0-9_]`, the host a domain. */
export const readFediverseHandle: HandleReader = (input, at) => {
  const user = readRun(input, at, 30, isHandleChar);
  if (user <= at || input.charCodeAt(user) !== CharCode.At) return -1;
  return readDomainHandle(input, user + 1);
};

/** Instagram handles: 1 to 30 of `[A-Za-z0-9._]`, not ending in a dot. */
export const readInstagramHandle: HandleReader = (input, at) => {
  let end = readRun(input, at, 30, (c) => isHandleChar(c) || c === CharCode.Dot);
  while (end > at && input.charCodeAt(end - 1) === CharCode.Dot) end--;
  return end;
};

/** Reddit user names: 3 to 20 of `[A-Za-z0-9_-]`. */
export const readRedditUser: HandleReader = (input, at) => {
  const end = readRun(input, at, 20, (c) => isHandleChar(c) || c === CharCode.Hyphen);
  return end - at >= 3 ? end : -1;
};

function readRun(input: string, at: number, max: number, ok: (c: number) => boolean): number {
  const stop = Math.min(input.length, at + max + 1);
  let i = at;
  while (i < stop && ok(input.charCodeAt(i))) i++;
  return i - at > max ? -1 : i;
}

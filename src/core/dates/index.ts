/**
 * Reading the calendar date an embed shows, in any supported language, with no hint of which.
 *
 * Two stages, as everywhere in embedsift: a scanner walks the caller's string by index and
 * splits the few dozen characters after `from` into tokens (numbers in any script, words,
 * punctuation, gaps), then the interpretation hands a canonical copy of the date part to
 * date-fns `parse` with each candidate locale's explicit patterns and keeps the first valid
 * reading. Offsets always point into the caller's original string.
 *
 * ```
 * (@h) Thursday, 2:45 PM · Feb 5, 2026 at 9:00 PM\nNext
 *      ^from   weekday / leading time are skipped, the core "Feb 5, 2026" is parsed,
 *                                      a trailing time joins dateText     ^end (stops at the break)
 * ```
 *
 * Results never depend on the host: the ISO string is built from the parsed components, the
 * reference date handed to date-fns is a fixed local midnight, and no `Date.now()` is read.
 */
import { isExists } from 'date-fns/isExists';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import type { DateOptions } from '../../types.js';
import { isInvisible, isLineBreak, isSpace } from '../text/chars.js';
import { digitValue } from './digits.js';
import { DATE_LOCALES, type DateLocale } from './locales.js';
import {
  inferRule,
  isAsciiDigit,
  MAX_SHAPE_GROUPS,
  probeValues,
  digitGroups,
  readByRule,
  runShape,
  withDigits,
  type DigitGroups,
  type ShapeRule,
} from './shapes.js';

export { SUPPORTED_DATE_LOCALES } from './locales.js';

/** A date read from inside a larger string. */
export interface ScannedDate {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** The date exactly as it stands in the input: `input.slice(start, end)`. */
  dateText: string;
  start: number;
  end: number;
}

/** How far past `from` the scanner ever looks. */
const WINDOW = 80;
/** Most tokens a date core spans ("ngày 5 tháng 2 năm 2026" is 11). */
const MAX_CORE_TOKENS = 13;
/** Bound of the parse cache. */
const CACHE_LIMIT = 1024;
/** Gregorian years accepted (after the Buddhist-era shift). */
const MIN_YEAR = 1000;
const MAX_YEAR = 2399;
/** Thai Buddhist era = Gregorian + 543. */
const BUDDHIST_OFFSET = 543;

// ---------------------------------------------------------------------------------------------
// Tokens

const NUM = 0;
const WORD = 1;
const PUNCT = 2;
const GAP = 3;

interface Token {
  /** NUM | WORD | PUNCT | GAP. */
  readonly kind: number;
  readonly start: number;
  readonly end: number;
  /** Canonical text: ASCII digits for numbers, ' ' for gaps, the characters otherwise. */
  readonly text: string;
}

/**
 * Punctuation a date, its weekday or its time may contain:
 * `, . · - – / : ’ ' ، ( ) | • ׳ ॰`, compared by code unit (no string per character).
 */
function isPunctuation(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x2e: // .
    case 0xb7: // ·
    case 0x2d: // -
    case 0x2013: // –
    case 0x2f: // /
    case 0x3a: // :
    case 0x2019: // ’
    case 0x27: // '
    case 0x60c: // ،
    case 0x28: // (
    case 0x29: // )
    case 0x7c: // |
    case 0x2022: // •
    case 0x5f3: // ׳
    case 0x970: // ॰
      return true;
    default:
      return false;
  }
}

/** Abbreviation marks: the full stop, Hebrew geresh, Devanagari abbreviation sign. */
function isAbbreviationMark(text: string): boolean {
  return text === '.' || text === '׳' || text === '॰';
}

/** Year, month and day markers of Chinese, Japanese and Korean dates: 年月日 년월일. */
function isCjkMarker(c: number): boolean {
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0xb144 || c === 0xc6d4 || c === 0xc77c;
}

/** The digits of `input[from, to)` (any script) as ASCII. */
function asciiDigits(input: string, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += String(digitValue(input.charCodeAt(k)));
  return text;
}

/** The value of a run of ASCII digits (at most 4 here, so never beyond an int). */
function asciiValue(digits: string): number {
  let v = 0;
  for (let k = 0; k < digits.length; k++) v = v * 10 + (digits.charCodeAt(k) - 0x30);
  return v;
}

/** One letter or combining mark. */
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** Whether one character (a code point, as a string) is a letter or mark. */
function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isWordCode(cp);
}

/**
 * {@link WORD_CHAR} for one code point, without building a string for the common scripts:
 * Latin-1, Cyrillic and CJK ideographs are answered from their ranges.
 */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (cp < 0x100) return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  if (cp >= 0x400 && cp < 0x530) return cp !== 0x482;
  if (cp >= 0x4e00 && cp < 0xa000) return true;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Splits `input[from, stop)` into tokens. Stops at a character no date contains, at a blank
 * line, and at a line break unless the next line starts with a short suffix such as `г.` or
 * `р.` (Russian and Ukrainian dates wrap before it).
 */
function tokenize(input: string, from: number, stop: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < stop && tokens.length < 40) {
    const c = input.charCodeAt(i);
    const digit = digitValue(c);
    if (digit >= 0) {
      let j = i;
      let ascii = true;
      while (j < stop) {
        const u = input.charCodeAt(j);
        if (u >= 0x30 && u <= 0x39) {
          j++;
          continue;
        }
        if (digitValue(u) < 0) break;
        ascii = false;
        j++;
      }
      tokens.push({ kind: NUM, start: i, end: j, text: ascii ? input.slice(i, j) : asciiDigits(input, i, j) });
      i = j;
      continue;
    }
    if (isSpace(c) || isLineBreak(c) || isInvisible(c)) {
      let j = i;
      let breaks = 0;
      while (j < stop) {
        const g = input.charCodeAt(j);
        if (isLineBreak(g)) {
          // CR LF is one break.
          if (!(g === 0x0a && j > i && input.charCodeAt(j - 1) === 0x0d)) breaks++;
        } else if (!isSpace(g) && !isInvisible(g)) break;
        j++;
      }
      if (breaks > 1) break;
      if (breaks === 1 && !startsWithSuffix(input, j, stop)) break;
      // Invisible marks alone (RLM between tokens) are no gap at all.
      if (!hasVisibleGap(input, i, j)) {
        i = j;
        continue;
      }
      tokens.push({ kind: GAP, start: i, end: j, text: ' ' });
      i = j;
      continue;
    }
    if (isPunctuation(c)) {
      tokens.push({ kind: PUNCT, start: i, end: i + 1, text: input[i] ?? '' });
      i++;
      continue;
    }
    const cp = input.codePointAt(i) ?? 0;
    const cpLen = cp > 0xffff ? 2 : 1;
    if (!isWordCode(cp)) break;
    let j = i + cpLen;
    // 年月日 and 년월일 stand alone, so "5日木曜日" splits after the day.
    if (!isCjkMarker(c)) {
      while (j < stop) {
        const next = input.codePointAt(j) ?? 0;
        if (next < 0x80 ? !isWordCode(next) : digitValue(next) >= 0 || !isWordCode(next)) break;
        if (isCjkMarker(next)) break;
        j += next > 0xffff ? 2 : 1;
      }
    }
    tokens.push({ kind: WORD, start: i, end: j, text: canonicalWord(input.slice(i, j)) });
    i = j;
  }
  // A date never ends in a gap.
  while (tokens.length > 0 && tokens[tokens.length - 1]?.kind === GAP) tokens.pop();
  return tokens;
}

/**
 * Abbreviations CLDR (and so X's widget) writes that the date-fns locale does not read, mapped
 * to one it does. Keys and values are whole words, lower case.
 */
const WORD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['февр', 'фев'], // ru: CLDR "февр.", date-fns reads "фев"
  ['agu', 'agt'], // id: CLDR "Agu", date-fns reads "Agt"
  ['mrt', 'maart'], // nl: date-fns reads "mrt" only with its dot
]);

/**
 * Lengths of the alias keys: a word of another length has no alias (lower-casing changes a
 * length only by adding U+0307, which no key holds).
 */
const ALIAS_LENGTHS = new Set([...WORD_ALIASES.keys()].map((k) => k.length));

/**
 * First characters of the alias keys in either case: only these lower-case to a key's first
 * character (checked over every code point: `a A m M ф Ф`), so any other word has no alias.
 */
const ALIAS_FIRSTS = new Set(
  [...WORD_ALIASES.keys()].flatMap((k) => [k.charCodeAt(0), (k[0] ?? '').toUpperCase().charCodeAt(0)]),
);

/**
 * A word as the locales spell it: NFC (so Devanagari nukta letters are decomposed, as in
 * date-fns `hi`), Bengali YYA precomposed (as in date-fns `bn`), known aliases replaced.
 */
function canonicalWord(word: string): string {
  // Letters below U+0300, Cyrillic, CJK ideographs and Hangul syllables are NFC on their own
  // (no combining mark among them) and none is touched below: only an alias may apply.
  let simple = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x300 || (c >= 0x400 && c < 0x500) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xac00 && c < 0xd7a4)) continue;
    simple = false;
    break;
  }
  if (simple) {
    return ALIAS_LENGTHS.has(word.length) && ALIAS_FIRSTS.has(word.charCodeAt(0))
      ? (WORD_ALIASES.get(word.toLowerCase()) ?? word)
      : word;
  }
  let w = word.normalize('NFC');
  if (w.includes('\u09BC')) w = w.replace(/\u09AF\u09BC/g, '\u09DF');
  // Persian ezafe after a month ("ژانویهٔ"): date-fns fa-IR spells the bare name.
  if (w.endsWith('\u0654')) w = w.slice(0, -1);
  if (w.endsWith('\u06C0')) w = `${w.slice(0, -1)}\u0647`;
  return WORD_ALIASES.get(w.toLowerCase()) ?? w;
}

function hasVisibleGap(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isInvisible(input.charCodeAt(k))) return true;
  }
  return false;
}

/** `г.`, `р.`, `ж.`: one or two letters and a dot, then no further letter. */
function startsWithSuffix(input: string, at: number, stop: number): boolean {
  let k = at;
  while (k < stop && k - at < 3 && isWordChar(input[k] ?? '')) k++;
  const letters = k - at;
  return letters >= 1 && letters <= 2 && input[k] === '.';
}

// ---------------------------------------------------------------------------------------------
// Name indexes built lazily from the locales themselves

interface Indexes {
  /** First three letters (lower case) of every month name form → rows of DATE_LOCALES. */
  readonly months: Map<string, number[]>;
  /** Weekday names and abbreviations, lower case, without dots (some have two words). */
  readonly weekdays: Set<string>;
  /** First words of two-word weekday names ("thứ" of "thứ năm"). */
  readonly weekdayHeads: Set<string>;
}

let indexes: Indexes | null = null;

function keyOf(word: string): string {
  return word.slice(0, 3);
}

function addMonth(map: Map<string, number[]>, name: string, row: number): void {
  const first = canonicalWord(name.trim()).toLowerCase().split(/[\s.]/)[0] ?? '';
  if (first === '' || digitValue(first.charCodeAt(0)) >= 0) return;
  const key = keyOf(first);
  const rows = map.get(key);
  if (!rows) map.set(key, [row]);
  else if (!rows.includes(row)) rows.push(row);
}

function getIndexes(): Indexes {
  if (indexes) return indexes;
  const months = new Map<string, number[]>();
  const weekdays = new Set<string>();
  const weekdayHeads = new Set<string>();
  const widths = ['wide', 'abbreviated'] as const;
  const contexts = ['formatting', 'standalone'] as const;
  DATE_LOCALES.forEach((row, r) => {
    const localize = row.locale.localize;
    for (const width of widths) {
      for (const context of contexts) {
        for (let m = 0; m < 12; m++) {
          const name = String(localize.month(m as 0, { width, context }));
          addMonth(months, name, r);
          if (row.monthPrefix) addMonth(months, row.monthPrefix + name, r);
        }
        for (const [alias] of row.wordAliases ?? []) addMonth(months, alias, r);
        for (const name of row.matchOnly ?? []) addMonth(months, name, r);
        for (let d = 0; d < 7; d++) {
          const name = canonicalWord(String(localize.day(d as 0, { width, context })).trim())
            .toLowerCase()
            .replace(/\./g, '')
            .replace(/['’]/g, 'ʼ');
          if (name === '') continue;
          weekdays.add(name);
          const head = name.split(/[ -]/)[0] ?? '';
          if (head !== name) weekdayHeads.add(head);
        }
      }
    }
  });
  indexes = { months, weekdays, weekdayHeads };
  return indexes;
}

/** Words that may open a date before its number or month (Vietnamese "ngày 5 tháng 2"). */
const LEADING_WORDS = new Set(['ngày']);
/** Day-period words written before a time ("午後2:45", "오후 2:45"). */
const PERIOD_BEFORE = new Set(['午前', '午後', '오전', '오후', '上午', '下午', '早上', '晚上']);
/** Day-period and hour words written after a time. */
const PERIOD_AFTER = new Set(['am', 'pm', 'uhr', 'h', 'ч', 'น', 'ص', 'م', 'öö', 'ös']);
/** Separators between a time and a date ("2:45 PM · Feb 5, 2026", "Feb 5, 2026, 9:00"). */
const TIME_SEPARATORS = new Set(['·', ',', '-', '–', '|', '•', '،']);

// ---------------------------------------------------------------------------------------------
// Interpretation: a canonical core through date-fns

interface Core {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

const cache = new Map<string, Core | null>();

/** The reference date-fns fills missing fields from: a fixed local midnight in a leap year. */
const PARSE_REFERENCE = new Date(2000, 0, 1);

function remember(key: string, value: Core | null): Core | null {
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

/** Rows to try for a canonical core, hinted rows first. */
function candidateRows(words: readonly string[], text: string, hints: readonly number[]): number[] {
  const { months } = getIndexes();
  const found = new Set<number>();
  for (const w of words) {
    const rows = months.get(keyOf(w));
    if (rows) for (const r of rows) found.add(r);
  }
  if (text.includes('月')) for (const tag of ['ja', 'zh-cn', 'zh-tw']) found.add(rowOf(tag));
  if (text.includes('월')) found.add(rowOf('ko'));
  if (found.size === 0) return [];
  const ordered: number[] = [];
  for (const h of hints) if (found.has(h)) ordered.push(h);
  for (let r = 0; r < DATE_LOCALES.length; r++) if (found.has(r) && !ordered.includes(r)) ordered.push(r);
  return ordered;
}

function rowOf(tag: string): number {
  return DATE_LOCALES.findIndex((l) => l.tag === tag);
}

/** A successful date-fns reading: the core, the row that read it and the year as written. */
interface Reading {
  readonly core: Core;
  readonly row: number;
  /** Year, month and day as date-fns read them (the year before any Buddhist-era shift). */
  readonly raw: { readonly year: number | null; readonly month: number; readonly day: number };
}

/** A memoised shape, or how many times a shape failed to be memoised. */
type ShapeEntry = { readonly rule: ShapeRule; readonly buddhist: boolean } | number;

/** One memoised shape and its entry. */
interface ShapeSlot {
  readonly shape: string;
  entry: ShapeEntry;
}

/** Shapes of one hint list and year-ness, by the hash of the shape (./shapes.ts). */
type ShapeTable = Map<number, ShapeSlot[]>;

/**
 * Shape memo (see ./shapes.ts), keyed by hints, year-ness and the shapes of both texts. A
 * lookup hashes the shape from the core's tokens as they are read and compares the few slots of
 * that hash with the tokens in place, so no shape string is built for a known shape. `shapeOrder`
 * holds the composite keys in insertion order and bounds the whole memo, oldest out first.
 */
const shapeTables = new Map<string, [ShapeTable, ShapeTable]>();
const shapeOrder = new Map<string, { readonly table: ShapeTable; readonly hash: number; readonly slot: ShapeSlot }>();

/** The memo table of a hint list and year-ness. */
function shapeTable(hintKey: string, hasYear: boolean): ShapeTable {
  let pair = shapeTables.get(hintKey);
  if (pair === undefined) {
    pair = [new Map(), new Map()];
    shapeTables.set(hintKey, pair);
  }
  return pair[hasYear ? 1 : 0];
}

/** The entry of the shape of `span` (hashed to `hash`), if memoised. */
function findShape(hintKey: string, hasYear: boolean, hash: number, span: TokenSpan): ShapeEntry | undefined {
  const slots = shapeTable(hintKey, hasYear).get(hash);
  if (slots === undefined) return undefined;
  for (const slot of slots) if (shapeMatches(slot.shape, span)) return slot.entry;
  return undefined;
}

/** Records a shape's entry; the oldest shape leaves first once the memo is full. */
function rememberShape(hintKey: string, hasYear: boolean, hash: number, shape: string, entry: ShapeEntry): void {
  if (shapeOrder.size >= CACHE_LIMIT) {
    const oldest = shapeOrder.entries().next();
    if (!oldest.done) {
      const [key, { table, hash: h, slot }] = oldest.value;
      shapeOrder.delete(key);
      const slots = table.get(h);
      if (slots !== undefined) {
        const k = slots.indexOf(slot);
        if (k >= 0) slots.splice(k, 1);
        if (slots.length === 0) table.delete(h);
      }
    }
  }
  const key = `${hintKey}\u0000${hasYear ? 'y' : 'n'}\u0000${shape}`;
  const known = shapeOrder.get(key);
  if (known !== undefined) {
    known.slot.entry = entry;
    return;
  }
  const table = shapeTable(hintKey, hasYear);
  const slot: ShapeSlot = { shape, entry };
  const slots = table.get(hash);
  if (slots === undefined) table.set(hash, [slot]);
  else slots.push(slot);
  shapeOrder.set(key, { table, hash, slot });
}

/** FNV-1a step: `h` with one more UTF-16 unit. */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** {@link hashStep} over a whole string. */
function hashText(h: number, text: string): number {
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

const HASH_SEED = 0x811c9dc5 | 0;

/**
 * The shape of a core (./shapes.ts): each number by its run shape, each dropped mark written
 * as U+0001 and its text, everything else as it stands. {@link shapeHashStep} hashes the same
 * pieces, {@link shapeMatches} compares them.
 */
function shapeOf(span: TokenSpan): string {
  let shape = '';
  for (let k = span.from; k <= span.to; k++) {
    const t = span.tokens[k] as Token;
    if (t.kind === NUM) shape += runShape(t.text);
    else shape += span.marks[k - span.from] === 1 ? `\u0001${t.text}` : t.text;
  }
  return shape;
}

/** `h` with one more token of a shape (see {@link shapeOf}). */
function shapeHashStep(h: number, t: Token, marked: boolean): number {
  if (t.kind === NUM) {
    h = hashStep(h, t.text.charCodeAt(0) === 0x30 ? 0x30 : 0x31);
    for (let k = 1; k < t.text.length; k++) h = hashStep(h, 0x30);
    return h;
  }
  if (marked) h = hashStep(h, 1);
  return hashText(h, t.text);
}

/** Whether `shape` is the shape of `span` (see {@link shapeOf}), compared in place. */
function shapeMatches(shape: string, span: TokenSpan): boolean {
  let pos = 0;
  for (let k = span.from; k <= span.to; k++) {
    const t = span.tokens[k] as Token;
    const text = t.text;
    if (t.kind === NUM) {
      if (pos + text.length > shape.length) return false;
      if (shape.charCodeAt(pos) !== (text.charCodeAt(0) === 0x30 ? 0x30 : 0x31)) return false;
      for (let j = 1; j < text.length; j++) if (shape.charCodeAt(pos + j) !== 0x30) return false;
      pos += text.length;
      continue;
    }
    if (span.marks[k - span.from] === 1) {
      if (shape.charCodeAt(pos) !== 1) return false;
      pos++;
    }
    if (!shape.startsWith(text, pos)) return false;
    pos += text.length;
  }
  return pos === shape.length;
}

/** Readings of a shape that may fail to yield a rule before the shape is left to date-fns. */
const SHAPE_ATTEMPTS = 3;
/** Set while a caller asks for date-fns readings only (tests compare both paths). */
let memoOff = false;

/**
 * The date of a canonical core, trying each candidate locale's patterns on the text as written
 * (`kept`) and with the dot after a month abbreviation dropped (`dropped`): some date-fns
 * locales read "févr" only, others "mrt." only. A core of a known shape is read from its
 * digits (./shapes.ts); anything else goes to date-fns.
 */
function readCore(
  span: TokenSpan,
  groups: CoreShape | null,
  hasYear: boolean,
  hints: readonly number[],
  hintKey: string,
): Core | null {
  let entry: ShapeEntry | undefined;
  ruleUsed = null;
  if (groups !== null && !memoOff) {
    entry = findShape(hintKey, hasYear, groups.hash, span);
    if (entry !== undefined && typeof entry !== 'number') {
      const core = coreByRule(readByRule(entry.rule, groups.values), entry.buddhist);
      if (core !== null) {
        ruleUsed = entry;
        return core;
      }
    }
  }
  const { kept, dropped } = textsOf(span);
  if (memoOff) return slowRead(kept, dropped, wordsOf(span), hasYear, hints)?.core ?? null;
  const key = `${hintKey}\u0000${hasYear ? 'y' : 'n'}\u0000${kept}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const words = wordsOf(span);
  const reading = slowRead(kept, dropped, words, hasYear, hints);
  if (reading !== null && groups !== null && (entry === undefined || typeof entry === 'number')) {
    const own = { shape: shapeOf(span), values: groups.values.slice(0, groups.count) };
    learnShape(hintKey, groups.hash, entry ?? 0, reading, kept, dropped, own, words, hasYear, hints);
  }
  return remember(key, reading?.core ?? null);
}

/** The shape of a core and the values of its first `count` digit groups (./shapes.ts). */
interface CoreShape {
  /** Hash of the shape (the shape itself is built only to be learnt). */
  readonly hash: number;
  readonly values: readonly number[];
  readonly count: number;
}

/** Tokens `[from, to]` (inclusive) of a core; `marks[k - from]` is 1 where a mark is dropped. */
interface TokenSpan {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly marks: Uint8Array;
}

/** The canonical text of a core, as written and with the mark after a month abbreviation dropped. */
function textsOf(span: TokenSpan): { kept: string; dropped: string } {
  let kept = '';
  let dropped = '';
  for (let k = span.from; k <= span.to; k++) {
    const text = (span.tokens[k] as Token).text;
    kept += text;
    if (span.marks[k - span.from] === 0) dropped += text;
  }
  return { kept, dropped };
}

/** The words of a core, lower case. */
function wordsOf(span: TokenSpan): string[] {
  const words: string[] = [];
  for (let k = span.from; k <= span.to; k++) {
    const u = span.tokens[k] as Token;
    if (u.kind === WORD) words.push(u.text.toLowerCase());
  }
  return words;
}

/**
 * Records the rule of a shape from its first reading, when exactly one assignment of roles
 * explains it and date-fns reads a probe of the same shape by the same row as the rule does.
 */
function learnShape(
  hintKey: string,
  hash: number,
  failures: number,
  reading: Reading,
  kept: string,
  dropped: string,
  groups: DigitGroups,
  words: readonly string[],
  hasYear: boolean,
  hints: readonly number[],
): void {
  if (failures >= SHAPE_ATTEMPTS) return;
  const buddhist = (DATE_LOCALES[reading.row] as DateLocale).buddhistEra === true;
  const rule = inferRule(groups.values, reading.raw);
  const probe = rule !== null ? probeValues(groups.shape, groups.values, rule) : null;
  let ok = false;
  if (rule !== null && probe !== null) {
    const expected = coreByRule(readByRule(rule, probe), buddhist);
    const got = slowRead(withDigits(kept, probe), withDigits(dropped, probe), words, hasYear, hints);
    ok =
      expected !== null &&
      got !== null &&
      got.row === reading.row &&
      got.core.year === expected.year &&
      got.core.month === expected.month &&
      got.core.day === expected.day;
  }
  rememberShape(hintKey, hasYear, hash, groups.shape, ok && rule !== null ? { rule, buddhist } : failures + 1);
}

/**
 * The core of digits read by a rule, checked as date-fns checks them: the day must exist in
 * that month of the year as written (the reference year 2000 without one), then the year
 * leaves the Buddhist era and must lie in range. Null sends the text back to date-fns.
 */
function coreByRule(raw: { year: number | null; month: number; day: number }, buddhist: boolean): Core | null {
  const { month, day } = raw;
  if (raw.year === null) return dayExists(2000, month, day) ? { year: null, month, day } : null;
  if (!dayExists(raw.year, month, day)) return null;
  const year = buddhist && raw.year >= 2400 ? raw.year - BUDDHIST_OFFSET : raw.year;
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { year, month, day };
}

/**
 * date-fns `isExists(y, m - 1, d)` without building a Date: JavaScript's Date counts the
 * proleptic Gregorian calendar and reads years 0 to 99 as 1900 to 1999, so those never exist
 * as written. Years past four digits are left to date-fns.
 */
function dayExists(y: number, m: number, d: number): boolean {
  if (y > 9999 || y < -9999) return isExists(y, m - 1, d);
  return (y < 0 || y > 99) && isRealDate(y, m, d);
}

/** date-fns over every candidate row and pattern: the first valid reading, or null. */
function slowRead(
  kept: string,
  dropped: string,
  words: readonly string[],
  hasYear: boolean,
  hints: readonly number[],
): Reading | null {
  for (const r of candidateRows(words, kept, hints)) {
    const row = DATE_LOCALES[r] as DateLocale;
    for (const pattern of hasYear ? row.patterns : row.yearless) {
      const reading =
        readingOf(tryPattern(kept, pattern, row, hasYear), row, r) ??
        (dropped === kept ? null : readingOf(tryPattern(dropped, pattern, row, hasYear), row, r));
      if (reading !== null) return reading;
    }
  }
  return null;
}

/** A date-fns reading with its core: the Buddhist-era shift, then the year range. */
function readingOf(
  raw: { year: number | null; month: number; day: number } | null,
  row: DateLocale,
  r: number,
): Reading | null {
  if (raw === null) return null;
  if (raw.year === null) return { core: { year: null, month: raw.month, day: raw.day }, row: r, raw };
  const year = row.buddhistEra && raw.year >= 2400 ? raw.year - BUDDHIST_OFFSET : raw.year;
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { core: { year, month: raw.month, day: raw.day }, row: r, raw };
}

/** `text` with whole words replaced by the row's aliases. */
function applyAliases(text: string, aliases: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of aliases) {
    const lower = out.toLowerCase();
    let at = lower.indexOf(from);
    while (at >= 0) {
      const before = out[at - 1] ?? ' ';
      const after = out[at + from.length] ?? ' ';
      if (!isWordChar(before) && !isWordChar(after)) {
        out = out.slice(0, at) + to + out.slice(at + from.length);
        break;
      }
      at = lower.indexOf(from, at + 1);
    }
  }
  return out;
}

function tryPattern(
  raw: string,
  pattern: string,
  row: DateLocale,
  hasYear: boolean,
): { year: number | null; month: number; day: number } | null {
  const text = row.wordAliases ? applyAliases(raw, row.wordAliases) : raw;
  let parsed: Date;
  try {
    parsed = parse(text, pattern, PARSE_REFERENCE, { locale: row.locale });
  } catch {
    return null;
  }
  if (!isValid(parsed)) return null;
  return { year: hasYear ? parsed.getFullYear() : null, month: parsed.getMonth() + 1, day: parsed.getDate() };
}

// ---------------------------------------------------------------------------------------------
// The grammar around the core: weekday, times

/** Index after a time `H:MM[:SS]` with an optional day period, or -1. */
function readTime(tokens: readonly Token[], at: number): number {
  let i = at;
  const before = tokens[i];
  if (before?.kind === WORD && PERIOD_BEFORE.has(before.text)) {
    i++;
    if (tokens[i]?.kind === GAP) i++;
  }
  const h = tokens[i];
  if (h?.kind !== NUM || h.text.length > 2 || asciiValue(h.text) > 24) return -1;
  if (tokens[i + 1]?.text !== ':') return -1;
  const m = tokens[i + 2];
  if (m?.kind !== NUM || m.text.length !== 2 || asciiValue(m.text) > 59) return -1;
  i += 3;
  const s = tokens[i + 1];
  if (tokens[i]?.text === ':' && s?.kind === NUM && s.text.length === 2) i += 2;
  // A period after it: "PM", " Uhr", "a.m.", "ч."
  let j = i;
  if (tokens[j]?.kind === GAP) j++;
  const p = tokens[j];
  if (p?.kind === WORD) {
    const w = p.text.toLowerCase();
    if ((w === 'a' || w === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.text.toLowerCase() === 'm') {
      j += 3;
      if (tokens[j]?.text === '.') j++;
      return j;
    }
    if (PERIOD_AFTER.has(w)) {
      j++;
      // "ч." and "น." are abbreviations; the dot after "PM" ends the sentence.
      if ((w === 'ч' || w === 'น') && tokens[j]?.text === '.') j++;
      return j;
    }
  }
  return i;
}

/** Index after "Thursday," / "Вторник," / "Thứ Năm," and its gap, or -1. */
function readWeekday(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (t?.kind !== WORD) return -1;
  let i = at + 1;
  const second = tokens[i + 1];
  if (tokens[i]?.text === '-' && second?.kind === WORD && isWeekday(`${t.text}-${second.text}`)) {
    // "quinta-feira"
    i += 2;
  } else if (tokens[i]?.kind === GAP && second?.kind === WORD && isWeekday(`${t.text} ${second.text}`)) {
    // "Thứ Năm"
    i += 2;
  } else if (isWeekday(t.text)) {
    if (tokens[i]?.text === '.') i++;
  } else return -1;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '،') i++;
  if (tokens[i]?.kind !== GAP) return -1;
  i++;
  // Danish "torsdag den 5. februar".
  if (tokens[i]?.kind === WORD && tokens[i]?.text.toLowerCase() === 'den' && tokens[i + 1]?.kind === GAP) i += 2;
  return i;
}

/** Index after a weekday written after the date ("2026年2月5日星期四", ", csütörtök"), or `at`. */
function readTrailingWeekday(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '،') i++;
  if (tokens[i]?.kind === GAP) i++;
  // CJK weekdays hold a marker character ("木曜日", "星期日", "목요일"), so join glued words.
  let word = '';
  let best = at;
  for (let k = i; k < i + 3; k++) {
    const t = tokens[k];
    if (t?.kind !== WORD || (k > i && tokens[k - 1]?.end !== t.start)) break;
    word += t.text;
    if (isWeekday(word)) best = k + 1;
  }
  return best;
}

/** Whether a word is a weekday name in some locale (Thai "วันพฤหัสบดีที่" included). */
function isWeekday(word: string): boolean {
  const { weekdays } = getIndexes();
  let w = canonicalWord(word).toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, 'ʼ');
  if (weekdays.has(w)) return true;
  if (w.startsWith('วัน')) w = w.slice(3);
  if (w.endsWith('ที่')) w = w.slice(0, -3);
  return weekdays.has(w);
}

/** Index after a trailing time (" at 5:00 PM", " à 14:43", ", 09:12"), or `at` when none. */
function readTrailingTime(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.kind === PUNCT && TIME_SEPARATORS.has(tokens[i]?.text ?? '')) i++;
  if (tokens[i]?.kind === GAP) i++;
  const direct = readTime(tokens, i);
  if (direct > 0) return direct;
  // Up to two short connector words: "at", "à", "um", "a las", "kl.", "в".
  for (let words = 0; words < 2; words++) {
    const w = tokens[i];
    if (w?.kind !== WORD || w.text.length > 6) return at;
    i++;
    if (tokens[i]?.text === '.') i++;
    if (tokens[i]?.kind !== GAP) return at;
    i++;
    const end = readTime(tokens, i);
    if (end > 0) return end;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// The core: longest reading first

interface CoreReading {
  readonly core: Core;
  /** Token index just past the core. */
  readonly next: number;
}

/** Whether a core may end with this token. */
function canEnd(t: Token): boolean {
  return t.kind === NUM || t.kind === WORD || isAbbreviationMark(t.text) || t.text === ')';
}

function readCoreAt(
  tokens: readonly Token[],
  at: number,
  hints: readonly number[],
  hintKey: string,
  hasRef: boolean,
): CoreReading | null {
  const first = tokens[at];
  if (!first || first.kind === GAP || first.kind === PUNCT) return null;
  const { months } = getIndexes();
  const last = Math.min(tokens.length, at + MAX_CORE_TOKENS) - 1;
  // One pass hashes the core's shape (./shapes.ts) and marks each dot after a month
  // abbreviation, which is tried dropped; each candidate end takes a prefix. The shape and
  // the texts themselves are built only for date-fns (see readCore).
  let hash = HASH_SEED;
  let nums = 0;
  let words = 0;
  let hasYear = false;
  let shapeable = true;
  let anyDropped = false;
  const values: number[] = [];
  const n = last - at + 1;
  const marks = scratch.marks;
  for (let k = at; k <= last; k++) {
    const t = tokens[k] as Token;
    const i = k - at;
    marks[i] = 0;
    if (t.kind === PUNCT && k > at && isAbbreviationMark(t.text)) {
      const prev = tokens[k - 1] as Token;
      if (prev.kind === WORD && prev.end === t.start && prev.text.length >= 2 && months.has(keyOf(prev.text.toLowerCase()))) {
        marks[i] = 1;
        anyDropped = true;
      }
    }
    if (t.kind === NUM) {
      nums++;
      // A glued digit (more than 4) also counts as a year: the patterns reject it.
      if (t.text.length >= 4) hasYear = true;
      if (t.text.length > 4 || nums > MAX_SHAPE_GROUPS) shapeable = false;
      else {
        values.push(asciiValue(t.text));
        hash = shapeHashStep(hash, t, false);
      }
    } else {
      if (t.kind === WORD) words++;
      // A dropped mark is written as U+0001 too, so the shape also tells which text date-fns saw.
      hash = shapeHashStep(hash, t, marks[i] === 1);
    }
    scratch.hash[i] = hash;
    scratch.nums[i] = nums;
    scratch.words[i] = words;
    scratch.flags[i] = (hasYear ? 1 : 0) | (shapeable ? 2 : 0) | (anyDropped ? 4 : 0);
  }
  for (let i = n - 1; i >= 0; i--) {
    const end = at + i;
    if (!canEnd(tokens[end] as Token)) continue;
    const flags = scratch.flags[i] as number;
    if (scratch.nums[i] === 0 || scratch.words[i] === 0) continue;
    const yearHere = (flags & 1) !== 0;
    if (!yearHere && !hasRef) continue;
    const groups =
      (flags & 2) !== 0 ? { hash: scratch.hash[i] as number, values, count: scratch.nums[i] as number } : null;
    const core = readCore({ tokens, from: at, to: end, marks }, groups, yearHere, hints, hintKey);
    if (core) return { core, next: end + 1 };
  }
  return null;
}

/** Prefix lengths and counts per token of a core, reused across calls (never re-entered). */
const scratch = {
  hash: new Int32Array(MAX_CORE_TOKENS),
  nums: new Int32Array(MAX_CORE_TOKENS),
  words: new Int32Array(MAX_CORE_TOKENS),
  flags: new Int32Array(MAX_CORE_TOKENS),
  marks: new Uint8Array(MAX_CORE_TOKENS),
};

// ---------------------------------------------------------------------------------------------
// Options

const NO_HINTS: { rows: number[]; key: string } = { rows: [], key: '' };

function hintRows(options: DateOptions | undefined): { rows: number[]; key: string } {
  const locales = options && Array.isArray(options.locales) ? options.locales : [];
  if (locales.length === 0) return NO_HINTS;
  const rows: number[] = [];
  for (const raw of locales) {
    if (typeof raw !== 'string') continue;
    const tag = raw.toLowerCase().replace(/_/g, '-');
    let r = DATE_LOCALES.findIndex((l) => l.tag === tag || (l.aliases?.includes(tag) ?? false));
    if (r < 0) {
      const base = tag.split('-')[0] ?? '';
      r = DATE_LOCALES.findIndex((l) => l.tag === base || (l.aliases?.includes(base) ?? false));
    }
    if (r >= 0 && !rows.includes(r)) rows.push(r);
  }
  return { rows, key: rows.join(',') };
}

/** A 'YYYY-MM-DD' reference date as numbers, or null. */
function readReference(options: DateOptions | undefined): [number, number, number] | null {
  const ref = options?.referenceDate;
  if (typeof ref !== 'string' || ref.length !== 10 || ref[4] !== '-' || ref[7] !== '-') return null;
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7));
  const d = Number(ref.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  return isRealDate(y, m, d) ? [y, m, d] : null;
}

/** Whether y-m-d is a day of the proleptic Gregorian calendar (as JavaScript's Date counts). */
function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || Math.abs(y) > 200_000) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1] as number);
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** '00'…'31': months and days as ISO writes them. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, k) => String(k).padStart(2, '0'));

function iso(y: number, m: number, d: number): string {
  const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${TWO_DIGITS[m] ?? String(m).padStart(2, '0')}-${TWO_DIGITS[d] ?? String(d).padStart(2, '0')}`;
}

/** The calendar date of a core: a year-less one is the latest such date not after the reference. */
function resolve(core: Core, ref: [number, number, number] | null): string | null {
  if (core.year !== null) return isRealDate(core.year, core.month, core.day) ? iso(core.year, core.month, core.day) : null;
  if (!ref) return null;
  const [ry, rm, rd] = ref;
  let y = core.month > rm || (core.month === rm && core.day > rd) ? ry - 1 : ry;
  // 29 February goes back to the last leap year.
  for (let tries = 0; tries < 8; tries++, y--) {
    if (isRealDate(y, core.month, core.day)) return iso(y, core.month, core.day);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Public functions

/** The first-character gate: can a date start here at all? No date-fns work happens before it. */
function mayStartDate(input: string, from: number, stop: number): boolean {
  if (from >= stop) return false;
  const c = input.charCodeAt(from);
  if (digitValue(c) >= 0) return true;
  const cp = input.codePointAt(from) ?? 0;
  if (!isWordCode(cp)) return false;
  let j = from;
  while (j < stop && j - from < 24) {
    const next = input.codePointAt(j) ?? 0;
    if (digitValue(next) >= 0 || !isWordCode(next)) break;
    j += next > 0xffff ? 2 : 1;
  }
  const word = input.slice(from, j).toLowerCase();
  if (PERIOD_BEFORE.has(word) || LEADING_WORDS.has(word)) return true;
  const { months, weekdays, weekdayHeads } = getIndexes();
  return months.has(keyOf(word)) || weekdays.has(word) || weekdayHeads.has(word) || isWeekday(word);
}

/**
 * Reads a date that begins exactly at `from` in `input` and ends at or before `limit`, and
 * returns its longest reading: an optional weekday and leading time, the date, an era suffix
 * (`г.`, `р.`, also on the next line) and an optional trailing time. A digit glued to the end
 * (`February 5, 20261`) makes it no date; a letter (`2026Next`) does not. Never looks more than
 * 80 characters past `from`; rejects non-dates on their first character or word.
 *
 * @example
 * const s = '(@h) February 5, 2026\nNext';
 * scanEmbedDate(s, 5, s.length);
 * // { date: '2026-02-05', dateText: 'February 5, 2026', start: 5, end: 21 }
 */
export function scanEmbedDate(
  input: string,
  from: number,
  limit: number,
  options?: DateOptions,
): ScannedDate | null {
  try {
    if (typeof input !== 'string' || !Number.isInteger(from) || from < 0) return null;
    const stop = Math.min(input.length, Number.isFinite(limit) ? limit : input.length, from + WINDOW);
    wholeCore = false;
    if (!mayStartDate(input, from, stop)) return null;
    const tokens = tokenize(input, from, stop);
    if (tokens.length === 0) return null;
    const { rows, key } = hintRows(options);
    const ref = readReference(options);
    // Optional leading time with its separator, then an optional weekday (either order).
    const starts: number[] = [];
    let at = 0;
    const time = readTime(tokens, 0);
    if (time > 0) {
      let i = time;
      if (tokens[i]?.kind === GAP) i++;
      if (tokens[i]?.kind === PUNCT && TIME_SEPARATORS.has(tokens[i]?.text ?? '')) i++;
      if (tokens[i]?.kind === GAP) i++;
      at = i;
    }
    const weekday = readWeekday(tokens, at);
    if (weekday > 0) {
      starts.push(weekday);
      const laterTime = readTime(tokens, weekday);
      if (laterTime > 0) {
        let i = laterTime;
        if (tokens[i]?.kind === GAP) i++;
        if (tokens[i]?.kind === PUNCT && TIME_SEPARATORS.has(tokens[i]?.text ?? '')) i++;
        if (tokens[i]?.kind === GAP) i++;
        starts.unshift(i);
      }
    }
    starts.push(at);
    for (const start of starts) {
      const reading = readCoreAt(tokens, start, rows, key, ref !== null);
      if (!reading) continue;
      wholeCore = start === 0 && reading.next === tokens.length;
      const date = resolve(reading.core, ref);
      if (!date) return null;
      let next = reading.next;
      // A digit glued to the date ("20261") is a different number, not this date.
      const after = tokens[next - 1] as Token;
      if (after.kind === NUM && tokens[next]?.kind === NUM) return null;
      next = readTrailingWeekday(tokens, next);
      next = readTrailingTime(tokens, next);
      const end = (tokens[next - 1] as Token).end;
      return { date, dateText: input.slice(from, end), start: from, end };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Reads a whole string as the date an embed shows, in any supported language, and returns
 * it as 'YYYY-MM-DD', or null when the string is not exactly one date. Weekdays and times
 * around the date are allowed and ignored; a year-less date needs `referenceDate`.
 *
 * @example
 * parseEmbedDate('5. Februar 2026'); // '2026-02-05'
 * parseEmbedDate('14 февраля 2026 г.'); // '2026-02-14'
 * parseEmbedDate('٢٥ مارس ٢٠٢٠'); // '2020-03-25'
 * parseEmbedDate('Feb 5', { referenceDate: '2026-01-10' }); // '2025-02-05'
 * parseEmbedDate('February 30, 2026'); // null
 */
export function parseEmbedDate(text: string, options?: DateOptions): string | null {
  if (typeof text !== 'string') return null;
  let from = 0;
  let to = text.length;
  while (from < to && isTrimmable(text.charCodeAt(from))) from++;
  while (to > from && isTrimmable(text.charCodeAt(to - 1))) to--;
  if (to - from > WINDOW) return null;
  const hints = memoOff ? '' : hintRows(options).key;
  const hash = memoOff ? null : wholeHash(hints, text, from, to);
  if (hash !== null) {
    const known = findWhole(hash, hints, text, from, to);
    if (known !== null) {
      const ref = readReference(options);
      // A year-less shape is read against a reference date only, as the scan would.
      if (known.rule.year >= 0 || ref !== null) {
        const core = coreByRule(readByRule(known.rule, wholeValues), known.buddhist);
        if (core !== null) return resolve(core, ref);
      }
    }
  }
  ruleUsed = null;
  const scanned = scanEmbedDate(text, from, to, options);
  if (scanned === null || scanned.end !== to) return null;
  if (hash !== null && wholeCore && ruleUsed !== null) rememberWhole(hash, hints, text.slice(from, to), ruleUsed);
  return scanned.date;
}

// ---------------------------------------------------------------------------------------------
// Whole-text memo: a date text that is nothing but one memoised core

function isTrimmable(c: number): boolean {
  return isSpace(c) || isLineBreak(c) || isInvisible(c);
}

/** A whole-text memo entry: the hints and shape it was learnt for, and the rule that reads it. */
interface WholeEntry {
  readonly hints: string;
  readonly shape: string;
  readonly rule: ShapeRule;
  readonly buddhist: boolean;
}

/**
 * Date texts whose whole (trimmed) was one core read by a shape rule, by a hash of the hints and
 * the text's shape (each ASCII digit run by its run shape, everything else as written; see
 * ./shapes.ts). A later text of the same shape tokenizes the same way but for its digit values,
 * so the scan would reach the same core and the same rule: it is read from its digits at once,
 * by that rule and its check, and anything the check refuses takes the long way. Embeds of one
 * language print one or two shapes, so most dates of a page are read here. A lookup hashes and
 * compares the text in place: no shape string is made for a known shape.
 */
const wholeShapes = new Map<number, WholeEntry[]>();
let wholeEntries = 0;

/** The digit values of the text last hashed by {@link wholeHash}: `wholeValues[0, wholeCount)`. */
const wholeValues = new Int32Array(MAX_SHAPE_GROUPS);
let wholeCount = 0;

/** The rule readCore answered by last (null when date-fns did); read right after a scan. */
let ruleUsed: { readonly rule: ShapeRule; readonly buddhist: boolean } | null = null;
/** Whether the last successful scan read one core from its first token to its last. */
let wholeCore = false;

/**
 * The hash of `hints` and the shape of `text[from, to)`, its digit values left in
 * {@link wholeValues}; null when the whole-text memo must not answer for the text: a ':' (a
 * time's digits decide whether it reads as a time), a digit of another script (read through
 * tokenizing only), more than {@link MAX_SHAPE_GROUPS} runs or a run over 4 digits.
 */
function wholeHash(hints: string, text: string, from: number, to: number): number | null {
  let h = hashStep(hashText(HASH_SEED, hints), 0);
  wholeCount = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) {
      if (c === 0x3a /* : */ || (c >= 0x0660 && digitValue(c) >= 0)) return null;
      h = hashStep(h, c);
      i++;
      continue;
    }
    if (wholeCount === MAX_SHAPE_GROUPS) return null;
    let value = 0;
    const start = i;
    h = hashStep(h, c === 0x30 ? 0x30 : 0x31);
    while (i < to && isAsciiDigit(text.charCodeAt(i))) {
      value = value * 10 + (text.charCodeAt(i) - 0x30);
      if (i > start) h = hashStep(h, 0x30);
      i++;
    }
    if (i - start > 4) return null;
    wholeValues[wholeCount++] = value;
  }
  return h;
}

/** The entry for `hints` and the shape of `text[from, to)` under `hash`, or null. */
function findWhole(hash: number, hints: string, text: string, from: number, to: number): WholeEntry | null {
  const entries = wholeShapes.get(hash);
  if (entries === undefined) return null;
  for (const e of entries) if (e.hints === hints && shapeOfTextIs(e.shape, text, from, to)) return e;
  return null;
}

/** Whether `shape` is the shape of `text[from, to)` (digit runs by run shape), compared in place. */
function shapeOfTextIs(shape: string, text: string, from: number, to: number): boolean {
  let p = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) {
      if (shape.charCodeAt(p) !== c) return false;
      p++;
      i++;
      continue;
    }
    if (shape.charCodeAt(p) !== (c === 0x30 ? 0x30 : 0x31)) return false;
    p++;
    i++;
    while (i < to && isAsciiDigit(text.charCodeAt(i))) {
      if (shape.charCodeAt(p) !== 0x30) return false;
      p++;
      i++;
    }
  }
  return p === shape.length;
}

/** Records a whole-text entry; the memo is emptied when it reaches its bound. */
function rememberWhole(
  hash: number,
  hints: string,
  trimmed: string,
  used: { readonly rule: ShapeRule; readonly buddhist: boolean },
): void {
  if (wholeEntries >= CACHE_LIMIT) {
    wholeShapes.clear();
    wholeEntries = 0;
  }
  const shape = digitGroups(trimmed)?.shape;
  if (shape === undefined) return;
  const entry: WholeEntry = { hints, shape, rule: used.rule, buddhist: used.buddhist };
  const entries = wholeShapes.get(hash);
  if (entries === undefined) wholeShapes.set(hash, [entry]);
  else entries.push(entry);
  wholeEntries++;
}

// ---------------------------------------------------------------------------------------------
// For tests: the same readings through date-fns alone, and the memo's state

/**
 * {@link parseEmbedDate} with every date read by date-fns: no shape memo, no string cache.
 * Not part of the package's API; tests compare it with the memoised path.
 *
 * @example
 * parseEmbedDateByDateFns('5. Februar 2026'); // '2026-02-05'
 */
export function parseEmbedDateByDateFns(text: string, options?: DateOptions): string | null {
  memoOff = true;
  try {
    return parseEmbedDate(text, options);
  } finally {
    memoOff = false;
  }
}

/**
 * Empties the shape memo and the string cache. Not part of the package's API.
 *
 * @example
 * resetDateMemo();
 * memoisedShapeCount(); // 0
 */
export function resetDateMemo(): void {
  shapeTables.clear();
  shapeOrder.clear();
  cache.clear();
  wholeShapes.clear();
  wholeEntries = 0;
}

/**
 * How many shapes the memo reads from their digits. Not part of the package's API.
 *
 * @example
 * resetDateMemo();
 * parseEmbedDate('February 5, 2026');
 * memoisedShapeCount(); // 1
 */
export function memoisedShapeCount(): number {
  let n = 0;
  for (const { slot } of shapeOrder.values()) if (typeof slot.entry !== 'number') n++;
  return n;
}

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
 *
 * The work is split by job, one module each:
 *
 * | module       | job                                                                   |
 * |--------------|-----------------------------------------------------------------------|
 * | tokens.ts    | split the text after `from` into tokens; canonical words              |
 * | names.ts     | month and weekday name indexes of a set of locales                    |
 * | grammar.ts   | weekday, times and connectors around the core                         |
 * | core.ts      | the longest core at a token: memo first, else date-fns                |
 * | datefns.ts   | date-fns `parse` over the candidate rows and their patterns           |
 * | shapes.ts    | shape rules: learning how a shape's digits read, reading them          |
 * | hash.ts      | hashing and comparing shapes in place                                 |
 * | memo.ts      | the memo object of one reader (string cache, shapes, whole texts)     |
 * | reader.ts    | a set of locales with its names and memo; which one a call uses       |
 * | calendar.ts  | days that exist, ISO strings, year-less dates, Buddhist era           |
 * | iso.ts       | ISO 8601 dates and timestamps                                         |
 * | locales.ts   | the locale rows: date-fns locale and explicit patterns per language   |
 */
import type { DateOptions } from '../../types.js';
import { coreByRule, readReference, resolve } from './calendar.js';
import { readCoreAt } from './core.js';
import { digitValue } from './digits.js';
import { wholeHash } from './hash.js';
import { readIsoDate } from './iso.js';
import type { DateMemo, LearntRule } from './memo.js';
import { isWeekdayName, keyOf } from './names.js';
import {
  LEADING_WORDS,
  TIME_LEADERS,
  PERIOD_BEFORE,
  readTime,
  readTrailingTime,
  readTrailingWeekday,
  readWeekday,
  TIME_SEPARATORS,
} from './grammar.js';
import { defaultDateReader, knownReaders, readerFor, type DateReader } from './reader.js';
import { readByRule } from './shapes.js';
import { GAP, isTrimmable, isWordCode, NUM, PUNCT, tokenize, WORD, type Token } from './tokens.js';

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

/** A scan's date, with what the whole-text memo needs to learn from it. */
interface Scan {
  readonly scanned: ScannedDate;
  /** The memoised rule that read the core, or null when date-fns did. */
  readonly rule: LearntRule | null;
  /**
   * Whether one core spans the scanned text to its last token, from its first or from the first
   * after a leading weekday (`Thursday, 10 septembre 2025`): the text's digits are then the core's.
   */
  readonly whole: boolean;
}

/** The first-character gate: can a date start here at all? No date-fns work happens before it. */
function mayStartDate(reader: DateReader, input: string, from: number, stop: number): boolean {
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
  if (PERIOD_BEFORE.has(word) || LEADING_WORDS.has(word) || TIME_LEADERS.has(word)) return true;
  const names = reader.names;
  return (
    names.months.has(keyOf(word)) ||
    names.weekdays.has(word) ||
    names.weekdayHeads.has(word) ||
    isWeekdayName(names, word)
  );
}

/** Index past an optional separator between a time and what follows it (gap, `·`, gap). */
function afterTimeSeparator(tokens: readonly Token[], time: number): number {
  let i = time;
  if (tokens[i]?.kind === GAP) i++;
  if (tokens[i]?.kind === PUNCT && TIME_SEPARATORS.has(tokens[i]?.text ?? '')) i++;
  if (tokens[i]?.kind === GAP) i++;
  return i;
}

/** {@link scanEmbedDate} with a given reader and memo (null: date-fns only). */
function scan(
  reader: DateReader,
  memo: DateMemo | null,
  input: string,
  from: number,
  limit: number,
  options: DateOptions | undefined,
  hints: ReturnType<typeof readerFor>['hints'],
): Scan | null {
  if (typeof input !== 'string' || !Number.isInteger(from) || from < 0) return null;
  const stop = Math.min(input.length, Number.isFinite(limit) ? limit : input.length, from + WINDOW);
  if (!mayStartDate(reader, input, from, stop)) return null;
  const tokens = tokenize(input, from, stop);
  if (tokens.length === 0) return null;
  const ref = readReference(options);
  // Optional leading time with its separator, then an optional weekday (either order).
  const starts: number[] = [];
  let at = 0;
  // "lúc 15:09 21 tháng 4, 2024": a word that opens a time written before the date.
  const first = tokens[0] as Token;
  const led = first.kind === WORD && TIME_LEADERS.has(first.text.toLowerCase()) && tokens[1]?.kind === GAP ? 2 : 0;
  const time = readTime(tokens, led);
  if (time > 0) at = afterTimeSeparator(tokens, time);
  const weekday = readWeekday(tokens, at, reader.names);
  if (weekday > 0) {
    starts.push(weekday);
    const laterTime = readTime(tokens, weekday);
    if (laterTime > 0) starts.unshift(afterTimeSeparator(tokens, laterTime));
  }
  starts.push(at);
  for (const start of starts) {
    const reading = readCoreAt(reader, memo, tokens, start, hints, ref !== null);
    if (!reading) continue;
    // A weekday holds no digit: a text that is one and a core is learnt whole as a bare core is.
    const whole = reading.next === tokens.length && (start === 0 || (at === 0 && start === weekday));
    const date = resolve(reading.core, ref);
    if (!date) return null;
    let next = reading.next;
    // A digit glued to the date ("20261") is a different number, not this date.
    const after = tokens[next - 1] as Token;
    if (after.kind === NUM && tokens[next]?.kind === NUM) return null;
    next = readTrailingWeekday(tokens, next, reader.names);
    next = readTrailingTime(tokens, next);
    const end = (tokens[next - 1] as Token).end;
    return { scanned: { date, dateText: input.slice(from, end), start: from, end }, rule: reading.rule, whole };
  }
  return null;
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
    const { reader, hints } = readerFor(options);
    return scan(reader, reader.memo, input, from, limit, options, hints)?.scanned ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads a whole string as the date an embed shows, in any supported language, and returns
 * it as 'YYYY-MM-DD', or null when the string is not exactly one date. Weekdays and times
 * around the date are allowed and ignored; a year-less date needs `referenceDate`. ISO 8601
 * dates and timestamps are read too (the calendar date as written, never shifted).
 *
 * @example
 * parseEmbedDate('5. Februar 2026'); // '2026-02-05'
 * parseEmbedDate('14 февраля 2026 г.'); // '2026-02-14'
 * parseEmbedDate('٢٥ مارس ٢٠٢٠'); // '2020-03-25'
 * parseEmbedDate('Feb 5', { referenceDate: '2026-01-10' }); // '2025-02-05'
 * parseEmbedDate('2024-10-10T17:00:00.000Z'); // '2024-10-10'
 * parseEmbedDate('February 30, 2026'); // null
 */
export function parseEmbedDate(text: string, options?: DateOptions): string | null {
  return parseWith(text, options, true);
}

/** {@link parseEmbedDate} through the memo (`memoised`) or through date-fns alone. */
function parseWith(text: string, options: DateOptions | undefined, memoised: boolean): string | null {
  if (typeof text !== 'string') return null;
  try {
    let from = 0;
    let to = text.length;
    while (from < to && isTrimmable(text.charCodeAt(from))) from++;
    while (to > from && isTrimmable(text.charCodeAt(to - 1))) to--;
    if (to - from > WINDOW) return null;
    const isoDate = readIsoDate(text, from, to);
    if (isoDate !== null) return isoDate;
    const { reader, hints } = readerFor(options);
    const memo = memoised ? reader.memo : null;
    const hash = memo === null ? null : wholeHash(hints.key, text, from, to, memo.digits);
    if (memo !== null && hash !== null) {
      const known = memo.findWhole(hash, hints.key, text, from, to);
      if (known !== null) {
        const ref = readReference(options);
        // A year-less shape is read against a reference date only, as the scan would.
        if (known.rule.year >= 0 || ref !== null) {
          const core = coreByRule(readByRule(known.rule, memo.digits.values), known.buddhist);
          if (core !== null) return resolve(core, ref);
        }
      }
    }
    const found = scan(reader, memo, text, from, to, options, hints);
    if (found === null || found.scanned.end !== to) return null;
    if (memo !== null && hash !== null && found.whole && found.rule !== null) {
      memo.rememberWhole(hash, hints.key, text.slice(from, to), found.rule);
    }
    return found.scanned.date;
  } catch {
    return null;
  }
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
  return parseWith(text, options, false);
}

/**
 * Empties the memo of every reader. Not part of the package's API.
 *
 * @example
 * resetDateMemo();
 * memoisedShapeCount(); // 0
 */
export function resetDateMemo(): void {
  for (const reader of knownReaders()) reader.memo.clear();
}

/**
 * How many shapes the default reader's memo reads from their digits. Not part of the
 * package's API.
 *
 * @example
 * resetDateMemo();
 * parseEmbedDate('February 5, 2026');
 * memoisedShapeCount(); // 1
 */
export function memoisedShapeCount(): number {
  return defaultDateReader().memo.shapeCount();
}

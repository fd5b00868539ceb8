/**
 * A date reader: one set of locales (rows of ./locales.ts, in the order they are tried), the
 * name indexes built from them on first use, and the memo of what date-fns has read with them
 * (./memo.ts). Which reader a call uses follows from its options alone:
 *
 * - locale rows passed in `locales` (data, the date-fns way) make the set, in the given order;
 * - without any, the default set (./default-locales.ts) is used;
 * - BCP 47 tags in `locales` are hints: the rows they name are tried first.
 *
 * Readers are cached by the tags of their rows, so passing the same rows again (even in a new
 * array) reuses what the reader learnt. Nothing is registered anywhere: a reader is a cache.
 */
import type { DateOptions } from '../../types.js';
import { DEFAULT_DATE_LOCALES } from './default-locales.js';
import type { DateLocaleRow } from './locales.js';
import { DateMemo } from './memo.js';
import { buildNameIndexes, type NameIndexes } from './names.js';

/** Most tokens a date core spans ("ngày 5 tháng 2 năm 2026" is 11). */
export const MAX_CORE_TOKENS = 13;

/** Most readers of caller-given locale sets kept at once. */
const READER_LIMIT = 16;

/** Per-token prefix state of a core being read, reused across calls (never re-entered). */
export interface CoreScratch {
  readonly hash: Int32Array;
  readonly nums: Int32Array;
  readonly words: Int32Array;
  readonly flags: Int32Array;
  readonly marks: Uint8Array;
}

/** Rows of a reader to try first, and the key the memo files their readings under. */
export interface Hints {
  readonly rows: readonly number[];
  readonly key: string;
}

const NO_HINTS: Hints = { rows: [], key: '' };

/** One set of locales, its name indexes and its memo. */
export class DateReader {
  readonly rows: readonly DateLocaleRow[];
  readonly memo = new DateMemo();
  readonly scratch: CoreScratch = {
    hash: new Int32Array(MAX_CORE_TOKENS),
    nums: new Int32Array(MAX_CORE_TOKENS),
    words: new Int32Array(MAX_CORE_TOKENS),
    flags: new Int32Array(MAX_CORE_TOKENS),
    marks: new Uint8Array(MAX_CORE_TOKENS),
  };
  private indexes: NameIndexes | null = null;

  constructor(rows: readonly DateLocaleRow[]) {
    this.rows = rows;
  }

  /** Month and weekday names of the rows, built on first use. */
  get names(): NameIndexes {
    this.indexes ??= buildNameIndexes(this.rows);
    return this.indexes;
  }

  /** The row of a tag, or -1 when the set has none. */
  rowOf(tag: string): number {
    return this.rows.findIndex((l) => l.tag === tag);
  }

  /** The rows the BCP 47 tags among `locales` name (exact tag or alias, else the base language). */
  hints(locales: readonly unknown[]): Hints {
    const rows: number[] = [];
    for (const raw of locales) {
      if (typeof raw !== 'string') continue;
      const tag = raw.toLowerCase().replace(/_/g, '-');
      let r = this.rows.findIndex((l) => l.tag === tag || (l.aliases?.includes(tag) ?? false));
      if (r < 0) {
        const base = tag.split('-')[0] ?? '';
        r = this.rows.findIndex((l) => l.tag === base || (l.aliases?.includes(base) ?? false));
      }
      if (r >= 0 && !rows.includes(r)) rows.push(r);
    }
    return rows.length === 0 ? NO_HINTS : { rows, key: rows.join(',') };
  }
}

let defaultReader: DateReader | null = null;
const givenReaders = new Map<string, DateReader>();

/** Whether a value is a locale row: data with a tag, a date-fns locale and patterns. */
function isDateLocale(value: unknown): value is DateLocaleRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<DateLocaleRow>;
  return (
    typeof row.tag === 'string' &&
    typeof row.locale?.localize?.month === 'function' &&
    typeof row.locale.match?.month === 'function' &&
    Array.isArray(row.patterns) &&
    Array.isArray(row.yearless)
  );
}

/** The reader of the default set. */
export function defaultDateReader(): DateReader {
  defaultReader ??= new DateReader(DEFAULT_DATE_LOCALES);
  return defaultReader;
}

/**
 * The reader and hints of a call's options: see the module comment.
 *
 * @example
 * readerFor({ locales: ['de'] }).hints.key; // the row of 'de' in the default set
 */
export function readerFor(options: DateOptions | undefined): { reader: DateReader; hints: Hints } {
  const locales: readonly unknown[] = options !== undefined && Array.isArray(options.locales) ? options.locales : [];
  let given: DateLocaleRow[] | null = null;
  for (const value of locales) {
    if (typeof value === 'string' || !isDateLocale(value)) continue;
    given ??= [];
    if (!given.some((row) => row.tag === value.tag)) given.push(value);
  }
  const reader = given === null ? defaultDateReader() : readerOf(given);
  return { reader, hints: locales.length === 0 ? NO_HINTS : reader.hints(locales) };
}

/** The cached reader of exactly these rows (same tags, same objects), or a new one. */
function readerOf(rows: readonly DateLocaleRow[]): DateReader {
  const key = rows.map((row) => row.tag).join(',');
  const known = givenReaders.get(key);
  if (known !== undefined && known.rows.every((row, k) => row === rows[k])) return known;
  if (givenReaders.size >= READER_LIMIT) {
    const oldest = givenReaders.keys().next();
    if (!oldest.done) givenReaders.delete(oldest.value);
  }
  const reader = new DateReader(rows);
  givenReaders.set(key, reader);
  return reader;
}

/** Every reader made so far (the default one first): for emptying their memos. */
export function knownReaders(): DateReader[] {
  return [...(defaultReader === null ? [] : [defaultReader]), ...givenReaders.values()];
}

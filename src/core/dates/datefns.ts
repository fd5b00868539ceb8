/**
 * Reading a canonical core through date-fns `parse`: each candidate row of the reader (hinted
 * rows first, then the rows whose month names the core holds) with each of its explicit
 * patterns, on the core as written and with the dot after a month abbreviation dropped. The
 * first valid reading wins. This is the slow path the memo (./memo.ts) learns from.
 */
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { gregorianYear, type Core } from './calendar.js';
import type { DateLocaleRow } from './locales.js';
import { keyOf } from './names.js';
import type { DateReader } from './reader.js';
import { isWordChar } from './tokens.js';

/** A successful date-fns reading: the core, the row that read it and the year as written. */
export interface Reading {
  readonly core: Core;
  readonly row: number;
  /** Year, month and day as date-fns read them (the year before any Buddhist-era shift). */
  readonly raw: Core;
}

/** The reference date-fns fills missing fields from: a fixed local midnight in a leap year. */
const PARSE_REFERENCE = /* @__PURE__ */ new Date(2000, 0, 1);

/** Rows to try for a canonical core, hinted rows first. */
function candidateRows(reader: DateReader, words: readonly string[], text: string, hints: readonly number[]): number[] {
  const { months } = reader.names;
  const found = new Set<number>();
  for (const w of words) {
    const rows = months.get(keyOf(w));
    if (rows) for (const r of rows) found.add(r);
  }
  if (text.includes('月')) for (const tag of ['ja', 'zh-cn', 'zh-tw']) addRow(found, reader.rowOf(tag));
  if (text.includes('월')) addRow(found, reader.rowOf('ko'));
  if (found.size === 0) return [];
  const ordered: number[] = [];
  for (const h of hints) if (found.has(h)) ordered.push(h);
  for (let r = 0; r < reader.rows.length; r++) if (found.has(r) && !ordered.includes(r)) ordered.push(r);
  return ordered;
}

function addRow(rows: Set<number>, row: number): void {
  if (row >= 0) rows.add(row);
}

/**
 * date-fns over every candidate row and pattern: the first valid reading, or null.
 *
 * @example
 * slowRead(defaultDateReader(), 'February 5, 2026', 'February 5, 2026', ['february'], true, []);
 * // { core: { year: 2026, month: 2, day: 5 }, row: 0, raw: { year: 2026, month: 2, day: 5 } }
 */
export function slowRead(
  reader: DateReader,
  kept: string,
  dropped: string,
  words: readonly string[],
  hasYear: boolean,
  hints: readonly number[],
): Reading | null {
  for (const r of candidateRows(reader, words, kept, hints)) {
    const row = reader.rows[r] as DateLocaleRow;
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
function readingOf(raw: Core | null, row: DateLocaleRow, r: number): Reading | null {
  if (raw === null) return null;
  if (raw.year === null) return { core: { year: null, month: raw.month, day: raw.day }, row: r, raw };
  const year = gregorianYear(raw.year, row.buddhistEra === true);
  if (year === null) return null;
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

function tryPattern(raw: string, pattern: string, row: DateLocaleRow, hasYear: boolean): Core | null {
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

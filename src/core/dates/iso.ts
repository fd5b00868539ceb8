/**
 * ISO 8601 calendar dates, alone or opening a timestamp: the least ambiguous form there is, and
 * the one machine-made fallbacks show (Bluesky's `2024-10-10T17:00:00.000Z`).
 *
 * ```
 * 2024-10-10T17:00:00.000Z
 * ^date     ^time (optional): hh:mm[:ss[.fff]] then Z or ±hh[:mm], or nothing
 * ```
 *
 * The date is the calendar date as written: a timestamp's offset is never applied, as no date
 * an embed shows is shifted to another zone.
 */
import { gregorianYear, iso, isRealDate } from './calendar.js';

/** Longest ISO text read: a date, 'T', a time with nanoseconds and an offset. */
const MAX_ISO_LENGTH = 40;

/** The value of `width` ASCII digits at `at`, or -1. */
function digitsAt(text: string, at: number, width: number): number {
  let v = 0;
  for (let k = at; k < at + width; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

/** Whether `text[at, to)` is an ISO time with an optional offset (`17:00`, `17:00:00.000Z`, `17:00+02:00`). */
function isTime(text: string, at: number, to: number): boolean {
  let i = at;
  const h = digitsAt(text, i, 2);
  if (h < 0 || h > 24 || text[i + 2] !== ':') return false;
  const m = digitsAt(text, i + 3, 2);
  if (m < 0 || m > 59) return false;
  i += 5;
  if (text[i] === ':') {
    const s = digitsAt(text, i + 1, 2);
    // 60: a leap second.
    if (s < 0 || s > 60) return false;
    i += 3;
    if ((text[i] === '.' || text[i] === ',') && digitsAt(text, i + 1, 1) >= 0) {
      i++;
      while (i < to && digitsAt(text, i, 1) >= 0) i++;
    }
  }
  if (i === to) return true;
  if (text[i] === 'Z' || text[i] === 'z') return i + 1 === to;
  if (text[i] !== '+' && text[i] !== '-') return false;
  const oh = digitsAt(text, i + 1, 2);
  if (oh < 0 || oh > 23) return false;
  i += 3;
  if (i === to) return true;
  if (text[i] === ':') i++;
  const om = digitsAt(text, i, 2);
  return om >= 0 && om <= 59 && i + 2 === to;
}

/**
 * The 'YYYY-MM-DD' of an ISO 8601 date or timestamp that is exactly `text[from, to)`, or null.
 * The date and time are separated by `T` (or a space, as RFC 3339 allows); years are read in
 * the range every other date is (1000–2399).
 *
 * @example
 * readIsoDate('2024-10-10T17:00:00.000Z', 0, 24); // '2024-10-10'
 * readIsoDate('2026-02-30', 0, 10); // null
 */
export function readIsoDate(text: string, from: number, to: number): string | null {
  if (to - from < 10 || to - from > MAX_ISO_LENGTH || text[from + 4] !== '-' || text[from + 7] !== '-') return null;
  const y = digitsAt(text, from, 4);
  const m = digitsAt(text, from + 5, 2);
  const d = digitsAt(text, from + 8, 2);
  if (y < 0 || m < 0 || d < 0 || gregorianYear(y, false) === null || !isRealDate(y, m, d)) return null;
  if (to - from > 10) {
    const sep = text[from + 10];
    if ((sep !== 'T' && sep !== 't' && sep !== ' ') || !isTime(text, from + 11, to)) return null;
  }
  return iso(y, m, d);
}

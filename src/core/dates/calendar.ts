/**
 * Calendar arithmetic on plain numbers: which days exist, the ISO form of a date, the year of a
 * year-less date against a reference, the Buddhist-era shift and the accepted year range. No
 * `Date` is built here (date-fns `isExists` only for years past four digits), so nothing depends
 * on the host's time zone.
 */
import { isExists } from 'date-fns/isExists';
import type { DateOptions } from '../../types.js';

/** Gregorian years accepted (after the Buddhist-era shift). */
const MIN_YEAR = 1000;
const MAX_YEAR = 2399;
/** Thai Buddhist era = Gregorian + 543. */
const BUDDHIST_OFFSET = 543;

/** A date as read: the year is null for a year-less date ("Feb 5"). */
export interface Core {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

/** A reference date as numbers: year, month, day. */
export type Reference = readonly [number, number, number];

/**
 * date-fns `isExists(y, m - 1, d)` without building a Date: JavaScript's Date counts the
 * proleptic Gregorian calendar and reads years 0 to 99 as 1900 to 1999, so those never exist
 * as written. Years past four digits are left to date-fns.
 */
export function dayExists(y: number, m: number, d: number): boolean {
  if (y > 9999 || y < -9999) return isExists(y, m - 1, d);
  return (y < 0 || y > 99) && isRealDate(y, m, d);
}

/**
 * The core of digits read by a rule, checked as date-fns checks them: the day must exist in
 * that month of the year as written (the reference year 2000 without one), then the year
 * leaves the Buddhist era and must lie in range. Null sends the text back to date-fns.
 */
export function coreByRule(raw: Core, buddhist: boolean): Core | null {
  const { month, day } = raw;
  if (raw.year === null) return dayExists(2000, month, day) ? { year: null, month, day } : null;
  if (!dayExists(raw.year, month, day)) return null;
  const year = gregorianYear(raw.year, buddhist);
  return year === null ? null : { year, month, day };
}

/**
 * The year of a date-fns reading after the Buddhist-era shift, or null outside the accepted
 * range.
 *
 * @example
 * gregorianYear(2569, true); // 2026
 */
export function gregorianYear(year: number, buddhist: boolean): number | null {
  const y = buddhist && year >= 2400 ? year - BUDDHIST_OFFSET : year;
  return y < MIN_YEAR || y > MAX_YEAR ? null : y;
}

/** A 'YYYY-MM-DD' reference date as numbers, or null. */
export function readReference(options: DateOptions | undefined): Reference | null {
  const ref = options?.referenceDate;
  if (typeof ref !== 'string' || ref.length !== 10 || ref[4] !== '-' || ref[7] !== '-') return null;
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7));
  const d = Number(ref.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  return isRealDate(y, m, d) ? [y, m, d] : null;
}

/** Whether y-m-d is a day of the proleptic Gregorian calendar (as JavaScript's Date counts). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || Math.abs(y) > 200_000) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1] as number);
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** '00'…'31': months and days as ISO writes them. */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 32 }, (_, k) => String(k).padStart(2, '0'));

/** 'YYYY-MM-DD' of a date (years below 1000 padded to four digits). */
export function iso(y: number, m: number, d: number): string {
  const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${TWO_DIGITS[m] ?? String(m).padStart(2, '0')}-${TWO_DIGITS[d] ?? String(d).padStart(2, '0')}`;
}

/** The calendar date of a core: a year-less one is the latest such date not after the reference. */
export function resolve(core: Core, ref: Reference | null): string | null {
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

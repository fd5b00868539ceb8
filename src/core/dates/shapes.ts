/**
 * The shape memo: how a date string of one shape is read, learnt from date-fns and reused.
 *
 * Embeds print dates of a handful of shapes per language, and only the digits change between
 * two dates of one shape:
 *
 * ```
 * February 5, 2026    → shape "February 1, 1000"   day = digit group 0, year = group 1
 * 2026年2月15日        → shape "1000年1月10日"       year = 0, month = 1, day = 2
 * 5 de febrero de 2026 → shape "1 de febrero de 1000"
 * ```
 *
 * A shape replaces each digit run by a run of the same length, its first digit kept apart
 * (`1` for 1–9, `0` for 0: date-fns reads `05` and `15` by different regex branches), every
 * other digit `0`. The first date of a shape is read by date-fns; its reading is recorded as
 * the role of each digit group (day, month, year) when exactly one assignment of roles explains
 * it, and confirmed by a second date-fns reading of a probe (the same shape with other digits,
 * day and month at most 12 so no row or role could reject it for its values). Later dates of
 * the shape are read from their digits and checked the way date-fns checks them (`isExists` on
 * the year as written, then the Buddhist-era shift and the year range); whatever fails that
 * check goes back to date-fns, so the memo never answers where date-fns might not.
 */

/** How a shape's digit groups are read. */
export interface ShapeRule {
  /** Digit group of the day. */
  readonly day: number;
  /** Digit group of the month, or -1 when the month is a word (then `monthValue`). */
  readonly month: number;
  /** The month (1–12) a month word of this shape names; unused when `month` >= 0. */
  readonly monthValue: number;
  /** Digit group of the year, or -1 for a date without one. */
  readonly year: number;
}

/** The digits of a date string: its shape and the value of each digit run. */
export interface DigitGroups {
  readonly shape: string;
  readonly values: number[];
}

/** Most digit groups a memoised shape may have (a date has three numbers at most). */
export const MAX_SHAPE_GROUPS = 4;

/** ASCII digits, the only ones a shape keeps as digit runs. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The shape of `text` (canonical: ASCII digits only) and the values of its digit runs; null
 * when it holds more than {@link MAX_SHAPE_GROUPS} runs or a run longer than 4 digits.
 *
 * @example
 * digitGroups('2026年2月15日'); // { shape: '1000年1月10日', values: [2026, 2, 15] }
 */
export function digitGroups(text: string): DigitGroups | null {
  const values: number[] = [];
  let shape = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let value = 0;
    while (j < text.length && isAsciiDigit(text.charCodeAt(j))) {
      value = value * 10 + (text.charCodeAt(j) - 0x30);
      j++;
    }
    if (j - i > 4 || values.length === MAX_SHAPE_GROUPS) return null;
    shape += text.slice(from, i) + runShape(text.slice(i, j));
    values.push(value);
    from = j;
    i = j;
  }
  return { shape: shape + text.slice(from), values };
}

/**
 * The shape of one run of 1–4 ASCII digits: its length, and whether it starts with a zero.
 *
 * @example
 * runShape('2026'); // '1000'
 * runShape('05'); // '00'
 */
export function runShape(digits: string): string {
  return (digits.charCodeAt(0) === 0x30 ? '0' : '1') + '000'.slice(0, digits.length - 1);
}

/**
 * The one assignment of roles to digit groups that explains a reading, or null when none or
 * several do (`2026年2月2日`: either 2 may be the day). Every group must take a role.
 *
 * @example
 * inferRule([5, 2026], { year: 2026, month: 2, day: 5 }); // { day: 0, month: -1, monthValue: 2, year: 1 }
 * inferRule([2026, 2, 2], { year: 2026, month: 2, day: 2 }); // null
 */
export function inferRule(
  values: readonly number[],
  raw: { readonly year: number | null; readonly month: number; readonly day: number },
): ShapeRule | null {
  const n = values.length;
  let found: ShapeRule | null = null;
  let count = 0;
  const years = raw.year === null ? [-1] : indexesOf(values, raw.year);
  for (const y of years) {
    for (const d of indexesOf(values, raw.day)) {
      if (d === y) continue;
      for (const m of [-1, ...indexesOf(values, raw.month)]) {
        if (m >= 0 && (m === y || m === d)) continue;
        const used = (y >= 0 ? 1 : 0) + 1 + (m >= 0 ? 1 : 0);
        if (used !== n) continue;
        count++;
        found = { day: d, month: m, monthValue: raw.month, year: y };
      }
    }
  }
  return count === 1 ? found : null;
}

function indexesOf(values: readonly number[], value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] === value) out.push(i);
  return out;
}

/**
 * Digit values for a probe of the same shape: each group changed within its class (same
 * length, same zero or non-zero first digit), days and months to at most 12 so that every
 * month of every calendar holds them, years by one. Null when a group cannot change.
 *
 * @example
 * probeValues('1 de febrero de 1000', [5, 2026], { day: 0, month: -1, monthValue: 2, year: 1 }); // [1, 2027]
 */
export function probeValues(shape: string, values: readonly number[], rule: ShapeRule): number[] | null {
  const out: number[] = [];
  const lengths = runLengths(shape);
  const taken = new Set<number>();
  for (let g = 0; g < values.length; g++) {
    const v = values[g] as number;
    const len = lengths[g] ?? 0;
    if (g === rule.year) {
      const p = v % 2 === 0 ? v + 1 : v - 1;
      if (String(p).length !== len) return null;
      out.push(p);
      continue;
    }
    // Day or month: 1–9 for one digit or a leading zero, 10–12 for two digits.
    const options = len === 1 || v < 10 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [10, 11, 12];
    const p = options.find((o) => o !== v && !taken.has(o) && !values.includes(o));
    if (p === undefined) return null;
    taken.add(p);
    out.push(p);
  }
  return out;
}

function runLengths(shape: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < shape.length; ) {
    if (!isAsciiDigit(shape.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < shape.length && isAsciiDigit(shape.charCodeAt(j))) j++;
    out.push(j - i);
    i = j;
  }
  return out;
}

/**
 * `text` with its digit runs replaced by `values`, each padded with zeros to the run's length.
 *
 * @example
 * withDigits('5 de febrero de 2026', [1, 2027]); // '1 de febrero de 2027'
 */
export function withDigits(text: string, values: readonly number[]): string {
  let out = '';
  let g = 0;
  let i = 0;
  while (i < text.length) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      out += text[i];
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
    out += String(values[g++] ?? 0).padStart(j - i, '0');
    i = j;
  }
  return out;
}

/** The year, month and day a rule reads from digit values (year null without a year group). */
export function readByRule(
  rule: ShapeRule,
  values: ArrayLike<number>,
): { year: number | null; month: number; day: number } {
  return {
    year: rule.year >= 0 ? (values[rule.year] as number) : null,
    month: rule.month >= 0 ? (values[rule.month] as number) : rule.monthValue,
    day: values[rule.day] as number,
  };
}

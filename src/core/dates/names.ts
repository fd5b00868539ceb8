/**
 * Month and weekday names of a set of locales, indexed for the scanner: a date may start only
 * at a digit or at a word these indexes know, and a core is read only by the locales whose
 * month names it holds. Built once per {@link DateReader} (./reader.ts), from the locales'
 * own `localize` functions, so the indexes never drift from what date-fns reads.
 */
import { digitValue } from './digits.js';
import type { DateLocaleRow } from './locales.js';
import { canonicalWord } from './tokens.js';

/** The name indexes of one set of locales. */
export interface NameIndexes {
  /** First three letters (lower case) of every month name form → rows of the set. */
  readonly months: Map<string, number[]>;
  /** Weekday names and abbreviations, lower case, without dots (some have two words). */
  readonly weekdays: Set<string>;
  /** First words of two-word weekday names ("thứ" of "thứ năm"). */
  readonly weekdayHeads: Set<string>;
}

/** The key a month word is indexed by: its first three code units. */
export function keyOf(word: string): string {
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

/**
 * The indexes of `rows`, row numbers being positions in `rows`.
 *
 * @example
 * buildNameIndexes([en]).months.get('feb'); // [0]
 */
export function buildNameIndexes(rows: readonly DateLocaleRow[]): NameIndexes {
  const months = new Map<string, number[]>();
  const weekdays = new Set<string>();
  const weekdayHeads = new Set<string>();
  const widths = ['wide', 'abbreviated'] as const;
  const contexts = ['formatting', 'standalone'] as const;
  rows.forEach((row, r) => {
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
  return { months, weekdays, weekdayHeads };
}

/**
 * Whether a word is a weekday name in one of the indexed locales (Thai "วันพฤหัสบดีที่" included).
 *
 * @example
 * isWeekdayName(buildNameIndexes([en]), 'Thursday'); // true
 */
export function isWeekdayName(names: NameIndexes, word: string): boolean {
  const { weekdays } = names;
  let w = canonicalWord(word).toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, 'ʼ');
  if (weekdays.has(w)) return true;
  if (w.startsWith('วัน')) w = w.slice(3);
  if (w.endsWith('ที่')) w = w.slice(0, -3);
  return weekdays.has(w);
}

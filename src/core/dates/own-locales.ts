/**
 * Date locales for languages the X widget offers but date-fns has no locale for (Filipino, Urdu).
 * Each is built into the part of the date-fns `Locale` shape that `parse` reads (`match`,
 * `formatLong`, `options`) plus `localize` month and weekday names, so the reader treats them
 * exactly like the date-fns locales.
 *
 * Where the forms come from: the month and weekday names and the long date orders are those of
 * the Unicode CLDR `gregorian` calendar for `fil` and `ur`, as rendered by ICU's
 * `Intl.DateTimeFormat` in Node 20 (`fil`: "Pebrero 5, 2026"; `ur`: "5 فروری، 2026"). Not checked
 * against a live X embed.
 */
import type { Locale, Match, MatchFnResult } from 'date-fns';

/** A month or weekday name list, wide and abbreviated, in calendar order. */
interface NameTable {
  readonly wide: readonly string[];
  readonly abbreviated: readonly string[];
}

/** The data of one home-made locale. */
export interface OwnLocaleData {
  readonly code: string;
  readonly months: NameTable;
  /** Sunday first. */
  readonly days: NameTable;
}

/** The fields of a date-fns locale the date reader uses. */
export type DateFnsLocale = Pick<Locale, 'code' | 'match' | 'formatLong' | 'options' | 'localize'>;

/** The longest name of `names` that `str` starts with (case-insensitive), as an index. */
function matchName(str: string, names: readonly string[]): MatchFnResult<number> | null {
  const lower = str.toLowerCase();
  let best = -1;
  let bestLength = 0;
  for (let i = 0; i < names.length; i++) {
    const name = (names[i] ?? '').toLowerCase();
    if (name.length > bestLength && lower.startsWith(name)) {
      best = i;
      bestLength = name.length;
    }
  }
  return best < 0 ? null : { value: best, rest: str.slice(bestLength) };
}

/** Every name of a table, wide names before their abbreviations. */
function allNames(table: NameTable): string[] {
  return [...table.wide, ...table.abbreviated];
}

/**
 * Builds the date-fns locale fields `parse` needs from a plain name table.
 *
 * @example
 * parse('Pebrero 5, 2026', 'MMMM d, yyyy', new Date(2000, 0, 1), { locale: buildLocale(FIL) });
 */
export function buildLocale(data: OwnLocaleData): DateFnsLocale {
  const months = allNames(data.months);
  const days = allNames(data.days);
  const none = (): null => null;
  const match = {
    ordinalNumber: (str: string) => {
      let n = 0;
      let i = 0;
      while (i < str.length && i < 4 && str.charCodeAt(i) >= 0x30 && str.charCodeAt(i) <= 0x39) {
        n = n * 10 + (str.charCodeAt(i) - 0x30);
        i++;
      }
      return i === 0 ? null : { value: n, rest: str.slice(i) };
    },
    era: none,
    quarter: none,
    month: (str: string) => {
      const m = matchName(str, months);
      return m ? { value: m.value % 12, rest: m.rest } : null;
    },
    day: (str: string) => {
      const m = matchName(str, days);
      return m ? { value: m.value % 7, rest: m.rest } : null;
    },
    dayPeriod: none,
  } as unknown as Match;
  const format = () => '';
  return {
    code: data.code,
    match,
    formatLong: { date: format, time: format, dateTime: format },
    options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
    localize: {
      ordinalNumber: (n: unknown) => String(n),
      era: () => '',
      quarter: () => '',
      month: (i: number, o?: { width?: string }) =>
        (o?.width === 'abbreviated' ? data.months.abbreviated : data.months.wide)[i] ?? '',
      day: (i: number, o?: { width?: string }) =>
        (o?.width === 'abbreviated' ? data.days.abbreviated : data.days.wide)[i] ?? '',
      dayPeriod: () => '',
    } as unknown as Locale['localize'],
  };
}

/** Filipino (CLDR `fil`): "Pebrero 5, 2026", "Peb 5, 2026". */
export const FIL: OwnLocaleData = {
  code: 'fil',
  months: {
    wide: ['Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'],
    abbreviated: ['Ene', 'Peb', 'Mar', 'Abr', 'May', 'Hun', 'Hul', 'Ago', 'Set', 'Okt', 'Nob', 'Dis'],
  },
  days: {
    wide: ['Linggo', 'Lunes', 'Martes', 'Miyerkules', 'Huwebes', 'Biyernes', 'Sabado'],
    abbreviated: ['Lin', 'Lun', 'Mar', 'Miy', 'Huw', 'Biy', 'Sab'],
  },
};

/** Urdu (CLDR `ur`): "5 فروری، 2026" (Arabic comma; `ur-IN` writes the digits in Extended Arabic-Indic). */
export const UR: OwnLocaleData = {
  code: 'ur',
  months: {
    wide: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
    abbreviated: [],
  },
  days: {
    wide: ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'],
    abbreviated: [],
  },
};

/**
 * The month and weekday names a date-fns locale writes, as a plain table, so a locale whose
 * `match` misreads its own names can be rebuilt with {@link buildLocale}.
 *
 * @example
 * buildLocale(namesOf(fy)); // fy with "maaie" read as May
 */
export function namesOf(locale: Pick<Locale, 'code' | 'localize'>): OwnLocaleData {
  const list = (n: number, f: (i: number, width: 'wide' | 'abbreviated') => string) => ({
    wide: Array.from({ length: n }, (_, i) => f(i, 'wide')),
    abbreviated: Array.from({ length: n }, (_, i) => f(i, 'abbreviated')),
  });
  return {
    code: locale.code,
    months: list(12, (i, width) => String(locale.localize.month(i as 0, { width })).replace(/\.$/, '')),
    days: list(7, (i, width) => String(locale.localize.day(i as 0, { width })).replace(/\.$/, '')),
  };
}

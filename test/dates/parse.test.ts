import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEmbedDate, SUPPORTED_DATE_LOCALES } from '../../src/core/dates/index.js';
import type { DateOptions } from '../../src/types.js';

interface Case {
  description: string;
  input: string;
  expected: string | null;
  options?: DateOptions;
}

/** The forms the issue names, and the rejects beside them. */
const CASES: Case[] = [
  { description: 'English long date', input: 'February 5, 2026', expected: '2026-02-05' },
  { description: 'English abbreviated month with a dot', input: 'Feb. 5, 2026', expected: '2026-02-05' },
  { description: 'English abbreviated month without a dot', input: 'Sep 30, 2014', expected: '2014-09-30' },
  { description: 'English day-first', input: '5 February 2026', expected: '2026-02-05' },
  { description: 'German', input: '5. Februar 2026', expected: '2026-02-05' },
  { description: 'German abbreviated', input: '6. März 2018', expected: '2018-03-06' },
  { description: "German months in the US order (Instagram's German embed code)", input: 'Mär 12, 2018', expected: '2018-03-12' },
  { description: 'the same with the locale named', input: 'Mär 12, 2018', expected: '2018-03-12', options: { locales: ['de'] } },
  { description: 'Spanish', input: '5 de febrero de 2026', expected: '2026-02-05' },
  { description: 'Portuguese', input: '1 de maio de 2025', expected: '2025-05-01' },
  { description: "Portuguese with a comma before the year (Instagram's older bylines)", input: '8 de Mai, 2016', expected: '2016-05-08' },
  { description: 'Spanish with a comma before the year', input: '8 de may, 2016', expected: '2016-05-08' },
  { description: 'Catalan', input: '1 de maig de 2018', expected: '2018-05-01' },
  { description: 'Catalan elided before a vowel', input: "12 d’abril de 2018", expected: '2018-04-12' },
  { description: 'Russian genitive with г.', input: '14 февраля 2026 г.', expected: '2026-02-14' },
  { description: 'Russian with г. wrapped onto a new line', input: '14 февраля 2026\nг.', expected: '2026-02-14' },
  { description: 'Russian without г.', input: '16 мая 2018', expected: '2018-05-16' },
  { description: 'Russian CLDR abbreviation февр.', input: '5 февр. 2026 г.', expected: '2026-02-05' },
  { description: 'Ukrainian with р.', input: '24 лютого 2022 р.', expected: '2022-02-24' },
  { description: 'Japanese', input: '2026年2月5日', expected: '2026-02-05' },
  { description: "Japanese with 月 alone (Instagram's older bylines)", input: '2017 4月 10', expected: '2017-04-10' },
  { description: 'does not read 月 alone with a day that does not exist', input: '2017 2月 30', expected: null },
  { description: 'ISO 8601 date', input: '2026-02-05', expected: '2026-02-05' },
  { description: 'ISO 8601 timestamp in UTC (Bluesky fallback)', input: '2024-10-10T17:00:00.000Z', expected: '2024-10-10' },
  { description: 'ISO 8601 timestamp keeps its calendar date, never shifted', input: '2024-10-10T23:30:00-05:00', expected: '2024-10-10' },
  { description: 'ISO 8601 with a space and minutes only', input: ' 2026-02-05 14:31 ', expected: '2026-02-05' },
  { description: 'ISO 8601 with an hour-only offset', input: '2026-02-05T14:31:00+01', expected: '2026-02-05' },
  { description: 'does not read an ISO date that does not exist', input: '2026-02-30', expected: null },
  { description: 'does not read an ISO month 13', input: '2026-13-01', expected: null },
  { description: 'does not read an ISO date with a broken time', input: '2026-02-05T25:00:00Z', expected: null },
  { description: 'does not read an ISO date with text after it', input: '2026-02-05 and more', expected: null },
  { description: 'does not read a year-month alone', input: '2026-02', expected: null },
  { description: 'Japanese, older spaced form', input: '2016 年 9 月 23 日', expected: '2016-09-23' },
  { description: 'Chinese with fullwidth digits', input: '２０２６年２月５日', expected: '2026-02-05' },
  { description: 'Korean', input: '2019년 12월 1일', expected: '2019-12-01' },
  { description: 'Hungarian', input: '2026. február 5.', expected: '2026-02-05' },
  { description: 'Hungarian abbreviated', input: '2026. febr. 5.', expected: '2026-02-05' },
  { description: 'Arabic with Arabic-Indic digits', input: '٢٥ مارس ٢٠٢٠', expected: '2020-03-25' },
  { description: 'Persian digits', input: '۵ فوریه ۲۰۲۶', expected: '2026-02-05' },
  { description: 'Urdu (own table)', input: '5 فروری، 2026', expected: '2026-02-05' },
  { description: 'Urdu with Extended Arabic-Indic digits', input: '۵ فروری، ۲۰۲۶', expected: '2026-02-05' },
  { description: 'Hindi with Devanagari digits', input: '५ फ़रवरी २०२६', expected: '2026-02-05' },
  { description: 'Bengali digits', input: '৫ ফেব্রুয়ারি, ২০২৬', expected: '2026-02-05' },
  { description: 'Filipino (own table)', input: 'Pebrero 5, 2026', expected: '2026-02-05' },
  { description: 'Hebrew month with its glued ב', input: '5 בפברואר 2026', expected: '2026-02-05' },
  { description: 'Thai Buddhist era year', input: '5 กุมภาพันธ์ 2569', expected: '2026-02-05' },
  { description: 'Thai with พ.ศ. and Thai digits', input: '๕ กุมภาพันธ์ พ.ศ. ๒๕๖๙', expected: '2026-02-05' },
  { description: 'Thai abbreviated month', input: '5 ก.พ. 2569', expected: '2026-02-05' },
  { description: 'Thai Gregorian year stays', input: '5 กุมภาพันธ์ 2026', expected: '2026-02-05' },
  { description: 'Vietnamese', input: '5 tháng 2, 2026', expected: '2026-02-05' },
  { description: 'Croatian with year dot', input: '5. veljače 2026.', expected: '2026-02-05' },
  { description: 'Czech genitive', input: '5. února 2026', expected: '2026-02-05' },
  { description: 'Polish genitive', input: '5 lutego 2026', expected: '2026-02-05' },
  { description: 'Greek genitive', input: '5 Φεβρουαρίου 2026', expected: '2026-02-05' },
  { description: 'Turkish', input: '5 Şubat 2026', expected: '2026-02-05' },
  { description: 'Lithuanian', input: '2026 m. vasario 5 d.', expected: '2026-02-05' },
  { description: 'Latvian', input: '2026. gada 5. februāris', expected: '2026-02-05' },
  { description: 'Basque', input: '2026(e)ko otsailaren 5(a)', expected: '2026-02-05' },
  { description: 'Maltese', input: '5 ta’ Frar 2026', expected: '2026-02-05' },
  { description: 'West Frisian May is not March', input: '31 Maaie 2011', expected: '2011-05-31' },
  // Times and weekdays.
  { description: 'time after "at"', input: 'October 10, 2024 at 5:00 PM', expected: '2024-10-10' },
  { description: 'French time after "à"', input: '20 novembre 2024 à 14:43', expected: '2024-11-20' },
  // Bluesky's fallback writes the date and time in the embedder's language, as Intl's long date style does.
  { description: 'Danish time with a dot after "kl."', input: '21. april 2024 kl. 15.09', expected: '2024-04-21' },
  { description: 'Finnish time with a dot after "klo"', input: '21. huhtikuuta 2024 klo 15.09', expected: '2024-04-21' },
  { description: 'Indonesian time with a dot after "pukul"', input: '21 April 2024 pukul 15.09', expected: '2024-04-21' },
  { description: 'a time with a dot after a comma', input: '21 Apr 2024, 15.09', expected: '2024-04-21' },
  { description: 'does not read a number pair with a dot and nothing before it as a time', input: '21 April 2024 15.09', expected: null },
  { description: 'Vietnamese time before the date, after "lúc"', input: 'lúc 15:09 21 tháng 4, 2024', expected: '2024-04-21' },
  { description: 'Greek day period "μ.μ."', input: '21 Απριλίου 2024 στις 3:09 μ.μ.', expected: '2024-04-21' },
  { description: 'Malay day period "PTG"', input: '21 April 2024 pada 3:09 PTG', expected: '2024-04-21' },
  { description: 'Hindi "बजे" after the day period', input: '21 अप्रैल 2024 को 3:09 pm बजे', expected: '2024-04-21' },
  { description: 'X time before the date', input: '2:45 PM · Feb 5, 2026', expected: '2026-02-05' },
  { description: 'Japanese time before the date', input: '午後2:45 · 2026年2月5日', expected: '2026-02-05' },
  { description: 'English weekday', input: 'Thursday, August 27, 2015', expected: '2015-08-27' },
  { description: 'Russian weekday', input: 'Вторник, 17 марта 2020 г.', expected: '2020-03-17' },
  { description: 'Portuguese hyphenated weekday', input: 'quinta-feira, 5 de fevereiro de 2026', expected: '2026-02-05' },
  { description: 'Chinese trailing weekday', input: '2026年2月5日星期四', expected: '2026-02-05' },
  { description: 'spaces and invisible marks around', input: '\u200f  5 February 2026 \u00a0', expected: '2026-02-05' },
  // Year-less dates.
  { description: 'does not read a year-less date without referenceDate', input: 'Feb 5', expected: null },
  { description: 'year-less date before the reference', input: 'Feb 5', expected: '2026-02-05', options: { referenceDate: '2026-03-01' } },
  { description: 'year-less date after the reference goes a year back', input: 'Feb 5', expected: '2025-02-05', options: { referenceDate: '2026-01-10' } },
  { description: 'year-less date on the reference day', input: '5. Februar', expected: '2026-02-05', options: { referenceDate: '2026-02-05' } },
  { description: 'year-less 29 February goes back to a leap year', input: '29 February', expected: '2024-02-29', options: { referenceDate: '2026-03-01' } },
  { description: 'year-less Japanese', input: '2月5日', expected: '2026-02-05', options: { referenceDate: '2026-12-31' } },
  { description: 'invalid referenceDate is ignored', input: 'Feb 5', expected: null, options: { referenceDate: '2026-02-30' } },
  // Hints decide real ambiguities only.
  { description: 'listopad is November by default (Czech)', input: '5. listopadu 2026', expected: '2026-11-05' },
  { description: 'Croatian listopada with its year dot is October', input: '5. listopada 2026.', expected: '2026-10-05' },
  { description: 'Polish listopada is November', input: '5 listopada 2026', expected: '2026-11-05' },
  { description: 'a Croatian hint reads srp as July', input: '5. srp 2026', expected: '2026-07-05', options: { locales: ['hr'] } },
  { description: 'without the hint srp is the Czech August', input: '5. srp 2026', expected: '2026-08-05' },
  // Rejects.
  { description: 'does not read 30 February', input: 'February 30, 2026', expected: null },
  { description: 'does not read 29 February in a common year', input: '29 February 2025', expected: null },
  { description: 'does not read a misspelt month', input: 'Febuary 5, 2026', expected: null },
  { description: 'does not read a made-up month', input: '5 Brumaire 2026', expected: null },
  { description: 'does not read an empty string', input: '', expected: null },
  { description: 'does not read white space', input: '   \n ', expected: null },
  { description: 'does not read digits alone', input: '2026', expected: null },
  { description: 'does not read a numeric date', input: '05.02.2026', expected: null },
  { description: 'does not read a five-digit year', input: 'February 5, 20261', expected: null },
  { description: 'does not read trailing words', input: 'February 5, 2026 was a Thursday', expected: null },
  { description: 'does not read leading words', input: 'on February 5, 2026', expected: null },
  { description: 'does not read day 0', input: 'February 0, 2026', expected: null },
  { description: 'does not read day 32', input: '32. Januar 2026', expected: null },
  { description: 'does not read a month 13', input: '2026年13月5日', expected: null },
  { description: 'does not read a year out of range', input: 'February 5, 0026', expected: null },
  { description: 'does not read an invented time', input: 'February 5, 2026 at 25:00', expected: null },
  { description: 'does not read a bare time', input: '2:45 PM', expected: null },
  { description: 'does not read a handle', input: '@TheInsiderPaper', expected: null },
];

/** Zones with unusual offsets and a DST change at midnight (Sao Paulo, 4 November 2018). */
const ZONES = ['UTC', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tehran'];

interface Golden {
  locale: string;
  source: string;
  cases: (Case & { unsupported?: string })[];
}

const goldenDir = new URL('../../fixtures/dates/', import.meta.url);
const goldens: Golden[] = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldenDir), 'utf8')) as Golden);

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

for (const zone of ZONES) {
  describe(`parseEmbedDate under TZ=${zone}`, () => {
    it('runs in that zone', () => {
      process.env.TZ = zone;
      // Node applies TZ at once: the offset of a fixed instant follows the zone.
      expect(typeof new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe('number');
    });

    it.each(CASES)('$description: $input', ({ input, expected, options }) => {
      process.env.TZ = zone;
      expect(parseEmbedDate(input, options)).toBe(expected);
    });

    it('reads the day whose local midnight does not exist', () => {
      process.env.TZ = zone;
      expect(parseEmbedDate('4 de novembro de 2018')).toBe('2018-11-04');
      expect(parseEmbedDate('November 4, 2018')).toBe('2018-11-04');
    });

    describe.each(goldens)('golden table $locale', ({ cases }) => {
      it.each(cases)('$description: $input', ({ input, expected, unsupported }) => {
        process.env.TZ = zone;
        const got = parseEmbedDate(input);
        // A form recorded as unsupported may be unread, but is never read as another date.
        if (unsupported) expect([null, expected]).toContain(got);
        else expect(got).toBe(expected);
      });
    });
  });
}

describe('golden tables', () => {
  it('cover every supported locale', () => {
    expect(goldens.map((g) => g.locale).sort()).toEqual([...SUPPORTED_DATE_LOCALES].sort());
  });

  it('hold positives and rejects for every locale', () => {
    for (const g of goldens) {
      expect(g.cases.some((c) => c.expected !== null && !c.unsupported), g.locale).toBe(true);
      expect(g.cases.some((c) => c.expected === null), g.locale).toBe(true);
    }
  });
});

describe('parseEmbedDate never throws', () => {
  const odd: unknown[] = [null, undefined, 42, {}, [], Symbol('x'), '\ud800', 'a'.repeat(10_000), '5'.repeat(100)];
  it.each(odd.map((value) => ({ value })))('returns null for $value', ({ value }) => {
    expect(parseEmbedDate(value as string)).toBeNull();
  });

  it('ignores malformed options', () => {
    const bad = { locales: 'de' as unknown as string[], referenceDate: 5 as unknown as string };
    expect(parseEmbedDate('5. Februar 2026', bad)).toBe('2026-02-05');
    expect(parseEmbedDate('5. Februar 2026', { locales: [null as unknown as string, 'xx-YY'] })).toBe('2026-02-05');
  });
});

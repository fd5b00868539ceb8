import { describe, expect, it } from 'vitest';
import { scanEmbedDate } from '../../src/core/dates/index.js';

interface ScanCase {
  description: string;
  /** The text after the handle; the scan starts at its first character. */
  input: string;
  /** The expected dateText (input.slice(start, end)) and date, or null. */
  expected: { dateText: string; date: string } | null;
}

const PREFIX = '— Insider Paper (@TheInsiderPaper) ';

const CASES: ScanCase[] = [
  { description: 'stops at the line break', input: 'February 5, 2026\nNext paragraph', expected: { dateText: 'February 5, 2026', date: '2026-02-05' } },
  { description: 'a letter glued to the year', input: 'February 5, 2026Next paragraph', expected: { dateText: 'February 5, 2026', date: '2026-02-05' } },
  { description: 'a digit glued to the year', input: 'February 5, 20261', expected: null },
  { description: 'Russian with г.', input: '14 февраля 2026 г. Следующий абзац', expected: { dateText: '14 февраля 2026 г.', date: '2026-02-14' } },
  { description: 'Russian with г. on the next line', input: '14 февраля 2026\nг.\nДалее', expected: { dateText: '14 февраля 2026\nг.', date: '2026-02-14' } },
  { description: 'Ukrainian with р.', input: '24 лютого 2022 р.', expected: { dateText: '24 лютого 2022 р.', date: '2022-02-24' } },
  { description: 'Japanese glued to the next sentence', input: '2026年2月5日次の段落', expected: { dateText: '2026年2月5日', date: '2026-02-05' } },
  { description: 'German', input: '5. Februar 2026\n\nWeiter', expected: { dateText: '5. Februar 2026', date: '2026-02-05' } },
  { description: 'time before the date', input: '2:45 PM · Feb 5, 2026 more', expected: { dateText: '2:45 PM · Feb 5, 2026', date: '2026-02-05' } },
  { description: 'time after the date joins dateText', input: 'October 10, 2024 at 5:00 PM. Then', expected: { dateText: 'October 10, 2024 at 5:00 PM', date: '2024-10-10' } },
  { description: 'a word after the date that is no time', input: 'October 10, 2024 at the summit', expected: { dateText: 'October 10, 2024', date: '2024-10-10' } },
  { description: 'no time after a line break', input: 'October 10, 2024\n5:00 PM', expected: { dateText: 'October 10, 2024', date: '2024-10-10' } },
  { description: 'weekday before the date', input: 'Вторник, 17 марта 2020 г.', expected: { dateText: 'Вторник, 17 марта 2020 г.', date: '2020-03-17' } },
  { description: 'Arabic digits and a right-to-left mark', input: '٢٥ مارس ٢٠٢٠\u200f', expected: { dateText: '٢٥ مارس ٢٠٢٠', date: '2020-03-25' } },
  { description: 'does not find a date in prose', input: 'said on Thursday that', expected: null },
  { description: 'does not find a date after a link', input: 'https://t.co/abc', expected: null },
  { description: 'does not find a bare number', input: '2026 was a year', expected: null },
  { description: 'does not find a year-less date', input: 'February 5\nNext', expected: null },
  { description: 'does not find an opening quote', input: '"February 5, 2026"', expected: null },
];

describe('scanEmbedDate', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const text = PREFIX + input;
    const got = scanEmbedDate(text, PREFIX.length, text.length);
    if (expected === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect(got?.date).toBe(expected.date);
    expect(got?.dateText).toBe(expected.dateText);
    expect(got?.start).toBe(PREFIX.length);
    expect(text.slice(got?.start, got?.end)).toBe(got?.dateText);
  });

  it('never ends past limit', () => {
    const text = `${PREFIX}February 5, 2026 at 5:00 PM`;
    const limit = PREFIX.length + 'February 5, 2026'.length;
    expect(scanEmbedDate(text, PREFIX.length, limit)?.end).toBe(limit);
    expect(scanEmbedDate(text, PREFIX.length, PREFIX.length + 10)).toBeNull();
  });

  it('never looks more than 80 characters past from', () => {
    const text = `${PREFIX}Thursday,${' '.repeat(80)}February 5, 2026`;
    expect(scanEmbedDate(text, PREFIX.length, text.length)).toBeNull();
  });

  it('reads a year-less date with a referenceDate', () => {
    const text = `${PREFIX}Feb 5\nNext`;
    expect(scanEmbedDate(text, PREFIX.length, text.length, { referenceDate: '2026-01-01' })).toEqual({
      date: '2025-02-05',
      dateText: 'Feb 5',
      start: PREFIX.length,
      end: PREFIX.length + 5,
    });
  });

  it('returns null for out-of-range or odd arguments', () => {
    expect(scanEmbedDate('February 5, 2026', -1, 20)).toBeNull();
    expect(scanEmbedDate('February 5, 2026', 100, 200)).toBeNull();
    expect(scanEmbedDate('February 5, 2026', 1.5, 20)).toBeNull();
    expect(scanEmbedDate(null as unknown as string, 0, 20)).toBeNull();
    expect(scanEmbedDate('February 5, 2026', 0, Number.NaN)?.date).toBe('2026-02-05');
  });
});

/**
 * The shape memo (src/core/dates/shapes.ts) must give exactly the readings of date-fns: the
 * memoised path is compared with the date-fns-only path over the golden tables and over every
 * golden date's shape with its digits swept, in two time zones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  memoisedShapeCount,
  parseEmbedDate,
  parseEmbedDateByDateFns,
  resetDateMemo,
  SUPPORTED_DATE_LOCALES,
} from '../../src/core/dates/index.js';
import { digitValue } from '../../src/core/dates/digits.js';
import { digitGroups, inferRule, probeValues, readByRule, withDigits } from '../../src/core/dates/shapes.js';

describe('digitGroups', () => {
  const cases = [
    { description: 'English long date', input: 'February 5, 2026', expected: { shape: 'February 1, 1000', values: [5, 2026] } },
    { description: 'a two-digit day', input: 'February 15, 2026', expected: { shape: 'February 10, 1000', values: [15, 2026] } },
    { description: 'a leading zero is its own class', input: 'February 05, 2026', expected: { shape: 'February 00, 1000', values: [5, 2026] } },
    { description: 'CJK', input: '2026年2月15日', expected: { shape: '1000年1月10日', values: [2026, 2, 15] } },
    { description: 'no digits', input: 'febrero', expected: { shape: 'febrero', values: [] } },
    { description: 'does not take a five-digit run', input: 'February 5, 20261', expected: null },
    { description: 'does not take five groups', input: '1 2 3 4 5', expected: null },
  ];
  it.each(cases)('$description: $input', ({ input, expected }) => {
    expect(digitGroups(input)).toEqual(expected);
  });
});

describe('inferRule', () => {
  const cases = [
    {
      description: 'day and year, month from the word',
      values: [5, 2026],
      raw: { year: 2026, month: 2, day: 5 },
      expected: { day: 0, month: -1, monthValue: 2, year: 1 },
    },
    {
      description: 'a day equal to the month still has one reading (every group takes a role)',
      values: [2, 2026],
      raw: { year: 2026, month: 2, day: 2 },
      expected: { day: 0, month: -1, monthValue: 2, year: 1 },
    },
    {
      description: 'numeric month',
      values: [2026, 2, 15],
      raw: { year: 2026, month: 2, day: 15 },
      expected: { day: 2, month: 1, monthValue: 2, year: 0 },
    },
    {
      description: 'Buddhist-era year as written',
      values: [5, 2569],
      raw: { year: 2569, month: 2, day: 5 },
      expected: { day: 0, month: -1, monthValue: 2, year: 1 },
    },
    { description: 'does not choose between day and month when both are 2', values: [2026, 2, 2], raw: { year: 2026, month: 2, day: 2 }, expected: null },
    { description: 'does not take a group no role explains', values: [5, 7, 2026], raw: { year: 2026, month: 2, day: 5 }, expected: null },
    { description: 'does not take a year that is not written', values: [5, 26], raw: { year: 2026, month: 2, day: 5 }, expected: null },
    { description: 'year-less', values: [5], raw: { year: null, month: 2, day: 5 }, expected: { day: 0, month: -1, monthValue: 2, year: -1 } },
  ];
  it.each(cases)('$description', ({ values, raw, expected }) => {
    expect(inferRule(values, raw)).toEqual(expected);
  });
});

describe('probeValues and withDigits', () => {
  it('changes every group within its class', () => {
    const rule = { day: 2, month: 1, monthValue: 2, year: 0 };
    expect(probeValues('1000年1月10日', [2026, 2, 15], rule)).toEqual([2027, 1, 10]);
    expect(probeValues('1000年00月00日', [2026, 2, 5], rule)).toEqual([2027, 1, 3]);
    expect(withDigits('2026年02月05日', [2027, 1, 3])).toBe('2027年01月03日');
  });

  it('keeps a year inside its first digit', () => {
    const rule = { day: 0, month: -1, monthValue: 2, year: 1 };
    expect(probeValues('1 February 1000', [5, 1999], rule)).toEqual([1, 1998]);
    expect(probeValues('1 February 1000', [5, 2000], rule)).toEqual([1, 2001]);
  });

  it('reads by a rule', () => {
    expect(readByRule({ day: 0, month: -1, monthValue: 2, year: 1 }, [5, 2026])).toEqual({ year: 2026, month: 2, day: 5 });
    expect(readByRule({ day: 2, month: 1, monthValue: 0, year: 0 }, [2026, 3, 9])).toEqual({ year: 2026, month: 3, day: 9 });
  });
});

describe('the memo', () => {
  beforeEach(() => resetDateMemo());

  it('does not memoise an ambiguous shape, and learns it from the next date', () => {
    expect(parseEmbedDate('2026年2月2日')).toBe('2026-02-02');
    expect(memoisedShapeCount()).toBe(0);
    expect(parseEmbedDate('2026年2月5日')).toBe('2026-02-05');
    expect(memoisedShapeCount()).toBe(1);
    // Read from the digits now: month and day are not swapped.
    expect(parseEmbedDate('2026年5月2日')).toBe('2026-05-02');
    expect(parseEmbedDate('2026年12月31日')).not.toBeNull(); // another shape: 2 digits
    expect(memoisedShapeCount()).toBe(2);
  });

  it('sends dates the digits cannot vouch for back to date-fns', () => {
    expect(parseEmbedDate('February 5, 2026')).toBe('2026-02-05');
    expect(memoisedShapeCount()).toBe(1);
    const cases = [
      { input: 'February 9, 2024', expected: '2024-02-09' },
      { input: 'February 0, 2026', expected: null },
      { input: 'February 5, 0999', expected: null },
      { input: 'February 5, 2400', expected: null },
    ];
    for (const { input, expected } of cases) expect(parseEmbedDate(input), input).toBe(expected);
    expect(parseEmbedDate('February 30, 2026')).toBeNull();
    expect(parseEmbedDate('February 29, 2024')).toBe('2024-02-29');
    expect(parseEmbedDate('February 29, 2025')).toBeNull();
  });

  it('reads weekday-led dates of a learnt shape as date-fns does (the weekday is not checked)', () => {
    expect(parseEmbedDate('Thursday, 10 septembre 2025')).toBe('2025-09-10');
    const cases = [
      { input: 'Thursday, 19 septembre 2026', expected: '2026-09-19' },
      { input: 'Thursday, 31 septembre 2026', expected: null },
      { input: 'Thursday, 29 février 2024', expected: '2024-02-29' },
      { input: 'Thursday, 29 février 2025', expected: null },
      { input: 'Friday, 3 septembre 2026', expected: '2026-09-03' },
      { input: 'Thursday, 3 septembre 2026 à 14:05', expected: '2026-09-03' },
    ];
    for (const { input, expected } of cases) {
      expect(parseEmbedDate(input), input).toBe(expected);
      expect(parseEmbedDateByDateFns(input), input).toBe(expected);
    }
  });

  it('does not memoise a shape whose row depends on the day (listopad: cs November, hr October)', () => {
    // Czech reads "listopad" first; 31 November does not exist, so Croatian reads it as October.
    expect(parseEmbedDate('31. listopad 2026')).toBe('2026-10-31');
    expect(memoisedShapeCount()).toBe(0);
    expect(parseEmbedDate('15. listopad 2026')).toBe('2026-11-15');
    expect(parseEmbedDate('30. listopad 2026')).toBe('2026-11-30');
    expect(parseEmbedDate('31. listopad 2025')).toBe('2025-10-31');
  });

  it('keeps shapes that differ only by a dropped mark or a leading zero apart', () => {
    const cases = [
      { input: 'févr. 5, 2026', expected: parseEmbedDateByDateFns('févr. 5, 2026') },
      { input: 'févr 5, 2026', expected: parseEmbedDateByDateFns('févr 5, 2026') },
      { input: '5 févr. 2026', expected: '2026-02-05' },
      { input: '5 févr 2026', expected: '2026-02-05' },
      { input: 'February 05, 2026', expected: '2026-02-05' },
      { input: 'February 5, 2026', expected: '2026-02-05' },
      { input: 'February 15, 2026', expected: '2026-02-15' },
      { input: 'February 0, 2026', expected: null },
    ];
    for (let round = 0; round < 2; round++) {
      for (const { input, expected } of cases) expect(parseEmbedDate(input), input).toBe(expected);
    }
  });

  it('agrees with date-fns past its bound, where the oldest shapes are let go', () => {
    // Hints make each locale's shapes distinct entries: well over the memo's 1024.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const inputs: { text: string; options: { locales: string[] } }[] = [];
    for (const tag of SUPPORTED_DATE_LOCALES) {
      for (const month of months) {
        for (const day of ['7', '17', '07']) inputs.push({ text: `${month} ${day}, 2025`, options: { locales: [tag] } });
      }
    }
    expect(inputs.length).toBeGreaterThan(1024);
    for (let round = 0; round < 2; round++) {
      for (const { text, options } of inputs) {
        expect(parseEmbedDate(text, options), `${text} ${options.locales[0]}`).toBe(parseEmbedDateByDateFns(text, options));
      }
    }
    expect(memoisedShapeCount()).toBeLessThanOrEqual(1024);
    expect(memoisedShapeCount()).toBeGreaterThan(0);
  });

  it('reads Thai Buddhist-era years as date-fns does', () => {
    expect(parseEmbedDate('15 กุมภาพันธ์ 2569')).toBe('2026-02-15');
    expect(parseEmbedDate('5 กุมภาพันธ์ 2569')).toBe('2026-02-05');
    expect(parseEmbedDate('6 มีนาคม 2569')).toBe('2026-03-06');
    expect(parseEmbedDate('7 มีนาคม 2026')).toBe('2026-03-07'); // a Gregorian year stays
    // date-fns checks 29 February against the year as written (2567 is no leap year).
    for (const input of ['29 กุมภาพันธ์ 2567', '29 กุมภาพันธ์ 2568', '29 กุมภาพันธ์ 2571', '29 กุมภาพันธ์ 2024']) {
      expect(parseEmbedDate(input), input).toBe(parseEmbedDateByDateFns(input));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Both paths over the golden tables and over every golden shape with its digits swept

interface Golden {
  locale: string;
  cases: { input: string; expected: string | null }[];
}
const goldenDir = new URL('../../fixtures/dates/', import.meta.url);
const goldens: Golden[] = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldenDir), 'utf8')) as Golden);

/** Values tried for each digit run, by length (leading zeros kept). */
const SWEEP: Record<number, number[]> = {
  1: [0, 1, 2, 5, 9],
  2: [0, 1, 5, 9, 10, 12, 13, 28, 29, 30, 31, 32, 45, 99],
  4: [999, 1000, 2000, 2024, 2025, 2026, 2100, 2399, 2400, 2443, 2567, 2568, 2569, 2942, 2943, 9999],
};

const DIGIT_RUN = /\p{Nd}+/gu;

/** `input` with its digit runs replaced by `values`, in each run's own script. */
function substitute(input: string, values: readonly number[]): string {
  let g = 0;
  return input.replace(DIGIT_RUN, (run) => {
    const first = run.charCodeAt(0);
    const zero = first - digitValue(first);
    const digits = String(values[g++] ?? 0).padStart(run.length, '0');
    return [...digits].map((d) => String.fromCharCode(zero + Number(d))).join('');
  });
}

/** Smaller value lists for the full cross product of three runs (month and day swaps). */
const CROSS: Record<number, number[]> = {
  1: [1, 2, 9],
  2: [0, 10, 12, 13, 29, 31, 32],
  4: [999, 2024, 2399, 2400, 2568],
};

/**
 * Variants of `input`: each digit run swept through {@link SWEEP} with the others kept, and for
 * dates of three runs the full cross product of {@link CROSS}.
 */
function variants(input: string): string[] {
  const runs = (input.match(DIGIT_RUN) ?? []).map((run) => ({ length: run.length, value: runValue(run) }));
  if (runs.length === 0 || runs.length > 3 || runs.some((r) => SWEEP[r.length] === undefined)) return [];
  const out: string[] = [];
  runs.forEach((run, k) => {
    for (const v of SWEEP[run.length] ?? []) out.push(substitute(input, runs.map((r, j) => (j === k ? v : r.value))));
  });
  if (runs.length === 3) {
    let combos: number[][] = [[]];
    for (const run of runs) combos = combos.flatMap((c) => (CROSS[run.length] ?? []).map((o) => [...c, o]));
    for (const c of combos) out.push(substitute(input, c));
  }
  return out;
}

function runValue(run: string): number {
  let v = 0;
  for (let i = 0; i < run.length; i++) v = v * 10 + digitValue(run.charCodeAt(i));
  return v;
}

const inputs = [...new Set(goldens.flatMap((g) => g.cases.map((c) => c.input)))];
/** One input per shape (digit runs by length and zero or non-zero first digit). */
function shapeOf(input: string): string {
  return input.replace(DIGIT_RUN, (run) => (digitValue(run.charCodeAt(0)) === 0 ? '0' : '1') + '0'.repeat(run.length - 1));
}
const byShape = new Map<string, string>();
for (const input of inputs) if (!byShape.has(shapeOf(input))) byShape.set(shapeOf(input), input);
const swept = [...new Set([...byShape.values()].flatMap(variants))];

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(['UTC', 'America/Sao_Paulo'])('memoised and date-fns readings agree under TZ=%s', (zone) => {
  it('on the golden tables, cold and warm', () => {
    process.env.TZ = zone;
    resetDateMemo();
    const mismatches: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const input of inputs) {
        const memo = parseEmbedDate(input);
        const slow = parseEmbedDateByDateFns(input);
        if (memo !== slow) mismatches.push(`${input}: ${memo} vs ${slow}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(memoisedShapeCount()).toBeGreaterThan(50);
  });
});

// A zone whose midnight goes missing on DST days (4 November 2018 among them).
describe('memoised and date-fns readings agree under TZ=America/Sao_Paulo', () => {
  it(`on ${swept.length} variants of the golden shapes`, () => {
    process.env.TZ = 'America/Sao_Paulo';
    resetDateMemo();
    for (const input of inputs) parseEmbedDate(input); // learn the shapes first
    const mismatches: string[] = [];
    let read = 0;
    for (const input of swept) {
      const memo = parseEmbedDate(input);
      const slow = parseEmbedDateByDateFns(input);
      if (memo !== null) read++;
      if (memo !== slow) mismatches.push(`${input}: ${memo} vs ${slow}`);
    }
    expect(mismatches).toEqual([]);
    expect(read).toBeGreaterThan(swept.length / 10);
  });
});

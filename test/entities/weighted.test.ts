/**
 * Weighted length by twitter-text's rules: its conformance cases (validate.yml, read from the
 * shared checkout next to the repository; skipped when absent) and a few cases of our own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { budgetFor, isPictographic, weightedLength } from '../../src/core/entities/weighted.js';

const VALIDATE_YML = fileURLToPath(new URL('../../../shared/conformance/twitter-text/validate.yml', import.meta.url));
const present = existsSync(VALIDATE_YML);

interface Case {
  description: string;
  text: string;
  expected: { weightedLength: number };
}
const sections: Record<string, Case[]> = present
  ? ((parse(readFileSync(VALIDATE_YML, 'utf8')) as { tests: Record<string, Case[]> }).tests ?? {})
  : {};

/** Each weighted section and the configuration it is written for. */
const CONFIGS: [string, boolean][] = [
  ['WeightedTweetsCounterTest', false], // config v2: every code point weighed
  ['WeightedTweetsWithDiscountedEmojiCounterTest', true], // config v3: an emoji sequence weighs 2
  ['UnicodeDirectionalMarkerCounterTest', true],
];

describe.skipIf(!present)('twitter-text validate.yml weighted length', () => {
  for (const [section, emoji] of CONFIGS) {
    const cases = sections[section] ?? [];
    it(`${section} has cases`, () => expect(cases.length).toBeGreaterThan(1));
    for (const c of cases) {
      it(`${section}: ${c.description}`, () => {
        expect(weightedLength(c.text, { emoji })).toBe(c.expected.weightedLength);
      });
    }
  }
});

describe('weightedLength, cases of our own', () => {
  const cases: { description: string; input: string; expected: number }[] = [
    { description: 'Latin letters weigh 1', input: 'Talks resume', expected: 12 },
    { description: 'a t.co link weighs 23', input: 'Read https://t.co/EflYXFDBkL', expected: 5 + 23 },
    { description: 'CJK weighs 2', input: '東京', expected: 4 },
    { description: 'an emoji sequence weighs 2', input: '🇺🇦', expected: 2 },
    { description: 'a flag and a letter', input: 'a🇺🇦', expected: 3 },
    { description: '© alone stays text', input: '©', expected: 1 },
    { description: 'empty text weighs 0', input: '', expected: 0 },
    { description: 'does not find a URL in a bare word', input: 'example', expected: 7 },
  ];
  for (const c of cases) it(c.description, () => expect(weightedLength(c.input)).toBe(c.expected));
});

describe('budgetFor', () => {
  const cases: { description: string; input: string | null; expected: { limit: number; uniform: boolean } }[] = [
    { description: '140, every character 1, before 2017-11-07', input: '2017-11-06', expected: { limit: 140, uniform: true } },
    { description: '280 weighted from 2017-11-07', input: '2017-11-07', expected: { limit: 280, uniform: false } },
    { description: '280 weighted when the date is unknown', input: null, expected: { limit: 280, uniform: false } },
  ];
  for (const c of cases) it(c.description, () => expect(budgetFor(c.input)).toEqual(c.expected));
  it('uniform weighing counts CJK as 1', () => expect(weightedLength('東京 https://t.co/EflYXFDBkL', { uniform: true })).toBe(3 + 23));
});

describe('isPictographic settles most code points without the pattern', () => {
  it('agrees with \\p{Extended_Pictographic} on every code point', () => {
    const pattern = /^\p{Extended_Pictographic}$/u;
    const disagree: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isPictographic(cp) !== pattern.test(String.fromCodePoint(cp))) disagree.push(cp);
    }
    expect(disagree).toEqual([]);
    expect(isPictographic(-1)).toBe(false);
  });
});

describe('characters that weigh 1 unless they open an emoji', () => {
  const cases: [text: string, weight: number][] = [
    ['© 2026', 6], // © without a variation selector stays text
    ['\u00a9\ufe0f 2026', 7], // ©️ is an emoji: 2
    ['1\ufe0f\u20e3 ok', 5], // a keycap: 2
    ['#\u20e3', 2],
    ['12 #3', 5], // digits and # that open no keycap
    ['Дамби', 5],
  ];
  it.each(cases)('%j weighs %i', (text, weight) => {
    expect(weightedLength(text)).toBe(weight);
  });
});

/**
 * Weighted length by twitter-text's rules: its conformance cases (validate.yml, read from the
 * shared checkout next to the repository; skipped when absent) and a few cases of our own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { budgetFor, weightedLength } from '../../src/core/entities/weighted.js';

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

/**
 * The cheap lower bound the body placement uses to refuse an over-long candidate before weighing
 * it: it must never exceed the weight, or a post that fits would be refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xBodyWeight, xWeightAtLeast } from '../../../src/platforms/x/text.js';

const CASES: { description: string; input: string; date: string | null; bound: number }[] = [
  { description: 'plain words count their letters and the spaces between them', input: 'Floods hit the town', date: '2026-02-05', bound: 19 },
  { description: 'a link counts nothing in the bound', input: 'Floods https://t.co/AbCdEfGhIj', date: '2026-02-05', bound: 6 },
  { description: 'mentions, entities and media links count nothing', input: '@ann AT&amp;T pic.twitter.com/AbCdEfGhIj', date: '2026-02-05', bound: 0 },
  { description: 'CJK counts 2 after 2017-11-07', input: '堤防は', date: '2026-02-05', bound: 6 },
  { description: 'CJK counts 1 before it', input: '堤防は', date: '2016-02-05', bound: 3 },
  { description: 'Cyrillic letters count 1', input: 'Дамбы выдержали', date: '2026-02-05', bound: 15 },
  { description: 'ASCII punctuation counts 1', input: 'Wow, really?!', date: '2026-02-05', bound: 13 },
  { description: 'no space counts beside a token that counts nothing', input: 'a \u200b b — c', date: '2026-02-05', bound: 3 },
  { description: 'a word ending a sentence keeps its letters', input: 'Talks ended. Sides met.', date: '2026-02-05', bound: 23 },
  { description: 'a dot inside a word may make a link: nothing', input: 'see example.com or U.S. policy', date: '2026-02-05', bound: 11 },
  { description: 'a dot before another character may too: nothing', input: 'ended.) x.co.', date: '2026-02-05', bound: 0 },
];

describe('xWeightAtLeast', () => {
  it.each(CASES)('$description', ({ input, date, bound }) => {
    const uniform = date !== null && date < '2017-11-07';
    expect(xWeightAtLeast(input, 0, input.length, uniform)).toBe(bound);
    expect(bound).toBeLessThanOrEqual(xBodyWeight(input, date));
  });

  it('never exceeds the weight, on any text and either count', () => {
    const pieces = fc.constantFrom(
      'word', 'Дамбы', '堤防', 'ح', ' ', '\n', '@ann', '#tag', '$AAPL', '&amp;', '&#64;x', 'https://t.co/AbCdEfGhIj',
      'pic.twitter.com/AbCdEfGhIj', 'example.com/a', 'e\u0301', '\u200b', '🕊️', '…', 'a.B', ':', '.', 'com', 'co.', ',', '!', '(', '#', '*\ufe0f\u20e3', '\t', '  ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom('2016-02-05', '2026-02-05', null), (parts, date) => {
        const text = parts.join('');
        const uniform = date !== null && date < '2017-11-07';
        expect(xWeightAtLeast(text, 0, text.length, uniform)).toBeLessThanOrEqual(xBodyWeight(text, date));
      }),
      { numRuns: 2000 },
    );
  });
});

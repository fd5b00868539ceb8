/**
 * The round trip every embed form must pass: wrapped in random prose, an embed comes back the
 * same, its offsets shifted by what was put before it.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Embed } from '../../src/index.js';

/** Checks `form` (one embed) against `runs` random prose wrappings drawn from `words`. */
export function expectSameWhenWrapped(found: (input: string) => Embed[], form: string, words: readonly string[], runs = 50): void {
  const alone = found(form);
  expect(alone).toHaveLength(1);
  const prose = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(prose, prose, (before, after) => {
      const prefix = `<p>${before}</p>\n`;
      const wrapped = found(`${prefix}${form}\n<p>${after}</p>`);
      expect(wrapped).toEqual(alone.map((e) => ({ ...e, start: e.start + prefix.length, end: e.end + prefix.length })));
    }),
    { numRuns: runs },
  );
}

/**
 * Display names in attributions: one rule for every route that reads one (flattened text,
 * HTML, Markdown). Platforms pass their own ceiling; X's is 50.
 */
import { CharCode } from '../text/chars.js';

/**
 * The length of a display name as a reader counts it: code points, leaving out variation
 * selectors, the zero-width joiner and tag characters, which only shape an emoji.
 *
 * @example
 * ```ts
 * displayNameLength('Marta 🌊');   // 7
 * displayNameLength('❤️‍🔥 Fans'); // 7 (the heart, fire, space and four letters)
 * ```
 */
export function displayNameLength(name: string): number {
  let n = 0;
  for (const ch of name) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= CharCode.FirstVariationSelector && c <= CharCode.VariationSelect16) ||
      c === CharCode.ZeroWidthJoiner ||
      (c >= CharCode.FirstTag && c <= CharCode.CancelTag)
    ) {
      continue;
    }
    n++;
  }
  return n;
}

/**
 * Whether `name` (white space already collapsed) is short enough to be a display name: at
 * most `max` by {@link displayNameLength}. A name of `max` UTF-16 units or fewer needs no
 * counting.
 *
 * @example
 * ```ts
 * fitsDisplayName('Insider Paper', 50);      // true
 * fitsDisplayName('Abcdefghij '.repeat(6), 50); // false
 * ```
 */
export function fitsDisplayName(name: string, max: number): boolean {
  return name.length <= max || displayNameLength(name) <= max;
}

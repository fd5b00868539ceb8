/**
 * Route agreement for one platform's HTML fixtures: each embed of a golden file, cut out of its
 * page, is found alone with the same fields, and wrapped in random prose (words of several
 * scripts, handles, links, tags) it comes back the same, its offsets shifted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { extractEmbeds, type Embed, type Platform } from '../../src/index.js';

const PROSE_WORDS = [
  'the', 'harbour', 'master', 'said', 'on', 'Tuesday', 'le', 'port', 'a', 'fermé', 'der', 'Hafen', 'порт', '港は', 'الميناء',
  '@harbourwatch.bsky.social', '@deckcrew@harbour.social', 'u/deckhand_42', 'r/Harbours', '#regatta', 'https://t.me/port_authority',
  'https://bsky.app/profile/harbourwatch.bsky.social', '—', '(AP)', '🕊️', 'October', '10,', '2024',
];
const prose = fc.array(fc.constantFrom(...PROSE_WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

/** Declares, for every HTML fixture of `platform` with a golden, the cut-out and wrapped checks. */
export function wrappedInProse(platform: Platform): void {
  const dir = fileURLToPath(new URL(`../../fixtures/${platform}/html/`, import.meta.url));
  const cases: { name: string; slice: string; expected: Embed }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const page = readFileSync(dir + name.replace(/\.json$/, '.html'), 'utf8');
    const golden = JSON.parse(readFileSync(dir + name, 'utf8')) as Embed[];
    for (const e of golden) {
      cases.push({ name: `${name} ${e.kind} ${e.id ?? ''}`, slice: page.slice(e.start, e.end), expected: { ...e, start: 0, end: e.end - e.start } });
    }
  }

  it('has fixture embeds to wrap', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name: found alone, and wrapped in prose, shifted', ({ slice, expected }) => {
    expect(extractEmbeds(slice, { format: 'html' })).toEqual([expected]);
    fc.assert(
      fc.property(prose, prose, (before, after) => {
        const prefix = `<p>${before}</p>\n`;
        const found = extractEmbeds(`${prefix}${slice}\n<p>${after}</p>`, { format: 'html' });
        expect(found).toEqual([{ ...expected, start: prefix.length, end: expected.end + prefix.length }]);
      }),
      { numRuns: 50 },
    );
  });
}

/**
 * A token that is exactly a t.co or pic.twitter.com link is taken whole without running the URL
 * grammar; the grammar must read such a token the same way, whatever stands around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUrlEntities, scanUrlsInToken, type UrlEntity } from '../../src/core/entities/urls.js';
import { isTtSpace } from '../../src/core/entities/chars.js';

const RUNS = Math.max(1, Number(process.env.FC_RUNS ?? 150) || 150) * 20;

/** The grammar over every white-space token, as extractUrlEntities would run it without shortcuts. */
function byGrammar(text: string): UrlEntity[] {
  const out: UrlEntity[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isTtSpace(text.charCodeAt(i))) i++;
    const ts = i;
    while (i < text.length && !isTtSpace(text.charCodeAt(i))) i++;
    if (i > ts) scanUrlsInToken(text, ts, i, out);
  }
  return out;
}

const isShort = (url: string): boolean => /^(?:https?:\/\/t\.co\/|pic\.twitter\.com\/)/i.test(url);

describe('short-link tokens', () => {
  const cases = [
    { description: 'a t.co token', input: 'a https://t.co/AbCdEfGhIj b', expected: ['https://t.co/AbCdEfGhIj'] },
    { description: 'a media token', input: 'pic.twitter.com/AbCdEfGhIj', expected: ['pic.twitter.com/AbCdEfGhIj'] },
    { description: 'an http t.co token', input: 'x http://t.co/Ab1', expected: ['http://t.co/Ab1'] },
    { description: 'a slug of 41 characters is no t.co link', input: `https://t.co/${'a'.repeat(41)}`, expected: [] },
    { description: 'does not take a link right after @', input: '@https://t.co/AbCdEfGhIj', expected: [] },
    { description: 'does not take a link right after $', input: '$pic.twitter.com/AbCdEfGhIj', expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(extractUrlEntities(input).map((u) => u.url)).toEqual(expected);
  });

  const pieces = fc.constantFrom(
    'https://t.co/', 'http://t.co/', 'pic.twitter.com/', 'HTTPS://T.CO/', 'Ab', '9', 'z', ' ', '\u3000', '\n',
    '.', '-', '_', '?', '/', "'", '@', '#', '$', 'é', 'д', '中', '…', 'a'.repeat(39),
  );
  it('reads every token as the grammar does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const grammar = byGrammar(text);
        // Other links are confirmed by linkifyjs, which is not modelled here.
        fc.pre(grammar.every((u) => isShort(u.url)));
        expect(extractUrlEntities(text)).toEqual(grammar);
      }),
      { numRuns: RUNS },
    );
  });
});

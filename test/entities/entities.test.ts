/** extractEntities on our own synthetic post texts: what it finds, and what it must not. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/core/entities/index.js';
import type { Entities } from '../../src/types.js';

const none: Entities = { urls: [], mentions: [], hashtags: [], cashtags: [] };
const only = (part: Partial<Entities>): Entities => ({ ...none, ...part });

const cases: { description: string; input: string; expected: Entities }[] = [
  // URLs
  {
    description: 'finds a t.co link with its offsets',
    input: 'Talks resume https://t.co/AbCdEfGhIj now',
    expected: only({ urls: [{ url: 'https://t.co/AbCdEfGhIj', start: 13, end: 36 }] }),
  },
  {
    description: 'ends a t.co link at a dash glued after the slug',
    input: 'https://t.co/AbCdEfGhIj— Desk',
    expected: only({ urls: [{ url: 'https://t.co/AbCdEfGhIj', start: 0, end: 23 }] }),
  },
  {
    description: 'keeps the query of a t.co link',
    input: 'https://t.co/AbCdEfGhIj?amp=1',
    expected: only({ urls: [{ url: 'https://t.co/AbCdEfGhIj?amp=1', start: 0, end: 29 }] }),
  },
  {
    description: 'finds a protocol-less link on a ccTLD and drops the sentence period',
    input: 'see bbc.co.uk/news/world-123.',
    expected: only({ urls: [{ url: 'bbc.co.uk/news/world-123', start: 4, end: 28 }] }),
  },
  {
    description: 'ends a link where CJK text is glued to it',
    input: '速報:example.com/a中文',
    expected: only({ urls: [{ url: 'example.com/a', start: 3, end: 16 }] }),
  },
  {
    description: 'leaves bidi marks around a link out of it',
    input: '\u202bexample.org\u202c',
    expected: only({ urls: [{ url: 'example.org', start: 1, end: 12 }] }),
  },
  {
    description: 'keeps balanced parentheses in a path, not the closing one of the prose',
    input: '(see https://en.wikipedia.org/wiki/Example_(disambiguation)) ok',
    expected: only({ urls: [{ url: 'https://en.wikipedia.org/wiki/Example_(disambiguation)', start: 5, end: 59 }] }),
  },
  {
    description: 'finds a www link and drops the final period',
    input: 'Visit www.Example.com.',
    expected: only({ urls: [{ url: 'www.Example.com', start: 6, end: 21 }] }),
  },
  {
    description: 'a #fragment inside a URL is part of the URL, not a hashtag',
    input: 'https://example.com/#frag',
    expected: only({ urls: [{ url: 'https://example.com/#frag', start: 0, end: 25 }] }),
  },
  { description: 'does not find a t.co link with a 41-character slug', input: `http://t.co/${'a'.repeat(41)}`, expected: none },
  { description: 'does not find a link with a scheme other than http(s)', input: 'ftp://files.example.com/a', expected: none },
  { description: 'does not find file names, decimals or abbreviations', input: 'foo.tar.gz and 3.5, U.S. officials, e.g. this', expected: none },
  { description: 'does not find a host whose TLD runs on into a dash', input: 'http://example.com-text', expected: none },
  { description: 'does not find an e-mail address (nor its domain)', input: 'write to desk@newsroom.org', expected: none },

  // Mentions
  {
    description: 'finds a mention with its offsets',
    input: 'Ask @press_office today',
    expected: only({ mentions: [{ handle: 'press_office', start: 4, end: 17 }] }),
  },
  {
    description: 'finds a mention after RT',
    input: 'RT @agency: update',
    expected: only({ mentions: [{ handle: 'agency', start: 3, end: 10 }] }),
  },
  {
    description: 'reports a list mention as the mention of its owner',
    input: '@user/list-name',
    expected: only({ mentions: [{ handle: 'user', start: 0, end: 5 }] }),
  },
  { description: 'does not find a mention after a letter or a second @', input: 'name@host and a@@user', expected: none },
  { description: 'does not find a mention followed by an accented letter', input: 'hi @joséphine', expected: none },

  // Hashtags
  {
    description: 'finds a hashtag with digits and its offsets',
    input: '#Vote2026 is on',
    expected: only({ hashtags: [{ tag: 'Vote2026', start: 0, end: 9 }] }),
  },
  {
    description: 'finds a hashtag with accented letters',
    input: 'Café #café',
    expected: only({ hashtags: [{ tag: 'café', start: 5, end: 10 }] }),
  },
  { description: 'does not find an all-digit hashtag', input: '#2026 and #123', expected: none },
  { description: 'does not find hashtags glued to each other', input: '#tag#other', expected: none },

  // Cashtags
  {
    description: 'finds a cashtag before punctuation',
    input: 'Price $ACME. up',
    expected: only({ cashtags: [{ tag: 'ACME', start: 6, end: 11 }] }),
  },
  { description: 'does not find a glued or digit-bearing cashtag', input: 'x$ACME and $ACME1', expected: none },

  // Hostile text
  {
    description: 'reads around lone surrogates and NUL',
    input: '\ud800@user\u0000#tag \udc00',
    expected: only({ mentions: [{ handle: 'user', start: 1, end: 6 }], hashtags: [{ tag: 'tag', start: 7, end: 11 }] }),
  },
  { description: 'finds nothing in an empty string', input: '', expected: none },
];

describe('extractEntities', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(extractEntities(input)).toEqual(expected);
  });

  it('offsets slice back to the entity with its sign', () => {
    const input = 'RT @desk: #Vote2026 $ACME https://t.co/AbCdEfGhIj';
    const e = extractEntities(input);
    expect(e.mentions.map((m) => input.slice(m.start, m.end))).toEqual(['@desk']);
    expect(e.hashtags.map((h) => input.slice(h.start, h.end))).toEqual(['#Vote2026']);
    expect(e.cashtags.map((c) => input.slice(c.start, c.end))).toEqual(['$ACME']);
    expect(e.urls.map((u) => input.slice(u.start, u.end))).toEqual(['https://t.co/AbCdEfGhIj']);
  });

  it('does not throw on long hostile runs and keeps offsets in bounds', () => {
    const inputs = [
      'a.'.repeat(20_000),
      `http://${'x.'.repeat(5_000)}`,
      '#'.repeat(10_000) + 'é'.repeat(10_000),
      '@'.repeat(10_000),
      `${'中'.repeat(5_000)}.${'中'.repeat(5_000)}`,
      `#${'1'.repeat(600)}a`,
      'https://t.co/'.repeat(3_000),
    ];
    for (const input of inputs) {
      const e = extractEntities(input);
      for (const list of [e.urls, e.mentions, e.hashtags, e.cashtags]) {
        for (const x of list) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(input.length);
          expect(x.start).toBeLessThan(x.end);
        }
      }
    }
  });
});

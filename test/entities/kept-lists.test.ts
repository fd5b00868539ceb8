/**
 * keptEntityLists: the finds that survive the overlap rule, without the copies extractEntities
 * makes. Checked by hand on small texts, overlaps and no overlaps side by side.
 */
import { describe, expect, it } from 'vitest';
import { keptEntityLists } from '../../src/core/entities/index.js';

describe('keptEntityLists', () => {
  const cases = [
    {
      description: 'keeps a link and a mention that do not overlap',
      input: 'see https://t.co/EflYXFDBkL @jack',
      expected: {
        urls: [{ url: 'https://t.co/EflYXFDBkL', start: 4, end: 27 }],
        mentions: [{ handle: 'jack', list: '', start: 28, end: 33 }],
        hashtags: [],
        cashtags: [],
      },
    },
    {
      description: 'drops a hashtag inside a URL (the URL starts first)',
      input: 'go example.com/#frag now #real',
      expected: {
        urls: [{ url: 'example.com/#frag', start: 3, end: 20 }],
        mentions: [],
        hashtags: [{ tag: 'real', start: 25, end: 30 }],
        cashtags: [],
      },
    },
    {
      description: 'keeps a list mention with its slug in end',
      input: 'by @nasa/space-list $SPY',
      expected: {
        urls: [],
        mentions: [{ handle: 'nasa', list: '/space-list', start: 3, end: 19 }],
        hashtags: [],
        cashtags: [{ tag: 'SPY', start: 20, end: 24 }],
      },
    },
    {
      description: 'does not find anything in plain words',
      input: 'nothing to see here',
      expected: { urls: [], mentions: [], hashtags: [], cashtags: [] },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(keptEntityLists(input)).toEqual(expected);
  });
});

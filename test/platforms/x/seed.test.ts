import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, extractTweets } from '../../../src/index.js';

// The seed article lives beside the project (../shared); a user's clone may not have it.
const SEED = fileURLToPath(new URL('../../../../shared/corpus/seed/000_eb5a3a8b3d3549e5.txt', import.meta.url));
const present = existsSync(SEED);

/** What a careful reader sees in the four flattened posts of the seed, checked by eye. */
const expected = [
  {
    name: 'U.S. European Command',
    handle: 'US_EUCOM',
    text:
      'The U.S. and Russian Federation agreed to reestablish high level military-to-military dialogue. ' +
      'Read more here: https://t.co/bTcwtG77Zo@SEPeaceMissions @DeptofWar pic.twitter.com/NZ51GhsFEV',
    links: ['https://t.co/bTcwtG77Zo'],
    media: ['pic.twitter.com/NZ51GhsFEV'],
    mentions: ['SEPeaceMissions', 'DeptofWar'],
    truncated: false,
    startsWith: 'The U.S. and Russian',
    endsWith: '(@US_EUCOM) February 5, 2026',
  },
  {
    name: 'Insider Paper',
    handle: 'TheInsiderPaper',
    text:
      'JUST IN - US, Russia agree to reestablish high-level military-to-military dialogue ' +
      'https://t.co/EflYXFDBkL pic.twitter.com/tNveF44FuZ',
    links: ['https://t.co/EflYXFDBkL'],
    media: ['pic.twitter.com/tNveF44FuZ'],
    mentions: [],
    truncated: false,
    startsWith: 'JUST IN - US',
    endsWith: '(@TheInsiderPaper) February 5, 2026',
  },
  {
    name: 'RT_India',
    handle: 'RT_India_news',
    text: '❗️Russia, Ukraine & USA Agree On Exchange Of 314 Prisoners - US Special Envoy Witkoff pic.twitter.com/heIXmEXa2w',
    links: [],
    media: ['pic.twitter.com/heIXmEXa2w'],
    mentions: [],
    truncated: false,
    startsWith: '❗️Russia',
    endsWith: '(@RT_India_news) February 5, 2026',
  },
  {
    name: 'Volodymyr Zelenskyy / Володимир Зеленський',
    handle: 'ZelenskyyUa',
    text:
      'We are bringing our people home—157 Ukrainians. Warriors from the Armed Forces, National Guard, and the ' +
      'State Border Guard Service. Soldiers, sergeants, and officers. Along with our defenders, civilians are ' +
      "also returning. Most of them had been in captivity since 2022. Today's… pic.twitter.com/nn7zZYESsd",
    links: [],
    media: ['pic.twitter.com/nn7zZYESsd'],
    mentions: [],
    truncated: true,
    startsWith: 'We are bringing',
    endsWith: "Today's… pic.twitter.com/nn7zZYESsd",
  },
];

describe.skipIf(!present)('the seed article (../shared/corpus/seed)', () => {
  const input = present ? readFileSync(SEED, 'utf8') : '';

  it('is read as text and yields exactly the four posts', () => {
    const posts = extractEmbeds(input);
    expect(posts.map((p) => p.author.handle)).toEqual(expected.map((e) => e.handle));
    expect(extractTweets(input)).toEqual(posts);
  });

  it.each(expected.map((e, i) => ({ ...e, i })))('post by @$handle', (e) => {
    const post = extractEmbeds(input)[e.i];
    expect(post).toBeDefined();
    if (post === undefined) return;
    expect(post).toMatchObject({
      platform: 'x',
      kind: 'flattened',
      source: 'text',
      id: null,
      url: null,
      author: { name: e.name, handle: e.handle },
      date: '2026-02-05',
      dateText: 'February 5, 2026',
      createdAt: null,
      lang: null,
      text: e.text,
      links: e.links,
      media: e.media,
      mentions: e.mentions,
      hashtags: [],
      cashtags: [],
      truncated: e.truncated,
    });
    const slice = input.slice(post.start, post.end);
    expect(slice.startsWith(e.startsWith)).toBe(true);
    expect(slice.endsWith(e.endsWith)).toBe(true);
  });
});

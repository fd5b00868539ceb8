/**
 * The routes written for flattened text, given Markdown as html-to-markdown readers write each
 * platform's embed code: they read the text a reader sees (links as their text, no quote
 * markers, no escapes), bounded by the quote block, and the embed's offsets are the Markdown's.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Platform } from '../../src/index.js';

interface Case {
  readonly platform: Platform;
  readonly markdown: string;
  /** The post's Markdown: what `start` and `end` cut out. */
  readonly source: string;
  /** The post its links name, where they name one. */
  readonly id: string | null;
  readonly url: string | null;
  readonly name: string | null;
  readonly handle: string | null;
  readonly date: string | null;
  readonly text: string | null;
  readonly hashtags?: readonly string[];
}

const PROSE = 'The harbour reopened on Tuesday, the council said.\n\n';
const AFTER = '\n\nCrews will inspect the pier again [next week](https://news.example/pier).';

const cases: Case[] = [
  {
    platform: 'bluesky',
    markdown: `${PROSE}> Ferries run again from the north pier #harbour\n> \n> — Harbour Desk ([@harbourdesk.example.org](https://bsky.app/profile/did:plc:abc?ref_src=embed)) [March 3, 2026 at 9:15 AM](https://bsky.app/profile/did:plc:abc/post/3mabcdefgh2k2?ref_src=embed)${AFTER}`,
    source: `Ferries run again from the north pier #harbour\n> \n> — Harbour Desk ([@harbourdesk.example.org](https://bsky.app/profile/did:plc:abc?ref_src=embed)) [March 3, 2026 at 9:15 AM](https://bsky.app/profile/did:plc:abc/post/3mabcdefgh2k2?ref_src=embed)`,
    id: '3mabcdefgh2k2',
    url: 'https://bsky.app/profile/harbourdesk.example.org/post/3mabcdefgh2k2', // the handle, not the link's DID
    name: 'Harbour Desk',
    handle: 'harbourdesk.example.org',
    date: '2026-03-03',
    text: 'Ferries run again from the north pier #harbour',
    hashtags: ['harbour'],
  },
  {
    platform: 'instagram',
    markdown: `${PROSE}> [View this post on Instagram](https://www.instagram.com/p/CabcDEF1234/)\n> \n> [Lanterns on the water tonight #lanternnight](https://www.instagram.com/p/CabcDEF1234/)\n> \n> A post shared by [Harbour Watch](https://www.instagram.com/harbour.watch/) (@harbour.watch) on Feb 5, 2026 at 2:31pm PST${AFTER}`,
    source: `[Lanterns on the water tonight #lanternnight](https://www.instagram.com/p/CabcDEF1234/)\n> \n> A post shared by [Harbour Watch](https://www.instagram.com/harbour.watch/) (@harbour.watch) on Feb 5, 2026 at 2:31pm PST`,
    id: 'CabcDEF1234',
    url: 'https://www.instagram.com/p/CabcDEF1234/',
    name: 'Harbour Watch',
    handle: 'harbour.watch',
    date: '2026-02-05',
    text: 'Lanterns on the water tonight #lanternnight',
    hashtags: ['lanternnight'],
  },
  {
    platform: 'instagram',
    markdown: `${PROSE}> [A post shared by Pier Bakery (@pier\\_bakery)](https://www.instagram.com/p/CdefGHI5678/)${AFTER}`,
    source: '[A post shared by Pier Bakery (@pier\\_bakery)](https://www.instagram.com/p/CdefGHI5678/)',
    id: 'CdefGHI5678',
    url: 'https://www.instagram.com/p/CdefGHI5678/',
    name: 'Pier Bakery',
    handle: 'pier_bakery',
    date: null,
    text: null,
  },
  {
    platform: 'facebook',
    markdown: `${PROSE}> The pier reopens on Monday morning.\n> \n> Posted by [Harbour Council](https://www.facebook.com/harbourcouncil) on [Thursday, March 5, 2026](https://www.facebook.com/harbourcouncil/posts/1234567890123456)${AFTER}`,
    source: `The pier reopens on Monday morning.\n> \n> Posted by [Harbour Council](https://www.facebook.com/harbourcouncil) on [Thursday, March 5, 2026](https://www.facebook.com/harbourcouncil/posts/1234567890123456)`,
    id: '1234567890123456',
    url: 'https://www.facebook.com/harbourcouncil/posts/1234567890123456',
    name: 'Harbour Council',
    handle: 'harbourcouncil', // the page the date link names
    date: '2026-03-05',
    text: 'The pier reopens on Monday morning.',
  },
  {
    platform: 'mastodon',
    markdown: `${PROSE}> [![](https://social.example/logo.svg)\n> \n> Post by @harbour@social.example\n> \n> View on Mastodon\n> \n> ](https://social.example/@harbour/112233445566778899)${AFTER}`,
    source: 'Post by @harbour@social.example\n> \n> View on Mastodon',
    id: '112233445566778899', // from the link holding the whole post
    url: 'https://social.example/@harbour/112233445566778899',
    name: null,
    handle: 'harbour@social.example',
    date: null,
    text: null,
  },
  {
    platform: 'reddit',
    markdown: `${PROSE}> [Storm over the old harbour](https://www.reddit.com/r/weather/comments/1abcde/storm_over_the_old_harbour/)  \n> by [u/skywatcher](https://www.reddit.com/user/skywatcher/) in [weather](https://www.reddit.com/r/weather/)${AFTER}`,
    source: `[Storm over the old harbour](https://www.reddit.com/r/weather/comments/1abcde/storm_over_the_old_harbour/)  \n> by [u/skywatcher](https://www.reddit.com/user/skywatcher/) in [weather](https://www.reddit.com/r/weather/)`,
    id: '1abcde',
    url: 'https://www.reddit.com/r/weather/comments/1abcde/storm_over_the_old_harbour/',
    name: null,
    handle: 'skywatcher',
    date: null,
    text: 'Storm over the old harbour',
  },
  {
    platform: 'tiktok',
    markdown: `${PROSE}> [@floodcam](https://www.tiktok.com/@floodcam?refer=embed "@floodcam") Water over the bridge [#flood](https://www.tiktok.com/tag/flood?refer=embed "flood") [♬ original sound - Flood Cam](https://www.tiktok.com/music/original-sound-7300000000000000002?refer=embed "♬ original sound - Flood Cam")${AFTER}`,
    source: `[@floodcam](https://www.tiktok.com/@floodcam?refer=embed "@floodcam") Water over the bridge [#flood](https://www.tiktok.com/tag/flood?refer=embed "flood") [♬ original sound - Flood Cam](https://www.tiktok.com/music/original-sound-7300000000000000002?refer=embed "♬ original sound - Flood Cam")`,
    id: null, // its links name the author, a tag and a sound, not the video
    url: null,
    name: null,
    handle: 'floodcam',
    date: null,
    text: 'Water over the bridge #flood',
    hashtags: ['flood'],
  },
];

describe('Markdown of each platform\'s embed code, read by its text route', () => {
  it.each(cases)('$platform: $source', (c) => {
    const found = extractEmbeds(c.markdown, { format: 'markdown', platforms: [c.platform] });
    expect(found).toHaveLength(1);
    const e = found[0]!;
    expect(e.source).toBe('markdown');
    expect(c.markdown.slice(e.start, e.end)).toBe(c.source);
    expect({ id: e.id, url: e.url, name: e.author.name, handle: e.author.handle, date: e.date, text: e.text }).toEqual({
      id: c.id,
      url: c.url,
      name: c.name,
      handle: c.handle,
      date: c.date,
      text: c.text,
    });
    if (c.hashtags !== undefined) expect(e.hashtags).toEqual(c.hashtags);
  });

  it('keeps the id of an http link, and no URL (every URL is https)', () => {
    const md = '> Ferries run again.\n> \n> Posted by [Harbour Council](http://www.facebook.com/harbourcouncil) on [Thursday, March 5, 2026](http://www.facebook.com/harbourcouncil/posts/1234567890123456)';
    const [e] = extractEmbeds(md, { format: 'markdown', platforms: ['facebook'] });
    expect([e?.id, e?.url]).toEqual(['1234567890123456', null]);
  });

  it('leaves the id null where the links name two posts', () => {
    const md =
      '> Both crossings are open again [bsky.app/profile/ferry.example/post/3motherpost22](https://bsky.app/profile/ferry.example/post/3motherpost22)\n> \n' +
      '> — Harbour Desk ([@harbourdesk.example.org](https://bsky.app/profile/did:plc:abc)) [March 3, 2026 at 9:15 AM](https://bsky.app/profile/did:plc:abc/post/3mabcdefgh2k2)';
    const [e] = extractEmbeds(md, { format: 'markdown', platforms: ['bluesky'] });
    expect(e?.author.handle).toBe('harbourdesk.example.org');
    expect([e?.id, e?.url]).toEqual([null, null]);
  });

  it('finds them all in one article, each once, in order', () => {
    const article = cases.map((c) => c.markdown).join('\n\n');
    const found = extractEmbeds(article, { format: 'markdown' });
    expect(found.map((e) => e.platform)).toEqual(cases.map((c) => c.platform));
  });
});

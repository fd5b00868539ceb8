/** TikTok links: permalinks, profile, tag, sound and player URLs, and the time an id carries. Our own URLs throughout. */
import { describe, expect, it } from 'vitest';
import {
  isSoundUrl,
  parsePlayerUrl,
  parseProfileUrl,
  parseTagUrl,
  parseVideoUrl,
  tiktokPermalink,
  videoTime,
} from '../../../src/platforms/tiktok/url.js';

const ID = '7301234567890123456';

describe('parseVideoUrl', () => {
  const table: { input: string; expected: ReturnType<typeof parseVideoUrl> }[] = [
    { input: `https://www.tiktok.com/@harbour.watch/video/${ID}`, expected: { handle: 'harbour.watch', id: ID } },
    { input: `https://www.tiktok.com/@Harbour_Watch/video/${ID}?is_from_webapp=1&sender_device=pc`, expected: { handle: 'Harbour_Watch', id: ID } },
    { input: `https://m.tiktok.com/@harbour.watch/video/${ID}/`, expected: { handle: 'harbour.watch', id: ID } },
    { input: `https://tiktok.com/@harbour.watch/photo/${ID}`, expected: { handle: 'harbour.watch', id: ID } },
    // does not read
    { input: 'https://www.tiktok.com/@harbour.watch', expected: null },
    { input: `https://www.tiktok.com/@harbour.watch/video/`, expected: null },
    { input: `https://www.tiktok.com/@harbour.watch/video/73012x`, expected: null },
    { input: `https://www.tiktok.com/@/video/${ID}`, expected: null },
    { input: `https://www.tiktok.com/embed/v2/${ID}`, expected: null },
    { input: `https://vm.tiktok.com/ZMabcdef/`, expected: null },
    { input: `https://www.tiktok.com.example/@harbour.watch/video/${ID}`, expected: null },
    { input: '', expected: null },
  ];
  it.each(table)('$input', ({ input, expected }) => {
    expect(parseVideoUrl(input)).toEqual(expected);
  });
});

describe('player, profile, tag and sound links', () => {
  it('reads player URLs', () => {
    expect(parsePlayerUrl(`https://www.tiktok.com/embed/v2/${ID}?lang=en-US`)).toBe(ID);
    expect(parsePlayerUrl(`https://www.tiktok.com/embed/v3/${ID}`)).toBe(ID);
    expect(parsePlayerUrl(`//www.tiktok.com/embed/${ID}`)).toBe(ID);
    expect(parsePlayerUrl(`https://www.tiktok.com/player/v1/${ID}?music_info=1`)).toBe(ID);
    expect(parsePlayerUrl('https://www.tiktok.com/embed.js')).toBeNull();
    expect(parsePlayerUrl('https://www.tiktok.com/embed/v2/')).toBeNull();
    expect(parsePlayerUrl('https://www.tiktok.com/embed/@harbour.watch')).toBeNull();
    expect(parsePlayerUrl(`https://www.tiktok.com/player/v2/${ID}`)).toBeNull();
  });

  it('reads profile links, and no video link as one', () => {
    expect(parseProfileUrl('https://www.tiktok.com/@harbour.watch?refer=embed')).toBe('harbour.watch');
    expect(parseProfileUrl('https://www.tiktok.com/@harbour.watch/')).toBe('harbour.watch');
    expect(parseProfileUrl(`https://www.tiktok.com/@harbour.watch/video/${ID}`)).toBeNull();
    expect(parseProfileUrl('https://www.tiktok.com/tag/harbour')).toBeNull();
  });

  it('reads tag and sound links', () => {
    expect(parseTagUrl('https://www.tiktok.com/tag/harbour?refer=embed')).toBe('harbour');
    expect(parseTagUrl('https://www.tiktok.com/tag/caf%C3%A9')).toBe('café');
    expect(parseTagUrl('https://www.tiktok.com/tag/%E0%A4%A')).toBe('%E0%A4%A'); // malformed escape: as written
    expect(parseTagUrl('https://www.tiktok.com/tag/')).toBeNull();
    expect(isSoundUrl(`https://www.tiktok.com/music/original-sound-${ID}?refer=embed`)).toBe(true);
    expect(isSoundUrl('https://www.tiktok.com/tag/music')).toBe(false);
  });
});

describe('permalinks and times', () => {
  it('builds the permalink only with a handle', () => {
    expect(tiktokPermalink('harbour.watch', ID)).toBe(`https://www.tiktok.com/@harbour.watch/video/${ID}`);
    expect(tiktokPermalink(null, ID)).toBeNull();
  });

  it('reads the upload time from the id\'s upper 32 bits', () => {
    // 7301234567890123456 >> 32 = 1699951143 s = 2023-11-14T08:39:03Z (checked by hand with BigInt).
    expect(videoTime(ID)).toBe('2023-11-14T08:39:03.000Z');
    // 1700000000 << 32 = 7301444403200000000: the second, exactly.
    expect(videoTime('7301444403200000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(videoTime('12345')).toBeNull();
    expect(videoTime('1000000000000000000')).toBeNull(); // 2001: before the app
    expect(videoTime('99999999999999999999')).toBeNull(); // beyond 2100
    expect(videoTime('abc')).toBeNull();
  });
});
